admin-users-title = Kontod
admin-security-log-title = Turvalogi
admin-search = Otsi nime või e-posti järgi
admin-search-submit = Otsi
admin-status = Olek
admin-suspended = Peatatud
admin-active = Aktiivne
admin-suspend = Peata konto
admin-reinstate = Taasta konto
admin-time = Aeg
admin-event = Sündmus
admin-account = Konto
admin-by = Tegija
admin-detail = Üksikasjad
admin-keep-own-role = Sa ei saa eemaldada iseendalt administraatori rolli.
admin-not-self = Sa ei saa peatada oma kontot.
security-event-sign-in = Sisse logitud
security-event-sign-in-failed = Ebaõnnestunud sisselogimine
security-event-sign-out = Välja logitud
security-event-sign-out-everywhere = Välja logitud kõigis seadmetes
security-event-password-changed = Parool muudetud
security-event-email-changed = E-posti aadress muudetud
security-event-second-factor-enabled = Kaheastmeline sisselogimine sisse lülitatud
security-event-second-factor-disabled = Kaheastmeline sisselogimine välja lülitatud
security-event-roles-changed = Rollid muudetud
security-event-suspended = Konto peatatud
security-event-reinstated = Konto taastatud
security-event-invitation-sent = Kutse saadetud
security-event-invitation-revoked = Kutse tühistatud
security-event-invitation-accepted = Kutse vastu võetud
security-event-account-viewed = Töötaja vaatas kontot
security-event-accounts-listed = Töötaja vaatas kontode loendit
admin-filter-label = Filtreeri loendit
admin-filter-person = Konto id (kelle kohta või kes)
admin-filter-from = Alates päevast
admin-filter-to = Kuni päevani
admin-accounts-found = { $count ->
    [one] Üks konto
   *[other] { $count } kontot
}
admin-events-found = { $count ->
    [one] Üks sündmus
   *[other] { $count } sündmust
}
field-date-invalid = Kirjuta päev kujul AAAA-KK-PP.
