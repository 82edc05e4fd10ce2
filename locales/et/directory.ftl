## The service directory: finding help, help requests, and the staff's pages

## Families
directory-fallback-fi = Sellel teenusel pole veel teie keeles kirjeldust; siin on see soome keeles.
directory-fallback-sv = Sellel teenusel pole veel teie keeles kirjeldust; siin on see rootsi keeles.
directory-fallback-en = Sellel teenusel pole veel teie keeles kirjeldust; siin on see inglise keeles.
directory-details-in-fi = Allolevad üksikasjad on soome keeles.
directory-details-in-sv = Allolevad üksikasjad on rootsi keeles.
directory-details-in-en = Allolevad üksikasjad on inglise keeles.
directory-category-child_health_clinic = Lastenõuandla
directory-category-family_counselling = Perenõustamine
directory-category-family_centre = Perekeskus
directory-category-family_social_work = Perede sotsiaaltöö
directory-category-home_help = Koduabi lastega peredele
directory-category-early_education = Alusharidus
directory-category-mental_health = Vaimne tervis
directory-category-integration = Lõimumisteenused
directory-category-interpreters = Tõlgid
directory-category-child_welfare = Lastekaitse
directory-status-active = Avatud
directory-status-temporarily_closed = Ajutiselt suletud
directory-languages = Keeled
directory-phone = Telefon
directory-email = E-post
directory-website = Veebileht
directory-address = Aadress
directory-online = Veebis
directory-directions = Teejuhised
directory-hours = Lahtiolekuajad
directory-ages = Vanus
directory-ages-range = { $min }–{ $max } aastat
directory-eligibility = Kellele
directory-how-to-apply = Kuidas taotleda
directory-last-checked = Viimati kontrollitud
directory-category = Kategooria
help-find-title = Leia abi enda lähedalt
help-find-intro = Lastega perede teenused teie elukohas. Valige kategooria või keel või otsige sõnade järgi.
help-find-filters = Otsi teenuseid
help-municipality = Omavalitsus
help-anywhere = Kogu Soome
help-language = Teenuse keel
help-words = Otsingusõnad
help-find-submit = Otsi
help-found = { $count ->
    [0] Teenuseid ei leitud
    [one] Üks teenus
   *[other] { $count } teenust
}
help-none-found = Midagi ei leitud. Proovige teist kategooriat või keelt või otsige kogu Soomest.
help-not-sure = Ei tea, kuhu pöörduda?
help-not-sure-text = Silta töötajad aitavad teil leida õige teenuse ja sinna jõuda.
help-ask-general = Küsi abi Silta töötajatelt
help-ask-general-text = Kirjutage lühidalt, mida vajate. Juhendaja võtab teiega ühendust.
help-back-to-results = Tagasi otsingusse
help-asked-notice = Aitäh. Silta töötajad said teie palve kätte ja võtavad teiega ühendust.
help-my-requests = Minu abipalved
help-how-to-get-there = Kuidas kohale jõuda
help-no-address = Aadressi pole. Küsige teenuselt, kuhu minna.
help-contact = Kontakt
help-details = Lisaks teenusest
help-ask-title = Palu Silta töötajatel aidata mul sinna jõuda
help-ask-text = Juhendaja võtab teiega ühendust. Ta näeb teie nime, omavalitsust ja seda, mida siia kirjutate.
help-message = Sõnum (vabatahtlik)
help-message-hint = Näiteks millal teile helistada või et vajate tõlki. Terviseandmeid pole vaja.
help-ask-submit = Saada palve
help-requests-intro = Mida olete Silta töötajatelt palunud ja kas nad on selle lahendanud.
help-service-gone = Teenus, mida enam pole loendis
help-general-request = Üldine abipalve
help-sent-on = Saadetud
help-state-handled = Lahendatud
help-state-open = Ootab töötajat
help-no-requests = Te pole veel palveid saatnud.
help-home-title = Vajate teenuselt abi?
help-home-text = Leidke perede teenuseid enda lähedalt, võimaluse korral oma keeles.
help-home-open = { $count ->
    [0] Kõik teie palved on lahendatud
    [one] Üks palve ootab töötajat
   *[other] { $count } palvet ootab töötajat
}

