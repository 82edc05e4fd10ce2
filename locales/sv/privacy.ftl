## Integritet: vem som har sett en familjs uppgifter, vad Silta sparar, varför och hur länge.

privacy-title = Dina uppgifter och din integritet
privacy-intro = Silta sparar bara det som behövs för att driva grupperna och för att hjälpa dig att nå tjänster. Här ser du vem som har läst din familjs uppgifter och vad som sparas, varför och hur länge.
privacy-seen-title = Vem som har sett din familjs uppgifter
privacy-seen-intro = Varje gång Siltas personal, en kamratledare, en kommunal samarbetspartner eller en tjänst läser din familjs personuppgifter skrivs det upp här: vem, i vilken roll, när, vad och varför. Ingen kan ändra eller ta bort de här raderna; de sparas i två år.
privacy-seen-count = { $count ->
    [0] Ingen har läst din familjs uppgifter ännu.
    [one] En läsning
   *[other] { $count } läsningar
}
privacy-seen-when = När
privacy-seen-who = Vem
privacy-seen-what = Vad
privacy-seen-why = Varför
privacy-seen-no-family = Den här listan förs för familjer. Ditt konto hör inte till någon familj.
privacy-kept-title = Vad Silta sparar och varför
privacy-kept-intro = Varje del av Silta anger vilka personuppgifter den sparar, för vilket ändamål och hur länge de sparas.
privacy-reader-service-link = En tjänst, via hänvisningens länk

## Vad som lästes och varför
privacy-item-referral = En hänvisning
privacy-item-consent = Ett samtycke
privacy-item-group_membership = Gruppmedlemskap
privacy-item-child_protection_notice = En registrering av en barnskyddsanmälan
privacy-purpose-referral_follow_up = Uppföljning av en hänvisning tills ni har fått hjälp
privacy-purpose-concern_referral = Förberedelse av en hänvisning efter att en kamratledare har uttryckt oro
privacy-purpose-child_protection_record = Förvaring av registreringen av en barnskyddsanmälan

## Lagring av uppgifter (personalen)
privacy-retention-title = Lagring av uppgifter
privacy-retention-intro = Alla slags personuppgifter som Silta sparar, så som varje funktion anger dem: varför de sparas, på vilken rättslig grund och hur länge. Det som har passerat sin lagringstid tas bort av ett bakgrundsjobb i små omgångar.
privacy-retention-kind = Uppgifter
privacy-retention-purpose = Ändamål
privacy-retention-basis = Rättslig grund
privacy-retention-period = Lagringstid
privacy-retention-tables = Tabeller
privacy-retention-account = Så länge kontot finns.
privacy-retention-days = { $days } { $days ->
        [one] dag
       *[other] dagar
    } efter att uppgifterna registrerades.
privacy-retention-after-closing = { $days } { $days ->
        [one] dag
       *[other] dagar
    } efter att ärendet avslutades.
privacy-retention-setting = Enligt inställningen { $setting } ({ $days } { $days ->
        [one] dag
       *[other] dagar
    } om inget annat har ställts in).
privacy-basis-consent = Samtycke
privacy-basis-contract = Tillhandahållande av den tjänst som begärts
privacy-basis-legal-obligation = Rättslig förpliktelse
privacy-basis-vital-interests = Någons grundläggande intressen
privacy-basis-legitimate-interests = Berättigat intresse

## Typer av uppgifter
privacy-kind-access-log = Vem som har läst en familjs uppgifter
privacy-purpose-of-access-log = Så att en familj kan se vem som har läst dess uppgifter och personalen kan stå till svars för varje läsning.

## Readings logged by the features
privacy-item-account = Kontouppgifter (namn, e-postadress och roller)
privacy-item-account_security = Ett konto med dess inloggningar och säkerhetshändelser
privacy-item-session_attendance = Vem som sa att de skulle komma till en gruppträff och vem som kom
privacy-item-help_request = En begäran om hjälp att nå en tjänst
privacy-item-chat_report = Ett anmält chattmeddelande och meddelandena runt det
privacy-item-training_application = En ansökan om att bli kamratledare
privacy-purpose-account_administration = Att sköta konton: roller, åtkomst och säkerhet
privacy-purpose-group_leading = Att leda en grupp: vem som är med och vem som väntar på en plats
privacy-purpose-group_attendance = Att hålla reda på vem som deltar i gruppens träffar
privacy-purpose-help_request_handling = Att hjälpa er att nå tjänsten ni bad om hjälp med
privacy-purpose-chat_moderation = Att granska anmälda meddelanden så att gruppens chatt förblir trygg
privacy-purpose-facilitator_selection = Att besluta om en ansökan om att bli kamratledare
