-- Each node holds a lease it renews every few seconds; its connections' presence rows count
-- while the lease runs. A node renews one row, not one per connection: with thousands of
-- connections the per-row refresh held the write lock, and the chat writer behind it.
CREATE TABLE chat_nodes (
    id TEXT PRIMARY KEY NOT NULL,
    alive_until TIMESTAMP NOT NULL
);
-- Presence is rebuilt as people reconnect.
DELETE FROM room_presence;
DROP INDEX room_presence_session;
ALTER TABLE room_presence DROP COLUMN seen_at;
CREATE INDEX room_presence_session ON room_presence (session_id);
