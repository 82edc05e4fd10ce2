## Tirooyinka: guudmarka shaqaalaha iyo warbixinta sannadlaha ah

figures-dashboard-title = Guudmarka
figures-privacy-note = Tirooyinka ku saabsan qoysaska waa wadar keliya; tiro kasta oo ka yar shan waxaa loo muujiyaa "ka yar 5", si aan qoys loo garan karin.
figures-period = Muddada
figures-period-12w = 12-ka toddobaad ee ugu dambeeyay
figures-period-6m = 6-da bilood ee ugu dambeeyay
figures-period-12m = 12-ka bilood ee ugu dambeeyay
figures-show = Tus
figures-download-csv = Ku soo deji CSV ahaan
figures-yearly-report = Warbixinta sannadlaha ah
figures-year-title = Tirooyinka sannadka { $year }
figures-year-previous = Sannadkii ka horreeyay
figures-total = Wadarta
figures-fewer-than-5 = ka yar 5
figures-sessions-held = Kulamada la qabtay
figures-attendance-rate = Ka-qaybgalka (xubnaha la calaamadeeyay)
figures-families-active = Qoysaska ka qaybgalay
figures-reports-filed = Warbixinada kulamada ee la gudbiyay
figures-reports-overdue = Warbixinada dib u dhacay in ka badan 48 saacadood
figures-concerns-some = Walaacyada la soo sheegay
figures-concerns-urgent = Walaacyada degdegga ah
figures-facilitators-in-training = Hagayaasha tababarka ku jira
figures-facilitators-certified = Hagayaasha shahaadaysan
figures-facilitators-expiring = Shahaadooyinka dhacaya 60 maalmood gudahood
figures-facilitators-lapsed = Hagayaasha shahaadadoodu dhacday
