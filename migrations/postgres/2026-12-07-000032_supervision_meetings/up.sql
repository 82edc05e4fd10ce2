-- Supervision meetings: a supervisor's circle of facilitators (a private group of groups',
-- with its sessions and room), private notes per facilitator, and the notices of the rule
-- that a facilitator without supervision for months loses moderation rights.
CREATE TABLE supervision_circles (
    circle_id TEXT PRIMARY KEY NOT NULL,
    supervisor_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX supervision_circles_supervisor ON supervision_circles (supervisor_id);
CREATE TABLE supervision_notes (
    id TEXT PRIMARY KEY NOT NULL,
    facilitator_id TEXT NOT NULL REFERENCES users (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    -- Shown to the facilitator too; otherwise only supervisors read it.
    shared BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX supervision_notes_facilitator ON supervision_notes (facilitator_id, created_at);
-- One row per notice sent: a warning 30 days before the lapse and the lapse itself, for the
-- lapse date they were computed for; the primary key makes each one go out once on any node.
CREATE TABLE supervision_lapse_notices (
    user_id TEXT NOT NULL REFERENCES users (id),
    lapses_at TIMESTAMP NOT NULL,
    kind TEXT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, lapses_at, kind)
);
