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
    UNIQUE (session_id, seq),
    UNIQUE (session_id, author_id, client_id)
);

-- Days chat messages are kept after they were written; NULL: the default set in configuration.
ALTER TABLE peer_groups ADD COLUMN chat_retention_days INTEGER;
