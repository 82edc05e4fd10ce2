## Kohtumiste aruanded ja supervisioon

session-reports-title = Kohtumiste aruanded
session-reports-intro = Pärast iga kohtumist, mida juhtisid, kirjuta oma supervisorile lühidalt, kuidas läks. Kirjuta ainult vajalik: ei perede nimesid ega diagnoose.
session-reports-due = { $count ->
    [0] Aruandeid pole vaja kirjutada
    [one] Kirjutada on üks aruanne
   *[other] Kirjutada on { $count } aruannet
}
report-due-by = Palun esita aruanne hiljemalt { $when }.
report-overdue-since = Hilinenud alates { $when }.
session-reports-none-due = Sul pole ühtegi aruannet vaja kirjutada.
session-reports-filed = Sinu esitatud aruanded
session-reports-none-filed = Sa pole veel ühtegi aruannet esitanud.

report-form-title = Aruanne kohtumise kohta
report-present = Kohal
report-present-hint = Mitu grupi { $members } liikmest osales. Täidetud osalemise märgete põhjal.
report-present-of = { $present } / { $members }
report-themes = Teemad
report-went = Kuidas läks
report-went-hint = Mõni lause kohtumise kohta. Jäta välja nimed ja kõik, mille järgi saab pere ära tunda.
report-concern = Mure
report-concern-none = Muret pole
report-concern-some = Mõningane mure
report-concern-urgent = Kiireloomuline mure
report-concern-urgent-hint = Vali „kiireloomuline“, kui keegi võib olla ohus: valves olev supervisor saab sellest kohe teada. Hädaolukorras helista kõigepealt 112.
report-concern-note = Mida supervisor peab teadma
report-concern-note-hint = Ainult see, mis on abistamiseks vajalik: mida nägid või kuulsid, mitte diagnoos. Kohustuslik, kui sul on mure.
report-concern-note-required = Kirjuta supervisorile lühidalt, mis sind muretsema paneb.
report-submit = Esita aruanne
report-filed-notice = Aitäh! Sinu aruanne on esitatud.
report-title = Kohtumise aruanne
report-group = Grupp
report-facilitator = Grupijuht
report-filed-on = Esitatud
report-comments = Sinu supervisori kommentaarid
report-no-comments = Kommentaare veel pole.
report-comment-label = Kirjuta grupijuhile
report-comment-send = Saada kommentaar
report-not-led = Aruandeid saad esitada ainult nende gruppide kohtumiste kohta, mida juhid.
report-session-not-started = See kohtumine pole veel alanud.
report-already-filed = Selle kohtumise kohta on aruanne juba olemas.

concern-state-received = Vastu võetud
concern-state-acknowledged = Supervisor on vastu võtnud
concern-state-handled = Käsitletud
concern-decide = Reageeri murele
concern-acknowledge = Kinnita kättesaamine
concern-outcome = Tulemus
concern-outcome-hint = Mida tehti. Grupijuht näeb ainult seda, et murega on tegeletud.
concern-mark-handled = Märgi käsitletuks
concern-already-decided = Keegi on seda juba teinud.

supervision-title = Supervisioon
supervision-urgent = { $count ->
    [0] Kiireloomulisi muresid pole
    [one] Üks kiireloomuline mure ootab
   *[other] { $count } kiireloomulist muret ootab
}
supervision-none-urgent = Midagi kiireloomulist ei oota.
supervision-concerns = { $count ->
    [0] Lahendamata muresid pole
    [one] Üks lahendamata mure
   *[other] { $count } lahendamata muret
}
supervision-overdue = { $count ->
    [0] Hilinenud aruandeid pole
    [one] Üks hilinenud aruanne
   *[other] { $count } hilinenud aruannet
}
supervision-recent = Uusimad aruanded
supervision-none = Pole.
supervision-facilitators-title = Grupijuhid ja supervisorid
supervision-facilitators-intro = Igal grupijuhil on supervisor, kes loeb tema aruandeid. Kui grupijuhil oma supervisorit pole, jälgivad teda kõik supervisorid.
supervision-supervisor = Supervisor
supervision-supervisor-of = Supervisor (grupijuht: { $name })
supervision-every-supervisor = Kõik supervisorid
supervision-no-facilitators = Grupijuhte veel pole.
supervision-not-a-supervisor = Vali inimene, kes on supervisor.

