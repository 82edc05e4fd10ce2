error-bad-request = Something in the request was not right
error-bad-request-detail = Please check what you entered and try again.
error-unauthorized = Please sign in
error-unauthorized-detail = You need to sign in to see this page.
error-forbidden = No access
error-forbidden-detail = You do not have permission to see this.
error-not-found = Page not found
error-not-found-detail = We could not find what you were looking for. The address may be wrong or the page may have moved.
error-method-not-allowed = Not possible here
error-method-not-allowed-detail = This address does not accept that kind of request.
error-conflict = Already changed
error-conflict-detail = Someone changed this at the same time. Please reload the page and try again.
error-payload-too-large = Too much data
error-payload-too-large-detail = What you sent is too large. Please shorten it and try again.
error-unsupported-media-type = Unsupported format
error-unsupported-media-type-detail = This address does not accept data in that format.
error-too-many-requests = Too many attempts
error-too-many-requests-detail = Please wait a moment and try again.
error-unavailable = Silta is not available right now
error-unavailable-detail = Please try again in a moment.
error-internal = Something went wrong
error-internal-detail = An error happened on our side. Nothing you did caused it. Please try again later.
error-try-again-in =
    { $minutes ->
        [one] Please try again in { $minutes } minute.
       *[other] Please try again in { $minutes } minutes.
    }
error-invalid-input = Please correct the marked fields.
error-invalid-json = The request body is not valid JSON for this address.
error-invalid-form = The form could not be read. Please try again.
error-invalid-query = The address contains a value we do not understand.
error-reference = Error reference: { $reference }
error-back-home = Back to the home page
error-token-invalid = Your sign-in has expired or is not valid. Please sign in again.
error-csrf = The form had expired. Please go back, reload the page and try again.
link-expired-title = This link no longer works
link-expired = The link has already been used or has expired. You can ask for a new one.
field-choice-unknown = Choose one of the offered values.
field-required = This is missing.
field-wrong-type = This value has the wrong type (for example text where a number belongs).
field-invalid-value = This value is not valid.
