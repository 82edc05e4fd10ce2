-- Facilitator training and certification (issue 16). Courses are versioned: publishing copies
-- the draft modules (version 0) to the next version, and a cohort keeps the version it began
-- with, so editing a course never changes what a candidate completed.
CREATE TABLE training_applications (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    languages TEXT NOT NULL,
    municipality TEXT NOT NULL,
    motivation TEXT NOT NULL,
    availability TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    cohort_id TEXT,
    created_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP
);
CREATE INDEX training_applications_status ON training_applications (status, created_at);
CREATE TABLE training_courses (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    expiry_days INTEGER NOT NULL,
    current_version INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE training_modules (
    id TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES training_courses (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    position INTEGER NOT NULL,
    rule TEXT NOT NULL,
    refresher BOOLEAN NOT NULL DEFAULT FALSE,
    quiz TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX training_modules_course ON training_modules (course_id, version, position);
CREATE TABLE training_module_texts (
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    task_prompt TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (module_id, language)
);
CREATE TABLE training_cohorts (
    id TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES training_courses (id),
    course_version INTEGER NOT NULL,
    name TEXT NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    deadline TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE training_enrolments (
    cohort_id TEXT NOT NULL REFERENCES training_cohorts (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    extended_days INTEGER NOT NULL DEFAULT 0,
    practice TEXT,
    practice_comments TEXT NOT NULL DEFAULT '',
    signed_off_by TEXT,
    signed_off_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX training_enrolments_user ON training_enrolments (user_id);
CREATE TABLE training_completions (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    completed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, module_id)
);
-- One row per attempt; the primary key makes two submissions at once count as one attempt.
CREATE TABLE training_attempts (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    attempt_no INTEGER NOT NULL,
    score INTEGER NOT NULL,
    passed BOOLEAN NOT NULL,
    cleared BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, module_id, attempt_no)
);
CREATE TABLE training_tasks (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    module_id TEXT NOT NULL REFERENCES training_modules (id) ON DELETE CASCADE,
    answer TEXT NOT NULL,
    status TEXT NOT NULL,
    feedback TEXT NOT NULL DEFAULT '',
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, module_id)
);
CREATE INDEX training_tasks_status ON training_tasks (status, updated_at);
CREATE TABLE training_certificates (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id TEXT REFERENCES training_courses (id),
    kind TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    issued_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    lapsed_at TIMESTAMP,
    replaced_by TEXT
);
CREATE INDEX training_certificates_user ON training_certificates (user_id, expires_at);
CREATE INDEX training_certificates_expiry ON training_certificates (lapsed_at, expires_at);
-- Each expiry reminder once, across nodes: the primary key is the sent-marker.
CREATE TABLE training_reminders_sent (
    certificate_id TEXT NOT NULL REFERENCES training_certificates (id) ON DELETE CASCADE,
    days_before INTEGER NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    PRIMARY KEY (certificate_id, days_before)
);
-- Facilitators who led groups before training was recorded keep working: a "recognised prior
-- training" certificate, valid for 12 months, visible to staff.
INSERT INTO training_certificates (id, user_id, course_id, kind, code, issued_at, expires_at)
SELECT md5(random()::text || clock_timestamp()::text || user_id), user_id, NULL, 'prior',
       md5(user_id || random()::text || clock_timestamp()::text),
       (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC') + INTERVAL '12 months'
FROM user_roles WHERE role = 'facilitator';
