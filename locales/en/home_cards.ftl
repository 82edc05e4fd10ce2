## The signed-in home page: each card says what to do next

home-welcome = Welcome, { $name }
home-nothing-waiting = Nothing is waiting for you right now.
home-next-session = Your next session
home-room-opens-later = The chat room opens { $minutes } minutes before the session starts.
home-no-sessions = None of your groups has a session coming up.
home-sessions-you-lead = Sessions you lead next
home-no-sessions-to-lead = You have no sessions coming up.
home-chat-reports-waiting = { $count ->
    [one] One reported message is waiting for review.
   *[other] { $count } reported messages are waiting for review.
}
home-chat-reports-open = Review reported messages
home-security-recent = Newest security events
home-security-open = Open the security log
home-escalated-count = { $count ->
    [one] One urgent concern was not acknowledged in time.
   *[other] { $count } urgent concerns were not acknowledged in time.
}
report-overdue = overdue
supervision-open-queue = Open the supervision queue
escalations-open = See who to call
home-groups-untrained = { $count ->
    [one] A group has no certified facilitator
   *[other] { $count } groups have no certified facilitator
}
home-groups-untrained-help = Only a facilitator with a valid certificate may moderate. Name a certified facilitator for these groups, or ask the facilitator to renew.
