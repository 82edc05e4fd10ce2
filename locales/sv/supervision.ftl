## Träffrapporter och handledning

session-reports-title = Träffrapporter
session-reports-intro = Berätta kort för din handledare hur det gick efter varje träff som du har lett. Skriv bara det som behövs: inga namn på familjer, inga diagnoser.
session-reports-due = { $count ->
    [0] Inga rapporter att skriva
    [one] En rapport att skriva
   *[other] { $count } rapporter att skriva
}
report-due-by = Rapportera senast { $when }.
report-overdue-since = Försenad sedan { $when }.
session-reports-none-due = Du har inga rapporter att skriva.
session-reports-filed = Rapporter som du har lämnat
session-reports-none-filed = Du har inte lämnat några rapporter ännu.

report-form-title = Rapport om en träff
report-present = Närvarande
report-present-hint = Hur många av gruppens { $members } medlemmar som deltog. Ifyllt utifrån närvaromarkeringarna.
report-present-of = { $present } av { $members }
report-themes = Teman
report-went = Hur det gick
report-went-hint = Några meningar om träffen. Utelämna namn och allt som kan avslöja vilken familj det gäller.
report-concern = Oro
report-concern-none = Ingen oro
report-concern-some = Viss oro
report-concern-urgent = Akut oro
report-concern-urgent-hint = Välj ”akut” om någon kan vara i fara: den jourhavande handledaren får veta det genast. I en nödsituation, ring 112 först.
report-concern-note = Vad handledaren behöver veta
report-concern-note-hint = Bara det som behövs för att kunna hjälpa: vad du såg eller hörde, inte en diagnos. Obligatoriskt när du känner oro.
report-concern-note-required = Berätta kort för handledaren vad som oroar dig.
report-submit = Lämna rapporten
report-filed-notice = Tack. Din rapport har lämnats.
report-title = Träffrapport
report-group = Grupp
report-facilitator = Ledare
report-filed-on = Lämnad
report-comments = Kommentarer från din handledare
report-no-comments = Inga kommentarer ännu.
report-comment-label = Skriv till ledaren
report-comment-send = Skicka kommentaren
report-not-led = Du kan bara rapportera om träffar i grupper som du leder.
report-session-not-started = Den här träffen har inte börjat ännu.
report-already-filed = Den här träffen har redan en rapport.

concern-state-received = Mottaget
concern-state-acknowledged = Mottaget av en handledare
concern-state-handled = Behandlat
concern-decide = Hantera orosärendet
concern-acknowledge = Kvittera
concern-outcome = Resultat
concern-outcome-hint = Vad som gjordes. Ledaren ser bara att ärendet har behandlats.
concern-mark-handled = Markera som behandlat
concern-already-decided = Någon har redan gjort det här.

supervision-title = Handledning
supervision-urgent = { $count ->
    [0] Inga akuta orosärenden
    [one] Ett akut orosärende väntar
   *[other] { $count } akuta orosärenden väntar
}
supervision-none-urgent = Inget akut väntar.
supervision-concerns = { $count ->
    [0] Inga öppna orosärenden
    [one] Ett öppet orosärende
   *[other] { $count } öppna orosärenden
}
supervision-overdue = { $count ->
    [0] Inga försenade rapporter
    [one] En försenad rapport
   *[other] { $count } försenade rapporter
}
supervision-recent = Senaste rapporterna
supervision-none = Inga.
supervision-facilitators-title = Ledare och handledare
supervision-facilitators-intro = Varje ledare har en handledare som läser hens rapporter. En ledare som saknar egen handledare följs av alla handledare.
supervision-supervisor = Handledare
supervision-supervisor-of = Handledare för { $name }
supervision-every-supervisor = Alla handledare
supervision-no-facilitators = Det finns inga ledare ännu.
supervision-not-a-supervisor = Välj en person som är handledare.

report-themes-title = Teman i rapporterna
report-themes-intro = De teman som ledarna kan välja i sina rapporter. Ett arkiverat tema finns kvar i gamla rapporter.
report-theme-archived = arkiverat
report-theme-archive = Arkivera
report-theme-restore = Återställ
report-theme-add = Lägg till ett tema
report-theme-label = Tema
report-theme-two-cultures = Att leva mellan två kulturer
report-theme-bilingual-children = Tvåspråkiga barn
report-theme-sleep = Sömn och dygnsrytm
report-theme-daycare-school = Småbarnspedagogik och skola
report-theme-couple = Parrelationen
report-theme-loneliness = Ensamhet
report-theme-services = Att hitta rätt tjänster
report-theme-wellbeing = Föräldrarnas välmående

escalations-title = Obesvarade orosärenden
escalations-intro = Akuta orosärenden som ingen handledare kvitterade i tid. Nå handledaren, eller en annan handledare, per telefon.
escalations-none = Alla akuta orosärenden har kvitterats.
escalation-raised = Rapporterat

security-event-session-report-viewed = Träffrapport läst

