## Yksityisyys: kuka on nähnyt perheen tiedot, mitä Silta säilyttää, miksi ja kuinka kauan.

privacy-title = Tietosi ja yksityisyys
privacy-intro = Silta säilyttää vain sen, mitä se tarvitsee ryhmien pitämiseen ja siihen, että pääsette palveluihin. Tästä näet, kuka on lukenut perheesi tietoja ja mitä säilytetään, miksi ja kuinka kauan.
privacy-seen-title = Kuka on nähnyt perheesi tiedot
privacy-seen-intro = Aina kun Siltan työntekijä, ohjaaja, kunnan yhteistyökumppani tai palvelu lukee perheesi henkilötietoja, siitä kirjataan tähän rivi: kuka, missä roolissa, milloin, mitä ja miksi. Kukaan ei voi muuttaa tai poistaa näitä rivejä; niitä säilytetään kaksi vuotta.
privacy-seen-count = { $count ->
    [0] Kukaan ei ole vielä lukenut perheesi tietoja.
    [one] Yksi lukukerta
   *[other] { $count } lukukertaa
}
privacy-seen-when = Milloin
privacy-seen-who = Kuka
privacy-seen-what = Mitä
privacy-seen-why = Miksi
privacy-seen-no-family = Tämä luettelo pidetään perheille. Tilisi ei kuulu perheeseen.
privacy-kept-title = Mitä Silta säilyttää ja miksi
privacy-kept-intro = Jokainen Siltan osa kertoo, mitä henkilötietoja se säilyttää, mihin tarkoitukseen ja kuinka kauan.
privacy-reader-service-link = Palvelu ohjauksen linkin kautta

## Mitä luettiin ja miksi
privacy-item-referral = Ohjaus palveluun
privacy-item-consent = Suostumus
privacy-item-group_membership = Ryhmän jäsenyys
privacy-item-child_protection_notice = Merkintä lastensuojeluilmoituksesta
privacy-purpose-referral_follow_up = Ohjauksen seuraaminen, kunnes olette saaneet apua
privacy-purpose-concern_referral = Ohjauksen valmistelu ohjaajan huolen jälkeen
privacy-purpose-child_protection_record = Lastensuojeluilmoituksen merkinnän säilyttäminen

## Tietojen säilytys (henkilöstö)
privacy-retention-title = Tietojen säilytys
privacy-retention-intro = Kaikki henkilötiedot, joita Silta säilyttää, kunkin osan ilmoittamina: miksi niitä säilytetään, millä oikeusperusteella ja kuinka kauan. Säilytysajan ylittäneet tiedot poistetaan taustatyönä pienissä erissä.
privacy-retention-kind = Tieto
privacy-retention-purpose = Tarkoitus
privacy-retention-basis = Oikeusperuste
privacy-retention-period = Säilytysaika
privacy-retention-tables = Taulut
privacy-retention-account = Niin kauan kuin tili on olemassa.
privacy-retention-days = { $days } päivää kirjaamisesta.
privacy-retention-after-closing = { $days } päivää asian päättymisestä.
privacy-retention-setting = Asetuksen { $setting } mukaan (oletuksena { $days } päivää).
privacy-basis-consent = Suostumus
privacy-basis-contract = Pyydetyn palvelun tuottaminen
privacy-basis-legal-obligation = Lakisääteinen velvoite
privacy-basis-vital-interests = Jonkun elintärkeä etu
privacy-basis-legitimate-interests = Oikeutettu etu

## Tietojen lajit
privacy-kind-access-log = Kuka on lukenut perheen tietoja
privacy-purpose-of-access-log = Jotta perhe näkee, kuka on lukenut sen tietoja, ja henkilöstö voi vastata jokaisesta lukukerrasta.

## Readings logged by the features
privacy-item-account = Tilin tiedot (nimi, sähköpostiosoite ja roolit)
privacy-item-account_security = Tili kirjautumisineen ja tietoturvatapahtumineen
privacy-item-session_attendance = Ketkä ilmoittivat tulevansa ryhmän tapaamiseen ja ketkä tulivat
privacy-item-help_request = Pyyntö saada apua palveluun pääsemiseen
privacy-item-chat_report = Ilmoitettu chat-viesti ja sen ympärillä olevat viestit
privacy-item-training_application = Hakemus vertaisohjaajaksi
privacy-purpose-account_administration = Tilien hoitaminen: roolit, pääsy ja tietoturva
privacy-purpose-group_leading = Ryhmän vetäminen: ketkä ovat ryhmässä ja ketkä odottavat paikkaa
privacy-purpose-group_attendance = Kirjanpito siitä, ketkä osallistuvat ryhmän tapaamisiin
privacy-purpose-help_request_handling = Auttaminen pääsemään palveluun, johon pyysitte apua
privacy-purpose-chat_moderation = Ilmoitettujen viestien käsittely, jotta ryhmän chat pysyy turvallisena
privacy-purpose-facilitator_selection = Päätös hakemuksesta vertaisohjaajaksi
