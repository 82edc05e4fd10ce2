## The service directory: finding help, help requests, and the staff's pages

## Families
directory-fallback-fi = Palvelulla ei ole vielä kuvausta kielelläsi; tässä se on suomeksi.
directory-fallback-sv = Palvelulla ei ole vielä kuvausta kielelläsi; tässä se on ruotsiksi.
directory-fallback-en = Palvelulla ei ole vielä kuvausta kielelläsi; tässä se on englanniksi.
directory-details-in-fi = Alla olevat tiedot ovat suomeksi.
directory-details-in-sv = Alla olevat tiedot ovat ruotsiksi.
directory-details-in-en = Alla olevat tiedot ovat englanniksi.
directory-category-child_health_clinic = Lastenneuvola
directory-category-family_counselling = Perheneuvola
directory-category-family_centre = Perhekeskus
directory-category-family_social_work = Perhesosiaalityö
directory-category-home_help = Lapsiperheiden kotipalvelu
directory-category-early_education = Varhaiskasvatus
directory-category-mental_health = Mielenterveys
directory-category-integration = Kotoutumispalvelut
directory-category-interpreters = Tulkkaus
directory-category-child_welfare = Lastensuojelu
directory-status-active = Toiminnassa
directory-status-temporarily_closed = Tilapäisesti suljettu
directory-languages = Kielet
directory-phone = Puhelin
directory-email = Sähköposti
directory-website = Verkkosivut
directory-address = Osoite
directory-online = Verkossa
directory-directions = Kulkuohjeet
directory-hours = Aukioloajat
directory-ages = Ikä
directory-ages-range = { $min }–{ $max } vuotta
directory-eligibility = Kenelle
directory-how-to-apply = Näin haet
directory-last-checked = Tarkistettu viimeksi
directory-category = Luokka
help-find-title = Löydä apua läheltäsi
help-find-intro = Lapsiperheiden palvelut asuinkunnassasi. Valitse luokka tai kieli tai hae sanoilla.
help-find-filters = Hae palveluita
help-municipality = Kunta
help-anywhere = Koko Suomi
help-language = Palvelun kieli
help-words = Hakusanat
help-find-submit = Hae
help-found = { $count ->
    [0] Palveluita ei löytynyt
    [one] Yksi palvelu
   *[other] { $count } palvelua
}
help-none-found = Hakuun ei löytynyt mitään. Kokeile toista luokkaa tai kieltä, tai hae koko Suomesta.
help-not-sure = Etkö tiedä, mistä apua saa?
help-not-sure-text = Siltan työntekijät voivat auttaa sinua löytämään oikean palvelun ja pääsemään sinne.
help-ask-general = Pyydä apua Siltan työntekijöiltä
help-ask-general-text = Kerro lyhyesti, mitä tarvitset. Ohjaustyöntekijä ottaa sinuun yhteyttä.
help-back-to-results = Takaisin hakuun
help-asked-notice = Kiitos. Siltan työntekijät saivat pyyntösi ja ottavat sinuun yhteyttä.
help-my-requests = Avunpyyntöni
help-how-to-get-there = Miten sinne pääsee
help-no-address = Osoitetta ei ole annettu. Kysy palvelusta, minne mennä.
help-contact = Yhteystiedot
help-details = Lisää palvelusta
help-ask-title = Pyydä Siltan työntekijöitä auttamaan minua pääsemään sinne
help-ask-text = Ohjaustyöntekijä ottaa sinuun yhteyttä. Hän näkee nimesi, kuntasi ja sen, mitä kirjoitat tähän.
help-message = Viesti (vapaaehtoinen)
help-message-hint = Esimerkiksi milloin sinulle voi soittaa tai että tarvitset tulkin. Terveystietoja ei tarvita.
help-ask-submit = Lähetä pyyntö
help-requests-intro = Mitä olet pyytänyt Siltan työntekijöiltä ja ovatko he jo hoitaneet asian.
help-service-gone = Palvelu, jota ei enää ole luettelossa
help-general-request = Yleinen avunpyyntö
help-sent-on = Lähetetty
help-state-handled = Hoidettu
help-state-open = Odottaa työntekijää
help-no-requests = Et ole vielä lähettänyt pyyntöjä.
help-home-title = Tarvitsetko apua palvelusta?
help-home-text = Löydä perheiden palveluita läheltäsi, mahdollisuuksien mukaan omalla kielelläsi.
help-home-open = { $count ->
    [0] Kaikki pyyntösi on hoidettu
    [one] Yksi pyyntö odottaa työntekijää
   *[other] { $count } pyyntöä odottaa työntekijää
}

