-- Indexes of the paged lists (src/paging): each list is read newest first by (created_at, id)
-- and filtered in the database.
-- Group listing: the weekday and time-of-day filter is a correlated lookup of one group's
-- sessions, so it walks the listing index and stops after a page (benches/RESULTS.md).
CREATE INDEX group_sessions_slot ON group_sessions (group_id, local_weekday, local_hour)
    WHERE cancelled_at IS NULL;
-- Listed groups newest first; the listing writes its status test exactly like this, so it
-- walks this index in order and stops after a page instead of sorting every listed group.
CREATE INDEX peer_groups_listed ON peer_groups (created_at, id)
    WHERE status IN ('published', 'running');
-- Replaced by peer_groups_listed: with them, the planner (without statistics) took the status
-- index and sorted every listed group for a page. Nothing else filters groups by status.
DROP INDEX peer_groups_listing;
DROP INDEX peer_groups_status;
-- Administrators' account list, newest first.
CREATE INDEX users_listing ON users (created_at, id);
-- The security log newest first, and by kind and by person (about or by them).
CREATE INDEX security_events_listing ON security_events (created_at, id);
CREATE INDEX security_events_kind ON security_events (kind, created_at, id);
CREATE INDEX security_events_user ON security_events (user_id, created_at, id);
CREATE INDEX security_events_actor ON security_events (actor_id, created_at, id);
-- Staff invitations (family_id IS NULL) newest first.
CREATE INDEX invitations_listing ON invitations (family_id, created_at, id);
-- The reports queue newest first, and of some sessions.
CREATE INDEX chat_reports_listing ON chat_reports (created_at, id);
CREATE INDEX chat_reports_session ON chat_reports (session_id, created_at, id);
-- A session's moderation log newest first.
CREATE INDEX moderation_log_session ON moderation_log (session_id, created_at, id);
