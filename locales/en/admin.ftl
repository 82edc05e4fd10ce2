admin-users-title = Accounts
admin-security-log-title = Security log
admin-search = Search by name or email
admin-search-submit = Search
admin-status = Status
admin-suspended = Suspended
admin-active = Active
admin-suspend = Suspend account
admin-reinstate = Reinstate account
admin-time = Time
admin-event = Event
admin-account = Account
admin-by = By
admin-detail = Detail
admin-keep-own-role = You cannot remove your own administrator role.
admin-not-self = You cannot suspend your own account.
security-event-sign-in = Signed in
security-event-sign-in-failed = Failed sign-in
security-event-sign-out = Signed out
security-event-sign-out-everywhere = Signed out everywhere
security-event-password-changed = Password changed
security-event-email-changed = Email changed
security-event-second-factor-enabled = Two-step sign-in turned on
security-event-second-factor-disabled = Two-step sign-in turned off
security-event-roles-changed = Roles changed
security-event-suspended = Account suspended
security-event-reinstated = Account reinstated
security-event-invitation-sent = Invitation sent
security-event-invitation-revoked = Invitation cancelled
security-event-invitation-accepted = Invitation accepted
security-event-account-viewed = Account viewed by staff
security-event-accounts-listed = Account list viewed by staff
admin-filter-label = Filter the list
admin-filter-person = Account id (about or by)
admin-filter-from = From day
admin-filter-to = To day
admin-accounts-found = { $count ->
    [one] One account
   *[other] { $count } accounts
}
admin-events-found = { $count ->
    [one] One event
   *[other] { $count } events
}
field-date-invalid = Write the day as YYYY-MM-DD.
