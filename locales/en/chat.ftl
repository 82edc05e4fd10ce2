chat-error-bad-frame = The message could not be read. Please reload the page.
chat-error-version = This page is out of date. Please reload it.
chat-error-too-long = A message can be 1 to 4000 characters long.
chat-error-slow-down = You are writing very fast. Please wait a moment before sending more.
chat-title = Group session
chat-status-connecting = Connecting…
chat-status-connected = Connected
chat-status-reconnecting = Connection lost. Reconnecting… Your messages are kept and sent when the connection returns.
chat-status-offline = You are offline. Your messages are kept and sent when you are back online.
chat-status-signed-out = You have been signed out. Please sign in again to continue.
chat-sending = sending…
chat-you = You
chat-messages-label = Messages
chat-input-label = Your message
chat-send = Send
chat-help-heading = Need help now?
chat-help-emergency = In an emergency, call 112. You can also talk to the facilitator of your group.
chat-open-room = Open the session room
chat-error-too-many-connections = You have the chat open in too many windows. Close some and try again.
chat-retention-invalid = Choose a retention period of 1 to 3650 days.
chat-error-not-moderator = Only the facilitator can do this.
chat-error-no-message = That message is no longer there.
chat-removed-note = This message was removed by the facilitator.
chat-erased-note = This message was removed at its writer's request.
chat-remove-button = Remove
chat-error-locked = The facilitator has locked the room for a moment. Only facilitators can write now.
chat-error-muted = The facilitator has paused your writing for a while.
chat-error-slow-mode = Slow mode is on: please wait a little between messages.
chat-report-outcome-missing = Write what was done about the report.
crisis-contact-name-invalid = Give the service a name of at most 100 characters.
crisis-contact-phone-invalid = Give a phone number with digits, spaces and + only.
crisis-contact-hours-invalid = Opening hours can be at most 100 characters long.
chat-error-not-started = The facilitator has not started the session yet. You can read along; writing opens when it starts.
chat-error-ended = This session has ended. You can still read the conversation.
chat-error-unattended = No facilitator is in the room right now, so it is read-only until one returns.
chat-room-not-open-yet = The room is not open yet. It opens shortly before the session starts.
chat-room-over = This session is over and its room is closed.
chat-room-opens-at = The room opens at { $time }. Come back then: this page does not need to stay open.
chat-room-closed-note = This session is over. Thank you for taking part!
chat-people-heading = In the room
chat-facilitator-badge = facilitator
chat-visiting-expert-badge = visiting expert
chat-state-not-started = The session has not started yet. Writing opens when the facilitator starts it.
chat-state-ended = The session has ended. You can still read the conversation.
chat-state-unattended = No facilitator is in the room right now, so it is read-only until one returns.
chat-state-locked = The facilitator has locked the room for a moment: only facilitators write now.
chat-state-slow-mode = Slow mode is on: one message every { $seconds } seconds.
chat-tools-heading = Facilitator tools
chat-start-session = Start the session
chat-end-session = End the session
chat-lock = Lock the room
chat-unlock = Unlock the room
chat-slow-mode-label = Slow mode
chat-slow-mode-off = Off
chat-slow-mode-option =
    { $seconds ->
        [one] One message a second
       *[other] One message every { $seconds } seconds
    }
chat-apply = Apply
chat-report-button = Report
chat-report-title = Report this message
chat-report-hint = The facilitators and staff will see the message and a few around it. The writer is not told who reported it.
chat-reported-notice = Thank you. Your report was sent to the facilitators and staff.
chat-remove-title = Remove this message for everyone
chat-reason-label = Reason (optional, seen only by facilitators and staff)
chat-mute-button = Mute
chat-mute-title = Pause this person's writing
chat-mute-minutes-label = For how long
chat-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
chat-remove-member-button = Remove from session
chat-remove-member-title = Remove this person from the session
chat-confirm = Confirm
chat-cancel = Cancel
chat-you-are-muted = The facilitator has paused your writing until { $time }.
chat-member-muted = { $name } cannot write until { $time }.
chat-you-were-removed = The facilitator has removed you from this session.
chat-message-actions = Actions for this message
