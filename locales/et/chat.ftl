chat-error-bad-frame = Sõnumit ei õnnestunud lugeda. Palun laadi leht uuesti.
chat-error-version = See leht on aegunud. Palun laadi see uuesti.
chat-error-too-long = Sõnum võib olla 1 kuni 4000 tähemärki pikk.
chat-error-slow-down = Sa kirjutad väga kiiresti. Palun oota hetk, enne kui rohkem saadad.
chat-title = Grupikohtumine
chat-status-connecting = Ühendan…
chat-status-connected = Ühendatud
chat-status-reconnecting = Ühendus katkes. Ühendan uuesti… Sinu sõnumid jäävad alles ja saadetakse, kui ühendus taastub.
chat-status-offline = Sul pole praegu internetiühendust. Sinu sõnumid jäävad alles ja saadetakse, kui oled jälle võrgus.
chat-status-signed-out = Sind on välja logitud. Jätkamiseks logi palun uuesti sisse.
chat-sending = saadan…
chat-you = Sina
chat-messages-label = Sõnumid
chat-input-label = Sinu sõnum
chat-send = Saada
chat-help-heading = Vajad kohe abi?
chat-help-emergency = Hädaolukorras helista 112. Võid rääkida ka oma grupi juhiga.
chat-open-room = Ava kohtumise ruum
chat-error-too-many-connections = Vestlus on avatud liiga paljudes akendes. Sulge mõni ja proovi uuesti.
chat-retention-invalid = Vali säilitusaeg vahemikus 1 kuni 3650 päeva.
chat-error-not-moderator = Seda saab teha ainult grupijuht.
chat-error-no-message = Seda sõnumit pole enam.
chat-removed-note = Grupijuht eemaldas selle sõnumi.
chat-erased-note = Sõnum eemaldati selle kirjutaja palvel.
chat-remove-button = Eemalda
chat-error-locked = Grupijuht on ruumi hetkeks lukustanud. Praegu saavad kirjutada ainult grupijuhid.
chat-error-muted = Grupijuht on sinu kirjutamisvõimaluse mõneks ajaks peatanud.
chat-error-slow-mode = Aeglane režiim on sees: palun oota sõnumite vahel veidi.
chat-report-outcome-missing = Kirjuta, mida teatega ette võeti.
crisis-contact-name-invalid = Anna teenusele nimi, mis on kõige rohkem 100 tähemärki pikk.
crisis-contact-phone-invalid = Sisesta telefoninumber, milles on ainult numbrid, tühikud ja +.
crisis-contact-hours-invalid = Lahtiolekuajad võivad olla kõige rohkem 100 tähemärki pikad.

chat-error-not-started = Grupijuht ei ole kohtumist veel alustanud. Saad kaasa lugeda; kirjutada saab siis, kui kohtumine algab.
chat-error-ended = See kohtumine on lõppenud. Vestlust saad ikka lugeda.
chat-error-unattended = Praegu ei ole ruumis ühtegi grupijuhti, seega saab ainult lugeda, kuni mõni tagasi tuleb.
chat-room-not-open-yet = Ruum ei ole veel avatud. See avaneb veidi enne kohtumise algust.
chat-room-over = See kohtumine on läbi ja selle ruum on suletud.
chat-room-opens-at = Ruum avaneb kell { $time }. Tule siis tagasi: seda lehte ei pea lahti hoidma.
chat-room-closed-note = Kohtumine on läbi. Aitäh, et osalesid!
chat-people-heading = Ruumis
chat-facilitator-badge = grupijuht
chat-visiting-expert-badge = külalisekspert
chat-state-not-started = Kohtumine ei ole veel alanud. Kirjutada saab siis, kui grupijuht selle alustab.
chat-state-ended = Kohtumine on lõppenud. Vestlust saad ikka lugeda.
chat-state-unattended = Praegu ei ole ruumis ühtegi grupijuhti, seega saab ainult lugeda, kuni mõni tagasi tuleb.
chat-state-locked = Grupijuht on ruumi hetkeks lukustanud: praegu kirjutavad ainult grupijuhid.
chat-state-slow-mode =
    Aeglane režiim on sees: { $seconds ->
        [one] üks sõnum sekundis.
       *[other] üks sõnum iga { $seconds } sekundi järel.
    }
chat-tools-heading = Grupijuhi tööriistad
chat-start-session = Alusta kohtumist
chat-end-session = Lõpeta kohtumine
chat-lock = Lukusta ruum
chat-unlock = Ava ruum
chat-slow-mode-label = Aeglane režiim
chat-slow-mode-off = Väljas
chat-slow-mode-option =
    { $seconds ->
        [one] Üks sõnum sekundis
       *[other] Üks sõnum iga { $seconds } sekundi järel
    }
chat-apply = Rakenda
chat-report-button = Teata
chat-report-title = Teata sellest sõnumist
chat-report-hint = Grupijuhid ja töötajad näevad seda sõnumit ja mõnda selle ümber. Kirjutajale ei öelda, kes teatas.
chat-reported-notice = Aitäh. Sinu teade saadeti grupijuhtidele ja töötajatele.
chat-remove-title = Eemalda see sõnum kõigi jaoks
chat-reason-label = Põhjus (vabatahtlik, näevad ainult grupijuhid ja töötajad)
chat-mute-button = Peata kirjutamine
chat-mute-title = Peata selle inimese kirjutamine
chat-mute-minutes-label = Kui kauaks
chat-minutes =
    { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutit
    }
chat-remove-member-button = Eemalda kohtumiselt
chat-remove-member-title = Eemalda see inimene kohtumiselt
chat-confirm = Kinnita
chat-cancel = Tühista
chat-you-are-muted = Grupijuht on sinu kirjutamise peatanud kuni { $time }.
chat-member-muted = { $name } ei saa kirjutada kuni { $time }.
chat-you-were-removed = Grupijuht eemaldas sind sellelt kohtumiselt.
chat-message-actions = Selle sõnumi toimingud
