-- A facilitator starts and ends a session's room; while a started room has had no facilitator
-- for a while, staff are told once (`staff_alerted_at`).
ALTER TABLE room_settings ADD COLUMN started_at TIMESTAMP;
ALTER TABLE room_settings ADD COLUMN ended_at TIMESTAMP;
ALTER TABLE room_settings ADD COLUMN unattended_since TIMESTAMP;
ALTER TABLE room_settings ADD COLUMN staff_alerted_at TIMESTAMP;

-- Who is in which room now: one row per open connection, kept fresh by its node. Rows of a
-- node that died go stale and are ignored, then deleted.
CREATE TABLE room_presence (
    connection_id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    moderator BOOLEAN NOT NULL,
    node TEXT NOT NULL,
    seen_at TIMESTAMP NOT NULL
);
CREATE INDEX room_presence_session ON room_presence (session_id, seen_at);
CREATE INDEX room_presence_node ON room_presence (node);
