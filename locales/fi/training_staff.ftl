## Koulutuksen henkilökunnan sivut: kurssien kirjoittaminen, koulutusryhmät, hakemukset, arvioitavat tehtävät, etusivun kortit

tstaff-nav-label = Koulutuksen sivut
tstaff-overview = Yleiskuva
tstaff-courses = Kurssit
tstaff-courses-count = { $count ->
    [one] Yksi kurssi
   *[other] { $count } kurssia
}
tstaff-open-courses = Kirjoita ja julkaise kursseja
tstaff-open-applications = Avaa hakemukset
tstaff-open-reviews = Avaa arvioitavat tehtävät
tstaff-applications-waiting = { $count ->
    [0] Yhtään hakemusta ei odota.
    [one] Yksi hakemus odottaa päätöstä.
   *[other] { $count } hakemusta odottaa päätöstä.
}
tstaff-applications-late = Hakemus on odottanut yli kaksi viikkoa.
tstaff-reviews-waiting = { $count ->
    [0] Yhtään tehtävää ei odota arviointia.
    [one] Yksi tehtävä odottaa arviointia.
   *[other] { $count } tehtävää odottaa arviointia.
}
tstaff-reviews-late = Tehtävä on odottanut yli viikon.
tstaff-your-cohorts = Omat koulutusryhmäsi
tstaff-candidates-count = { $count ->
    [one] yksi osallistuja
   *[other] { $count } osallistujaa
}
tstaff-course-title = Kurssin nimi
tstaff-course-new = Uusi kurssi
tstaff-course-create = Luo kurssi
tstaff-course-created = Kurssi luotiin. Lisää sen ensimmäinen osio.
tstaff-expiry-days = Todistus voimassa (päivää)
tstaff-expiry-days-hint = 30–3650 päivää; 730 on kaksi vuotta.
tstaff-days = { $count ->
    [one] yksi päivä
   *[other] { $count } päivää
}
tstaff-version-n = versio { $version }
tstaff-status = Tila
tstaff-status-draft = { $count ->
    [0] Luonnos, ei vielä osioita
    [one] Luonnos, jossa yksi osio, julkaisematta
   *[other] Luonnos, jossa { $count } osiota, julkaisematta
}
tstaff-status-published = Versio { $version } julkaistu; luonnoksessa ei ole muutoksia
tstaff-status-changed = Versio { $version } julkaistu; luonnoksessa on julkaisemattomia muutoksia
tstaff-versioning-help = Muokkaat aina luonnosta. Julkaiseminen tekee luonnoksesta seuraavan version; aloittaneet koulutusryhmät pitävät versionsa.
tstaff-draft-modules = Luonnoksen osiot järjestyksessä
tstaff-no-modules = Kurssilla ei ole vielä osioita.
tstaff-questions-count = { $count ->
    [one] yksi kysymys
   *[other] { $count } kysymystä
}
tstaff-module-add = Lisää osio
tstaff-module-added = Osio lisättiin luonnokseen.
tstaff-publish = Julkaise
tstaff-publish-first = Julkaiseminen tekee luonnoksesta version 1, jota koulutusryhmät voivat sitten seurata.
tstaff-publish-next = Julkaiseminen tekee luonnoksesta version { $version }. Jo aloittaneet koulutusryhmät pitävät versionsa.
tstaff-published = Versio { $version } julkaistiin.
tstaff-rule = Miten osio suoritetaan?
tstaff-rule-read = Lukemalla
tstaff-rule-quiz = Läpäisemällä tietovisa
tstaff-rule-task = Tehtävällä, jonka kouluttaja hyväksyy
tstaff-rule-live = Osallistumalla live-tapaamiseen
tstaff-refresher = Kertausosio (uusii todistuksen; ei vaadita ensimmäiseen todistukseen)
tstaff-module-languages = Osion kielet
tstaff-module-languages-hint = Valitse kielet, joilla kirjoitat osion, ja paina ”Näytä nämä kielet”. Kirjoittamasi teksti säilyy.
tstaff-languages-update = Näytä nämä kielet
tstaff-module-title = Otsikko
tstaff-module-body = Teksti (Markdown)
tstaff-task-prompt = Tehtävänanto osallistujalle (jos osiossa on tehtävä)
tstaff-markdown-hint = Markdown: # otsikko, **lihavointi**, *kursiivi*, - luettelo, [linkki](https://…). HTML:ää ja kuvia ei näytetä.
tstaff-preview = Esikatselu
tstaff-preview-of = Esikatselu: { $language }
tstaff-quiz-hint = Jätä kysymykset tyhjiksi, jos osiossa ei ole tietovisaa. Tyhjät vastausrivit jätetään pois.
tstaff-pass-mark = Hyväksymisraja (% oikeista vastauksista)
tstaff-attempts = Yrityksiä (1–10)
tstaff-question-n = Kysymys { $number }
tstaff-question-text = Kysymys ({ $language })
tstaff-question-multiple = Useampi vastaus voi olla oikein (valintaruudut)
tstaff-answer-n = Vastaus { $number }
tstaff-answer-text = Vastaus ({ $language })
tstaff-answer-feedback = Palaute, kun tämä valitaan ({ $language })
tstaff-answer-correct = Tämä vastaus on oikein
tstaff-question-add = Lisää kysymys
tstaff-module-save = Tallenna osio
tstaff-cohort-new = Avaa koulutusryhmä
tstaff-cohort-course = Kurssi (julkaistu versio)
tstaff-cohort-name = Koulutusryhmän nimi
tstaff-deadline-days = Päiviä määräaikaan
tstaff-deadline-days-hint = 1–730 päivää tästä päivästä.
tstaff-cohort-create = Avaa koulutusryhmä
tstaff-cohort-created = Koulutusryhmä avattiin. Hyväksy siihen hakijoita hakemuksista.
tstaff-no-published-courses = Yhtään kurssia ei ole vielä julkaistu. Kouluttaja julkaisee kurssin ensin.
tstaff-candidates = Osallistujat
tstaff-no-candidates = Koulutusryhmässä ei ole vielä osallistujia.
tstaff-completion = Eteneminen
tstaff-go-to-candidate = Siirry osallistujan lomakkeeseen
tstaff-saved = Tallennettu.
tstaff-practice-none = ei vielä arvioitu
tstaff-extend-days = Jatka määräaikaa (päivää)
tstaff-extend = Jatka
tstaff-practice-score = Ohjattu harjoittelu
tstaff-practice-comments = Kommentit harjoittelusta
tstaff-practice-save = Tallenna harjoittelun arvio
tstaff-quiz-exhausted = Kaikki yritykset tietovisaan ”{ $module }” on käytetty.
tstaff-reset = Anna uusi yrityskierros
tstaff-attended = Osallistui live-tapaamiseen ”{ $module }”
tstaff-sign-off = Hyväksy koulutus ja myönnä todistus
tstaff-sign-off-hint = Hyväksyminen edellyttää, että kaikki pakolliset osiot on suoritettu ja harjoittelu hyväksytty.
tstaff-filter-label = Rajaa hakemuksia
tstaff-filter = Näytä
tstaff-applications-found = { $count ->
    [0] Hakemuksia ei löytynyt
    [one] Yksi hakemus
   *[other] { $count } hakemusta
}
tstaff-application-pending = Odottaa päätöstä
tstaff-application-accepted = Hyväksytty
tstaff-application-declined = Hylätty
tstaff-accept = Hyväksy
tstaff-decline-reason = Hylkäämisen syy (lähetetään hakijalle)
tstaff-decline = Hylkää
tstaff-decided = Päätös tallennettiin ja hakijalle lähetettiin viesti.
tstaff-submitted = Lähetetty { $when }
tstaff-feedback-hint = Palaute tarvitaan, kun pyydät korjausta.
tstaff-reviewed = Arvio tallennettiin ja osallistujalle lähetettiin viesti.
