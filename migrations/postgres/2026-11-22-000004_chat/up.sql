-- Chat messages of a group session. `seq` numbers the messages of one session without gaps;
-- (session, author, client id) makes a retried send store nothing twice.
CREATE TABLE chat_messages (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    removed_at TIMESTAMP,
    removed_by TEXT,
    UNIQUE (session_id, seq),
    UNIQUE (session_id, author_id, client_id)
);

-- Days chat messages are kept after they were written; NULL: the default set in configuration.
ALTER TABLE peer_groups ADD COLUMN chat_retention_days INTEGER;

-- What facilitators and staff did in rooms, for staff to read.
CREATE TABLE moderation_log (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    target_seq BIGINT,
    reason TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX moderation_log_time ON moderation_log (created_at);

-- What facilitators set for a room: locked (only facilitators write), slow mode.
CREATE TABLE room_settings (
    session_id TEXT PRIMARY KEY NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    slow_mode_seconds INTEGER NOT NULL DEFAULT 0
);

-- A member muted until a time, or removed from a session's room.
CREATE TABLE room_restrictions (
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    until TIMESTAMP,
    PRIMARY KEY (session_id, user_id, kind)
);

-- A participant's report of a message, with a few messages of context as they were then.
CREATE TABLE chat_reports (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    reporter_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason TEXT,
    context TEXT NOT NULL,
    outcome TEXT,
    handled_by TEXT,
    handled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX chat_reports_open ON chat_reports (handled_at, created_at);

-- Where to get help now, per language; staff keep the list. 112 is always shown besides.
CREATE TABLE crisis_contacts (
    id TEXT PRIMARY KEY NOT NULL,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    hours TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX crisis_contacts_language ON crisis_contacts (language);
