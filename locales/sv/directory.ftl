## The service directory: finding help, help requests, and the staff's pages

## Families
directory-fallback-fi = Tjänsten har ännu ingen beskrivning på ditt språk; här är den på finska.
directory-fallback-sv = Tjänsten har ännu ingen beskrivning på ditt språk; här är den på svenska.
directory-fallback-en = Tjänsten har ännu ingen beskrivning på ditt språk; här är den på engelska.
directory-details-in-fi = Uppgifterna nedan är på finska.
directory-details-in-sv = Uppgifterna nedan är på svenska.
directory-details-in-en = Uppgifterna nedan är på engelska.
directory-category-child_health_clinic = Barnrådgivning
directory-category-family_counselling = Familjerådgivning
directory-category-family_centre = Familjecenter
directory-category-family_social_work = Socialt arbete för familjer
directory-category-home_help = Hemservice för barnfamiljer
directory-category-early_education = Småbarnspedagogik
directory-category-mental_health = Psykisk hälsa
directory-category-integration = Integrationstjänster
directory-category-interpreters = Tolkning
directory-category-child_welfare = Barnskydd
directory-status-active = I bruk
directory-status-temporarily_closed = Tillfälligt stängd
directory-languages = Språk
directory-phone = Telefon
directory-email = E-post
directory-website = Webbplats
directory-address = Adress
directory-online = På nätet
directory-directions = Vägbeskrivning
directory-hours = Öppettider
directory-ages = Ålder
directory-ages-range = { $min }–{ $max } år
directory-eligibility = För vem
directory-how-to-apply = Så ansöker du
directory-last-checked = Senast kontrollerad
directory-category = Kategori
help-find-title = Hitta hjälp nära mig
help-find-intro = Tjänster för barnfamiljer där du bor. Välj en kategori eller ett språk, eller sök med ord.
help-find-filters = Sök tjänster
help-municipality = Kommun
help-anywhere = Hela Finland
help-language = Tjänstens språk
help-words = Sökord
help-find-submit = Sök
help-found = { $count ->
    [0] Inga tjänster hittades
    [one] En tjänst
   *[other] { $count } tjänster
}
help-none-found = Inget matchar. Prova en annan kategori eller ett annat språk, eller sök i hela Finland.
help-not-sure = Vet du inte vart du ska vända dig?
help-not-sure-text = Siltas personal kan hjälpa dig att hitta rätt tjänst och komma dit.
help-ask-general = Be Siltas personal om hjälp
help-ask-general-text = Berätta kort vad du behöver. En handledare kontaktar dig.
help-back-to-results = Tillbaka till sökningen
help-asked-notice = Tack. Siltas personal har fått din förfrågan och kontaktar dig.
help-my-requests = Mina hjälpförfrågningar
help-how-to-get-there = Hur du kommer dit
help-no-address = Ingen adress angiven. Fråga tjänsten vart du ska gå.
help-contact = Kontaktuppgifter
help-details = Mer om tjänsten
help-ask-title = Be Siltas personal hjälpa mig att komma dit
help-ask-text = En handledare kontaktar dig. Hen ser ditt namn, din kommun och det du skriver här.
help-message = Meddelande (frivilligt)
help-message-hint = Till exempel när man kan ringa dig, eller att du behöver tolk. Inga hälsouppgifter behövs.
help-ask-submit = Skicka förfrågan
help-requests-intro = Vad du har bett Siltas personal om, och om de har behandlat det.
help-service-gone = En tjänst som inte längre finns i listan
help-general-request = Allmän förfrågan om hjälp
help-sent-on = Skickad
help-state-handled = Behandlad
help-state-open = Väntar på personalen
help-no-requests = Du har inte skickat några förfrågningar ännu.
help-home-title = Behöver du hjälp av en tjänst?
help-home-text = Hitta tjänster för familjer nära dig, om möjligt på ditt språk.
help-home-open = { $count ->
    [0] Alla dina förfrågningar är behandlade
    [one] En förfrågan väntar på personalen
   *[other] { $count } förfrågningar väntar på personalen
}

