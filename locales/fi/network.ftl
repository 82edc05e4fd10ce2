## Alueen kumppaniverkostot ja niiden tapaamiset

network-list-title = Kumppaniverkostot
network-list-intro = Hyvinvointialueen tai kunnan kumppaniverkosto: kunnan kumppanit, ohjaajat, henkilöstö ja kutsuttuina perheiden edustajat tapaavat, jotta tiedetään, kuka tekee mitä, ja sovitaan toimenpiteistä.
network-search-label = Hae verkostoja
network-search = Sanoja nimessä
network-search-submit = Hae
network-found = { $count ->
    [0] Ei verkostoja
    [one] Yksi verkosto
   *[other] { $count } verkostoa
}
network-none = Verkostoja ei ole vielä.
network-participant-count = { $count ->
    [one] yksi osallistuja
   *[other] { $count } osallistujaa
}
network-next-meeting = Seuraava tapaaminen
network-new = Uusi verkosto
network-name = Verkoston nimi
network-area = Alue
network-area-choose = Valitse alue
network-area-counties = Hyvinvointialueet
network-area-municipalities = Kunnat
network-area-unknown = Valitse hyvinvointialue tai kunta luettelosta.
network-create = Luo verkosto
network-organiser = Järjestäjä
network-participants = Osallistujat
network-who-does-what = Kuka tekee mitä
network-participant = Osallistuja
network-takes-part-as = Osallistuu roolissa
network-works-as = Mitä tekee
network-works-as-hint = Esimerkiksi "neuvolan perhetyöntekijä". Ei näytetä perheiden edustajista.
network-organisation = Organisaatio ja palvelut
network-participants-none = Ketään ei ole vielä kutsuttu.
network-remove = Poista
network-kind-partner = Kunnan kumppani
network-kind-facilitator = Ohjaaja
network-kind-staff = Siltan henkilöstö
network-kind-family = Perheiden edustaja
network-invite = Kutsu osallistuja
network-invite-email = Silta-tilin sähköpostiosoite
network-invite-submit = Kutsu
network-participant-unknown = Tällä osoitteella ei ole Silta-tiliä, joka voisi osallistua tässä roolissa.
network-meetings = Tapaamiset
network-meetings-none = Tapaamisia ei ole vielä sovittu.
network-open-action-count = { $count ->
    [one] yksi avoin toimenpide
   *[other] { $count } avointa toimenpidettä
}
network-meeting-schedule = Sovi tapaaminen
network-meeting-date = Päivä
network-meeting-time-hint = Suomen aikaa.
network-meeting-time-invalid = Anna päivä, alkamisaika ja kesto 15–480 minuuttia.
network-meeting-title = Tapaaminen
network-agenda = Asialista
network-agenda-none = Asialistaa ei ole vielä.
network-agenda-edit = Muokkaa asialistaa
network-agenda-hint = Yksi asia riville.
network-agenda-save = Tallenna asialista
network-agenda-too-many = Asialistalla voi olla enintään { $max } asiaa.
network-notes = Muistiinpanot
network-notes-none = Muistiinpanoja ei ole vielä.
network-notes-edit = Kirjoita muistiinpanot
network-notes-save = Tallenna muistiinpanot
network-notes-closed = Muistiinpanoja ei voi enää muuttaa: tapaamisesta on yli kaksi viikkoa.
network-follow-ups = Aiemmissa tapaamisissa sovittujen toimenpiteiden seuranta
network-follow-ups-none = Aiemmista tapaamisista ei ole avoimia toimenpiteitä.
network-actions = Tässä tapaamisessa sovitut toimenpiteet
network-actions-none = Toimenpiteitä ei ole vielä sovittu.
network-action-new = Kirjaa toimenpide
network-action-text = Mitä tehdään
network-action-owner = Kuka tekee
network-action-owner-choose = Valitse osallistuja
network-action-owner-required = Jokaisella toimenpiteellä on oltava vastuuhenkilö: valitse, kuka sen tekee.
network-action-owner-not-participant = Vastuuhenkilön on oltava verkoston osallistuja.
network-action-due-on = Määräpäivä (valinnainen)
network-action-add = Kirjaa toimenpide
network-action-due = määräpäivä
network-action-overdue = Myöhässä
network-action-agreed-on = sovittu tapaamisessa
network-action-status = Tila
network-status-open = Avoin
network-status-done = Tehty
network-status-dropped = Luovuttu
network-home-title = Kumppaniverkosto
network-home-actions = Avoimet toimenpiteesi
mail-network-invited-subject = Sinut on kutsuttu kumppaniverkostoon
mail-network-invited-intro = Sinut on kutsuttu osallistumaan Siltan kumppaniverkostoon "{ $name }". Sen tapaamiset, asialistat ja sovitut toimenpiteet ovat verkoston sivulla.
mail-network-invited-button = Avaa verkosto
mail-network-invited-outro = Jos tämä on mielestäsi virhe, vastaa sinut kutsuneelle työntekijälle.
privacy-kind-network-participation = Kumppaniverkostot, joihin osallistut
privacy-purpose-of-network-participation = Jotta sinut voidaan kutsua verkoston tapaamisiin ja muut osallistujat tietävät, kuka tekee mitä.
privacy-kind-network-actions = Toimenpiteet, joista vastaat kumppaniverkostoissa
privacy-purpose-of-network-actions = Jotta verkoston tapaamisessa sovittua voidaan seurata.
privacy-kind-network-notes = Kirjoittamasi verkostotapaamisten muistiinpanot
privacy-purpose-of-network-notes = Jotta verkoston tapaamisessa käsitellystä ja sovitusta jää lyhyt muistiinpano.
privacy-field-network = Verkosto
privacy-field-taking-part-as = Osallistuu roolissa
privacy-field-works-as = Mitä teet
privacy-field-due-on = Määräpäivä
privacy-field-agreed-at = Sovittu
privacy-field-participation = Osallistuminen
privacy-field-actions = Toimenpiteet
