admin-users-title = Tilit
admin-security-log-title = Tietoturvaloki
admin-search = Hae nimellä tai sähköpostilla
admin-search-submit = Hae
admin-status = Tila
admin-suspended = Jäädytetty
admin-active = Käytössä
admin-suspend = Jäädytä tili
admin-reinstate = Palauta tili käyttöön
admin-time = Aika
admin-event = Tapahtuma
admin-account = Tili
admin-by = Tekijä
admin-detail = Lisätieto
admin-keep-own-role = Et voi poistaa omaa ylläpitäjän rooliasi.
admin-not-self = Et voi jäädyttää omaa tiliäsi.
security-event-sign-in = Kirjautui sisään
security-event-sign-in-failed = Epäonnistunut kirjautuminen
security-event-sign-out = Kirjautui ulos
security-event-sign-out-everywhere = Kirjautui ulos kaikilta laitteilta
security-event-password-changed = Salasana vaihdettu
security-event-email-changed = Sähköpostiosoite vaihdettu
security-event-second-factor-enabled = Kaksivaiheinen kirjautuminen otettu käyttöön
security-event-second-factor-disabled = Kaksivaiheinen kirjautuminen poistettu käytöstä
security-event-roles-changed = Roolit muutettu
security-event-suspended = Tili jäädytetty
security-event-reinstated = Tili palautettu käyttöön
security-event-invitation-sent = Kutsu lähetetty
security-event-invitation-revoked = Kutsu peruttu
security-event-invitation-accepted = Kutsu hyväksytty
security-event-account-viewed = Työntekijä katsoi tilin tietoja
security-event-accounts-listed = Työntekijä katsoi tililuetteloa
admin-filter-label = Rajaa luetteloa
admin-filter-person = Tilin tunnus (kohde tai tekijä)
admin-filter-from = Alkaen päivästä
admin-filter-to = Päivään asti
admin-accounts-found = { $count ->
    [one] Yksi tili
   *[other] { $count } tiliä
}
admin-events-found = { $count ->
    [one] Yksi tapahtuma
   *[other] { $count } tapahtumaa
}
field-date-invalid = Kirjoita päivä muodossa VVVV-KK-PP.
