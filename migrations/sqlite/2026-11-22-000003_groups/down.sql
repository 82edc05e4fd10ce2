DROP TABLE calendar_feeds;
DROP TABLE session_reminders;
DROP TABLE session_attendance;
DROP TABLE memberships;
DROP TABLE group_sessions;
DROP TABLE group_facilitators;
DROP TABLE group_texts;
DROP TABLE peer_groups;
ALTER TABLE users DROP COLUMN reminder_hours;
