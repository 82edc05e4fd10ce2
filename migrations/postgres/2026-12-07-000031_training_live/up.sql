-- Live training sessions: a session of the cohort's circle (a private group with the trainer
-- leading and the candidates as members) that completes a "live" module for who attended.
CREATE TABLE training_circles (
    cohort_id TEXT PRIMARY KEY NOT NULL REFERENCES training_cohorts (id),
    circle_id TEXT NOT NULL UNIQUE
);
CREATE TABLE training_live_sessions (
    session_id TEXT PRIMARY KEY NOT NULL,
    cohort_id TEXT NOT NULL REFERENCES training_cohorts (id),
    module_id TEXT NOT NULL REFERENCES training_modules (id),
    ends_at TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    -- When attendance was read from the room into completions; NULL until the session ended.
    recorded_at TIMESTAMP
);
CREATE INDEX training_live_sessions_cohort ON training_live_sessions (cohort_id, module_id);
CREATE INDEX training_live_sessions_due ON training_live_sessions (ends_at) WHERE recorded_at IS NULL;
