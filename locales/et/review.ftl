# Reviewing reported messages, the moderation log and crisis contacts (staff and facilitators).

reports-title = Teatatud sõnumid
reports-intro-staff = Sõnumid, millest tubades olnud inimesed on teatanud. Loe iga sõnumit selle kontekstis, tee vajalik ja pane kirja, mida tehti.
reports-intro-facilitator = Teated sinu rühmade sõnumite kohta. Iga teate vaatab läbi personal; sa näed, millest teatati, ja saad sellest supervisioonis rääkida. Kes teatas, seda sulle ei öelda.
reports-open =
    { $count ->
        [one] Üks avatud teade
       *[other] { $count } avatud teadet
    }
reports-none = Midagi ei oota läbivaatamist.
reports-handled = Läbi vaadatud
report-filed-at = Teatatud
report-reporter = Teataja
report-reason = Põhjus
report-no-reason = Põhjust ei antud
report-outcome = Mida tehti
report-context = Sõnumid selle ümber
report-reported-message = Teatatud sõnum
report-outcome-label = Mida tehti (lühike märge)
report-mark-handled = Märgi läbivaadatuks
moderation-log-title = Modereerimislogi
moderation-log-empty = Selles kohtumises pole midagi modereeritud.
moderation-action = Tegevus
moderation-message-number = Sõnumi number
moderation-action-remove-message = Eemaldas sõnumi
moderation-action-mute = Vaigistas liikme
moderation-action-remove-member = Eemaldas liikme kohtumiselt
moderation-action-lock = Lukustas toa
moderation-action-unlock = Avas toa luku
moderation-action-slow-mode = Muutis aeglast režiimi
moderation-action-start-session = Alustas kohtumist
moderation-action-end-session = Lõpetas kohtumise
crisis-contacts-title = Kriisikontaktid
crisis-contacts-intro = Need on nähtavad igas vestlustoas jaotises „Kas vajad kohe abi?“ neile, kes loevad selles keeles. Hädaabinumber 112 on alati näha.
crisis-contacts-none = Kriisikontakte veel pole.
crisis-contact-language = Keel
crisis-contact-name = Teenus
crisis-contact-phone = Telefoninumber
crisis-contact-hours = Lahtiolekuajad
crisis-contact-hours-hint = Näiteks: iga päev 8–22 või ööpäev läbi
crisis-contact-delete = Eemalda
crisis-contact-add = Lisa kontakt
security-event-reports-viewed = Vestlusteateid vaadati
reports-status-open = Ootab läbivaatamist
