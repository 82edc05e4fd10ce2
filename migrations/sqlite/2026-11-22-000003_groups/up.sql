-- Peer groups, their sessions, members and attendance.
CREATE TABLE peer_groups (
    id TEXT PRIMARY KEY NOT NULL,
    spoken_languages TEXT NOT NULL,
    topics TEXT NOT NULL,
    audience TEXT NOT NULL,
    region TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    join_policy TEXT NOT NULL,
    status TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX peer_groups_status ON peer_groups (status);

-- Name and description of a group, in each language it is written in.
CREATE TABLE group_texts (
    group_id TEXT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (group_id, language)
);

CREATE TABLE group_facilitators (
    group_id TEXT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_facilitators_user ON group_facilitators (user_id);

CREATE TABLE group_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    starts_at TIMESTAMP NOT NULL,
    ends_at TIMESTAMP NOT NULL,
    cancelled_at TIMESTAMP,
    cancel_reason TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX group_sessions_group ON group_sessions (group_id, starts_at);
CREATE INDEX group_sessions_time ON group_sessions (starts_at);

-- member | requested | waiting | left | declined
CREATE TABLE memberships (
    group_id TEXT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE session_attendance (
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    answer TEXT,
    present BOOLEAN,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, user_id)
);

-- One row per reminder to send; the unique pair makes every reminder exist once.
CREATE TABLE session_reminders (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    attempts INTEGER NOT NULL DEFAULT 0,
    run_at TIMESTAMP NOT NULL,
    locked_by TEXT,
    locked_until TIMESTAMP,
    done_at TIMESTAMP,
    UNIQUE (session_id, user_id)
);
CREATE INDEX session_reminders_due ON session_reminders (done_at, run_at);

-- Private calendar feed: only a hash of the URL's token.
CREATE TABLE calendar_feeds (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);

ALTER TABLE users ADD COLUMN reminder_hours INTEGER NOT NULL DEFAULT 24;
