mail-footer = You are receiving this message because of your Silta account. Please do not reply to this message.
mail-test-subject = Silta test message
mail-test-body = This is a test message from Silta. If you can read it, mail delivery works.
