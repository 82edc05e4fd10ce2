## The service directory: finding help, help requests, and the staff's pages

## Families
directory-fallback-fi = This service has no description in your language yet; here it is in Finnish.
directory-fallback-sv = This service has no description in your language yet; here it is in Swedish.
directory-fallback-en = This service has no description in your language yet; here it is in English.
directory-details-in-fi = The details below are in Finnish.
directory-details-in-sv = The details below are in Swedish.
directory-details-in-en = The details below are in English.
directory-category-child_health_clinic = Child health clinic
directory-category-family_counselling = Family counselling
directory-category-family_centre = Family centre
directory-category-family_social_work = Family social work
directory-category-home_help = Home help for families with children
directory-category-early_education = Early childhood education
directory-category-mental_health = Mental health
directory-category-integration = Integration services
directory-category-interpreters = Interpreters
directory-category-child_welfare = Child welfare
directory-status-active = Open
directory-status-temporarily_closed = Temporarily closed
directory-languages = Languages
directory-phone = Phone
directory-email = Email
directory-website = Website
directory-address = Address
directory-online = Online
directory-directions = Directions
directory-hours = Opening hours
directory-ages = Ages
directory-ages-range = { $min }–{ $max } years
directory-eligibility = Who it is for
directory-how-to-apply = How to apply
directory-last-checked = Last checked
directory-category = Category
help-find-title = Find help near me
help-find-intro = Services for families with children where you live. Choose a category or a language, or search by words.
help-find-filters = Search services
help-municipality = Municipality
help-anywhere = Anywhere in Finland
help-language = Language of the service
help-words = Words
help-find-submit = Search
help-found = { $count ->
    [0] No services found
    [one] One service
   *[other] { $count } services
}
help-none-found = Nothing matches. Try another category or language, or search anywhere in Finland.
help-not-sure = Not sure where to turn?
help-not-sure-text = Silta's staff can help you find the right service and get there.
help-ask-general = Ask Silta's staff for help
help-ask-general-text = Tell us briefly what you need. A referral worker will contact you.
help-back-to-results = Back to the search
help-asked-notice = Thank you. Silta's staff have your request and will contact you.
help-my-requests = My help requests
help-how-to-get-there = How to get there
help-no-address = No address given. Contact the service for where to go.
help-contact = How to contact
help-details = More about the service
help-ask-title = Ask Silta's staff to help me get there
help-ask-text = A referral worker will contact you. They see your name, your municipality and what you write here.
help-message = Message (optional)
help-message-hint = For example a good time to call, or that you need an interpreter. No health details are needed.
help-ask-submit = Send the request
help-requests-intro = What you have asked Silta's staff, and whether they have handled it.
help-service-gone = A service no longer listed
help-general-request = General request for help
help-sent-on = Sent
help-state-handled = Handled
help-state-open = Waiting for staff
help-no-requests = You have not sent any requests yet.
help-home-title = Need help from a service?
help-home-text = Find services for families near you, in your language where possible.
help-home-open = { $count ->
    [0] Your requests have all been handled
    [one] One request waiting for staff
   *[other] { $count } requests waiting for staff
}

