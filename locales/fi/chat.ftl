chat-error-bad-frame = Viestiä ei voitu lukea. Lataa sivu uudelleen.
chat-error-version = Tämä sivu on vanhentunut. Lataa se uudelleen.
chat-error-too-long = Viestin pituus voi olla 1–4000 merkkiä.
chat-error-slow-down = Kirjoitat hyvin nopeasti. Odota hetki ennen kuin lähetät lisää.
chat-title = Ryhmätapaaminen
chat-status-connecting = Yhdistetään…
chat-status-connected = Yhteys toimii
chat-status-reconnecting = Yhteys katkesi. Yhdistetään uudelleen… Viestisi säilyvät ja lähtevät, kun yhteys palaa.
chat-status-offline = Olet offline-tilassa. Viestisi säilyvät ja lähtevät, kun olet taas verkossa.
chat-status-signed-out = Sinut on kirjattu ulos. Kirjaudu uudelleen jatkaaksesi.
chat-sending = lähetetään…
chat-you = Sinä
chat-messages-label = Viestit
chat-input-label = Viestisi
chat-send = Lähetä
chat-help-heading = Tarvitsetko apua nyt?
chat-help-emergency = Hätätilanteessa soita 112. Voit myös puhua ryhmäsi ohjaajan kanssa.
chat-open-room = Avaa tapaamishuone
chat-error-too-many-connections = Keskustelu on auki liian monessa ikkunassa. Sulje osa niistä ja yritä uudelleen.
chat-retention-invalid = Valitse säilytysajaksi 1–3650 päivää.
chat-error-not-moderator = Vain ohjaaja voi tehdä tämän.
chat-error-no-message = Tätä viestiä ei enää ole.
chat-removed-note = Ohjaaja poisti tämän viestin.
chat-erased-note = Viesti poistettiin kirjoittajansa pyynnöstä.
chat-remove-button = Poista
chat-error-locked = Ohjaaja on lukinnut huoneen hetkeksi. Nyt vain ohjaajat voivat kirjoittaa.
chat-error-muted = Ohjaaja on keskeyttänyt kirjoittamisesi hetkeksi.
chat-error-slow-mode = Hidas tila on päällä: odota hetki viestien välillä.
chat-report-outcome-missing = Kirjoita, mitä ilmoitukselle tehtiin.
crisis-contact-name-invalid = Anna palvelulle enintään 100 merkin nimi.
crisis-contact-phone-invalid = Anna puhelinnumero, jossa on vain numeroita, välilyöntejä ja +-merkki.
crisis-contact-hours-invalid = Aukioloajoissa voi olla enintään 100 merkkiä.
chat-error-not-started = Ohjaaja ei ole vielä aloittanut tapaamista. Voit lukea keskustelua; kirjoittaminen avautuu, kun tapaaminen alkaa.
chat-error-ended = Tapaaminen on päättynyt. Voit yhä lukea keskustelun.
chat-error-unattended = Huoneessa ei ole nyt ohjaajaa, joten siinä voi vain lukea, kunnes ohjaaja palaa.
chat-room-not-open-yet = Huone ei ole vielä auki. Se avautuu vähän ennen tapaamisen alkua.
chat-room-over = Tapaaminen on ohi, ja sen huone on suljettu.
chat-room-opens-at = Huone avautuu { $time }. Tule silloin takaisin: tämän sivun ei tarvitse olla auki.
chat-room-closed-note = Tapaaminen on ohi. Kiitos, että olit mukana!
chat-people-heading = Huoneessa nyt
chat-facilitator-badge = ohjaaja
chat-visiting-expert-badge = vieraileva asiantuntija
chat-state-not-started = Tapaaminen ei ole vielä alkanut. Kirjoittaminen avautuu, kun ohjaaja aloittaa sen.
chat-state-ended = Tapaaminen on päättynyt. Voit yhä lukea keskustelun.
chat-state-unattended = Huoneessa ei ole nyt ohjaajaa, joten siinä voi vain lukea, kunnes ohjaaja palaa.
chat-state-locked = Ohjaaja on lukinnut huoneen hetkeksi: nyt vain ohjaajat kirjoittavat.
chat-state-slow-mode = Hidas tila on päällä: yksi viesti { $seconds } sekunnin välein.
chat-tools-heading = Ohjaajan työkalut
chat-start-session = Aloita tapaaminen
chat-end-session = Päätä tapaaminen
chat-lock = Lukitse huone
chat-unlock = Avaa lukitus
chat-slow-mode-label = Hidas tila
chat-slow-mode-off = Pois
chat-slow-mode-option =
    { $seconds ->
        [one] Yksi viesti sekunnissa
       *[other] Yksi viesti { $seconds } sekunnin välein
    }
chat-apply = Ota käyttöön
chat-report-button = Ilmoita
chat-report-title = Ilmoita tästä viestistä
chat-report-hint = Ohjaajat ja henkilökunta näkevät viestin ja muutaman sen ympäriltä. Kirjoittajalle ei kerrota, kuka ilmoitti.
chat-reported-notice = Kiitos. Ilmoituksesi lähti ohjaajille ja henkilökunnalle.
chat-remove-title = Poista tämä viesti kaikilta
chat-reason-label = Syy (vapaaehtoinen, vain ohjaajat ja henkilökunta näkevät sen)
chat-mute-button = Hiljennä
chat-mute-title = Keskeytä tämän henkilön kirjoittaminen
chat-mute-minutes-label = Kuinka pitkäksi aikaa
chat-minutes =
    { $minutes ->
        [one] { $minutes } minuutti
       *[other] { $minutes } minuuttia
    }
chat-remove-member-button = Poista tapaamisesta
chat-remove-member-title = Poista tämä henkilö tapaamisesta
chat-confirm = Vahvista
chat-cancel = Peruuta
chat-you-are-muted = Ohjaaja on keskeyttänyt kirjoittamisesi kello { $time } asti.
chat-member-muted = { $name } ei voi kirjoittaa ennen kuin kello on { $time }.
chat-you-were-removed = Ohjaaja on poistanut sinut tästä tapaamisesta.
chat-message-actions = Toiminnot tälle viestille
