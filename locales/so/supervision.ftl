## Warbixinada kulamada iyo kormeerka

session-reports-title = Warbixinada kulamada
session-reports-intro = Kulan kasta oo aad hagtay kadib, si kooban ugu sheeg kormeerahaaga sida uu u dhacay. Qor oo keliya waxa loo baahan yahay: ha qorin magacyada qoysaska ama xanuun aad u malaynayso inuu qof qabo.
session-reports-due = { $count ->
    [0] Warbixin aad qorto ma jirto
    [one] Hal warbixin oo aad qorto
   *[other] { $count } warbixinood oo aad qorto
}
report-due-by = Fadlan soo gudbi warbixinta ugu dambayn { $when }.
report-overdue-since = Waqtigeedii wuu dhaafay tan iyo { $when }.
session-reports-none-due = Ma haysid warbixin aad qorto.
session-reports-filed = Warbixinada aad soo gudbisay
session-reports-none-filed = Weli ma aadan soo gudbin wax warbixin ah.

report-form-title = Warbixin ku saabsan kulan
report-present = Joogay
report-present-hint = Imisa ka mid ah { $members } xubnood ee kooxda ayaa ka qaybgalay. Waxaa laga soo qaaday calaamadaha ka-qaybgalka.
report-present-of = { $present } ka mid ah { $members }
report-themes = Mawduucyada
report-went = Sida uu u dhacay
report-went-hint = Dhowr jumladood oo ku saabsan kulanka. Ka saar magacyada iyo wax kasta oo lagu garan karo qoys.
report-concern = Walaac
report-concern-none = Walaac ma jiro
report-concern-some = Xoogaa walaac ah
report-concern-urgent = Walaac degdeg ah
report-concern-urgent-hint = Dooro "degdeg ah" haddii qof khatar ku jiri karo: kormeeraha shaqada joogaa isla markiiba wuu ogaanayaa. Xaalad degdeg ah, marka hore wac 112.
report-concern-note = Waxa kormeeruhu u baahan yahay inuu ogaado
report-concern-note-hint = Kaliya waxa loo baahan yahay si loo caawiyo: waxaad aragtay ama maqashay, ee ha qorin xanuun aad u malaynayso. Waa khasab marka uu walaac jiro.
report-concern-note-required = Si kooban ugu sheeg kormeeraha waxa ku walwalinaya.
report-submit = Gudbi warbixinta
report-filed-notice = Mahadsanid. Warbixintaada waa la gudbiyay.
report-title = Warbixinta kulanka
report-group = Kooxda
report-facilitator = Hagaha kooxda
report-filed-on = La gudbiyay
report-comments = Faallooyinka kormeerahaaga
report-no-comments = Weli faallo ma jirto.
report-comment-label = U qor hagaha kooxda
report-comment-send = Dir faallada
report-not-led = Warbixin waxaad ka qori kartaa oo keliya kulamada kooxaha aad hagto.
report-session-not-started = Kulankan weli ma bilaabmin.
report-already-filed = Kulankan horay ayaa warbixin loogu qoray.

concern-state-received = Waa la helay
concern-state-acknowledged = Kormeere ayaa helay
concern-state-handled = Waa laga shaqeeyay
concern-decide = Ka jawaab walaaca
concern-acknowledge = Xaqiiji inaad heshay
concern-outcome = Natiijada
concern-outcome-hint = Waxa la sameeyay. Hagaha kooxda wuxuu arkaa oo keliya in walaaca laga shaqeeyay.
concern-mark-handled = U calaamadee mid laga shaqeeyay
concern-already-decided = Qof kale ayaa horay tan u sameeyay.

supervision-title = Kormeerka
supervision-urgent = { $count ->
    [0] Walaac degdeg ah ma jiro
    [one] Hal walaac degdeg ah ayaa sugaya
   *[other] { $count } walaac oo degdeg ah ayaa sugaya
}
supervision-none-urgent = Wax degdeg ah oo sugaya ma jiro.
supervision-concerns = { $count ->
    [0] Walaac furan ma jiro
    [one] Hal walaac oo furan
   *[other] { $count } walaac oo furan
}
supervision-overdue = { $count ->
    [0] Warbixin dib u dhacday ma jirto
    [one] Hal warbixin oo dib u dhacday
   *[other] { $count } warbixinood oo dib u dhacay
}
supervision-recent = Warbixinada ugu dambeeyay
supervision-none = Waxba ma jiraan.
supervision-facilitators-title = Hagayaasha kooxaha iyo kormeerayaasha
supervision-facilitators-intro = Hage kasta wuxuu leeyahay kormeere akhriya warbixinadiisa. Hagaha aan kormeere lahayn waxaa la socda dhammaan kormeerayaasha.
supervision-supervisor = Kormeere
supervision-supervisor-of = Kormeeraha { $name }
supervision-every-supervisor = Dhammaan kormeerayaasha
supervision-no-facilitators = Weli ma jiraan hagayaal kooxeed.
supervision-not-a-supervisor = Dooro qof kormeere ah.

