DROP INDEX group_sessions_local_hour;
DROP INDEX group_sessions_local;
ALTER TABLE group_sessions DROP COLUMN local_hour;
ALTER TABLE group_sessions DROP COLUMN local_weekday;
DROP INDEX peer_groups_region;
DROP INDEX peer_groups_listing;
DROP TABLE group_topics;
DROP TABLE group_languages;
