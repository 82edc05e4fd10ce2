DROP INDEX group_sessions_slot;
DROP INDEX peer_groups_listed;
CREATE INDEX peer_groups_status ON peer_groups (status);
CREATE INDEX peer_groups_listing ON peer_groups (status, created_at, id);