## Staff: the pages where Silta's staff keep the directory
directory-staff-title = Teenuste kataloog
directory-staff-nav = Kataloogi lehed
directory-services = Teenused
directory-service-new = Lisa teenus
directory-service-edit = Muuda teenust
directory-organisations = Organisatsioonid
directory-categories = Kategooriad
directory-filters = Otsi teenuseid
directory-status = Olek
directory-status-inactive = Enam ei pakuta
directory-name = Nimi
directory-name-fi = Nimi soome keeles
directory-name-sv = Nimi rootsi keeles
directory-name-en = Nimi inglise keeles
directory-organisation = Organisatsioon
directory-organisation-choose = Vali organisatsioon
directory-organisation-add = Lisa organisatsioon
directory-organisation-search = Organisatsiooni nimi
directory-organisations-found = { $count ->
    [0] Organisatsioone pole
    [one] Üks organisatsioon
   *[other] { $count } organisatsiooni
}
directory-organisations-none = Ükski organisatsioon ei vasta otsingule.
directory-never-checked = Mitte kunagi
directory-summaries = Kokkuvõtted perede keeltes
directory-summaries-count = { $count }/{ $all }
directory-summaries-edit = Kirjuta kokkuvõtted perede keeltes
directory-back-to-service = Tagasi teenuse juurde
directory-saved = Salvestatud.
directory-checked-today = Kontrollitud täna
directory-checked-hint = Märgib, et kontrollisid täna kogu kirje üle. Kuupäeva saab muuta allolevas vormis.
directory-checked-notice = Märgitud täna kontrollituks.
directory-basics = Organisatsioon ja olek
directory-texts-fi = Soome keeles
directory-texts-sv = Rootsi keeles
directory-texts-en = Inglise keeles
directory-summary = Kokkuvõte
directory-description = Kirjeldus
directory-reaching = Vanus ja teenuseni jõudmine
directory-minimum-age = Alumine vanusepiir
directory-maximum-age = Ülemine vanusepiir
directory-referral-email = Suunamiste aadress
directory-referral-email-hint = Kasutatakse ainult siis, kui kellelgi organisatsioonis pole partnerikontot. Sinna saadetakse alati ainult link, mitte kunagi pere andmeid.
directory-areas = Kus teenust pakutakse
directory-areas-hint = Kogu riik, heaolupiirkonnad või üksikud omavalitsused. Mitme valimiseks hoia all Ctrl (või Cmd).
directory-areas-required = Vali, kus teenust pakutakse.
directory-area-country = Kogu riik
directory-area-counties = Heaolupiirkonnad
directory-area-municipalities = Omavalitsused
directory-locations = Asukohad
directory-rows-hint = Rea eemaldamiseks tühjenda selle kõik väljad.
directory-location-n = Asukoht { $n }
directory-location-name = Koha nimi
directory-street = Aadress (tänav ja maja)
directory-postal-code = Postiindeks
directory-post-office = Postkontor
directory-location-municipality = Omavalitsus
directory-none = Valimata
directory-online-link = Veebiaadress (veebis pakutava teenuse puhul)
directory-directions-hint = Ühistransport, sissepääs, ligipääsetavus.
directory-location-needs-place = Sisesta aadress või veebiaadress.
directory-contacts = Kontaktid
directory-contact-n = Kontakt { $n }
directory-contact-name = Nimi või teeninduspunkt
directory-contact-title = Ametinimetus
directory-contact-note = Märkus
directory-contact-note-hint = Näiteks millal helistada: E–R 9–11.
directory-contact-needs-way = Sisesta telefoninumber või e-posti aadress.
directory-hours-n = Lahtiolekuaeg, rida { $n }
directory-weekday = Päev
directory-opens = Avatakse
directory-closes = Suletakse
directory-hours-where = Kus
directory-hours-service = Teenus üldiselt
directory-time-invalid = Kirjuta kellaaeg kujul HH:MM.
directory-closes-before-opens = Sulgemisaeg peab olema hilisem kui avamisaeg.
directory-ages-order = Ülemine vanusepiir ei saa olla alumisest väiksem.
directory-url-invalid = Kirjuta veebiaadress, mis algab tekstiga https://.
directory-save = Salvesta
summary-intro = Kirjuta igas perede keeles lühike kokkuvõte: mis teenus see on ja kellele see on mõeldud. Muudatuse salvestamine tühistab kokkuvõtte ülevaatuse. Kokkuvõtte eemaldamiseks tühjenda see ja salvesta. Pered näevad kokkuvõtet siis, kui töötaja on selle kirjutanud või üle vaadanud.
summary-in-ar = Araabia keel
summary-in-so = Somaali keel
summary-in-ru = Vene keel
summary-in-uk = Ukraina keel
summary-in-fa = Pärsia keel
summary-in-et = Eesti keel
summary-missing = Kokkuvõtet veel pole.
summary-written-by = Kirjutanud { $name }
summary-reviewed-by = Üle vaadanud { $name }
summary-not-reviewed = Üle vaatamata
summary-reviewed = üle vaadatud
summary-field-name = Teenuse nimi selles keeles (vabatahtlik)
summary-field-summary = Kokkuvõte
summary-save = Salvesta kokkuvõte
summary-review = Märgi ülevaadatuks
summary-unreview = Tühista ülevaatus
partner-accounts = Omavalitsuse partnerikontod
partner-intro = Selle organisatsiooni teenustele tehtud suunamised jõuavad nendele kontodele.
partner-none = Partnerikontosid pole seotud.
partner-added = seotud
partner-unlink = Eemalda seos
partner-email = Partnerikonto e-posti aadress
partner-email-hint = Konto peab juba olemas olema ja sellel peab olema omavalitsuse koostööpartneri roll (kutsu ta kõigepealt).
partner-link = Seo konto
partner-linked = Konto seoti.
partner-unlinked = Konto seos eemaldati. Kui see oli viga, seo konto allpool uuesti.
directory-partner-unknown = Selle aadressiga omavalitsuse partnerikontot pole.
category-intro = Kategooriad, mille järgi pered saavad otsida. Sisseehitatud kategooriad on tõlgitud; sinu lisatud kategooriad jäävad sellise nimega, nagu sa neile andsid. Arhiveeritud kategooriad jäävad teenuste juurde, kuid neid enam ei pakuta.
category-archived = Arhiveeritud
category-archive = Arhiveeri
category-restore = Taasta
category-rename = Nimeta ümber
category-add = Lisa kategooria
category-label = Nimi
help-queue-title = Abipalved
help-queue-intro = Pered, kes paluvad Silta töötajatel aidata neil teenuseni jõuda. Näed, mida pere kirjutas, ning pere nime ja omavalitsust.
help-queue-filters = Otsi abipalveid
help-queue-municipality = Pere omavalitsus
help-queue-state = Näita
help-queue-state-open = Ootel
help-queue-state-handled = Lahendatud
help-queue-state-all = Kõik
help-queue-found = { $count ->
    [0] Palveid pole
    [one] Üks palve
   *[other] { $count } palvet
}
help-queue-empty = Siin pole midagi.
help-queue-mark = Märgi lahendatuks
help-queue-reopen = Ava uuesti
help-queue-marked = Märgitud lahendatuks.
help-queue-see-handled = Vaata lahendatud palveid (seal saad palve uuesti avada).
help-queue-reopened = Palve on jälle ootel.
help-request-already-handled = Keegi on selle palve juba lahendatuks märkinud.
help-request-already-open = See palve on juba ootel.
help-home-queue = { $count ->
    [0] Ootel abipalveid pole
    [one] Üks abipalve on ootel
   *[other] { $count } abipalvet on ootel
}
help-home-queue-open = Ava abipalved