## Staff: the pages where Silta's staff keep the directory
directory-staff-title = Service directory
directory-staff-nav = Directory pages
directory-services = Services
directory-service-new = Add a service
directory-service-edit = Edit the service
directory-organisations = Organisations
directory-categories = Categories
directory-filters = Search services
directory-status = Status
directory-status-inactive = No longer offered
directory-name = Name
directory-name-fi = Name in Finnish
directory-name-sv = Name in Swedish
directory-name-en = Name in English
directory-organisation = Organisation
directory-organisation-choose = Choose an organisation
directory-organisation-add = Add an organisation
directory-organisation-search = Organisation's name
directory-organisations-found = { $count ->
    [0] No organisations
    [one] One organisation
   *[other] { $count } organisations
}
directory-organisations-none = No organisations match.
directory-never-checked = Never
directory-summaries = Summaries in the families' languages
directory-summaries-count = { $count } of { $all }
directory-summaries-edit = Write the summaries in the families' languages
directory-back-to-service = Back to the service
directory-saved = Saved.
directory-checked-today = Checked today
directory-checked-hint = Records that you checked the whole entry today. The day can be changed in the form below.
directory-checked-notice = Marked as checked today.
directory-basics = Organisation and status
directory-texts-fi = In Finnish
directory-texts-sv = In Swedish
directory-texts-en = In English
directory-summary = Summary
directory-description = Description
directory-reaching = Ages and how to reach the service
directory-minimum-age = Youngest age served
directory-maximum-age = Oldest age served
directory-referral-email = Address for referrals
directory-referral-email-hint = Used only when nobody at the organisation has a partner account. Only a link is ever sent there, never a family's details.
directory-areas = Where the service is offered
directory-areas-hint = The whole country, wellbeing services counties or single municipalities. Hold Ctrl (or Cmd) to choose several.
directory-areas-required = Choose where the service is offered.
directory-area-country = The whole country
directory-area-counties = Wellbeing services counties
directory-area-municipalities = Municipalities
directory-locations = Locations
directory-rows-hint = Empty all fields of a row to remove it.
directory-location-n = Location { $n }
directory-location-name = Name of the place
directory-street = Street address
directory-postal-code = Postal code
directory-post-office = Post office
directory-location-municipality = Municipality
directory-none = None
directory-online-link = Web address (for a service online)
directory-directions-hint = Public transport, the entrance, accessibility.
directory-location-needs-place = Give a street address or a web address.
directory-contacts = Contacts
directory-contact-n = Contact { $n }
directory-contact-name = Name or desk
directory-contact-title = Title
directory-contact-note = Note
directory-contact-note-hint = For example when to call: Mon–Fri 9–11.
directory-contact-needs-way = Give a phone number or an email address.
directory-hours-n = Opening hours, row { $n }
directory-weekday = Day
directory-opens = Opens
directory-closes = Closes
directory-hours-where = Where
directory-hours-service = The service itself
directory-time-invalid = Write the time as HH:MM.
directory-closes-before-opens = The closing time must be after the opening time.
directory-ages-order = The oldest age cannot be below the youngest.
directory-url-invalid = Write a web address starting with https://.
directory-save = Save
summary-intro = Write a short summary in each family language: what the service is and who it is for. Saving a change clears its review. Empty the summary and save to remove it. Families see a summary once a staff member has written or reviewed it.
summary-in-ar = Arabic
summary-in-so = Somali
summary-in-ru = Russian
summary-in-uk = Ukrainian
summary-in-fa = Persian
summary-in-et = Estonian
summary-missing = No summary yet.
summary-written-by = Written by { $name }
summary-reviewed-by = Reviewed by { $name }
summary-not-reviewed = Not reviewed
summary-reviewed = reviewed
summary-field-name = Name of the service in this language (optional)
summary-field-summary = Summary
summary-save = Save the summary
summary-review = Mark as reviewed
summary-unreview = Take the review back
partner-accounts = Municipal partner accounts
partner-intro = Referrals to this organisation's services reach these accounts.
partner-none = No partner accounts linked.
partner-added = linked
partner-unlink = Unlink
partner-email = Partner account's email address
partner-email-hint = The account must already exist with the municipal partner role (invite them first).
partner-link = Link the account
partner-linked = The account was linked.
partner-unlinked = The account was unlinked. Link it again below if this was a mistake.
directory-partner-unknown = No municipal partner account has this address.
category-intro = The categories families can search by. The built-in ones are translated; the ones you add keep the name you give them. Archived categories stay on services but are no longer offered.
category-archived = Archived
category-archive = Archive
category-restore = Restore
category-rename = Rename
category-add = Add a category
category-label = Name
help-queue-title = Help requests
help-queue-intro = Families asking Silta's staff to help them reach a service. You see what the family wrote, its name and municipality.
help-queue-filters = Search help requests
help-queue-municipality = Family's municipality
help-queue-state = Show
help-queue-state-open = Waiting
help-queue-state-handled = Handled
help-queue-state-all = All
help-queue-found = { $count ->
    [0] No requests
    [one] One request
   *[other] { $count } requests
}
help-queue-empty = Nothing here.
help-queue-mark = Mark as handled
help-queue-reopen = Open again
help-queue-marked = Marked as handled.
help-queue-see-handled = See the handled requests (you can open one again there).
help-queue-reopened = The request is waiting again.
help-request-already-handled = Someone has already marked this request handled.
help-request-already-open = This request is already waiting.
help-home-queue = { $count ->
    [0] No help requests waiting
    [one] One help request waiting
   *[other] { $count } help requests waiting
}
help-home-queue-open = Open the help requests
