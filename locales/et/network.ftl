## Piirkonna partnervõrgustikud ja nende kohtumised

network-list-title = Partnervõrgustikud
network-list-intro = Heaoluala või omavalitsuse partnervõrgustik: omavalitsuse partnerid, grupijuhid, töötajad ja kutsutuna perede esindajad kohtuvad, et teada, kes mida teeb, ja leppida kokku tegevustes.
network-search-label = Otsi võrgustikke
network-search = Sõnad nimes
network-search-submit = Otsi
network-found = { $count ->
    [0] Võrgustikke pole
    [one] Üks võrgustik
   *[other] { $count } võrgustikku
}
network-none = Võrgustikke veel pole.
network-participant-count = { $count ->
    [one] üks osaleja
   *[other] { $count } osalejat
}
network-next-meeting = Järgmine kohtumine
network-new = Uus võrgustik
network-name = Võrgustiku nimi
network-area = Piirkond
network-area-choose = Vali piirkond
network-area-counties = Heaolualad
network-area-municipalities = Omavalitsused
network-area-unknown = Vali loendist heaoluala või omavalitsus.
network-create = Loo võrgustik
network-organiser = Korraldaja
network-participants = Osalejad
network-who-does-what = Kes mida teeb
network-participant = Osaleja
network-takes-part-as = Osaleb kui
network-works-as = Mida teeb
network-works-as-hint = Näiteks „lastenõuandla perenõustaja“. Perede esindajate puhul ei näidata.
network-organisation = Organisatsioon ja teenused
network-participants-none = Kedagi pole veel kutsutud.
network-remove = Eemalda
network-kind-partner = Omavalitsuse partner
network-kind-facilitator = Grupijuht
network-kind-staff = Silta töötaja
network-kind-family = Perede esindaja
network-invite = Kutsu osaleja
network-invite-email = Tema Silta konto e-posti aadress
network-invite-submit = Kutsu
network-participant-unknown = Selle aadressiga Silta kontot, mis saaks sellisena osaleda, ei ole.
network-meetings = Kohtumised
network-meetings-none = Kohtumisi pole veel kokku lepitud.
network-open-action-count = { $count ->
    [one] üks avatud tegevus
   *[other] { $count } avatud tegevust
}
network-meeting-schedule = Lepi kokku kohtumine
network-meeting-date = Kuupäev
network-meeting-time-hint = Soome aja järgi.
network-meeting-time-invalid = Sisesta kuupäev, algusaeg ja kestus 15–480 minutit.
network-meeting-title = Kohtumine
network-agenda = Päevakord
network-agenda-none = Päevakorda veel pole.
network-agenda-edit = Muuda päevakorda
network-agenda-hint = Üks punkt rea kohta.
network-agenda-save = Salvesta päevakord
network-agenda-too-many = Päevakorras võib olla kuni { $max } punkti.
network-notes = Märkmed
network-notes-none = Märkmeid veel pole.
network-notes-edit = Kirjuta märkmed
network-notes-save = Salvesta märkmed
network-notes-closed = Märkmeid ei saa enam muuta: kohtumisest on möödas üle kahe nädala.
network-follow-ups = Varasemate kohtumiste tegevuste järelkontroll
network-follow-ups-none = Varasematest kohtumistest avatud tegevusi pole.
network-actions = Sellel kohtumisel kokku lepitud tegevused
network-actions-none = Tegevusi pole veel kokku lepitud.
network-action-new = Kirjuta tegevus üles
network-action-text = Mida tehakse
network-action-owner = Kes teeb
network-action-owner-choose = Vali osaleja
network-action-owner-required = Igal tegevusel peab olema vastutaja: vali, kes selle teeb.
network-action-owner-not-participant = Vastutaja peab olema võrgustiku osaleja.
network-action-due-on = Tähtaeg (valikuline)
network-action-add = Kirjuta tegevus üles
network-action-due = tähtaeg
network-action-overdue = Hilinenud
network-action-agreed-on = kokku lepitud kohtumisel
network-action-status = Olek
network-status-open = Avatud
network-status-done = Tehtud
network-status-dropped = Loobutud
network-home-title = Partnervõrgustik
network-home-actions = Sinu avatud tegevused
mail-network-invited-subject = Sind on kutsutud partnervõrgustikku
mail-network-invited-intro = Sind on kutsutud osalema Silta partnervõrgustikus „{ $name }“. Selle kohtumised, päevakorrad ja kokkulepitud tegevused on võrgustiku lehel.
mail-network-invited-button = Ava võrgustik
mail-network-invited-outro = Kui arvad, et see on viga, vasta sind kutsunud töötajale.
privacy-kind-network-participation = Partnervõrgustikud, milles osaled
privacy-purpose-of-network-participation = Et kutsuda sind võrgustiku kohtumistele ja öelda teistele osalejatele, kes mida teeb.
privacy-kind-network-actions = Tegevused, mille eest vastutad partnervõrgustikes
privacy-purpose-of-network-actions = Et jälgida, mis võrgustiku kohtumisel kokku lepiti.
privacy-kind-network-notes = Sinu kirjutatud võrgustiku kohtumiste märkmed
privacy-purpose-of-network-notes = Et säiliks lühike ülestähendus sellest, mida võrgustiku kohtumisel arutati ja kokku lepiti.
privacy-field-network = Võrgustik
privacy-field-taking-part-as = Osaleb kui
privacy-field-works-as = Mida sa teed
privacy-field-due-on = Tähtaeg
privacy-field-agreed-at = Kokku lepitud
privacy-field-participation = Osalemine
privacy-field-actions = Tegevused