mail-concern-urgent-subject = Akut oro efter en träff
mail-concern-urgent-intro = En ledare har rapporterat akut oro efter en träff. Läs rapporten och kvittera den så snart du kan.
mail-concern-urgent-button = Läs rapporten
mail-concern-urgent-outro = Om ingen kvitterar den i tid får koordinatorerna veta det.
mail-concern-escalated-subject = Ett akut orosärende är fortfarande obesvarat
mail-concern-escalated-intro = Ingen handledare har kvitterat ett akut orosärende inom { $minutes } minuter. Se till att någon svarar.
mail-concern-escalated-button = Se obesvarade orosärenden
mail-concern-escalated-outro = Själva rapporten syns bara för handledare.
mail-report-reminder-subject = Din träffrapport väntar
mail-report-reminder-intro = Skriv en kort rapport om träffen i gruppen ”{ $name }”. Den ska lämnas inom 48 timmar efter att träffen slutade.
mail-report-reminder-button = Skriv rapporten
mail-report-reminder-outro = Tack för att du leder gruppen.
mail-report-comment-subject = Din handledare har kommenterat din rapport
mail-report-comment-intro = { $name } har skrivit till dig om din träffrapport.
mail-report-comment-button = Läs kommentaren
mail-report-comment-outro = Bara du och dina handledare kan läsa den.
security-event-supervision-notes-viewed = Handledningsanteckningar lästa
supervision-circles-title = Handledningsgrupper
supervision-circles-intro = En handledningsgrupp består av ledare som du handleder. Gruppens träffar hålls i ett privat rum som bara gruppen ser. Närvaron registreras när deltagarna är i rummet, och du kan rätta den i efterhand.
supervision-circles-none = Inga handledningsgrupper ännu.
supervision-circles-none-mine = Du är inte med i någon handledningsgrupp ännu. Din handledare lägger till dig.
supervision-circle-members = { $count ->
    [one] { $count } ledare
   *[other] { $count } ledare
}
supervision-circle-meetings = { $count ->
    [one] { $count } träff
   *[other] { $count } träffar
}
supervision-circle-new = Ny handledningsgrupp
supervision-circle-name = Gruppens namn
supervision-circle-facilitators = Ledare
supervision-circle-create = Skapa gruppen
supervision-circle-facilitators-invalid = Välj minst en ledare som du handleder.
supervision-meetings = Träffar
supervision-meetings-none = Inga träffar är inplanerade.
supervision-meeting-schedule = Planera träffar
supervision-meeting-weeks-hint = 1 för en enstaka träff; fler för en träff varje vecka vid samma tid.
supervision-meeting-time-invalid = Ange datum (ÅÅÅÅ-MM-DD) och starttid (TT:MM) för den första träffen.
supervision-meeting-attended = Vilka deltog
supervision-meeting-you-attended = Du deltog.
supervision-meeting-you-missed = Du markerades inte som närvarande.
supervision-notes-title = Handledningsanteckningar
supervision-notes-intro = Anteckningarna syns bara för ledarens handledare, om du inte delar en anteckning med ledaren. Skriv bara det som handledningen behöver: inga diagnoser och inga personuppgifter om familjer.
supervision-notes-none = Inga anteckningar.
supervision-notes-shared-title = Anteckningar som din handledare har delat med dig
supervision-note = Anteckning
supervision-note-share = Dela anteckningen med ledaren
supervision-note-shared = Delad
supervision-note-add = Spara anteckningen
supervision-mine-title = Min handledning
supervision-mine-last = Du deltog senast i handledning { $when }.
supervision-mine-never = Du har inte deltagit i handledning ännu.
supervision-mine-until = Delta i en handledningsträff före { $when } för att behålla dina modereringsrättigheter.
supervision-mine-warning = Dina modereringsrättigheter upphör { $when } om du inte deltar i en handledningsträff före dess.
supervision-mine-lapsed = Det är för länge sedan du deltog i handledning, så du kan tills vidare inte leda eller moderera grupper. Delta i din handledningsgrupps nästa träff för att få tillbaka dina rättigheter; inget har raderats.
mail-supervision-lapse-warning-subject = Dags för handledning
mail-supervision-lapse-warning-intro = Hej { $name }, det var ett tag sedan du deltog i en handledningsträff. Dina modereringsrättigheter upphör { $detail } om du inte deltar i en träff före dess.
mail-supervision-lapse-warning-button = Se dina handledningsträffar
mail-supervision-lapse-warning-outro = Handledningen finns till för att ingen ledare ska bli ensam med det hen hör i grupperna.
mail-supervision-lapsed-subject = Dina modereringsrättigheter har upphört
mail-supervision-lapsed-intro = Hej { $name }, det är för länge sedan du deltog i handledning, så du kan tills vidare inte leda eller moderera grupper.
mail-supervision-lapsed-button = Se dina handledningsträffar
mail-supervision-lapsed-outro = Inget har raderats. Delta i en handledningsträff för att få tillbaka dina rättigheter.
mail-supervision-lapsed-coordinator-subject = En ledares modereringsrättigheter har upphört
mail-supervision-lapsed-coordinator-intro = { $name } har inte deltagit i handledning på för länge och kan tills vidare inte leda eller moderera grupper. Hens grupper: { $detail }
mail-supervision-lapsed-coordinator-button = Öppna handledningen
mail-supervision-lapsed-coordinator-outro = Rättigheterna kommer tillbaka när hen deltar i en handledningsträff.
supervision-next-meeting = Nästa handledningsträff
supervision-mine-open = Öppna min handledning
