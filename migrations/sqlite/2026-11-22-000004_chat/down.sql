DROP TABLE moderation_log;
ALTER TABLE peer_groups DROP COLUMN chat_retention_days;
DROP TABLE chat_messages;
