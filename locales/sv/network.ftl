## Partnernätverk i ett område och deras möten

network-list-title = Partnernätverk
network-list-intro = Partnernätverket i ett välfärdsområde eller en kommun: kommunala partner, handledare, personal och, när de bjuds in, familjernas representanter träffas för att lära sig vem som gör vad och komma överens om åtgärder.
network-search-label = Sök nätverk
network-search = Ord i namnet
network-search-submit = Sök
network-found = { $count ->
    [0] Inga nätverk
    [one] Ett nätverk
   *[other] { $count } nätverk
}
network-none = Inga nätverk ännu.
network-participant-count = { $count ->
    [one] en deltagare
   *[other] { $count } deltagare
}
network-next-meeting = Nästa möte
network-new = Nytt nätverk
network-name = Nätverkets namn
network-area = Område
network-area-choose = Välj område
network-area-counties = Välfärdsområden
network-area-municipalities = Kommuner
network-area-unknown = Välj ett välfärdsområde eller en kommun i listan.
network-create = Skapa nätverket
network-organiser = Arrangör
network-participants = Deltagare
network-who-does-what = Vem gör vad
network-participant = Deltagare
network-takes-part-as = Deltar som
network-works-as = Vad de gör
network-works-as-hint = Till exempel "familjearbetare på rådgivningen". Visas inte för familjernas representanter.
network-organisation = Organisation och tjänster
network-participants-none = Ingen har bjudits in ännu.
network-remove = Ta bort
network-kind-partner = Kommunal partner
network-kind-facilitator = Handledare
network-kind-staff = Siltas personal
network-kind-family = Familjernas representant
network-invite = Bjud in en deltagare
network-invite-email = E-postadressen till deras Silta-konto
network-invite-submit = Bjud in
network-participant-unknown = Det finns inget Silta-konto med den här adressen som kan delta på det här sättet.
network-meetings = Möten
network-meetings-none = Inga möten inplanerade ännu.
network-open-action-count = { $count ->
    [one] en öppen åtgärd
   *[other] { $count } öppna åtgärder
}
network-meeting-schedule = Planera ett möte
network-meeting-date = Datum
network-meeting-time-hint = Finsk tid.
network-meeting-time-invalid = Ange ett datum, en starttid och en längd på 15–480 minuter.
network-meeting-title = Möte
network-agenda = Dagordning
network-agenda-none = Ingen dagordning ännu.
network-agenda-edit = Redigera dagordningen
network-agenda-hint = En punkt per rad.
network-agenda-save = Spara dagordningen
network-agenda-too-many = En dagordning kan ha högst { $max } punkter.
network-notes = Anteckningar
network-notes-none = Inga anteckningar ännu.
network-notes-edit = Skriv anteckningarna
network-notes-save = Spara anteckningarna
network-notes-closed = Anteckningarna kan inte längre ändras: mötet hölls för mer än två veckor sedan.
network-follow-ups = Uppföljning av åtgärder från tidigare möten
network-follow-ups-none = Inga öppna åtgärder från tidigare möten.
network-actions = Åtgärder som man kom överens om på detta möte
network-actions-none = Inga åtgärder överenskomna ännu.
network-action-new = Anteckna en åtgärd
network-action-text = Vad som ska göras
network-action-owner = Vem gör det
network-action-owner-choose = Välj en deltagare
network-action-owner-required = Varje åtgärd behöver en ansvarig: välj vem som gör den.
network-action-owner-not-participant = Den ansvariga måste vara deltagare i nätverket.
network-action-due-on = Senast (valfritt)
network-action-add = Anteckna åtgärden
network-action-due = senast
network-action-overdue = Försenad
network-action-agreed-on = överenskommen på mötet den
network-action-status = Status
network-status-open = Öppen
network-status-done = Klar
network-status-dropped = Struken
network-home-title = Partnernätverk
network-home-actions = Dina öppna åtgärder
mail-network-invited-subject = Du är inbjuden till ett partnernätverk
mail-network-invited-intro = Du har bjudits in att delta i partnernätverket "{ $name }" i Silta. Dess möten, dagordningar och överenskomna åtgärder finns på nätverkets sida.
mail-network-invited-button = Öppna nätverket
mail-network-invited-outro = Om du tror att detta är ett misstag, svara den anställda som bjöd in dig.
privacy-kind-network-participation = Partnernätverk som du deltar i
privacy-purpose-of-network-participation = För att bjuda in dig till nätverkets möten och berätta för de andra deltagarna vem som gör vad.
privacy-kind-network-actions = Åtgärder som du ansvarar för i partnernätverk
privacy-purpose-of-network-actions = För att följa upp det som man kom överens om på ett nätverksmöte.
privacy-kind-network-notes = Anteckningar som du skrev från nätverksmöten
privacy-purpose-of-network-notes = För att spara en kort anteckning om vad ett nätverksmöte diskuterade och kom överens om.
privacy-field-network = Nätverk
privacy-field-taking-part-as = Deltar som
privacy-field-works-as = Vad du gör
privacy-field-due-on = Senast
privacy-field-agreed-at = Överenskommen
privacy-field-participation = Deltagande
privacy-field-actions = Åtgärder
