## Boggaga shaqaalaha ee tababarka: koorsooyinka, kooxaha tababarka, codsiyada, hawlaha dib u eegista, kaararka bogga hore

tstaff-nav-label = Boggaga tababarka
tstaff-overview = Guudmar
tstaff-courses = Koorsooyinka
tstaff-courses-count = { $count ->
    [one] Hal koorso
   *[other] { $count } koorso
}
tstaff-open-courses = Qor oo daabac koorsooyin
tstaff-open-applications = Fur codsiyada
tstaff-open-reviews = Fur hawlaha dib u eegista
tstaff-applications-waiting = { $count ->
    [0] Ma jiro codsi sugaya.
    [one] Hal codsi ayaa sugaya go'aan.
   *[other] { $count } codsi ayaa sugaya go'aan.
}
tstaff-applications-late = Codsi ayaa sugayay in ka badan laba toddobaad.
tstaff-reviews-waiting = { $count ->
    [0] Ma jirto hawl sugaysa dib u eegis.
    [one] Hal hawl ayaa sugaysa dib u eegis.
   *[other] { $count } hawlood ayaa sugaya dib u eegis.
}
tstaff-reviews-late = Hawl ayaa sugaysay in ka badan hal toddobaad.
tstaff-your-cohorts = Kooxahaaga tababarka
tstaff-candidates-count = { $count ->
    [one] hal ka qaybgale
   *[other] { $count } ka qaybgale
}
tstaff-course-title = Magaca koorsada
tstaff-course-new = Koorso cusub
tstaff-course-create = Samee koorso
tstaff-course-created = Koorsada waa la sameeyay. Ku dar cutubkeeda ugu horreeya.
tstaff-expiry-days = Shahaadadu way shaqaysaa (maalmo)
tstaff-expiry-days-hint = 30 ilaa 3650 maalmood; 730 waa laba sano.
tstaff-days = { $count ->
    [one] hal maalin
   *[other] { $count } maalmood
}
tstaff-version-n = nuqul { $version }
tstaff-status = Xaalad
tstaff-status-draft = { $count ->
    [0] Qabyo, weli cutub ma leh
    [one] Qabyo leh hal cutub, lama daabicin
   *[other] Qabyo leh { $count } cutub, lama daabicin
}
tstaff-status-published = Nuqulka { $version } waa la daabacay; qabyadu isbeddel ma leh
tstaff-status-changed = Nuqulka { $version } waa la daabacay; qabyadu waxay leedahay isbeddello aan weli la daabicin
tstaff-versioning-help = Had iyo jeer waxaad wax ka beddeshaa qabyada. Daabacaaddu waxay qabyada ka dhigtaa nuqulka xiga; kooxaha bilaabay waxay sii haystaan nuqulkoodii.
tstaff-draft-modules = Cutubyada qabyada, sida ay u kala horreeyaan
tstaff-no-modules = Koorsadani weli cutub ma leh.
tstaff-questions-count = { $count ->
    [one] hal su'aal imtixaan
   *[other] { $count } su'aalood imtixaan
}
tstaff-module-add = Ku dar cutub
tstaff-module-added = Cutubka waa lagu daray qabyada.
tstaff-publish = Daabac
tstaff-publish-first = Daabacaaddu waxay qabyada ka dhigtaa nuqulka 1, kaas oo kooxuhu markaas raaci karaan.
tstaff-publish-next = Daabacaaddu waxay qabyada ka dhigtaa nuqulka { $version }. Kooxaha bilaabay waxay sii haystaan nuqulkoodii.
tstaff-published = Nuqulka { $version } waa la daabacay.
tstaff-rule = Sidee cutubka loo dhammaystiraa?
tstaff-rule-read = Akhriskiisa
tstaff-rule-quiz = Ku gudbidda imtixaankiisa
tstaff-rule-task = Hawl uu tababaruhu aqbalo
tstaff-rule-live = Ka qaybgalka kulan toos ah
tstaff-refresher = Cutub dib u cusboonaysiin (wuxuu cusboonaysiiyaa shahaadada; looma baahna tan ugu horreysa)
tstaff-module-languages = Luqadaha cutubkan
tstaff-module-languages-hint = Dooro luqadaha aad cutubka ku qorayso, kadibna riix “Tus luqadahan”. Wixii aad qortay waa la hayaa.
tstaff-languages-update = Tus luqadahan
tstaff-module-title = Cinwaan
tstaff-module-body = Qoraal (Markdown)
tstaff-task-prompt = Hawsha ka qaybgalaha (haddii cutubku hawl leeyahay)
tstaff-markdown-hint = Markdown: # cinwaan, **far waaweyn**, *far janjeera*, - liis, [xiriir](https://…). HTML iyo sawirro lama muujiyo.
tstaff-preview = Horudhac
tstaff-preview-of = Horudhac: { $language }
tstaff-quiz-hint = Su'aalaha banaan u daa haddii cutubku imtixaan lahayn. Safafka jawaabaha ee banaan waa laga saarayaa.
tstaff-pass-mark = Heerka gudbidda (% su'aalaha si sax ah loo jawaabay)
tstaff-attempts = Isku dayo la oggol yahay (1–10)
tstaff-question-n = Su'aal { $number }
tstaff-question-text = Su'aal ({ $language })
tstaff-question-multiple = Dhowr jawaabood ayaa sax noqon kara (sanduuqyo calaamadeed)
tstaff-answer-n = Jawaab { $number }
tstaff-answer-text = Jawaab ({ $language })
tstaff-answer-feedback = Jawaab celin marka la doorto ({ $language })
tstaff-answer-correct = Jawaabtani waa sax
tstaff-question-add = Ku dar su'aal
tstaff-module-save = Kaydi cutubka
tstaff-cohort-new = Fur koox tababar
tstaff-cohort-course = Koorso (nuqul la daabacay)
tstaff-cohort-name = Magaca kooxda
tstaff-deadline-days = Maalmaha ilaa waqtiga kama dambaysta ah
tstaff-deadline-days-hint = 1 ilaa 730 maalmood laga bilaabo maanta.
tstaff-cohort-create = Fur kooxda
tstaff-cohort-created = Kooxda tababarka waa la furay. Ka aqbal codsadayaal bogga codsiyada.
tstaff-no-published-courses = Weli koorso lama daabicin. Tababaraha ayaa marka hore daabacaya koorso.
tstaff-candidates = Ka qaybgalayaasha
tstaff-no-candidates = Kooxdan weli ka qaybgale ma leh.
tstaff-completion = Horumarka
tstaff-go-to-candidate = U gudub foomka ka qaybgalaha
tstaff-saved = Waa la kaydiyay.
tstaff-practice-none = weli lama qiimayn
tstaff-extend-days = Kordhi waqtiga (maalmo)
tstaff-extend = Kordhi
tstaff-practice-score = Tababar la kormeerayo
tstaff-practice-comments = Faallooyin ku saabsan tababarka
tstaff-practice-save = Kaydi qiimaynta tababarka
tstaff-quiz-exhausted = Dhammaan isku dayada imtixaanka “{ $module }” waa la isticmaalay.
tstaff-reset = Sii wareeg cusub oo isku dayo ah
tstaff-attended = Wuxuu ka qaybgalay kulanka tooska ah “{ $module }”
tstaff-sign-off = Ansixi tababarka oo bixi shahaadada
tstaff-sign-off-hint = Ansixintu waxay u baahan tahay in dhammaan cutubyada khasabka ah la dhammeeyay oo tababarka lagu gudbay.
tstaff-filter-label = Shaandhee codsiyada
tstaff-filter = Tus
tstaff-applications-found = { $count ->
    [0] Codsi lama helin
    [one] Hal codsi
   *[other] { $count } codsi
}
tstaff-application-pending = Sugaya go'aan
tstaff-application-accepted = La aqbalay
tstaff-application-declined = La diiday
tstaff-accept = Aqbal
tstaff-decline-reason = Sababta diidmada (waxaa loo dirayaa codsadaha)
tstaff-decline = Diid
tstaff-decided = Go'aanka waa la kaydiyay, codsadahana fariin ayaa loo diray.
tstaff-submitted = La soo gudbiyay { $when }
tstaff-feedback-hint = Jawaab celin ayaa loo baahan yahay marka aad codsato dib u habayn.
tstaff-reviewed = Dib u eegista waa la kaydiyay, ka qaybgalahana fariin ayaa loo diray.
