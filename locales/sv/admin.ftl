admin-users-title = Konton
admin-security-log-title = Säkerhetslogg
admin-search = Sök med namn eller e-post
admin-search-submit = Sök
admin-status = Status
admin-suspended = Avstängt
admin-active = Aktivt
admin-suspend = Stäng av kontot
admin-reinstate = Återställ kontot
admin-time = Tid
admin-event = Händelse
admin-account = Konto
admin-by = Av
admin-detail = Detalj
admin-keep-own-role = Du kan inte ta bort din egen administratörsroll.
admin-not-self = Du kan inte stänga av ditt eget konto.
security-event-sign-in = Loggade in
security-event-sign-in-failed = Misslyckad inloggning
security-event-sign-out = Loggade ut
security-event-sign-out-everywhere = Loggade ut på alla enheter
security-event-password-changed = Lösenordet ändrades
security-event-email-changed = E-postadressen ändrades
security-event-second-factor-enabled = Tvåstegsinloggning aktiverad
security-event-second-factor-disabled = Tvåstegsinloggning avstängd
security-event-roles-changed = Rollerna ändrades
security-event-suspended = Kontot stängdes av
security-event-reinstated = Kontot återställdes
security-event-invitation-sent = Inbjudan skickad
security-event-invitation-revoked = Inbjudan återkallad
security-event-invitation-accepted = Inbjudan godkänd
security-event-account-viewed = Personalen tittade på kontot
security-event-accounts-listed = Personalen tittade på kontolistan
admin-filter-label = Filtrera listan
admin-filter-person = Kontots id (berörd eller utförare)
admin-filter-from = Från dag
admin-filter-to = Till dag
admin-accounts-found = { $count ->
    [one] Ett konto
   *[other] { $count } konton
}
admin-events-found = { $count ->
    [one] En händelse
   *[other] { $count } händelser
}
field-date-invalid = Skriv dagen som ÅÅÅÅ-MM-DD.
