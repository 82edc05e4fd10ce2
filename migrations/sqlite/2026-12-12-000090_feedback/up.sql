-- Families' feedback after a session. Who was asked (and whether they answered) is kept apart
-- from the answers, which name nobody: no person, no time of answering, only the session.
CREATE TABLE feedback_invitations (
    session_id TEXT NOT NULL REFERENCES group_sessions (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    -- 'open', 'answered' or 'declined'.
    status TEXT NOT NULL DEFAULT 'open',
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX feedback_invitations_user ON feedback_invitations (user_id, status);

CREATE TABLE feedback_answers (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES group_sessions (id),
    group_id TEXT NOT NULL REFERENCES peer_groups (id),
    -- The month of the session (first day), for figures without joining sessions.
    month DATE NOT NULL,
    -- 1 (not at all) to 5 (very); NULL when skipped.
    useful SMALLINT,
    -- 'yes', 'partly' or 'no'; NULL when skipped.
    safe TEXT,
    -- What would help next: choices separated by commas.
    needs TEXT NOT NULL DEFAULT '',
    comment TEXT,
    comment_hidden_by TEXT REFERENCES users (id),
    comment_hidden_at TIMESTAMP
);
CREATE INDEX feedback_answers_session ON feedback_answers (session_id);
CREATE INDEX feedback_answers_month ON feedback_answers (month);
