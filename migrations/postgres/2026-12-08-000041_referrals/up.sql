-- Every reading of a family's personal data by someone other than the family: who, in which
-- role, what, why. Rows are only ever added (the family is shown them; a job purges them after
-- the retention period).
CREATE TABLE access_log (
    id TEXT PRIMARY KEY NOT NULL,
    family_id TEXT NOT NULL,
    reader_id TEXT,
    -- A role, or "service_link" for a service reading through a referral's link.
    reader_role TEXT NOT NULL,
    -- What was read, e.g. "referral" or "consent", and its id.
    item_kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    read_at TIMESTAMP NOT NULL
);
CREATE INDEX access_log_family ON access_log (family_id, read_at);
CREATE INDEX access_log_read_at ON access_log (read_at);
-- A referral of a family to a directory service, prepared by a referral worker.
CREATE TABLE referrals (
    id TEXT PRIMARY KEY NOT NULL,
    family_id TEXT NOT NULL REFERENCES families (id),
    service_id TEXT NOT NULL REFERENCES directory_services (id),
    worker_id TEXT NOT NULL REFERENCES users (id),
    -- draft, sent, received, accepted, declined, contacted, help_started, closed, cancelled
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    hopes TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    decline_reason TEXT,
    outcome TEXT,
    -- The family chose not to be told of changes.
    quiet BOOLEAN NOT NULL DEFAULT FALSE,
    -- The session report whose concern this referral came from.
    concern_report_id TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    changed_at TIMESTAMP NOT NULL,
    overdue_flagged_at TIMESTAMP
);
CREATE INDEX referrals_family ON referrals (family_id, changed_at);
CREATE INDEX referrals_service ON referrals (service_id, status);
CREATE INDEX referrals_worker ON referrals (worker_id, status);
CREATE INDEX referrals_changed ON referrals (status, changed_at);
-- Every change of a referral's status, by whom and through which door.
CREATE TABLE referral_events (
    id TEXT PRIMARY KEY NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referrals (id),
    status TEXT NOT NULL,
    -- worker, partner, service_link, family, family_link, system
    actor_kind TEXT NOT NULL,
    actor_id TEXT,
    note TEXT NOT NULL DEFAULT '',
    at TIMESTAMP NOT NULL
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, at);
-- A family adult's consent to one referral (after the Kantara consent receipt).
CREATE TABLE referral_consents (
    id TEXT PRIMARY KEY NOT NULL,
    referral_id TEXT NOT NULL REFERENCES referrals (id),
    family_id TEXT NOT NULL REFERENCES families (id),
    adult_id TEXT NOT NULL REFERENCES users (id),
    purpose TEXT NOT NULL,
    recipient TEXT NOT NULL,
    -- JSON: the data items exactly as they will be sent.
    items TEXT NOT NULL,
    text_version TEXT NOT NULL,
    language TEXT NOT NULL,
    -- account (the adult agreed in their own account) or phone (recorded by staff).
    channel TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users (id),
    given_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    withdrawn_at TIMESTAMP,
    withdrawn_by TEXT REFERENCES users (id)
);
CREATE INDEX referral_consents_referral ON referral_consents (referral_id);
CREATE INDEX referral_consents_family ON referral_consents (family_id);
-- A record that a child welfare notification was made. It needs no consent, is kept apart
-- from the referrals and only supervisors and administrators read it.
CREATE TABLE child_protection_notices (
    id TEXT PRIMARY KEY NOT NULL,
    family_id TEXT REFERENCES families (id),
    group_id TEXT,
    municipality_code TEXT NOT NULL,
    recipient TEXT NOT NULL,
    made_by TEXT NOT NULL REFERENCES users (id),
    made_at TIMESTAMP NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX child_protection_notices_made_at ON child_protection_notices (made_at);
