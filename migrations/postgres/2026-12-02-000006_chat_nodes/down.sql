DELETE FROM room_presence;
DROP INDEX room_presence_session;
ALTER TABLE room_presence ADD COLUMN seen_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
CREATE INDEX room_presence_session ON room_presence (session_id, seen_at);
DROP TABLE chat_nodes;
