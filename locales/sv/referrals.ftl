## Referrals: a family taken to a service with its consent, followed until it was helped.

referrals-title = Hänvisningar
referrals-new = Ny hänvisning
referrals-found = { $count ->
    [one] En hänvisning
   *[other] { $count } hänvisningar
}
referrals-none = Inga hänvisningar matchar sökningen.
referrals-filter-label = Sök hänvisningar
referrals-filter-status = Status
referrals-filter-any = Alla statusar
referrals-filter-words = Ord i texterna
referrals-filter-overdue = Bara de som har väntat för länge
referrals-filter-submit = Sök
referrals-overdue = Oförändrad för länge
referrals-family = Familj
referrals-service = Tjänst
referrals-worker = Hänvisningsarbetare
referrals-created = Förberedd
referrals-sent = Skickad
referrals-changed = Senaste ändring
referrals-open = Öppna hänvisningen

## Statuses, reasons and outcomes
referral-status-draft = Utkast
referral-status-sent = Skickad
referral-status-received = Mottagen av tjänsten
referral-status-accepted = Godkänd
referral-status-declined = Avböjd
referral-status-contacted = Familjen har kontaktats
referral-status-help_started = Hjälpen har börjat
referral-status-closed = Avslutad
referral-status-cancelled = Avbruten
referral-decline-not_eligible = Uppfyller inte villkoren
referral-decline-no_capacity = Inga lediga platser
referral-decline-could_not_contact = Familjen gick inte att nå
referral-decline-other = Annan orsak
referral-outcome-got_help = Fick hjälp
referral-outcome-could_not_get_help = Kunde inte få hjälp
referral-outcome-no_longer_interested = Inte längre intresserad
referral-actor-worker = Hänvisningsarbetare
referral-actor-partner = Tjänsten (partnerkonto)
referral-actor-service_link = Tjänsten (via sin länk)
referral-actor-family = Familjen
referral-actor-family_link = Familjen (via sin länk)
referral-actor-system = Silta

## The worker's form
referral-new-title = Förbered en hänvisning
referral-new-intro = Ingenting skickas innan familjen har gett sitt samtycke. Familjen ser på sitt eget språk exakt vad som skulle skickas.
referral-field-family-email = E-postadress till en vuxen i familjen
referral-field-family-email-hint = Exakt den adress som den vuxna loggar in med.
referral-field-family-given = Familjen som hjälpförfrågan eller orosärendet gäller
referral-field-service-search = Sök en tjänst
referral-field-service-search-button = Sök
referral-field-service = Tjänst
referral-field-service-choose = Välj en tjänst
referral-field-reason = Varför familjen hänvisas
referral-field-hopes = Vad familjen hoppas på
referral-field-summary = Sammanfattning med egna ord
referral-field-summary-hint = Skriv bara det som tjänsten behöver. Inga diagnoser.
referral-create = Spara utkastet
referral-save = Spara ändringarna
referral-saved = Sparat.

## One referral, for its worker
referral-title = Hänvisning
referral-texts = Vad hänvisningen innehåller
referral-edit = Ändra utkastet
referral-history = Historik
referral-consent-state = Samtycke
referral-consent-none = Familjen har inte gett sitt samtycke ännu. Hänvisningen kan inte skickas förrän familjen har gjort det.
referral-consent-valid = Gäller
referral-consent-withdrawn = Återkallat
referral-consent-expired = Har gått ut
referral-consent-channel-account = På den vuxnas eget konto
referral-consent-channel-phone = Per telefon, registrerat av personalen
referral-consent-given-by = Samtycke gavs av
referral-consent-recorded-by = Registrerat av
referral-consent-given-at = Samtycke gavs
referral-consent-expires-at = Giltigt till
referral-consent-withdrawn-at = Återkallat
referral-consent-text-version = Text som visades
referral-consent-items = Vad samtycket omfattar
referral-phone-title = Registrera ett samtycke som getts per telefon
referral-phone-adult = Vuxen i familjen
referral-phone-show = Visa texten som ska läsas upp
referral-phone-read = Läs upp den här texten för den vuxna på hens språk och registrera sedan svaret.
referral-phone-record = Den vuxna samtyckte: registrera samtycket
referral-phone-withdraw = Familjen återkallade sitt samtycke per telefon
referral-send = Skicka till tjänsten
referral-send-hint = Tjänsten får bara det som familjen har samtyckt till.
referral-sent-notice = Hänvisningen har skickats.
referral-cancel = Avbryt hänvisningen
referral-close = Avsluta och ange resultat
referral-close-outcome = Resultat
referral-change-note = Anteckning i historiken (visas inte för familjen)
referral-change-save = Spara statusen
referral-from-concern = Förberedd utifrån ett orosärende i en träffrapport.

