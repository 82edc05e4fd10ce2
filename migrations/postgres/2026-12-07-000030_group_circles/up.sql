-- Circles: groups that a feature holds for its own people (a training cohort's live sessions,
-- a supervisor's circle of facilitators). They reuse groups' sessions and chat rooms but are
-- never listed, joined or counted as peer groups.
ALTER TABLE peer_groups ADD COLUMN purpose TEXT NOT NULL DEFAULT 'peer';
-- The listing reads peer groups only; its status and purpose tests are written like this.
DROP INDEX peer_groups_listed;
CREATE INDEX peer_groups_listed ON peer_groups (created_at, id)
    WHERE status IN ('published', 'running') AND purpose = 'peer';