## Staff: the pages where Silta's staff keep the directory
directory-staff-title = Servicekatalog
directory-staff-nav = Katalogens sidor
directory-services = Tjänster
directory-service-new = Lägg till en tjänst
directory-service-edit = Redigera tjänsten
directory-organisations = Organisationer
directory-categories = Kategorier
directory-filters = Sök tjänster
directory-status = Status
directory-status-inactive = Erbjuds inte längre
directory-name = Namn
directory-name-fi = Namn på finska
directory-name-sv = Namn på svenska
directory-name-en = Namn på engelska
directory-organisation = Organisation
directory-organisation-choose = Välj en organisation
directory-organisation-add = Lägg till en organisation
directory-organisation-search = Organisationens namn
directory-organisations-found = { $count ->
    [0] Inga organisationer
    [one] En organisation
   *[other] { $count } organisationer
}
directory-organisations-none = Inga organisationer matchar.
directory-never-checked = Aldrig
directory-summaries = Sammanfattningar på familjernas språk
directory-summaries-count = { $count } av { $all }
directory-summaries-edit = Skriv sammanfattningarna på familjernas språk
directory-back-to-service = Tillbaka till tjänsten
directory-saved = Sparat.
directory-checked-today = Kontrollerad i dag
directory-checked-hint = Registrerar att du kontrollerade hela uppgiften i dag. Dagen kan ändras i formuläret nedan.
directory-checked-notice = Markerad som kontrollerad i dag.
directory-basics = Organisation och status
directory-texts-fi = På finska
directory-texts-sv = På svenska
directory-texts-en = På engelska
directory-summary = Sammanfattning
directory-description = Beskrivning
directory-reaching = Ålder och kontaktuppgifter
directory-minimum-age = Lägsta ålder
directory-maximum-age = Högsta ålder
directory-referral-email = Adress för remisser
directory-referral-email-hint = Används bara när ingen i organisationen har ett partnerkonto. Dit skickas bara en länk, aldrig familjens uppgifter.
directory-areas = Var tjänsten erbjuds
directory-areas-hint = Hela landet, välfärdsområden eller enskilda kommuner. Håll Ctrl (eller Cmd) nedtryckt för att välja flera.
directory-areas-required = Välj var tjänsten erbjuds.
directory-area-country = Hela landet
directory-area-counties = Välfärdsområden
directory-area-municipalities = Kommuner
directory-locations = Verksamhetsställen
directory-rows-hint = Töm alla fält på en rad för att ta bort den.
directory-location-n = Verksamhetsställe { $n }
directory-location-name = Platsens namn
directory-street = Gatuadress
directory-postal-code = Postnummer
directory-post-office = Postanstalt
directory-location-municipality = Kommun
directory-none = Inget val
directory-online-link = Webbadress (för en tjänst på nätet)
directory-directions-hint = Kollektivtrafik, ingången, tillgänglighet.
directory-location-needs-place = Ange en gatuadress eller en webbadress.
directory-contacts = Kontakter
directory-contact-n = Kontakt { $n }
directory-contact-name = Namn eller servicepunkt
directory-contact-title = Titel
directory-contact-note = Anmärkning
directory-contact-note-hint = Till exempel när man kan ringa: mån–fre 9–11.
directory-contact-needs-way = Ange ett telefonnummer eller en e-postadress.
directory-hours-n = Öppettider, rad { $n }
directory-weekday = Dag
directory-opens = Öppnar
directory-closes = Stänger
directory-hours-where = Var
directory-hours-service = Tjänsten själv
directory-time-invalid = Skriv tiden som HH:MM.
directory-closes-before-opens = Stängningstiden måste vara efter öppningstiden.
directory-ages-order = Den högsta åldern kan inte vara lägre än den lägsta.
directory-url-invalid = Skriv en webbadress som börjar med https://.
directory-save = Spara
summary-intro = Skriv en kort sammanfattning på varje familjespråk: vad tjänsten är och vem den är till för. När en ändring sparas tas granskningen bort. Töm sammanfattningen och spara för att ta bort den. Familjerna ser en sammanfattning när en anställd har skrivit eller granskat den.
summary-in-ar = Arabiska
summary-in-so = Somaliska
summary-in-ru = Ryska
summary-in-uk = Ukrainska
summary-in-fa = Persiska
summary-in-et = Estniska
summary-missing = Ingen sammanfattning ännu.
summary-written-by = Skriven av { $name }
summary-reviewed-by = Granskad av { $name }
summary-not-reviewed = Inte granskad
summary-reviewed = granskad
summary-field-name = Tjänstens namn på detta språk (frivilligt)
summary-field-summary = Sammanfattning
summary-save = Spara sammanfattningen
summary-review = Markera som granskad
summary-unreview = Ångra granskningen
partner-accounts = Kommunala partnerkonton
partner-intro = Remisser till organisationens tjänster når dessa konton.
partner-none = Inga partnerkonton kopplade.
partner-added = kopplad
partner-unlink = Ta bort kopplingen
partner-email = Partnerkontots e-postadress
partner-email-hint = Kontot måste redan finnas med rollen kommunal partner (bjud in först).
partner-link = Koppla kontot
partner-linked = Kontot kopplades.
partner-unlinked = Kopplingen togs bort. Koppla kontot igen nedan om det var ett misstag.
directory-partner-unknown = Inget kommunalt partnerkonto har denna adress.
category-intro = Kategorierna familjerna kan söka på. De inbyggda är översatta; de du lägger till behåller namnet du ger dem. Arkiverade kategorier finns kvar på tjänsterna men erbjuds inte längre.
category-archived = Arkiverad
category-archive = Arkivera
category-restore = Återställ
category-rename = Byt namn
category-add = Lägg till en kategori
category-label = Namn
help-queue-title = Hjälpförfrågningar
help-queue-intro = Familjer som ber Siltas personal om hjälp att nå en tjänst. Du ser vad familjen skrev, dess namn och kommun.
help-queue-filters = Sök hjälpförfrågningar
help-queue-municipality = Familjens kommun
help-queue-state = Visa
help-queue-state-open = Väntande
help-queue-state-handled = Behandlade
help-queue-state-all = Alla
help-queue-found = { $count ->
    [0] Inga förfrågningar
    [one] En förfrågan
   *[other] { $count } förfrågningar
}
help-queue-empty = Inget här.
help-queue-mark = Markera som behandlad
help-queue-reopen = Öppna igen
help-queue-marked = Markerad som behandlad.
help-queue-see-handled = Se de behandlade förfrågningarna (där kan du öppna en igen).
help-queue-reopened = Förfrågan väntar igen.
help-request-already-handled = Någon har redan markerat förfrågan som behandlad.
help-request-already-open = Förfrågan väntar redan.
help-home-queue = { $count ->
    [0] Inga hjälpförfrågningar väntar
    [one] En hjälpförfrågan väntar
   *[other] { $count } hjälpförfrågningar väntar
}
help-home-queue-open = Öppna hjälpförfrågningarna
