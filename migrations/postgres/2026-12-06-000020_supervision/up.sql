-- Who supervises whom: each facilitator has at most one supervisor.
CREATE TABLE supervision_assignments (
    facilitator_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    supervisor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    assigned_by TEXT NOT NULL,
    assigned_at TIMESTAMP NOT NULL
);
CREATE INDEX supervision_assignments_supervisor ON supervision_assignments (supervisor_id);

-- Themes a session report can name, a list staff keep: the built-in ones by key (translated
-- in every locale), the ones staff add by the label they wrote.
CREATE TABLE report_themes (
    id TEXT PRIMARY KEY NOT NULL,
    theme_key TEXT UNIQUE,
    label TEXT,
    position INTEGER NOT NULL,
    archived_at TIMESTAMP
);
INSERT INTO report_themes (id, theme_key, position) VALUES
    ('theme-two-cultures', 'two-cultures', 1),
    ('theme-bilingual-children', 'bilingual-children', 2),
    ('theme-sleep', 'sleep', 3),
    ('theme-daycare-school', 'daycare-school', 4),
    ('theme-couple', 'couple', 5),
    ('theme-loneliness', 'loneliness', 6),
    ('theme-services', 'services', 7),
    ('theme-wellbeing', 'wellbeing', 8);

-- A facilitator's report after a session: how many took part (never who), the themes, how it
-- went and a concern level with only what the supervisor needs to know. One per session.
CREATE TABLE session_reports (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL UNIQUE REFERENCES group_sessions (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL,
    facilitator_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    present INTEGER NOT NULL,
    members INTEGER NOT NULL,
    went TEXT NOT NULL,
    concern TEXT NOT NULL,
    concern_note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX session_reports_facilitator ON session_reports (facilitator_id, created_at);
CREATE INDEX session_reports_time ON session_reports (created_at);

CREATE TABLE session_report_themes (
    report_id TEXT NOT NULL REFERENCES session_reports (id) ON DELETE CASCADE,
    theme_id TEXT NOT NULL REFERENCES report_themes (id),
    PRIMARY KEY (report_id, theme_id)
);

-- A concern a report raised (some or urgent) and what became of it. `escalated_at` is set once,
-- by whichever node tells the coordinators that nobody acknowledged it in time.
CREATE TABLE concerns (
    report_id TEXT PRIMARY KEY NOT NULL REFERENCES session_reports (id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    raised_at TIMESTAMP NOT NULL,
    acknowledged_at TIMESTAMP,
    acknowledged_by TEXT,
    escalated_at TIMESTAMP,
    handled_at TIMESTAMP,
    handled_by TEXT,
    outcome TEXT
);
CREATE INDEX concerns_waiting ON concerns (level, acknowledged_at, escalated_at);

-- What a supervisor wrote back to the facilitator about a report.
CREATE TABLE report_comments (
    id TEXT PRIMARY KEY NOT NULL,
    report_id TEXT NOT NULL REFERENCES session_reports (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX report_comments_report ON report_comments (report_id, created_at);

-- A session whose report was asked for once already.
CREATE TABLE report_reminders (
    session_id TEXT PRIMARY KEY NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    sent_at TIMESTAMP NOT NULL
);