## The family's pages
my-referrals-title = Dina hänvisningar
my-referrals-intro = Här ser du de tjänster som Siltas personal hjälper dig att nå, och hur långt varje hänvisning har kommit.
my-referrals-none = Du har inga hänvisningar.
my-referral-title = Hänvisning till { $service }
my-referral-status = Läge
my-referral-consent-title = Samtycker du?
my-referral-agree = Jag samtycker till att detta skickas
my-referral-agreed = Tack. Ditt samtycke har registrerats.
my-referral-withdraw = Återkalla mitt samtycke
my-referral-withdraw-hint = Om du återkallar samtycket avbryts hänvisningen, om den fortfarande pågår.
my-referral-withdrawn = Ditt samtycke har återkallats.
my-referral-quiet = Kontakta mig inte om ändringar
my-referral-quiet-hint = Du ser ändå alla ändringar på den här sidan.
my-referral-loud = Meddela mig om ändringar igen
my-referral-quiet-on = Du får inga meddelanden om ändringar.
my-referral-quiet-off = Du får meddelanden om ändringar.
my-referral-got-help = Jag fick hjälp
my-referral-got-help-hint = Berätta för oss när tjänsten har hjälpt dig: då avslutas hänvisningen.
my-referral-thanks = Tack för att du berättade. Hänvisningen är avslutad.
my-referral-text-language = Den här texten är på ditt språk.
my-referral-your-consent = Ditt samtycke

## The service's pages
partner-referrals-title = Hänvisningar till din organisation
partner-referrals-none = Inga hänvisningar har skickats till din organisation.
partner-referral-title = Hänvisning till { $service }
partner-referral-shared = Vad familjen har samtyckt till att dela
partner-referral-withdrawn = Familjen har återkallat sitt samtycke. Det som familjen delade visas inte längre.
partner-referral-update = Uppdatera statusen
partner-referral-new-status = Ny status
partner-referral-decline-reason = Orsak till att hänvisningen avböjs
partner-referral-outcome = Resultat
partner-referral-updated = Statusen har uppdaterats. Familjen får veta det.
partner-referral-final = Den här hänvisningen har avslutats; dess status kan inte längre ändras.
referral-link-title = En hänvisning från Silta
referral-link-intro = Silta har skickat den här hänvisningen till er tjänst med familjens samtycke. Länken fungerar i 14 dagar och bara för den här hänvisningen; varje gång länken öppnas registreras det.
referral-link-invalid = Länken har gått ut eller är inte giltig. Be Siltas hänvisningsarbetare om en ny.
referral-help-title = Fick du hjälp?
referral-help-intro = Berätta för oss om tjänsten har hjälpt dig. Då avslutas hänvisningen.
referral-help-done = Tack. Hänvisningen är avslutad.

## Errors
referral-service-unknown = Välj en tjänst i katalogen.
referral-service-inactive = Den här tjänsten tar inte emot hänvisningar just nu.
referral-service-unreachable = Den här tjänsten har inga partnerkonton och ingen adress för hänvisningar.
referral-family-unknown = Ingen familj hittades med den här adressen.
referral-adult-unknown = Välj en vuxen i den här familjen.
referral-not-draft = Hänvisningen har redan skickats och kan inte längre ändras.
referral-consent-not-draft = Samtycke kan bara ges innan hänvisningen skickas.
referral-consent-given = Familjen har redan gett sitt samtycke.
referral-consent-changed = Hänvisningen ändrades efter att texten visades. Läs den igen.
referral-consent-missing = Familjen har inte gett sitt samtycke, så hänvisningen kan inte skickas.
referral-consent-outdated = Hänvisningen ändrades efter att familjen gav sitt samtycke. Be familjen samtycka på nytt.
referral-nothing-to-withdraw = Det finns inget samtycke att återkalla.
referral-change-not-allowed = Den här ändringen kan inte göras nu.
referral-changed-meanwhile = Någon har ändrat hänvisningen under tiden. Ladda om sidan.

