## Bogga hore marka aad gasho: kaar kastaa wuxuu sheegayaa waxa xiga ee la sameeyo

home-welcome = Soo dhawoow, { $name }
home-nothing-waiting = Hadda wax ku sugaya ma jiraan.
home-next-session = Kulankaaga xiga
home-room-opens-later = Qolku wuxuu furmayaa { $minutes } daqiiqo ka hor inta aan kulanku bilaabmin.
home-no-sessions = Kooxahaaga midkoodna ma laha kulan soo socda.
home-sessions-you-lead = Kulamada xiga ee aad hagto
home-no-sessions-to-lead = Ma haysid kulan soo socda.
home-chat-reports-waiting = { $count ->
    [one] Hal fariin oo la soo sheegay ayaa sugaysa dib-u-eegis.
   *[other] { $count } fariimood oo la soo sheegay ayaa sugaya dib-u-eegis.
}
home-chat-reports-open = Dib u eeg fariimaha la soo sheegay
home-security-recent = Dhacdooyinka amniga ee ugu dambeeyay
home-security-open = Fur diiwaanka amniga
home-escalated-count = { $count ->
    [one] Hal walaac degdeg ah waqtigii laguma xaqiijin.
   *[other] { $count } walaac oo degdeg ah waqtigii laguma xaqiijin.
}
report-overdue = dib u dhacday
supervision-open-queue = Fur safka kormeerka
escalations-open = Eeg cidda aad wacayso
home-groups-untrained = { $count ->
    [one] Koox ma laha hage shahaadaysan
   *[other] { $count } kooxood ma laha hage shahaadaysan
}
home-groups-untrained-help = Kaliya hage haysta shahaado ansax ah ayaa maamuli kara. U magacaaba kooxahan hage shahaadaysan, ama ka codsada hagaha inuu cusboonaysiiyo shahaadadiisa.
