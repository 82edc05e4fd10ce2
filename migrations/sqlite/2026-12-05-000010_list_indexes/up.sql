-- Indexes of the paged lists (src/paging): each list is read newest first by (created_at, id)
-- and filtered in the database.
-- Group listing: the weekday and time-of-day filter is a correlated lookup of one group's
-- sessions, so it walks the listing index and stops after a page (benches/RESULTS.md).
CREATE INDEX group_sessions_slot ON group_sessions (group_id, local_weekday, local_hour)
    WHERE cancelled_at IS NULL;
