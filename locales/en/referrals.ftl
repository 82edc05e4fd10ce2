## Referrals: a family taken to a service with its consent, followed until it was helped.

referrals-title = Referrals
referrals-new = New referral
referrals-found = { $count ->
    [one] One referral
   *[other] { $count } referrals
}
referrals-none = No referrals match.
referrals-filter-label = Find referrals
referrals-filter-status = Status
referrals-filter-any = Any status
referrals-filter-words = Words in the texts
referrals-filter-overdue = Only those waiting too long
referrals-filter-submit = Find
referrals-overdue = No change for too long
referrals-family = Family
referrals-service = Service
referrals-worker = Referral worker
referrals-created = Prepared
referrals-sent = Sent
referrals-changed = Last change
referrals-open = Open the referral

## Statuses, reasons and outcomes
referral-status-draft = Draft
referral-status-sent = Sent
referral-status-received = Received by the service
referral-status-accepted = Accepted
referral-status-declined = Declined
referral-status-contacted = Family contacted
referral-status-help_started = Help started
referral-status-closed = Closed
referral-status-cancelled = Cancelled
referral-decline-not_eligible = Not eligible
referral-decline-no_capacity = No capacity
referral-decline-could_not_contact = Could not contact the family
referral-decline-other = Other reason
referral-outcome-got_help = Got help
referral-outcome-could_not_get_help = Could not get help
referral-outcome-no_longer_interested = No longer interested
referral-actor-worker = Referral worker
referral-actor-partner = The service (partner account)
referral-actor-service_link = The service (by its link)
referral-actor-family = The family
referral-actor-family_link = The family (by its link)
referral-actor-system = Silta

## The worker's form
referral-new-title = Prepare a referral
referral-new-intro = Nothing is sent before the family has agreed. The family sees exactly what would be sent, in its own language.
referral-field-family-email = Email of a family adult
referral-field-family-email-hint = The exact address the adult signs in with.
referral-field-family-given = The family of the help request or concern
referral-field-service-search = Find a service
referral-field-service-search-button = Search
referral-field-service = Service
referral-field-service-choose = Choose a service
referral-field-reason = Why the family is referred
referral-field-hopes = What the family hopes for
referral-field-summary = Summary in your own words
referral-field-summary-hint = Write only what the service needs. No diagnoses.
referral-create = Save the draft
referral-save = Save the changes
referral-saved = Saved.

## One referral, for its worker
referral-title = Referral
referral-texts = What the referral says
referral-edit = Change the draft
referral-history = History
referral-consent-state = Consent
referral-consent-none = The family has not agreed yet. The referral cannot be sent before it does.
referral-consent-valid = In force
referral-consent-withdrawn = Withdrawn
referral-consent-expired = Expired
referral-consent-channel-account = In the adult's own account
referral-consent-channel-phone = By phone, recorded by staff
referral-consent-given-by = Agreed by
referral-consent-recorded-by = Recorded by
referral-consent-given-at = Agreed on
referral-consent-expires-at = Valid until
referral-consent-withdrawn-at = Withdrawn on
referral-consent-text-version = Text shown
referral-consent-items = What it covers
referral-phone-title = Record a consent given by phone
referral-phone-adult = Family adult
referral-phone-show = Show the text to read out
referral-phone-read = Read this text to the adult in their language, then record their answer.
referral-phone-record = The adult agreed: record it
referral-phone-withdraw = The family withdrew its consent by phone
referral-send = Send to the service
referral-send-hint = The service gets only what the family agreed to.
referral-sent-notice = The referral was sent.
referral-cancel = Cancel the referral
referral-close = Close with an outcome
referral-close-outcome = Outcome
referral-change-note = Note for the history (not shown to the family)
referral-change-save = Save the status
referral-from-concern = Prepared from a concern in a session report.

## The family's pages
my-referrals-title = Your referrals
my-referrals-intro = Here you see the services Silta's staff are helping you reach, and where each referral stands.
my-referrals-none = You have no referrals.
my-referral-title = Referral to { $service }
my-referral-status = Where it stands
my-referral-consent-title = Do you agree?
my-referral-agree = I agree that this is sent
my-referral-agreed = Thank you. Your consent has been recorded.
my-referral-withdraw = Withdraw my consent
my-referral-withdraw-hint = Withdrawing cancels the referral if it is still open.
my-referral-withdrawn = Your consent was withdrawn.
my-referral-quiet = Don't contact me about changes
my-referral-quiet-hint = You can still see every change on this page.
my-referral-loud = Tell me about changes again
my-referral-quiet-on = You will not be told of changes.
my-referral-quiet-off = You will be told of changes.
my-referral-got-help = I got help
my-referral-got-help-hint = Tell us when the service has helped you: the referral is then closed.
my-referral-thanks = Thank you for telling us. The referral is closed.
my-referral-text-language = This text is in your language.
my-referral-your-consent = Your consent

