-- The listing filters by spoken language and topic in the database. Both are kept on the group
-- as comma-separated text (what the views show); these two tables hold one row per value so the
-- filter is an index lookup, not a LIKE over every group. Written with the group, in its
-- transaction (model::insert_group), and filled here from the groups that exist.
CREATE TABLE group_languages (
    group_id TEXT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (language, group_id)
);
CREATE INDEX group_languages_group ON group_languages (group_id);
CREATE TABLE group_topics (
    group_id TEXT NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (topic, group_id)
);
CREATE INDEX group_topics_group ON group_topics (group_id);
INSERT OR IGNORE INTO group_languages (group_id, language)
SELECT peer_groups.id, value FROM peer_groups,
    json_each('["' || replace(peer_groups.spoken_languages, ',', '","') || '"]')
WHERE value <> '';
INSERT OR IGNORE INTO group_topics (group_id, topic)
SELECT peer_groups.id, value FROM peer_groups,
    json_each('["' || replace(peer_groups.topics, ',', '","') || '"]')
WHERE value <> '';
-- Listed groups in their listing order, and by region.
CREATE INDEX peer_groups_listing ON peer_groups (status, created_at, id);
CREATE INDEX peer_groups_region ON peer_groups (region, status);

-- Weekday and hour in Helsinki time of each session, written with its start (insert and move),
-- so "Tuesday evenings" is an index lookup. Filled here for the sessions that exist: SQLite
-- has no time zones, so this uses Finland's rule (EU summer time, UTC+3 from 01:00 UTC on the
-- last Sunday of March to 01:00 UTC on the last Sunday of October, else UTC+2).
ALTER TABLE group_sessions ADD COLUMN local_weekday SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE group_sessions ADD COLUMN local_hour SMALLINT NOT NULL DEFAULT 0;
UPDATE group_sessions SET local_weekday = (CAST(strftime('%w', local) AS INTEGER) + 6) % 7 + 1,
    local_hour = CAST(strftime('%H', local) AS INTEGER)
FROM (
    SELECT id AS sid, datetime(starts_at, CASE
        WHEN starts_at >= datetime(strftime('%Y', starts_at) || '-04-01', 'weekday 0', '-7 days', '+1 hour')
         AND starts_at < datetime(strftime('%Y', starts_at) || '-11-01', 'weekday 0', '-7 days', '+1 hour')
        THEN '+3 hours' ELSE '+2 hours' END) AS local
    FROM group_sessions
) AS helsinki
WHERE group_sessions.id = helsinki.sid;
CREATE INDEX group_sessions_local ON group_sessions (local_weekday, local_hour, group_id)
    WHERE cancelled_at IS NULL;
CREATE INDEX group_sessions_local_hour ON group_sessions (local_hour, group_id)
    WHERE cancelled_at IS NULL;
