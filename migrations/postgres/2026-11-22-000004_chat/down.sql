DROP TABLE crisis_contacts;
DROP TABLE chat_reports;
DROP TABLE room_restrictions;
DROP TABLE room_settings;
DROP TABLE moderation_log;
ALTER TABLE peer_groups DROP COLUMN chat_retention_days;
DROP TABLE chat_messages;