report-themes-title = Mawduucyada warbixinada
report-themes-intro = Mawduucyada ay hagayaashu ku dooran karaan warbixinadooda. Mawduuc la kaydiyay wuxuu ku hadhayaa warbixinadii hore.
report-theme-archived = la kaydiyay
report-theme-archive = Kaydi
report-theme-restore = Soo celi
report-theme-add = Ku dar mawduuc
report-theme-label = Mawduuc
report-theme-two-cultures = Ku noolaanshaha laba dhaqan dhexdooda
report-theme-bilingual-children = Carruurta laba luqadood ku hadla
report-theme-sleep = Hurdada iyo nidaamka maalinlaha ah
report-theme-daycare-school = Xannaanada carruurta iyo dugsiga
report-theme-couple = Xiriirka lammaanaha
report-theme-loneliness = Kalinimada
report-theme-services = Helitaanka adeegyada
report-theme-wellbeing = Fayoqabka waalidiinta

escalations-title = Walaacyada aan laga jawaabin
escalations-intro = Walaacyo degdeg ah oo aan kormeere waqtigii ku xaqiijin. Fadlan taleefan kula xiriir kormeeraha, ama kormeere kale.
escalations-none = Dhammaan walaacyada degdegga ah waa la xaqiijiyay.
escalation-raised = Waqtiga la soo sheegay

security-event-session-report-viewed = Warbixinta kulanka waa la akhriyay