## The consent text (referral-consent-1)
referral-consent-which = Siltas hänvisningsarbetare vill skicka en hänvisning till { $service } ({ $organisation }).
referral-consent-why = Tjänsten använder hänvisningen för att kontakta dig och erbjuda den hjälp som du hoppas på.
referral-consent-shared = Exakt det här skickas, och inget annat:
referral-consent-kept = Ditt samtycke gäller i 12 månader. Silta sparar hänvisningen och ditt samtycke i 12 månader efter att hänvisningen har avslutats. Tjänsten sparar det som den har fått enligt sina egna regler för klienthandlingar.
referral-consent-withdraw = Du kan när som helst återkalla ditt samtycke på den här sidan med ett enda klick. Om du återkallar samtycket avbryts hänvisningen, om den fortfarande pågår.
referral-consent-purpose = En hänvisning till { $service } ({ $organisation }), så att tjänsten kan kontakta familjen och erbjuda hjälp.
referral-item-name = Namn
referral-item-email = E-post
referral-item-languages = Familjens språk
referral-item-municipality = Kommun
referral-item-reason = Varför du hänvisas
referral-item-hopes = Vad du hoppas på
referral-item-summary = Hänvisningsarbetarens sammanfattning

## Home cards
referral-home-family = { $count ->
    [one] En hänvisning väntar på ditt svar
   *[other] { $count } hänvisningar väntar på ditt svar
}
referral-home-family-changes = Senaste ändringarna i dina hänvisningar
referral-home-worker = { $overdue ->
    [one] En hänvisning har väntat för länge
   *[other] { $overdue } hänvisningar har väntat för länge
}
referral-home-worker-waiting = { $waiting ->
    [one] Ett utkast väntar på familjens samtycke
   *[other] { $waiting } utkast väntar på familjens samtycke
}
referral-home-partner = { $count ->
    [one] En ny hänvisning till din organisation
   *[other] { $count } nya hänvisningar till din organisation
}
referral-home-open-list = Öppna listan

## Mail
mail-referral-consented-subject = En familj har samtyckt till en hänvisning
mail-referral-consented-intro = Familjen har samtyckt till hänvisningen som du förberedde. Nu kan du skicka den.
mail-referral-consented-button = Öppna hänvisningen
mail-referral-consented-outro = Meddelandet innehåller inga uppgifter om familjen.
mail-referral-new-subject = En ny hänvisning till din organisation
mail-referral-new-intro = Silta har skickat en hänvisning till din organisation. Läs den i din inkorg i Silta.
mail-referral-new-button = Öppna hänvisningen
mail-referral-new-outro = Hänvisningens uppgifter finns bara i Silta, aldrig i e-post.
mail-referral-link-subject = En hänvisning från Silta
mail-referral-link-intro = Silta har skickat en hänvisning till er tjänst med familjens samtycke. Länken nedan fungerar i 14 dagar och bara för den här hänvisningen.
mail-referral-link-button = Läs hänvisningen
mail-referral-link-outro = Meddelandet innehåller inga personuppgifter. Varje gång länken öppnas registreras det.
mail-referral-overdue-subject = En hänvisning har väntat för länge
mail-referral-overdue-intro = En hänvisning som du förberedde har inte ändrats på { $days } { $days ->
        [one] dag
       *[other] dagar
    }. Kontrollera läget med tjänsten.
mail-referral-overdue-button = Öppna hänvisningen
mail-referral-overdue-outro = Du får det här meddelandet en gång; vid en ny ändring börjar räkningen om.
mail-referral-changed-subject = Din hänvisning har gått vidare
mail-referral-changed-intro = Din hänvisning har nu statusen: { $status }.
mail-referral-changed-button = Se din hänvisning
mail-referral-changed-help = Jag fick hjälp
mail-referral-changed-outro = På hänvisningens sida kan du välja att inte få meddelanden om ändringar.
referral-concern-handled = Orosärendet har redan behandlats, eller så hittas det inte.
referral-concern-not-in-group = Familjen hör inte till den grupp vars träffrapport tog upp orosärendet.
