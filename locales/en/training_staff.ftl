## Training's staff pages: course authoring, cohorts, applications, the review queue, home cards

tstaff-nav-label = Training pages
tstaff-overview = Overview
tstaff-courses = Courses
tstaff-courses-count = { $count ->
    [one] One course
   *[other] { $count } courses
}
tstaff-open-courses = Write and publish courses
tstaff-open-applications = Open the applications
tstaff-open-reviews = Open the review queue
tstaff-applications-waiting = { $count ->
    [0] No applications are waiting.
    [one] One application is waiting for a decision.
   *[other] { $count } applications are waiting for a decision.
}
tstaff-applications-late = An application has waited for more than two weeks.
tstaff-reviews-waiting = { $count ->
    [0] No tasks are waiting for review.
    [one] One task is waiting for review.
   *[other] { $count } tasks are waiting for review.
}
tstaff-reviews-late = A task has waited for more than a week.
tstaff-your-cohorts = Your cohorts
tstaff-candidates-count = { $count ->
    [one] one candidate
   *[other] { $count } candidates
}
tstaff-course-title = Course title
tstaff-course-new = New course
tstaff-course-create = Create course
tstaff-course-created = The course was created. Add its first module.
tstaff-expiry-days = Certificate valid for (days)
tstaff-expiry-days-hint = From 30 to 3650 days; 730 is two years.
tstaff-days = { $count ->
    [one] one day
   *[other] { $count } days
}
tstaff-version-n = version { $version }
tstaff-status = Status
tstaff-status-draft = { $count ->
    [0] Draft, no modules yet
    [one] Draft with one module, not published
   *[other] Draft with { $count } modules, not published
}
tstaff-status-published = Version { $version } published; the draft has no changes
tstaff-status-changed = Version { $version } published; the draft has changes not yet published
tstaff-versioning-help = You always edit the draft. Publishing makes the draft the next version; cohorts keep the version they started with.
tstaff-draft-modules = Modules of the draft, in order
tstaff-no-modules = This course has no modules yet.
tstaff-questions-count = { $count ->
    [one] one quiz question
   *[other] { $count } quiz questions
}
tstaff-module-add = Add a module
tstaff-module-added = The module was added to the draft.
tstaff-publish = Publish
tstaff-publish-first = Publishing makes the draft version 1, which cohorts can then follow.
tstaff-publish-next = Publishing makes the draft version { $version }. Cohorts that have started keep their version.
tstaff-published = Version { $version } was published.
tstaff-rule = How is the module completed?
tstaff-rule-read = By reading it
tstaff-rule-quiz = By passing its quiz
tstaff-rule-task = By a task the trainer accepts
tstaff-rule-live = By attending a live session
tstaff-refresher = Refresher module (renews a certificate; not required for the first one)
tstaff-module-languages = Languages of this module
tstaff-module-languages-hint = Choose the languages you write the module in, then press “Show these languages”. What you have typed is kept.
tstaff-languages-update = Show these languages
tstaff-module-title = Title
tstaff-module-body = Text (Markdown)
tstaff-task-prompt = Task for the candidate (if the module has a task)
tstaff-markdown-hint = Markdown: # heading, **bold**, *italic*, - list, [link](https://…). HTML and images are not shown.
tstaff-preview = Preview
tstaff-preview-of = Preview: { $language }
tstaff-quiz-hint = Leave the questions empty if the module has no quiz. Empty answer rows are left out.
tstaff-pass-mark = Pass mark (% of questions right)
tstaff-attempts = Attempts allowed (1–10)
tstaff-question-n = Question { $number }
tstaff-question-text = Question ({ $language })
tstaff-question-multiple = Several answers may be right (checkboxes)
tstaff-answer-n = Answer { $number }
tstaff-answer-text = Answer ({ $language })
tstaff-answer-feedback = Feedback when chosen ({ $language })
tstaff-answer-correct = This answer is right
tstaff-question-add = Add a question
tstaff-module-save = Save module
tstaff-cohort-new = Open a cohort
tstaff-cohort-course = Course (published version)
tstaff-cohort-name = Cohort name
tstaff-deadline-days = Days until the deadline
tstaff-deadline-days-hint = From 1 to 730 days from today.
tstaff-cohort-create = Open cohort
tstaff-cohort-created = The cohort was opened. Accept applicants into it from the applications.
tstaff-no-published-courses = No course has been published yet. A trainer publishes a course first.
tstaff-candidates = Candidates
tstaff-no-candidates = No candidates in this cohort yet.
tstaff-completion = Completion
tstaff-go-to-candidate = Go to the candidate's form
tstaff-saved = Saved.
tstaff-practice-none = not scored yet
tstaff-extend-days = Extend the deadline by (days)
tstaff-extend = Extend
tstaff-practice-score = Supervised practice
tstaff-practice-comments = Comments on the practice
tstaff-practice-save = Save the practice score
tstaff-quiz-exhausted = Every attempt at the quiz “{ $module }” has been used.
tstaff-reset = Give a new round of attempts
tstaff-attended = Attended the live session “{ $module }”
tstaff-sign-off = Sign off and issue the certificate
tstaff-sign-off-hint = Signing off needs every required module done and the practice passed.
tstaff-filter-label = Filter applications
tstaff-filter = Show
tstaff-applications-found = { $count ->
    [0] No applications found
    [one] One application
   *[other] { $count } applications
}
tstaff-application-pending = Waiting for a decision
tstaff-application-accepted = Accepted
tstaff-application-declined = Declined
tstaff-accept = Accept
tstaff-decline-reason = Reason for declining (sent to the applicant)
tstaff-decline = Decline
tstaff-decided = The decision was saved and the applicant was mailed.
tstaff-submitted = Submitted { $when }
tstaff-feedback-hint = Feedback is needed when you ask for a revision.
tstaff-reviewed = The review was saved and the candidate was mailed.