## The service's pages
partner-referrals-title = Referrals to your organisation
partner-referrals-none = No referrals have been sent to your organisation.
partner-referral-title = Referral to { $service }
partner-referral-shared = What the family agreed to share
partner-referral-withdrawn = The family withdrew its consent. What it shared is no longer shown.
partner-referral-update = Update the status
partner-referral-new-status = New status
partner-referral-decline-reason = Reason for declining
partner-referral-outcome = Outcome
partner-referral-updated = The status was updated. The family is told.
partner-referral-final = This referral has ended; its status can no longer be changed.
referral-link-title = A referral from Silta
referral-link-intro = Silta has sent your service this referral with the family's consent. This link works for 14 days and only for this referral; every opening is recorded.
referral-link-invalid = This link has expired or is not valid. Ask Silta's referral workers for a new one.
referral-help-title = Did you get help?
referral-help-intro = Tell us if the service has helped you. The referral is then closed.
referral-help-done = Thank you. The referral is closed.

## Errors
referral-service-unknown = Choose a service from the directory.
referral-service-inactive = This service does not take referrals now.
referral-service-unreachable = This service has no partner accounts and no referral address.
referral-family-unknown = No family was found with this address.
referral-adult-unknown = Choose an adult of this family.
referral-not-draft = This referral has been sent already and can no longer be changed.
referral-consent-not-draft = Consent can only be given before the referral is sent.
referral-consent-given = The family has agreed already.
referral-consent-changed = The referral changed after the text was shown. Read it again.
referral-consent-missing = The family has not agreed, so the referral cannot be sent.
referral-consent-outdated = The referral changed after the family agreed. Ask the family to agree again.
referral-nothing-to-withdraw = There is no consent to withdraw.
referral-change-not-allowed = This change cannot be made now.
referral-changed-meanwhile = Someone changed the referral meanwhile. Reload the page.

## The consent text (referral-consent-1)
referral-consent-which = Silta's referral worker would like to send a referral to { $service } ({ $organisation }).
referral-consent-why = The service will use it to contact you and offer the help you hope for.
referral-consent-shared = This is exactly what will be sent, and nothing else:
referral-consent-kept = Your consent is valid for 12 months. Silta keeps the referral and your consent for 12 months after the referral ends. The service keeps what it received under its own rules on client records.
referral-consent-withdraw = You can withdraw your consent at any time on this page with one click. Withdrawing cancels the referral if it is still open.
referral-consent-purpose = A referral to { $service } ({ $organisation }), so that the service can contact the family and offer help.
referral-item-name = Name
referral-item-email = Email
referral-item-languages = The family's languages
referral-item-municipality = Municipality
referral-item-reason = Why you are referred
referral-item-hopes = What you hope for
referral-item-summary = Summary by the referral worker

## Home cards
referral-home-family = { $count ->
    [one] A referral waits for your answer
   *[other] { $count } referrals wait for your answer
}
referral-home-family-changes = Latest changes to your referrals
referral-home-worker = { $overdue ->
    [one] One referral has waited too long
   *[other] { $overdue } referrals have waited too long
}
referral-home-worker-waiting = { $waiting ->
    [one] One draft waits for the family's consent
   *[other] { $waiting } drafts wait for the family's consent
}
referral-home-partner = { $count ->
    [one] One new referral to your organisation
   *[other] { $count } new referrals to your organisation
}
referral-home-open-list = Open the list

## Mail
mail-referral-consented-subject = A family agreed to a referral
mail-referral-consented-intro = The family agreed to the referral you prepared. You can now send it.
mail-referral-consented-button = Open the referral
mail-referral-consented-outro = The mail carries no details of the family.
mail-referral-new-subject = A new referral to your organisation
mail-referral-new-intro = Silta has sent a referral to your organisation. Read it in your Silta inbox.
mail-referral-new-button = Open the referral
mail-referral-new-outro = The referral's details are only in Silta, never in mail.
mail-referral-link-subject = A referral from Silta
mail-referral-link-intro = Silta has sent your service a referral with the family's consent. The link below works for 14 days and only for this referral.
mail-referral-link-button = Read the referral
mail-referral-link-outro = The mail carries no personal data. Every opening of the link is recorded.
mail-referral-overdue-subject = A referral has waited too long
mail-referral-overdue-intro = A referral you prepared has had no change for { $days } days. Please check with the service.
mail-referral-overdue-button = Open the referral
mail-referral-overdue-outro = You are told once; a new change starts the count again.
mail-referral-changed-subject = Your referral has moved on
mail-referral-changed-intro = Your referral is now: { $status }.
mail-referral-changed-button = See your referral
mail-referral-changed-help = I got help
mail-referral-changed-outro = You can choose on the referral's page not to be told of changes.
referral-concern-handled = The concern has been handled already, or it cannot be found.
referral-concern-not-in-group = The family is not in the group whose session report raised the concern.