## Staff: the pages where Silta's staff keep the directory
directory-staff-title = Palveluhakemisto
directory-staff-nav = Palveluhakemiston sivut
directory-services = Palvelut
directory-service-new = Lisää palvelu
directory-service-edit = Muokkaa palvelua
directory-organisations = Organisaatiot
directory-categories = Luokat
directory-filters = Hae palveluita
directory-status = Tila
directory-status-inactive = Ei enää tarjolla
directory-name = Nimi
directory-name-fi = Nimi suomeksi
directory-name-sv = Nimi ruotsiksi
directory-name-en = Nimi englanniksi
directory-organisation = Organisaatio
directory-organisation-choose = Valitse organisaatio
directory-organisation-add = Lisää organisaatio
directory-organisation-search = Organisaation nimi
directory-organisations-found = { $count ->
    [0] Ei organisaatioita
    [one] Yksi organisaatio
   *[other] { $count } organisaatiota
}
directory-organisations-none = Yksikään organisaatio ei vastaa hakua.
directory-never-checked = Ei koskaan
directory-summaries = Tiivistelmät perheiden kielillä
directory-summaries-count = { $count }/{ $all }
directory-summaries-edit = Kirjoita tiivistelmät perheiden kielillä
directory-back-to-service = Takaisin palveluun
directory-saved = Tallennettu.
directory-checked-today = Tarkistettu tänään
directory-checked-hint = Kirjaa, että tarkistit koko tiedon tänään. Päivää voi muuttaa alla olevassa lomakkeessa.
directory-checked-notice = Merkitty tänään tarkistetuksi.
directory-basics = Organisaatio ja tila
directory-texts-fi = Suomeksi
directory-texts-sv = Ruotsiksi
directory-texts-en = Englanniksi
directory-summary = Tiivistelmä
directory-description = Kuvaus
directory-reaching = Ikä ja yhteystiedot
directory-minimum-age = Alaikäraja
directory-maximum-age = Yläikäraja
directory-referral-email = Ohjausten osoite
directory-referral-email-hint = Käytetään vain, jos kenelläkään organisaatiossa ei ole kumppanitunnusta. Osoitteeseen lähetetään vain linkki, ei koskaan perheen tietoja.
directory-areas = Missä palvelua tarjotaan
directory-areas-hint = Koko maa, hyvinvointialueet tai yksittäiset kunnat. Pidä Ctrl (tai Cmd) painettuna valitaksesi useita.
directory-areas-required = Valitse, missä palvelua tarjotaan.
directory-area-country = Koko maa
directory-area-counties = Hyvinvointialueet
directory-area-municipalities = Kunnat
directory-locations = Toimipisteet
directory-rows-hint = Poista rivi tyhjentämällä sen kaikki kentät.
directory-location-n = Toimipiste { $n }
directory-location-name = Paikan nimi
directory-street = Katuosoite
directory-postal-code = Postinumero
directory-post-office = Postitoimipaikka
directory-location-municipality = Kunta
directory-none = Ei valintaa
directory-online-link = Verkko-osoite (verkossa annettavalle palvelulle)
directory-directions-hint = Joukkoliikenne, sisäänkäynti, esteettömyys.
directory-location-needs-place = Anna katuosoite tai verkko-osoite.
directory-contacts = Yhteyshenkilöt
directory-contact-n = Yhteystieto { $n }
directory-contact-name = Nimi tai palvelupiste
directory-contact-title = Tehtävänimike
directory-contact-note = Lisätieto
directory-contact-note-hint = Esimerkiksi milloin soittaa: ma–pe 9–11.
directory-contact-needs-way = Anna puhelinnumero tai sähköpostiosoite.
directory-hours-n = Aukioloaika, rivi { $n }
directory-weekday = Päivä
directory-opens = Avautuu
directory-closes = Sulkeutuu
directory-hours-where = Missä
directory-hours-service = Palvelu itse
directory-time-invalid = Kirjoita aika muodossa HH:MM.
directory-closes-before-opens = Sulkemisajan on oltava avautumisajan jälkeen.
directory-ages-order = Yläikäraja ei voi olla alaikärajaa pienempi.
directory-url-invalid = Kirjoita verkko-osoite, joka alkaa https://.
directory-save = Tallenna
summary-intro = Kirjoita kullakin perheiden kielellä lyhyt tiivistelmä: mikä palvelu on ja kenelle se on tarkoitettu. Muutoksen tallentaminen poistaa tarkistusmerkinnän. Tiivistelmän voi poistaa tyhjentämällä ja tallentamalla sen. Perheet näkevät tiivistelmän, kun työntekijä on kirjoittanut tai tarkistanut sen.
summary-in-ar = Arabia
summary-in-so = Somali
summary-in-ru = Venäjä
summary-in-uk = Ukraina
summary-in-fa = Persia
summary-in-et = Viro
summary-missing = Ei vielä tiivistelmää.
summary-written-by = Kirjoittanut { $name }
summary-reviewed-by = Tarkistanut { $name }
summary-not-reviewed = Tarkistamatta
summary-reviewed = tarkistettu
summary-field-name = Palvelun nimi tällä kielellä (vapaaehtoinen)
summary-field-summary = Tiivistelmä
summary-save = Tallenna tiivistelmä
summary-review = Merkitse tarkistetuksi
summary-unreview = Peru tarkistus
partner-accounts = Kunnan kumppanitunnukset
partner-intro = Ohjaukset tämän organisaation palveluihin menevät näille tunnuksille.
partner-none = Kumppanitunnuksia ei ole liitetty.
partner-added = liitetty
partner-unlink = Poista liitos
partner-email = Kumppanitunnuksen sähköpostiosoite
partner-email-hint = Tunnuksen on oltava jo olemassa kunnan kumppanin roolilla (kutsu ensin).
partner-link = Liitä tunnus
partner-linked = Tunnus liitettiin.
partner-unlinked = Tunnuksen liitos poistettiin. Liitä se uudelleen alla, jos tämä oli virhe.
directory-partner-unknown = Tällä osoitteella ei ole kunnan kumppanitunnusta.
category-intro = Luokat, joilla perheet voivat hakea. Valmiit luokat on käännetty; lisäämäsi luokat säilyttävät antamasi nimen. Arkistoidut luokat jäävät palveluihin, mutta niitä ei enää tarjota.
category-archived = Arkistoitu
category-archive = Arkistoi
category-restore = Palauta
category-rename = Nimeä uudelleen
category-add = Lisää luokka
category-label = Nimi
help-queue-title = Avunpyynnöt
help-queue-intro = Perheet, jotka pyytävät Siltan työntekijöitä auttamaan palveluun pääsemisessä. Näet, mitä perhe kirjoitti, sen nimen ja kunnan.
help-queue-filters = Hae avunpyyntöjä
help-queue-municipality = Perheen kunta
help-queue-state = Näytä
help-queue-state-open = Odottavat
help-queue-state-handled = Hoidetut
help-queue-state-all = Kaikki
help-queue-found = { $count ->
    [0] Ei pyyntöjä
    [one] Yksi pyyntö
   *[other] { $count } pyyntöä
}
help-queue-empty = Ei mitään.
help-queue-mark = Merkitse hoidetuksi
help-queue-reopen = Avaa uudelleen
help-queue-marked = Merkitty hoidetuksi.
help-queue-see-handled = Katso hoidetut pyynnöt (siellä voit avata pyynnön uudelleen).
help-queue-reopened = Pyyntö odottaa taas.
help-request-already-handled = Joku on jo merkinnyt tämän pyynnön hoidetuksi.
help-request-already-open = Tämä pyyntö odottaa jo.
help-home-queue = { $count ->
    [0] Ei odottavia avunpyyntöjä
    [one] Yksi avunpyyntö odottaa
   *[other] { $count } avunpyyntöä odottaa
}
help-home-queue-open = Avaa avunpyynnöt