report-themes-title = Aruannete teemad
report-themes-intro = Teemad, mida grupijuhid saavad oma aruannetes valida. Arhiveeritud teema jääb vanadesse aruannetesse alles.
report-theme-archived = arhiveeritud
report-theme-archive = Arhiveeri
report-theme-restore = Taasta
report-theme-add = Lisa teema
report-theme-label = Teema
report-theme-two-cultures = Elu kahe kultuuri vahel
report-theme-bilingual-children = Kakskeelsed lapsed
report-theme-sleep = Uni ja päevarütm
report-theme-daycare-school = Lasteaed ja kool
report-theme-couple = Paarisuhe
report-theme-loneliness = Üksildus
report-theme-services = Teenuste leidmine
report-theme-wellbeing = Vanemate heaolu

escalations-title = Vastamata mured
escalations-intro = Kiireloomulised mured, mille kättesaamist ükski supervisor õigel ajal ei kinnitanud. Palun võta supervisoriga või mõne teise supervisoriga telefoni teel ühendust.
escalations-none = Kõigi kiireloomuliste murede kättesaamine on kinnitatud.
escalation-raised = Teatatud

security-event-session-report-viewed = Kohtumise aruannet loeti

mail-concern-urgent-subject = Kiireloomuline mure kohtumiselt
mail-concern-urgent-intro = Grupijuht teatas pärast kohtumist kiireloomulisest murest. Palun loe see läbi ja kinnita selle kättesaamine niipea kui saad.
mail-concern-urgent-button = Loe aruannet
mail-concern-urgent-outro = Kui keegi ei kinnita seda õigel ajal, antakse sellest teada koordinaatoritele.
mail-concern-escalated-subject = Kiireloomulisele murele pole ikka veel vastatud
mail-concern-escalated-intro = Ükski supervisor pole { $minutes } minuti jooksul kiireloomulise mure kättesaamist kinnitanud. Palun veendu, et keegi reageerib.
mail-concern-escalated-button = Vaata vastamata muresid
mail-concern-escalated-outro = Aruannet ennast näevad ainult supervisorid.
mail-report-reminder-subject = Sinu kohtumise aruanne ootab
mail-report-reminder-intro = Palun kirjuta lühike aruanne grupi „{ $name }“ kohtumise kohta. See tuleb esitada 48 tunni jooksul pärast kohtumise lõppu.
mail-report-reminder-button = Kirjuta aruanne
mail-report-reminder-outro = Aitäh, et juhid gruppi!
mail-report-comment-subject = Sinu supervisor kommenteeris sinu aruannet
mail-report-comment-intro = { $name } kirjutas sulle sinu kohtumise aruande kohta.
mail-report-comment-button = Loe kommentaari
mail-report-comment-outro = Seda saavad lugeda ainult sina ja sinu supervisorid.
security-event-supervision-notes-viewed = Supervisiooni märkmeid loeti
supervision-circles-title = Supervisioonigrupid
supervision-circles-intro = Supervisioonigrupp koosneb grupijuhtidest, kelle supervisor sa oled. Grupi kohtumised toimuvad privaatses ruumis, mida näevad ainult grupi liikmed. Kohalolek märgitakse, kui inimesed on ruumis, ja sa saad seda hiljem parandada.
supervision-circles-none = Supervisioonigruppe veel pole.
supervision-circles-none-mine = Sa ei ole veel üheski supervisioonigrupis. Sinu supervisor lisab sind.
supervision-circle-members = { $count ->
    [one] { $count } grupijuht
   *[other] { $count } grupijuhti
}
supervision-circle-meetings = { $count ->
    [one] { $count } kohtumine
   *[other] { $count } kohtumist
}
supervision-circle-new = Uus supervisioonigrupp
supervision-circle-name = Grupi nimi
supervision-circle-facilitators = Grupijuhid
supervision-circle-create = Loo grupp
supervision-circle-facilitators-invalid = Vali vähemalt üks grupijuht, kelle supervisor sa oled.
supervision-meetings = Kohtumised
supervision-meetings-none = Kohtumisi pole kavandatud.
supervision-meeting-schedule = Kavanda kohtumised
supervision-meeting-weeks-hint = 1 ühekordse kohtumise jaoks; rohkem, kui kohtumine toimub igal nädalal samal ajal.
supervision-meeting-time-invalid = Sisesta esimese kohtumise kuupäev (AAAA-KK-PP) ja algusaeg (TT:MM).
supervision-meeting-attended = Kes osalesid
supervision-meeting-you-attended = Sa osalesid.
supervision-meeting-you-missed = Sind ei märgitud kohalolijaks.
supervision-notes-title = Supervisiooni märkmed
supervision-notes-intro = Märkmeid näevad ainult grupijuhi supervisorid, kui sa just ei jaga märget grupijuhiga. Kirjuta ainult seda, mida supervisioon vajab: ei diagnoose ega perede isikuandmeid.
supervision-notes-none = Märkmeid pole.
supervision-notes-shared-title = Märkmed, mida sinu supervisor on sinuga jaganud
supervision-note = Märge
supervision-note-share = Jaga seda märget grupijuhiga
supervision-note-shared = Jagatud
supervision-note-add = Salvesta märge
supervision-mine-title = Minu supervisioon
supervision-mine-last = Viimati osalesid supervisioonis { $when }.
supervision-mine-never = Sa pole veel supervisioonis osalenud.
supervision-mine-until = Osale supervisioonikohtumisel enne { $when }, et sinu modereerimisõigused säiliksid.
supervision-mine-warning = Sinu modereerimisõigused lõpevad { $when }, kui sa enne seda supervisioonikohtumisel ei osale.
supervision-mine-lapsed = Sa pole liiga kaua supervisioonis osalenud, seega ei saa sa praegu gruppe juhtida ega modereerida. Õiguste tagasisaamiseks osale oma supervisioonigrupi järgmisel kohtumisel; midagi pole kustutatud.
mail-supervision-lapse-warning-subject = On aeg supervisiooniks
mail-supervision-lapse-warning-intro = Tere, { $name }, sa pole mõnda aega supervisioonikohtumisel osalenud. Sinu modereerimisõigused lõpevad { $detail }, kui sa enne seda kohtumisel ei osale.
mail-supervision-lapse-warning-button = Vaata oma supervisioonikohtumisi
mail-supervision-lapse-warning-outro = Supervisioon on selleks, et ükski grupijuht ei jääks üksi sellega, mida ta gruppides kuuleb.
mail-supervision-lapsed-subject = Sinu modereerimisõigused on lõppenud
mail-supervision-lapsed-intro = Tere, { $name }, sa pole liiga kaua supervisioonis osalenud, seega ei saa sa praegu gruppe juhtida ega modereerida.
mail-supervision-lapsed-button = Vaata oma supervisioonikohtumisi
mail-supervision-lapsed-outro = Midagi pole kustutatud. Õiguste tagasisaamiseks osale supervisioonikohtumisel.
mail-supervision-lapsed-coordinator-subject = Grupijuhi modereerimisõigused on lõppenud
mail-supervision-lapsed-coordinator-intro = { $name } pole liiga kaua supervisioonis osalenud ega saa praegu gruppe juhtida ega modereerida. Tema grupid: { $detail }
mail-supervision-lapsed-coordinator-button = Ava supervisioon
mail-supervision-lapsed-coordinator-outro = Õigused tulevad tagasi, kui ta osaleb supervisioonikohtumisel.
supervision-next-meeting = Järgmine supervisioonikohtumine
supervision-mine-open = Ava minu supervisioon
