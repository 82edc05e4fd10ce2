## Sisselogitud kasutaja avaleht: iga kaart ütleb, mida järgmiseks teha

home-welcome = Tere tulemast, { $name }
home-nothing-waiting = Praegu ei oota sind midagi.
home-next-session = Sinu järgmine kohtumine
home-room-opens-later = Kohtumise ruum avaneb { $minutes } minutit enne kohtumise algust.
home-no-sessions = Ühelgi sinu grupil pole tulemas kohtumisi.
home-sessions-you-lead = Järgmised kohtumised, mida juhid
home-no-sessions-to-lead = Sul pole tulemas kohtumisi.
home-chat-reports-waiting = { $count ->
    [one] Üks teatatud sõnum ootab läbivaatamist.
   *[other] { $count } teatatud sõnumit ootab läbivaatamist.
}
home-chat-reports-open = Vaata teatatud sõnumid läbi
home-security-recent = Uusimad turvasündmused
home-security-open = Ava turvalogi
home-escalated-count = { $count ->
    [one] Ühe kiireloomulise mure kättesaamist ei kinnitatud õigel ajal.
   *[other] { $count } kiireloomulise mure kättesaamist ei kinnitatud õigel ajal.
}
report-overdue = hilinenud
supervision-open-queue = Ava supervisiooni järjekord
escalations-open = Vaata, kellele helistada
home-groups-untrained = { $count ->
    [one] Ühel grupil pole sertifitseeritud juhendajat
   *[other] { $count } grupil pole sertifitseeritud juhendajat
}
home-groups-untrained-help = Modereerida võib ainult kehtiva tunnistusega juhendaja. Määrake neile gruppidele sertifitseeritud juhendaja või paluge juhendajal tunnistus uuendada.
