-- The partner network of an area (a wellbeing services county or a municipality). Each
-- network is a circle of groups (`circle_id`): its participants are the circle's members, its
-- meetings the circle's sessions, each with its own room.
CREATE TABLE network_networks (
    circle_id TEXT PRIMARY KEY NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    area_kind TEXT NOT NULL,
    area_code TEXT NOT NULL,
    organiser_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX network_networks_time ON network_networks (created_at, circle_id);

-- Who takes part, as what (partner, facilitator, staff, family representative), and a short
-- line of what they do: who does what, which workers most often do not know of each other.
CREATE TABLE network_participants (
    network_id TEXT NOT NULL REFERENCES network_networks (circle_id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    works_as TEXT NOT NULL,
    invited_by TEXT NOT NULL,
    invited_at TIMESTAMP NOT NULL,
    PRIMARY KEY (network_id, user_id)
);
CREATE INDEX network_participants_user ON network_participants (user_id);

-- A meeting (a session of the network's circle): its short notes.
CREATE TABLE network_meetings (
    session_id TEXT PRIMARY KEY NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    network_id TEXT NOT NULL REFERENCES network_networks (circle_id) ON DELETE CASCADE,
    notes TEXT NOT NULL,
    notes_by TEXT,
    notes_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX network_meetings_network ON network_meetings (network_id);

CREATE TABLE network_agenda_items (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES network_meetings (session_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX network_agenda_items_meeting ON network_agenda_items (session_id, position);

-- An action agreed at a meeting: its owner (a participant), due date and status, and the
-- meeting where it was followed up.
CREATE TABLE network_actions (
    id TEXT PRIMARY KEY NOT NULL,
    network_id TEXT NOT NULL REFERENCES network_networks (circle_id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES network_meetings (session_id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    due_on DATE,
    status TEXT NOT NULL,
    followed_up_in TEXT,
    followed_up_by TEXT,
    followed_up_at TIMESTAMP,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX network_actions_network ON network_actions (network_id, status);
CREATE INDEX network_actions_owner ON network_actions (owner_id, status);
CREATE INDEX network_actions_meeting ON network_actions (session_id);
