## Privacy: who has seen a family's data, what Silta keeps, why and for how long.

privacy-title = Your data and privacy
privacy-intro = Silta keeps only what it needs to run the groups and to help you reach services. Here you see who has read your family's data and what is kept, why and for how long.
privacy-seen-title = Who has seen your family's data
privacy-seen-intro = Every time Silta's staff, a facilitator, a municipal partner or a service reads your family's personal data, it is written here: who, in which role, when, what and why. Nobody can change or remove these lines; they are kept for two years.
privacy-seen-count = { $count ->
    [0] Nobody has read your family's data yet.
    [one] One reading
   *[other] { $count } readings
}
privacy-seen-when = When
privacy-seen-who = Who
privacy-seen-what = What
privacy-seen-why = Why
privacy-seen-no-family = This list is kept for families. Your account does not belong to a family.
privacy-kept-title = What Silta keeps and why
privacy-kept-intro = Each part of Silta declares the personal data it keeps, the purpose and how long it is kept.
privacy-reader-service-link = A service, through the referral's link

## What was read, and why
privacy-item-referral = A referral
privacy-item-consent = A consent
privacy-item-group_membership = Group membership
privacy-item-child_protection_notice = A record of a child welfare notification
privacy-purpose-referral_follow_up = Following a referral until you have been helped
privacy-purpose-concern_referral = Preparing a referral after a facilitator's concern
privacy-purpose-child_protection_record = Keeping the record of a child welfare notification

## Data retention (staff)
privacy-retention-title = Data retention
privacy-retention-intro = Every kind of personal data Silta keeps, as each feature declares it: why it is kept, on which lawful basis, and for how long. What has outlived its period is removed by a job in small batches.
privacy-retention-kind = Data
privacy-retention-purpose = Purpose
privacy-retention-basis = Lawful basis
privacy-retention-period = Kept
privacy-retention-tables = Tables
privacy-retention-account = As long as the account exists.
privacy-retention-days = { $days } days after it was written.
privacy-retention-after-closing = { $days } days after the matter was closed.
privacy-retention-setting = As the setting { $setting } says ({ $days } days unless set).
privacy-basis-consent = Consent
privacy-basis-contract = Providing the service asked for
privacy-basis-legal-obligation = A legal obligation
privacy-basis-vital-interests = Someone's vital interests
privacy-basis-legitimate-interests = Legitimate interests

## Kinds of data
privacy-kind-access-log = Who has read a family's data
privacy-purpose-of-access-log = So that a family can see who has read its data, and staff can answer for every reading.

## Readings logged by the features
privacy-item-account = Account details (name, email address and roles)
privacy-item-account_security = An account with its sign-ins and security events
privacy-item-session_attendance = Who said they would come to a group session, and who came
privacy-item-help_request = A request for help reaching a service
privacy-item-chat_report = A reported chat message and the messages around it
privacy-item-training_application = An application to become a peer facilitator
privacy-purpose-account_administration = Looking after accounts: roles, access and security
privacy-purpose-group_leading = Running a group: who is in it and who is waiting for a place
privacy-purpose-group_attendance = Keeping track of who takes part in the group's sessions
privacy-purpose-help_request_handling = Helping you reach the service you asked about
privacy-purpose-chat_moderation = Reviewing reported messages to keep the group chat safe
privacy-purpose-facilitator_selection = Deciding on an application to become a peer facilitator
