## Koolituse lehed töötajatele: kursuste koostamine, õpperühmad, avaldused, hinnatavad ülesanded, avalehe kaardid

tstaff-nav-label = Koolituse lehed
tstaff-overview = Ülevaade
tstaff-courses = Kursused
tstaff-courses-count = { $count ->
    [one] Üks kursus
   *[other] { $count } kursust
}
tstaff-open-courses = Kirjuta ja avalda kursusi
tstaff-open-applications = Ava avaldused
tstaff-open-reviews = Ava hinnatavad ülesanded
tstaff-applications-waiting = { $count ->
    [0] Ükski avaldus ei oota.
    [one] Üks avaldus ootab otsust.
   *[other] { $count } avaldust ootab otsust.
}
tstaff-applications-late = Üks avaldus on oodanud üle kahe nädala.
tstaff-reviews-waiting = { $count ->
    [0] Ükski ülesanne ei oota hindamist.
    [one] Üks ülesanne ootab hindamist.
   *[other] { $count } ülesannet ootab hindamist.
}
tstaff-reviews-late = Üks ülesanne on oodanud üle nädala.
tstaff-your-cohorts = Sinu õpperühmad
tstaff-candidates-count = { $count ->
    [one] üks osaleja
   *[other] { $count } osalejat
}
tstaff-course-title = Kursuse nimi
tstaff-course-new = Uus kursus
tstaff-course-create = Loo kursus
tstaff-course-created = Kursus loodi. Lisa selle esimene moodul.
tstaff-expiry-days = Tunnistus kehtib (päeva)
tstaff-expiry-days-hint = 30–3650 päeva; 730 on kaks aastat.
tstaff-days = { $count ->
    [one] üks päev
   *[other] { $count } päeva
}
tstaff-version-n = versioon { $version }
tstaff-status = Olek
tstaff-status-draft = { $count ->
    [0] Mustand, mooduleid veel pole
    [one] Mustand ühe mooduliga, avaldamata
   *[other] Mustand { $count } mooduliga, avaldamata
}
tstaff-status-published = Versioon { $version } avaldatud; mustandis pole muudatusi
tstaff-status-changed = Versioon { $version } avaldatud; mustandis on avaldamata muudatusi
tstaff-versioning-help = Sa muudad alati mustandit. Avaldamisel saab mustandist järgmine versioon; alustanud õpperühmad jäävad oma versiooni juurde.
tstaff-draft-modules = Mustandi moodulid järjekorras
tstaff-no-modules = Kursusel pole veel mooduleid.
tstaff-questions-count = { $count ->
    [one] üks testiküsimus
   *[other] { $count } testiküsimust
}
tstaff-module-add = Lisa moodul
tstaff-module-added = Moodul lisati mustandisse.
tstaff-publish = Avalda
tstaff-publish-first = Avaldamisel saab mustandist versioon 1, mida õpperühmad saavad seejärel läbida.
tstaff-publish-next = Avaldamisel saab mustandist versioon { $version }. Alustanud õpperühmad jäävad oma versiooni juurde.
tstaff-published = Versioon { $version } avaldati.
tstaff-rule = Kuidas moodul läbitakse?
tstaff-rule-read = Lugedes
tstaff-rule-quiz = Testi sooritades
tstaff-rule-task = Ülesandega, mille koolitaja heaks kiidab
tstaff-rule-live = Otsekohtumisel osaledes
tstaff-refresher = Kordusmoodul (uuendab tunnistust; esimese jaoks pole nõutud)
tstaff-module-languages = Mooduli keeled
tstaff-module-languages-hint = Vali keeled, milles mooduli kirjutad, ja vajuta „Näita neid keeli“. Kirjutatud tekst säilib.
tstaff-languages-update = Näita neid keeli
tstaff-module-title = Pealkiri
tstaff-module-body = Tekst (Markdown)
tstaff-task-prompt = Ülesanne osalejale (kui moodulis on ülesanne)
tstaff-markdown-hint = Markdown: # pealkiri, **paks kiri**, *kaldkiri*, - loend, [link](https://…). HTML-i ja pilte ei näidata.
tstaff-preview = Eelvaade
tstaff-preview-of = Eelvaade: { $language }
tstaff-quiz-hint = Jäta küsimused tühjaks, kui moodulis pole testi. Tühjad vastuseread jäetakse välja.
tstaff-pass-mark = Läbimise piir (% õigetest vastustest)
tstaff-attempts = Katseid (1–10)
tstaff-question-n = Küsimus { $number }
tstaff-question-text = Küsimus ({ $language })
tstaff-question-multiple = Õigeid vastuseid võib olla mitu (märkeruudud)
tstaff-answer-n = Vastus { $number }
tstaff-answer-text = Vastus ({ $language })
tstaff-answer-feedback = Tagasiside, kui see valitakse ({ $language })
tstaff-answer-correct = See vastus on õige
tstaff-question-add = Lisa küsimus
tstaff-module-save = Salvesta moodul
tstaff-cohort-new = Ava õpperühm
tstaff-cohort-course = Kursus (avaldatud versioon)
tstaff-cohort-name = Õpperühma nimi
tstaff-deadline-days = Päevi tähtajani
tstaff-deadline-days-hint = 1–730 päeva tänasest.
tstaff-cohort-create = Ava õpperühm
tstaff-cohort-created = Õpperühm avati. Võta sinna kandidaate avalduste lehelt.
tstaff-no-published-courses = Ühtegi kursust pole veel avaldatud. Esmalt avaldab koolitaja kursuse.
tstaff-candidates = Osalejad
tstaff-no-candidates = Selles õpperühmas pole veel osalejaid.
tstaff-completion = Edenemine
tstaff-go-to-candidate = Mine osaleja vormi juurde
tstaff-saved = Salvestatud.
tstaff-practice-none = veel hindamata
tstaff-extend-days = Pikenda tähtaega (päeva)
tstaff-extend = Pikenda
tstaff-practice-score = Juhendatud praktika
tstaff-practice-comments = Kommentaarid praktika kohta
tstaff-practice-save = Salvesta praktika hinnang
tstaff-quiz-exhausted = Kõik katsed testis „{ $module }“ on kasutatud.
tstaff-reset = Anna uus katsete voor
tstaff-attended = Osales otsekohtumisel „{ $module }“
tstaff-sign-off = Kinnita koolitus ja väljasta tunnistus
tstaff-sign-off-hint = Kinnitamiseks peavad kõik kohustuslikud moodulid olema läbitud ja praktika sooritatud.
tstaff-filter-label = Filtreeri avaldusi
tstaff-filter = Näita
tstaff-applications-found = { $count ->
    [0] Avaldusi ei leitud
    [one] Üks avaldus
   *[other] { $count } avaldust
}
tstaff-application-pending = Ootab otsust
tstaff-application-accepted = Vastu võetud
tstaff-application-declined = Tagasi lükatud
tstaff-accept = Võta vastu
tstaff-decline-reason = Tagasilükkamise põhjus (saadetakse taotlejale)
tstaff-decline = Lükka tagasi
tstaff-decided = Otsus salvestati ja taotlejale saadeti kiri.
tstaff-submitted = Esitatud { $when }
tstaff-feedback-hint = Paranduse palumisel on tagasiside vajalik.
tstaff-reviewed = Hinnang salvestati ja osalejale saadeti kiri.
