DROP TABLE room_presence;
ALTER TABLE room_settings DROP COLUMN staff_alerted_at;
ALTER TABLE room_settings DROP COLUMN unattended_since;
ALTER TABLE room_settings DROP COLUMN ended_at;
ALTER TABLE room_settings DROP COLUMN started_at;
