-- The privacy notice each person accepted (which version, in which language, how), and the
-- optional consents they gave and withdrew, each with the version of the text they were shown.
CREATE TABLE privacy_notice_acceptances (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    version TEXT NOT NULL,
    language TEXT NOT NULL,
    -- sign_up, sign_in (asked again after a change), invitation or demo.
    channel TEXT NOT NULL,
    accepted_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX privacy_notice_acceptances_once ON privacy_notice_acceptances (user_id, version);

CREATE TABLE privacy_consents (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    -- feedback_contact or research_contact.
    purpose TEXT NOT NULL,
    text_version TEXT NOT NULL,
    language TEXT NOT NULL,
    given_at TIMESTAMP NOT NULL,
    withdrawn_at TIMESTAMP
);
CREATE INDEX privacy_consents_user ON privacy_consents (user_id, purpose);
CREATE UNIQUE INDEX privacy_consents_in_force ON privacy_consents (user_id, purpose) WHERE withdrawn_at IS NULL;
