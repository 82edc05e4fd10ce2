DROP INDEX group_sessions_slot;
