# Reviewing reported messages, the moderation log and crisis contacts (staff and facilitators).

reports-title = Anmälda meddelanden
reports-intro-staff = Meddelanden som deltagare i rummen har anmält. Läs vart och ett i sitt sammanhang, gör det som behövs och skriv upp vad som gjordes.
reports-intro-facilitator = Anmälningar av meddelanden i dina grupper. Personalen behandlar varje anmälan; du ser vad som anmäldes och kan ta upp det i handledningen. Du får inte veta vem som anmälde.
reports-open =
    { $count ->
        [one] En öppen anmälan
       *[other] { $count } öppna anmälningar
    }
reports-none = Inget väntar på granskning.
reports-handled = Behandlade
report-filed-at = Anmält
report-reporter = Anmält av
report-reason = Orsak
report-no-reason = Ingen orsak angiven
report-outcome = Vad som gjordes
report-context = Meddelandena runt omkring
report-reported-message = Anmält meddelande
report-outcome-label = Vad som gjordes (en kort anteckning)
report-mark-handled = Markera som behandlad
moderation-log-title = Modereringslogg
moderation-log-empty = Inget har modererats under den här träffen.
moderation-action = Åtgärd
moderation-message-number = Meddelandets nummer
moderation-action-remove-message = Tog bort ett meddelande
moderation-action-mute = Tystade en medlem
moderation-action-remove-member = Tog bort en medlem från träffen
moderation-action-lock = Låste rummet
moderation-action-unlock = Låste upp rummet
moderation-action-slow-mode = Ändrade långsamt läge
moderation-action-start-session = Började träffen
moderation-action-end-session = Avslutade träffen
crisis-contacts-title = Krisnummer
crisis-contacts-intro = Dessa visas i varje chattrum under ”Behöver du hjälp nu?” för dem som läser på det språket. Nödnumret 112 visas alltid.
crisis-contacts-none = Inga krisnummer ännu.
crisis-contact-language = Språk
crisis-contact-name = Tjänst
crisis-contact-phone = Telefonnummer
crisis-contact-hours = Öppettider
crisis-contact-hours-hint = Till exempel: varje dag 8–22, eller dygnet runt
crisis-contact-delete = Ta bort
crisis-contact-add = Lägg till en kontakt
security-event-reports-viewed = Chattanmälningar lästa
reports-status-open = Väntar på granskning
