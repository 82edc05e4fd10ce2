chat-error-bad-frame = Meddelandet kunde inte läsas. Ladda om sidan.
chat-error-version = Den här sidan är föråldrad. Ladda om den.
chat-error-too-long = Ett meddelande kan vara 1–4000 tecken långt.
chat-error-slow-down = Du skriver väldigt snabbt. Vänta en stund innan du skickar mer.
chat-title = Gruppträff
chat-status-connecting = Ansluter…
chat-status-connected = Ansluten
chat-status-reconnecting = Anslutningen bröts. Ansluter igen… Dina meddelanden sparas och skickas när anslutningen är tillbaka.
chat-status-offline = Du är offline. Dina meddelanden sparas och skickas när du är online igen.
chat-status-signed-out = Du har loggats ut. Logga in igen för att fortsätta.
chat-sending = skickas…
chat-you = Du
chat-messages-label = Meddelanden
chat-input-label = Ditt meddelande
chat-send = Skicka
chat-help-heading = Behöver du hjälp nu?
chat-help-emergency = I en nödsituation, ring 112. Du kan också prata med din grupps ledare.
chat-open-room = Öppna träffrummet
chat-error-too-many-connections = Chatten är öppen i för många fönster. Stäng några och försök igen.
chat-retention-invalid = Välj en lagringstid på 1–3650 dagar.
chat-error-not-moderator = Bara ledaren kan göra det här.
chat-error-no-message = Det meddelandet finns inte längre.
chat-removed-note = Det här meddelandet togs bort av ledaren.
chat-erased-note = Meddelandet togs bort på skribentens begäran.
chat-remove-button = Ta bort
chat-error-locked = Ledaren har låst rummet en stund. Nu kan bara ledarna skriva.
chat-error-muted = Ledaren har pausat ditt skrivande en stund.
chat-error-slow-mode = Långsamt läge är på: vänta en stund mellan meddelandena.
chat-report-outcome-missing = Skriv vad som gjordes med anmälan.
crisis-contact-name-invalid = Ge tjänsten ett namn på högst 100 tecken.
crisis-contact-phone-invalid = Ange ett telefonnummer med bara siffror, mellanslag och +.
crisis-contact-hours-invalid = Öppettiderna får vara högst 100 tecken långa.
chat-error-not-started = Handledaren har inte startat träffen ännu. Du kan läsa; skrivandet öppnas när träffen börjar.
chat-error-ended = Träffen är slut. Du kan fortfarande läsa samtalet.
chat-error-unattended = Ingen handledare är i rummet just nu, så det går bara att läsa tills någon kommer tillbaka.
chat-room-not-open-yet = Rummet är inte öppet ännu. Det öppnas en stund innan träffen börjar.
chat-room-over = Träffen är över och rummet är stängt.
chat-room-opens-at = Rummet öppnas { $time }. Kom tillbaka då: den här sidan behöver inte vara öppen.
chat-room-closed-note = Träffen är över. Tack för att du var med!
chat-people-heading = I rummet
chat-facilitator-badge = handledare
chat-visiting-expert-badge = gästande expert
chat-state-not-started = Träffen har inte börjat ännu. Skrivandet öppnas när handledaren startar den.
chat-state-ended = Träffen är slut. Du kan fortfarande läsa samtalet.
chat-state-unattended = Ingen handledare är i rummet just nu, så det går bara att läsa tills någon kommer tillbaka.
chat-state-locked = Handledaren har låst rummet en stund: nu skriver bara handledare.
chat-state-slow-mode = Långsamt läge är på: ett meddelande var { $seconds }:e sekund.
chat-tools-heading = Handledarens verktyg
chat-start-session = Starta träffen
chat-end-session = Avsluta träffen
chat-lock = Lås rummet
chat-unlock = Lås upp rummet
chat-slow-mode-label = Långsamt läge
chat-slow-mode-off = Av
chat-slow-mode-option =
    { $seconds ->
        [one] Ett meddelande i sekunden
       *[other] Ett meddelande var { $seconds }:e sekund
    }
chat-apply = Använd
chat-report-button = Anmäl
chat-report-title = Anmäl det här meddelandet
chat-report-hint = Handledarna och personalen ser meddelandet och några runt det. Den som skrev får inte veta vem som anmälde.
chat-reported-notice = Tack. Din anmälan skickades till handledarna och personalen.
chat-remove-title = Ta bort meddelandet för alla
chat-reason-label = Orsak (frivillig, syns bara för handledare och personal)
chat-mute-button = Tysta
chat-mute-title = Pausa personens skrivande
chat-mute-minutes-label = Hur länge
chat-minutes =
    { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }
chat-remove-member-button = Ta bort från träffen
chat-remove-member-title = Ta bort personen från träffen
chat-confirm = Bekräfta
chat-cancel = Avbryt
chat-you-are-muted = Handledaren har pausat ditt skrivande till klockan { $time }.
chat-member-muted = { $name } kan inte skriva förrän klockan { $time }.
chat-you-were-removed = Handledaren har tagit bort dig från träffen.
chat-message-actions = Åtgärder för meddelandet
