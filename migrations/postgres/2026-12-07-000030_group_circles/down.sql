DROP INDEX peer_groups_listed;
CREATE INDEX peer_groups_listed ON peer_groups (created_at, id)
    WHERE status IN ('published', 'running');
ALTER TABLE peer_groups DROP COLUMN purpose;
