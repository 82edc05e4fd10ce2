## Session reports and supervision

session-reports-title = Session reports
session-reports-intro = After each session you led, tell your supervisor briefly how it went. Write only what is needed: no names of families, no diagnoses.
session-reports-due = { $count ->
    [0] No reports to write
    [one] One report to write
   *[other] { $count } reports to write
}
report-due-by = Please report by { $when }.
report-overdue-since = Overdue since { $when }.
session-reports-none-due = You have no reports to write.
session-reports-filed = Reports you have filed
session-reports-none-filed = You have not filed any reports yet.

report-form-title = Report on a session
report-present = Present
report-present-hint = How many of the group's { $members } members took part. Filled in from the attendance marks.
report-present-of = { $present } of { $members }
report-themes = Themes
report-went = How it went
report-went-hint = A few sentences about the session. Leave out names and anything that identifies a family.
report-concern = Concern
report-concern-none = No concern
report-concern-some = Some concern
report-concern-urgent = Urgent concern
report-concern-urgent-hint = Choose "urgent" if someone may be at risk: the supervisor on duty is told at once. In an emergency, call 112 first.
report-concern-note = What the supervisor needs to know
report-concern-note-hint = Only what is needed to help: what you saw or heard, not a diagnosis. Required when there is a concern.
report-concern-note-required = Tell the supervisor briefly what worries you.
report-submit = File the report
report-filed-notice = Thank you. Your report has been filed.
report-title = Session report
report-group = Group
report-facilitator = Facilitator
report-filed-on = Filed
report-comments = Comments from your supervisor
report-no-comments = No comments yet.
report-comment-label = Write to the facilitator
report-comment-send = Send the comment
report-not-led = You can only report on sessions of groups you lead.
report-session-not-started = This session has not started yet.
report-already-filed = This session already has a report.

concern-state-received = Received
concern-state-acknowledged = Received by a supervisor
concern-state-handled = Handled
concern-decide = Respond to the concern
concern-acknowledge = Acknowledge
concern-outcome = Outcome
concern-outcome-hint = What was done. The facilitator sees only that the concern was handled.
concern-mark-handled = Mark as handled
concern-already-decided = Someone has already done this.

supervision-title = Supervision
supervision-urgent = { $count ->
    [0] No urgent concerns
    [one] One urgent concern waiting
   *[other] { $count } urgent concerns waiting
}
supervision-none-urgent = Nothing urgent is waiting.
supervision-concerns = { $count ->
    [0] No open concerns
    [one] One open concern
   *[other] { $count } open concerns
}
supervision-overdue = { $count ->
    [0] No overdue reports
    [one] One overdue report
   *[other] { $count } overdue reports
}
supervision-recent = Newest reports
supervision-none = None.
supervision-facilitators-title = Facilitators and supervisors
supervision-facilitators-intro = Each facilitator has a supervisor who reads their reports. A facilitator without one is followed by every supervisor.
supervision-supervisor = Supervisor
supervision-supervisor-of = Supervisor of { $name }
supervision-every-supervisor = Every supervisor
supervision-no-facilitators = There are no facilitators yet.
supervision-not-a-supervisor = Choose a person who is a supervisor.

report-themes-title = Report themes
report-themes-intro = The themes facilitators can choose in their reports. An archived theme stays on old reports.
report-theme-archived = archived
report-theme-archive = Archive
report-theme-restore = Restore
report-theme-add = Add a theme
report-theme-label = Theme
report-theme-two-cultures = Living between two cultures
report-theme-bilingual-children = Bilingual children
report-theme-sleep = Sleep and daily rhythm
report-theme-daycare-school = Early education and school
report-theme-couple = The couple's relationship
report-theme-loneliness = Loneliness
report-theme-services = Finding services
report-theme-wellbeing = Parents' wellbeing

escalations-title = Unanswered concerns
escalations-intro = Urgent concerns that no supervisor acknowledged in time. Please reach the supervisor, or another one, by phone.
escalations-none = Every urgent concern has been acknowledged.
escalation-raised = Reported

security-event-session-report-viewed = Session report read