mail-concern-urgent-subject = Walaac degdeg ah oo ka yimid kulan
mail-concern-urgent-intro = Hage kooxeed ayaa kulan kadib soo sheegay walaac degdeg ah. Fadlan akhri oo xaqiiji inaad heshay sida ugu dhaqsaha badan.
mail-concern-urgent-button = Akhri warbixinta
mail-concern-urgent-outro = Haddii aan cidna waqtigii ku xaqiijin, isku-duwayaasha ayaa la ogeysiinayaa.
mail-concern-escalated-subject = Walaac degdeg ah weli lagama jawaabin
mail-concern-escalated-intro = Ma jiro kormeere xaqiijiyay walaac degdeg ah { $minutes } daqiiqo gudahood. Fadlan hubi in qof ka jawaabo.
mail-concern-escalated-button = Eeg walaacyada aan laga jawaabin
mail-concern-escalated-outro = Warbixinta lafteeda waxaa arki kara oo keliya kormeerayaasha.
mail-report-reminder-subject = Warbixinta kulankaagu way ku sugaysaa
mail-report-reminder-intro = Fadlan qor warbixin gaaban oo ku saabsan kulanka kooxda "{ $name }". Waa in la gudbiyaa 48 saacadood gudahood marka kulanku dhammaado kadib.
mail-report-reminder-button = Qor warbixinta
mail-report-reminder-outro = Waad ku mahadsan tahay inaad hagto kooxda.
mail-report-comment-subject = Kormeerahaaga ayaa faallo ka bixiyay warbixintaada
mail-report-comment-intro = { $name } ayaa kuu soo qoray wax ku saabsan warbixinta kulankaaga.
mail-report-comment-button = Akhri faallada
mail-report-comment-outro = Waxaa akhrin kara oo keliya adiga iyo kormeerayaashaada.
security-event-supervision-notes-viewed = Qoraallada kormeerka waa la akhriyay
supervision-circles-title = Kooxaha kormeerka
supervision-circles-intro = Kooxda kormeerku waa hagayaal kooxeed oo aad kormeerto. Kulamadeeda waxay ka dhacaan qol gaar ah oo ay arki karaan oo keliya xubnaha kooxdu. Ka-qaybgalka waxaa la diiwaangeliyaa marka dadku qolka joogaan, waadna sixi kartaa kadib.
supervision-circles-none = Weli ma jiraan kooxo kormeer.
supervision-circles-none-mine = Weli kuma jirtid koox kormeer. Kormeerahaaga ayaa ku dari doona.
supervision-circle-members = { $count ->
    [one] { $count } hage kooxeed
   *[other] { $count } hage kooxeed
}
supervision-circle-meetings = { $count ->
    [one] { $count } kulan
   *[other] { $count } kulan
}
supervision-circle-new = Koox kormeer oo cusub
supervision-circle-name = Magaca kooxda
supervision-circle-facilitators = Hagayaasha kooxaha
supervision-circle-create = Samee kooxda
supervision-circle-facilitators-invalid = Dooro ugu yaraan hal hage kooxeed oo aad kormeerto.
supervision-meetings = Kulamada
supervision-meetings-none = Ma jiraan kulamo la qorsheeyay.
supervision-meeting-schedule = Qorshee kulamada
supervision-meeting-weeks-hint = 1 haddii uu yahay hal kulan; tiro ka badan haddii uu yahay kulan toddobaad kasta ah oo isla waqtigaas ah.
supervision-meeting-time-invalid = Geli taariikhda (YYYY-MM-DD) iyo waqtiga bilowga (HH:MM) ee kulanka koowaad.
supervision-meeting-attended = Cidda ka qaybgashay
supervision-meeting-you-attended = Waad ka qaybgashay.
supervision-meeting-you-missed = Laguma calaamadin inaad joogtay.
supervision-notes-title = Qoraallada kormeerka
supervision-notes-intro = Qoraallada waxaa arki kara oo keliya kormeerayaasha hagaha, haddii aadan qoraal la wadaagin hagaha laftiisa. Qor oo keliya waxa kormeerku u baahan yahay: ha qorin xanuun aad u malaynayso inuu qof qabo, hana qorin macluumaadka gaarka ah ee qoysaska.
supervision-notes-none = Qoraal ma jiro.
supervision-notes-shared-title = Qoraallada kormeerahaagu kula wadaagay
supervision-note = Qoraal
supervision-note-share = Qoraalkan la wadaag hagaha
supervision-note-shared = La wadaagay
supervision-note-add = Kaydi qoraalka
supervision-mine-title = Kormeerkayga
supervision-mine-last = Markii ugu dambaysay ee aad kormeer ka qaybgashay waxay ahayd { $when }.
supervision-mine-never = Weli kama aadan qaybgalin kormeer.
supervision-mine-until = Ka qaybgal kulan kormeer ka hor { $when } si aad u sii haysato awoodda maamulka kooxaha.
supervision-mine-warning = Awoodda maamulka kooxaha way kaa dhacaysaa { $when } haddii aadan ka hor ka qaybgalin kulan kormeer.
supervision-mine-lapsed = Muddo aad u dheer kama aadan qaybgalin kormeer, sidaa darteed hadda ma hagi kartid mana maamuli kartid kooxaha. Ka qaybgal kulanka xiga ee kooxdaada kormeerka si aad awooddaada dib ugu hesho; waxba lama tirtirin.
mail-supervision-lapse-warning-subject = Waa waqtigii kormeerka
mail-supervision-lapse-warning-intro = Salaan { $name }, muddo kama aadan qaybgalin kulan kormeer. Awoodda maamulka kooxaha way kaa dhacaysaa { $detail } haddii aadan ka hor ka qaybgalin kulan.
mail-supervision-lapse-warning-button = Eeg kulamadaada kormeerka
mail-supervision-lapse-warning-outro = Kormeerku wuxuu u jiraa si aan hage kooxeed keligii ugu harin waxa uu ka maqlo kooxaha.
mail-supervision-lapsed-subject = Awoodda maamulka kooxaha way kaa dhacday
mail-supervision-lapsed-intro = Salaan { $name }, muddo aad u dheer kama aadan qaybgalin kormeer, sidaa darteed hadda ma hagi kartid mana maamuli kartid kooxaha.
mail-supervision-lapsed-button = Eeg kulamadaada kormeerka
mail-supervision-lapsed-outro = Waxba lama tirtirin. Ka qaybgal kulan kormeer si aad awooddaada dib ugu hesho.
mail-supervision-lapsed-coordinator-subject = Awoodda maamulka ee hage kooxeed way dhacday
mail-supervision-lapsed-coordinator-intro = { $name } muddo aad u dheer kama qaybgalin kormeer, hadda ma hagi karo mana maamuli karo kooxaha. Kooxaha uu hago: { $detail }
mail-supervision-lapsed-coordinator-button = Fur kormeerka
mail-supervision-lapsed-coordinator-outro = Awooddu way u soo laabanaysaa marka uu ka qaybgalo kulan kormeer.
supervision-next-meeting = Kulanka kormeerka ee xiga
supervision-mine-open = Fur kormeerkayga
