# Reviewing reported messages, the moderation log and crisis contacts (staff and facilitators).

reports-title = Ilmoitetut viestit
reports-intro-staff = Viestit, joista huoneissa olleet ovat ilmoittaneet. Lue jokainen asiayhteydessään, tee tarvittava ja kirjaa, mitä tehtiin.
reports-intro-facilitator = Ryhmiesi viesteistä tehdyt ilmoitukset. Henkilökunta käsittelee jokaisen ilmoituksen; näet, mistä ilmoitettiin, ja voit ottaa asian esiin työnohjauksessa. Ilmoittajaa ei kerrota.
reports-open =
    { $count ->
        [one] Yksi avoin ilmoitus
       *[other] { $count } avointa ilmoitusta
    }
reports-none = Mitään ei odota käsittelyä.
reports-handled = Käsitellyt
report-filed-at = Ilmoitettu
report-reporter = Ilmoittaja
report-reason = Syy
report-no-reason = Syytä ei annettu
report-outcome = Mitä tehtiin
report-context = Viestit ympärillä
report-reported-message = Ilmoitettu viesti
report-outcome-label = Mitä tehtiin (lyhyt merkintä)
report-mark-handled = Merkitse käsitellyksi
moderation-log-title = Moderointiloki
moderation-log-empty = Tässä tapaamisessa ei ole moderoitu mitään.
moderation-action = Toimenpide
moderation-message-number = Viestin numero
moderation-action-remove-message = Poisti viestin
moderation-action-mute = Mykisti jäsenen
moderation-action-remove-member = Poisti jäsenen tapaamisesta
moderation-action-lock = Lukitsi huoneen
moderation-action-unlock = Avasi huoneen lukituksen
moderation-action-slow-mode = Muutti hidasta tilaa
moderation-action-start-session = Aloitti tapaamisen
moderation-action-end-session = Päätti tapaamisen
crisis-contacts-title = Kriisiyhteystiedot
crisis-contacts-intro = Nämä näkyvät jokaisessa keskusteluhuoneessa kohdassa ”Tarvitsetko apua nyt?” niille, jotka käyttävät kyseistä kieltä. Hätänumero 112 näkyy aina.
crisis-contacts-none = Kriisiyhteystietoja ei ole vielä.
crisis-contact-language = Kieli
crisis-contact-name = Palvelu
crisis-contact-phone = Puhelinnumero
crisis-contact-hours = Aukioloajat
crisis-contact-hours-hint = Esimerkiksi: joka päivä 8–22 tai ympäri vuorokauden
crisis-contact-delete = Poista
crisis-contact-add = Lisää yhteystieto
security-event-reports-viewed = Keskusteluilmoituksia luettu
reports-status-open = Odottaa käsittelyä
