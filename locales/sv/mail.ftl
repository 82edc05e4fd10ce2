mail-footer = Du får det här meddelandet på grund av ditt Silta-konto. Svara inte på det här meddelandet.
mail-test-subject = Testmeddelande från Silta
mail-test-body = Det här är ett testmeddelande från Silta. Om du kan läsa det fungerar e-postutskicket.
