# Reviewing reported messages, the moderation log and crisis contacts (staff and facilitators).

reports-title = Reported messages
reports-intro-staff = Messages people in the rooms have reported. Read each one in its context, do what is needed and write down what was done.
reports-intro-facilitator = Messages reported in your groups. Staff handle each report; you can see what was reported and talk about it in supervision. You are not told who reported.
reports-open =
    { $count ->
        [one] One open report
       *[other] { $count } open reports
    }
reports-none = Nothing waits for review.
reports-handled = Handled
report-filed-at = Reported
report-reporter = Reported by
report-reason = Reason
report-no-reason = No reason given
report-outcome = What was done
report-context = Messages around it
report-reported-message = Reported message
report-outcome-label = What was done (a short note)
report-mark-handled = Mark as handled
moderation-log-title = Moderation log
moderation-log-empty = Nothing has been moderated in this session.
moderation-action = Action
moderation-message-number = Message number
moderation-action-remove-message = Removed a message
moderation-action-mute = Muted a member
moderation-action-remove-member = Removed a member from the session
moderation-action-lock = Locked the room
moderation-action-unlock = Unlocked the room
moderation-action-slow-mode = Changed slow mode
moderation-action-start-session = Started the session
moderation-action-end-session = Ended the session
crisis-contacts-title = Crisis contacts
crisis-contacts-intro = These are shown in every chat room under "Need help now?", to people reading in that language. The emergency number 112 is always shown too.
crisis-contacts-none = No crisis contacts yet.
crisis-contact-language = Language
crisis-contact-name = Service
crisis-contact-phone = Phone number
crisis-contact-hours = Opening hours
crisis-contact-hours-hint = For example: every day 8–22, or around the clock
crisis-contact-delete = Remove
crisis-contact-add = Add a contact
security-event-reports-viewed = Chat reports viewed
reports-status-open = Waiting for review
