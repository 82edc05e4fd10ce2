-- The last message number given in each room, kept apart from the messages: deleting them
-- (retention) never lowers it, so no number comes twice in a room and a client that returns
-- with its last number is sent what came after. The writer moves it once per room per batch.
CREATE TABLE room_sequences (
    session_id TEXT PRIMARY KEY NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    last_seq BIGINT NOT NULL
);
INSERT INTO room_sequences (session_id, last_seq)
SELECT session_id, MAX(seq) FROM chat_messages GROUP BY session_id;
