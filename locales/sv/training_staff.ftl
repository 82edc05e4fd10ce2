## Utbildningens sidor för personalen: kurser, kursgrupper, ansökningar, bedömningar, kort på startsidan

tstaff-nav-label = Utbildningens sidor
tstaff-overview = Översikt
tstaff-courses = Kurser
tstaff-courses-count = { $count ->
    [one] En kurs
   *[other] { $count } kurser
}
tstaff-open-courses = Skriv och publicera kurser
tstaff-open-applications = Öppna ansökningarna
tstaff-open-reviews = Öppna uppgifterna att bedöma
tstaff-applications-waiting = { $count ->
    [0] Inga ansökningar väntar.
    [one] En ansökan väntar på beslut.
   *[other] { $count } ansökningar väntar på beslut.
}
tstaff-applications-late = En ansökan har väntat i mer än två veckor.
tstaff-reviews-waiting = { $count ->
    [0] Inga uppgifter väntar på bedömning.
    [one] En uppgift väntar på bedömning.
   *[other] { $count } uppgifter väntar på bedömning.
}
tstaff-reviews-late = En uppgift har väntat i mer än en vecka.
tstaff-your-cohorts = Dina kursgrupper
tstaff-candidates-count = { $count ->
    [one] en deltagare
   *[other] { $count } deltagare
}
tstaff-course-title = Kursens namn
tstaff-course-new = Ny kurs
tstaff-course-create = Skapa kurs
tstaff-course-created = Kursen skapades. Lägg till dess första modul.
tstaff-expiry-days = Intyget gäller (dagar)
tstaff-expiry-days-hint = 30–3650 dagar; 730 är två år.
tstaff-days = { $count ->
    [one] en dag
   *[other] { $count } dagar
}
tstaff-version-n = version { $version }
tstaff-status = Status
tstaff-status-draft = { $count ->
    [0] Utkast, inga moduler ännu
    [one] Utkast med en modul, inte publicerat
   *[other] Utkast med { $count } moduler, inte publicerat
}
tstaff-status-published = Version { $version } publicerad; utkastet har inga ändringar
tstaff-status-changed = Version { $version } publicerad; utkastet har ändringar som inte publicerats
tstaff-versioning-help = Du redigerar alltid utkastet. När du publicerar blir utkastet nästa version; kursgrupper som har börjat behåller sin version.
tstaff-draft-modules = Utkastets moduler i ordning
tstaff-no-modules = Kursen har inga moduler ännu.
tstaff-questions-count = { $count ->
    [one] en quizfråga
   *[other] { $count } quizfrågor
}
tstaff-module-add = Lägg till en modul
tstaff-module-added = Modulen lades till i utkastet.
tstaff-publish = Publicera
tstaff-publish-first = När du publicerar blir utkastet version 1, som kursgrupper sedan kan följa.
tstaff-publish-next = När du publicerar blir utkastet version { $version }. Kursgrupper som har börjat behåller sin version.
tstaff-published = Version { $version } publicerades.
tstaff-rule = Hur slutförs modulen?
tstaff-rule-read = Genom att läsa det
tstaff-rule-quiz = Genom att klara quizet
tstaff-rule-task = Genom en uppgift som utbildaren godkänner
tstaff-rule-live = Genom att delta i en direktsänd träff
tstaff-refresher = Repetitionsmodul (förnyar ett intyg; krävs inte för det första)
tstaff-module-languages = Modulens språk
tstaff-module-languages-hint = Välj de språk du skriver modulen på och tryck på ”Visa dessa språk”. Det du har skrivit sparas.
tstaff-languages-update = Visa dessa språk
tstaff-module-title = Rubrik
tstaff-module-body = Text (Markdown)
tstaff-task-prompt = Uppgift för deltagaren (om modulen har en uppgift)
tstaff-markdown-hint = Markdown: # rubrik, **fetstil**, *kursiv*, - lista, [länk](https://…). HTML och bilder visas inte.
tstaff-preview = Förhandsvisning
tstaff-preview-of = Förhandsvisning: { $language }
tstaff-quiz-hint = Lämna frågorna tomma om modulen inte har något quiz. Tomma svarsrader utelämnas.
tstaff-pass-mark = Godkänt vid (% rätta svar)
tstaff-attempts = Antal försök (1–10)
tstaff-question-n = Fråga { $number }
tstaff-question-text = Fråga ({ $language })
tstaff-question-multiple = Flera svar kan vara rätt (kryssrutor)
tstaff-answer-n = Svar { $number }
tstaff-answer-text = Svar ({ $language })
tstaff-answer-feedback = Respons när svaret väljs ({ $language })
tstaff-answer-correct = Det här svaret är rätt
tstaff-question-add = Lägg till en fråga
tstaff-module-save = Spara modulen
tstaff-cohort-new = Öppna en kursgrupp
tstaff-cohort-course = Kurs (publicerad version)
tstaff-cohort-name = Kursgruppens namn
tstaff-deadline-days = Dagar till sista dag
tstaff-deadline-days-hint = 1–730 dagar från i dag.
tstaff-cohort-create = Öppna kursgrupp
tstaff-cohort-created = Kursgruppen öppnades. Anta sökande till den från ansökningarna.
tstaff-no-published-courses = Ingen kurs har publicerats ännu. En utbildare publicerar först en kurs.
tstaff-candidates = Deltagare
tstaff-no-candidates = Kursgruppen har inga deltagare ännu.
tstaff-completion = Framsteg
tstaff-go-to-candidate = Gå till deltagarens formulär
tstaff-saved = Sparat.
tstaff-practice-none = inte bedömd ännu
tstaff-extend-days = Förläng tiden med (dagar)
tstaff-extend = Förläng
tstaff-practice-score = Handledd praktik
tstaff-practice-comments = Kommentarer om praktiken
tstaff-practice-save = Spara bedömningen av praktiken
tstaff-quiz-exhausted = Alla försök på quizet ”{ $module }” har använts.
tstaff-reset = Ge en ny omgång försök
tstaff-attended = Deltog i den direktsända träffen ”{ $module }”
tstaff-sign-off = Godkänn utbildningen och utfärda intyget
tstaff-sign-off-hint = För godkännande krävs att alla obligatoriska moduler är klara och praktiken godkänd.
tstaff-filter-label = Filtrera ansökningar
tstaff-filter = Visa
tstaff-applications-found = { $count ->
    [0] Inga ansökningar hittades
    [one] En ansökan
   *[other] { $count } ansökningar
}
tstaff-application-pending = Väntar på beslut
tstaff-application-accepted = Antagen
tstaff-application-declined = Avböjd
tstaff-accept = Anta
tstaff-decline-reason = Skäl till avböjande (skickas till den sökande)
tstaff-decline = Avböj
tstaff-decided = Beslutet sparades och den sökande fick ett mejl.
tstaff-submitted = Inskickad { $when }
tstaff-feedback-hint = Respons behövs när du ber om en omarbetning.
tstaff-reviewed = Bedömningen sparades och deltagaren fick ett mejl.