mail-concern-urgent-subject = Urgent concern from a session
mail-concern-urgent-intro = A facilitator reported an urgent concern after a session. Please read it and acknowledge it as soon as you can.
mail-concern-urgent-button = Read the report
mail-concern-urgent-outro = If nobody acknowledges it in time, the coordinators are told.
mail-concern-escalated-subject = An urgent concern is still unanswered
mail-concern-escalated-intro = No supervisor has acknowledged an urgent concern within { $minutes } minutes. Please make sure someone responds.
mail-concern-escalated-button = See unanswered concerns
mail-concern-escalated-outro = The report itself is only visible to supervisors.
mail-report-reminder-subject = Your session report is waiting
mail-report-reminder-intro = Please write a short report on the session of { $name }. It is due within 48 hours of the session's end.
mail-report-reminder-button = Write the report
mail-report-reminder-outro = Thank you for leading the group.
mail-report-comment-subject = Your supervisor commented on your report
mail-report-comment-intro = { $name } wrote to you about your session report.
mail-report-comment-button = Read the comment
mail-report-comment-outro = Only you and your supervisors can read it.
security-event-supervision-notes-viewed = Supervision notes read
supervision-circles-title = Supervision circles
supervision-circles-intro = A circle is a group of facilitators you supervise. Its meetings happen in a private room that only the circle sees; attendance is recorded when people are in the room, and you can correct it afterwards.
supervision-circles-none = No circles yet.
supervision-circles-none-mine = You are not in a supervision circle yet. Your supervisor will add you.
supervision-circle-members = { $count ->
    [one] { $count } facilitator
   *[other] { $count } facilitators
}
supervision-circle-meetings = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}
supervision-circle-new = New circle
supervision-circle-name = Name of the circle
supervision-circle-facilitators = Facilitators
supervision-circle-create = Create the circle
supervision-circle-facilitators-invalid = Choose at least one facilitator you supervise.
supervision-meetings = Meetings
supervision-meetings-none = No meetings scheduled.
supervision-meeting-schedule = Schedule meetings
supervision-meeting-weeks-hint = 1 for a single meeting; more for a weekly meeting at the same time.
supervision-meeting-time-invalid = Give the date (YYYY-MM-DD) and start time (HH:MM) of the first meeting.
supervision-meeting-attended = Who attended
supervision-meeting-you-attended = You attended.
supervision-meeting-you-missed = You were not marked present.
supervision-notes-title = Supervision notes
supervision-notes-intro = Notes are visible only to the facilitator's supervisors, unless you share a note with the facilitator. Write only what supervision needs: no diagnoses, no families' personal details.
supervision-notes-none = No notes.
supervision-notes-shared-title = Notes your supervisor shared with you
supervision-note = Note
supervision-note-share = Share this note with the facilitator
supervision-note-shared = Shared
supervision-note-add = Save the note
supervision-mine-title = My supervision
supervision-mine-last = You last attended supervision on { $when }.
supervision-mine-never = You have not attended supervision yet.
supervision-mine-until = Attend a supervision meeting before { $when } to keep your moderation rights.
supervision-mine-warning = Your moderation rights lapse on { $when } unless you attend a supervision meeting before then.
supervision-mine-lapsed = You have not attended supervision for too long, so you cannot lead or moderate groups for now. Attend your circle's next meeting to get your rights back; nothing has been deleted.
mail-supervision-lapse-warning-subject = Time for supervision
mail-supervision-lapse-warning-intro = Hello { $name }, you have not attended a supervision meeting for a while. Your moderation rights lapse on { $detail } unless you attend one before then.
mail-supervision-lapse-warning-button = See your supervision meetings
mail-supervision-lapse-warning-outro = Supervision is there so that no facilitator is left alone with what they hear in the groups.
mail-supervision-lapsed-subject = Your moderation rights have lapsed
mail-supervision-lapsed-intro = Hello { $name }, you have not attended supervision for too long, so you cannot lead or moderate groups for now.
mail-supervision-lapsed-button = See your supervision meetings
mail-supervision-lapsed-outro = Nothing has been deleted. Attend a supervision meeting to get your rights back.
mail-supervision-lapsed-coordinator-subject = A facilitator's moderation rights have lapsed
mail-supervision-lapsed-coordinator-intro = { $name } has not attended supervision for too long and cannot lead or moderate groups for now. Their groups: { $detail }
mail-supervision-lapsed-coordinator-button = Open supervision
mail-supervision-lapsed-coordinator-outro = The rights come back when they attend a supervision meeting.
supervision-next-meeting = Next supervision meeting
supervision-mine-open = Open my supervision
