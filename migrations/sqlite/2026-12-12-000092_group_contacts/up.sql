-- Named contacts of a group: municipal partners a coordinator linked to it, the advice
-- threads between a facilitator of the group and a contact, the contacts invited to a session
-- as visiting experts, and the individual contacts they offered families afterwards.
CREATE TABLE group_contacts (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    role TEXT NOT NULL,
    service_id TEXT,
    languages TEXT NOT NULL DEFAULT '',
    reach TEXT NOT NULL DEFAULT '',
    added_by TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    UNIQUE (group_id, partner_id)
);
CREATE INDEX group_contacts_partner ON group_contacts (partner_id);

CREATE TABLE contact_threads (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    facilitator_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_at TIMESTAMP NOT NULL,
    -- Whether the last message is the facilitator's, waiting for the contact's answer.
    waiting BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (group_id, partner_id, facilitator_id)
);
CREATE INDEX contact_threads_partner ON contact_threads (partner_id);

CREATE TABLE contact_messages (
    id TEXT PRIMARY KEY NOT NULL,
    thread_id TEXT NOT NULL REFERENCES contact_threads (id),
    author_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX contact_messages_thread ON contact_messages (thread_id, created_at);

CREATE TABLE contact_guests (
    id TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    invited_by TEXT NOT NULL,
    invited_at TIMESTAMP NOT NULL,
    entered_at TIMESTAMP,
    UNIQUE (session_id, partner_id)
);
CREATE INDEX contact_guests_partner ON contact_guests (partner_id);

CREATE TABLE contact_offers (
    id TEXT PRIMARY KEY NOT NULL,
    guest_id TEXT NOT NULL REFERENCES contact_guests (id),
    user_id TEXT NOT NULL,
    family_id TEXT NOT NULL,
    offered_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP,
    accepted BOOLEAN,
    help_request_id TEXT,
    UNIQUE (guest_id, family_id)
);
CREATE INDEX contact_offers_family ON contact_offers (family_id);
