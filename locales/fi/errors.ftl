error-bad-request = Pyynnössä oli jotain vialla
error-bad-request-detail = Tarkista antamasi tiedot ja yritä uudelleen.
error-unauthorized = Kirjaudu sisään
error-unauthorized-detail = Sinun täytyy kirjautua sisään nähdäksesi tämän sivun.
error-forbidden = Ei pääsyä
error-forbidden-detail = Sinulla ei ole oikeutta nähdä tätä.
error-not-found = Sivua ei löytynyt
error-not-found-detail = Etsimääsi ei löytynyt. Osoite voi olla väärä tai sivu on siirtynyt.
error-method-not-allowed = Ei mahdollista tässä
error-method-not-allowed-detail = Tämä osoite ei hyväksy tällaista pyyntöä.
error-conflict = Jo muutettu
error-conflict-detail = Joku muutti tätä samaan aikaan. Lataa sivu uudelleen ja yritä uudestaan.
error-payload-too-large = Liikaa tietoa
error-payload-too-large-detail = Lähettämäsi tieto on liian suuri. Lyhennä sitä ja yritä uudelleen.
error-unsupported-media-type = Muotoa ei tueta
error-unsupported-media-type-detail = Tämä osoite ei hyväksy tietoa tässä muodossa.
error-too-many-requests = Liian monta yritystä
error-too-many-requests-detail = Odota hetki ja yritä uudelleen.
error-unavailable = Silta ei ole juuri nyt käytettävissä
error-unavailable-detail = Yritä hetken päästä uudelleen.
error-internal = Jokin meni vikaan
error-internal-detail = Virhe tapahtui meidän päässämme, ei sinun toimintasi vuoksi. Yritä myöhemmin uudelleen.
error-try-again-in =
    { $minutes ->
        [one] Yritä uudelleen { $minutes } minuutin kuluttua.
       *[other] Yritä uudelleen { $minutes } minuutin kuluttua.
    }
error-invalid-input = Korjaa merkityt kentät.
error-invalid-json = Pyynnön sisältö ei ole tähän osoitteeseen sopivaa JSONia.
error-invalid-form = Lomaketta ei voitu lukea. Yritä uudelleen.
error-invalid-query = Osoitteessa on arvo, jota emme ymmärrä.
error-reference = Virhetunnus: { $reference }
error-back-home = Takaisin etusivulle
error-token-invalid = Kirjautumisesi on vanhentunut tai se ei ole voimassa. Kirjaudu uudelleen.
error-csrf = Lomake ehti vanhentua. Palaa takaisin, lataa sivu uudelleen ja yritä uudestaan.
link-expired-title = Tämä linkki ei enää toimi
link-expired = Linkki on jo käytetty tai se on vanhentunut. Voit pyytää uuden.
field-choice-unknown = Valitse jokin tarjotuista vaihtoehdoista.
field-required = Tämä tieto puuttuu.
field-wrong-type = Tämän kentän arvo on väärää tyyppiä (esimerkiksi tekstiä luvun paikalla).
field-invalid-value = Tämän kentän arvo ei kelpaa.
