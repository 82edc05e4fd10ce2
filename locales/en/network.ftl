## Partner networks of an area and their meetings

network-list-title = Partner networks
network-list-intro = The partner network of a wellbeing services county or a municipality: municipal partners, facilitators, staff and, when invited, families' representatives meet to learn who does what and to agree on actions.
network-search-label = Search networks
network-search = Words in the name
network-search-submit = Search
network-found = { $count ->
    [0] No networks
    [one] One network
   *[other] { $count } networks
}
network-none = No networks yet.
network-participant-count = { $count ->
    [one] one participant
   *[other] { $count } participants
}
network-next-meeting = Next meeting
network-new = New network
network-name = Name of the network
network-area = Area
network-area-choose = Choose the area
network-area-counties = Wellbeing services counties
network-area-municipalities = Municipalities
network-area-unknown = Choose a wellbeing services county or a municipality from the list.
network-create = Create the network
network-organiser = Organiser
network-participants = Participants
network-who-does-what = Who does what
network-participant = Participant
network-takes-part-as = Takes part as
network-works-as = What they do
network-works-as-hint = For example "family counsellor at the child health clinic". Not shown for family representatives.
network-organisation = Organisation and services
network-participants-none = Nobody has been invited yet.
network-remove = Remove
network-kind-partner = Municipal partner
network-kind-facilitator = Facilitator
network-kind-staff = Silta staff
network-kind-family = Family representative
network-invite = Invite a participant
network-invite-email = Email address of their Silta account
network-invite-submit = Invite
network-participant-unknown = There is no Silta account with this address that can take part in this way.
network-meetings = Meetings
network-meetings-none = No meetings scheduled yet.
network-open-action-count = { $count ->
    [one] one open action
   *[other] { $count } open actions
}
network-meeting-schedule = Schedule a meeting
network-meeting-date = Date
network-meeting-time-hint = Helsinki time.
network-meeting-time-invalid = Give a date, a start time and a length of 15 to 480 minutes.
network-meeting-title = Meeting
network-agenda = Agenda
network-agenda-none = No agenda yet.
network-agenda-edit = Edit the agenda
network-agenda-hint = One item per line.
network-agenda-save = Save the agenda
network-agenda-too-many = An agenda can have at most { $max } items.
network-notes = Notes
network-notes-none = No notes yet.
network-notes-edit = Write the notes
network-notes-save = Save the notes
network-notes-closed = The notes can no longer be changed: the meeting was more than two weeks ago.
network-follow-ups = Actions followed up from earlier meetings
network-follow-ups-none = No open actions from earlier meetings.
network-actions = Actions agreed at this meeting
network-actions-none = No actions agreed yet.
network-action-new = Record an action
network-action-text = What will be done
network-action-owner = Who does it
network-action-owner-choose = Choose a participant
network-action-owner-required = Every action needs an owner: choose who does it.
network-action-owner-not-participant = The owner must be a participant of the network.
network-action-due-on = Due date (optional)
network-action-add = Record the action
network-action-due = due
network-action-overdue = Overdue
network-action-agreed-on = agreed at the meeting of
network-action-status = Status
network-status-open = Open
network-status-done = Done
network-status-dropped = Dropped
network-home-title = Partner network
network-home-actions = Your open actions
mail-network-invited-subject = You are invited to a partner network
mail-network-invited-intro = You have been invited to take part in the partner network "{ $name }" in Silta. Its meetings, agendas and agreed actions are on the network's page.
mail-network-invited-button = Open the network
mail-network-invited-outro = If you think this is a mistake, answer the staff member who invited you.
privacy-kind-network-participation = Partner networks you take part in
privacy-purpose-of-network-participation = To invite you to the network's meetings and to tell the other participants who does what.
privacy-kind-network-actions = Actions you own in partner networks
privacy-purpose-of-network-actions = To follow up what was agreed at a network's meeting.
privacy-kind-network-notes = Notes you wrote of network meetings
privacy-purpose-of-network-notes = To keep a short record of what a network's meeting discussed and agreed.
privacy-field-network = Network
privacy-field-taking-part-as = Taking part as
privacy-field-works-as = What you do
privacy-field-due-on = Due date
privacy-field-agreed-at = Agreed
privacy-field-participation = Participation
privacy-field-actions = Actions
