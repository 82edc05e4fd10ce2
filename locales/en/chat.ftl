chat-error-bad-frame = The message could not be read. Please reload the page.
chat-error-version = This page is out of date. Please reload it.
chat-error-too-long = A message can be 1 to 4000 characters long.
chat-error-slow-down = You are writing very fast. Please wait a moment before sending more.
