error-bad-request = Något i begäran var inte rätt
error-bad-request-detail = Kontrollera uppgifterna och försök igen.
error-unauthorized = Logga in
error-unauthorized-detail = Du måste logga in för att se den här sidan.
error-forbidden = Ingen åtkomst
error-forbidden-detail = Du har inte behörighet att se det här.
error-not-found = Sidan hittades inte
error-not-found-detail = Vi hittade inte det du letade efter. Adressen kan vara fel eller sidan kan ha flyttats.
error-method-not-allowed = Inte möjligt här
error-method-not-allowed-detail = Den här adressen tar inte emot den sortens begäran.
error-conflict = Redan ändrat
error-conflict-detail = Någon ändrade det här samtidigt. Ladda om sidan och försök igen.
error-payload-too-large = För mycket data
error-payload-too-large-detail = Det du skickade är för stort. Korta ner det och försök igen.
error-unsupported-media-type = Formatet stöds inte
error-unsupported-media-type-detail = Den här adressen tar inte emot data i det formatet.
error-too-many-requests = För många försök
error-too-many-requests-detail = Vänta en stund och försök igen.
error-unavailable = Silta är inte tillgänglig just nu
error-unavailable-detail = Försök igen om en stund.
error-internal = Något gick fel
error-internal-detail = Ett fel uppstod hos oss. Det var inget du gjorde. Försök igen senare.
error-try-again-in =
    { $minutes ->
        [one] Försök igen om { $minutes } minut.
       *[other] Försök igen om { $minutes } minuter.
    }
error-invalid-input = Rätta de markerade fälten.
error-invalid-json = Innehållet i begäran är inte giltig JSON för den här adressen.
error-invalid-form = Formuläret kunde inte läsas. Försök igen.
error-invalid-query = Adressen innehåller ett värde som vi inte förstår.
error-reference = Felreferens: { $reference }
error-back-home = Tillbaka till startsidan
error-token-invalid = Din inloggning har gått ut eller är inte giltig. Logga in igen.
error-csrf = Formuläret hann gå ut. Gå tillbaka, ladda om sidan och försök igen.
link-expired-title = Länken fungerar inte längre
link-expired = Länken har redan använts eller gått ut. Du kan be om en ny.
field-choice-unknown = Välj ett av de erbjudna alternativen.
field-required = Den här uppgiften saknas.
field-wrong-type = Värdet har fel typ (till exempel text i stället för ett tal).
field-invalid-value = Värdet i det här fältet duger inte.
