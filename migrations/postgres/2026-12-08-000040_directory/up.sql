-- The service directory, shaped after Open Referral HSDS 3.0: organisations, their services,
-- locations (a building or online), contacts, opening hours, languages, service areas and
-- categories. Rows imported from a file keep their source and the source's id, so that a
-- re-import updates them instead of adding copies.
CREATE TABLE directory_organisations (
    id TEXT PRIMARY KEY NOT NULL,
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    name_fi TEXT NOT NULL,
    name_sv TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    -- Where referrals go when none of its workers has a partner account (no personal data is
    -- ever mailed there, only an expiring link).
    referral_email TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (source, source_id)
);
CREATE TABLE directory_services (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES directory_organisations (id),
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    -- active, temporarily_closed or inactive (HSDS: active, temporarily closed, defunct).
    status TEXT NOT NULL DEFAULT 'active',
    email TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    referral_email TEXT NOT NULL DEFAULT '',
    minimum_age INTEGER,
    maximum_age INTEGER,
    -- The day staff (or the source) last checked that the entry is right.
    last_checked DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (source, source_id)
);
CREATE INDEX directory_services_organisation ON directory_services (organisation_id);
-- A service's texts per language: fi, sv and en come with the entry; the families' languages
-- (ar, so, ru, uk, fa, et) are short summaries written or checked by staff.
CREATE TABLE directory_service_texts (
    service_id TEXT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    eligibility TEXT NOT NULL DEFAULT '',
    how_to_apply TEXT NOT NULL DEFAULT '',
    written_by TEXT REFERENCES users (id),
    reviewed_by TEXT REFERENCES users (id),
    reviewed_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (service_id, language)
);
-- The languages a service is delivered in (ISO 639-1 codes).
CREATE TABLE directory_service_languages (
    service_id TEXT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (service_id, language)
);
CREATE INDEX directory_service_languages_language ON directory_service_languages (language);
-- Where a service is offered: a municipality (three-digit code), a wellbeing services county
-- (two-digit code) or the whole country.
CREATE TABLE directory_service_areas (
    service_id TEXT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (service_id, kind, code)
);
CREATE INDEX directory_service_areas_code ON directory_service_areas (kind, code);
-- The list of categories staff keep: seeded ones have a key (their name is translated), the
-- ones staff add have a label.
CREATE TABLE directory_categories (
    id TEXT PRIMARY KEY NOT NULL,
    category_key TEXT UNIQUE,
    label TEXT,
    position INTEGER NOT NULL,
    archived_at TIMESTAMP
);
INSERT INTO directory_categories (id, category_key, position) VALUES
    ('child-health-clinic', 'child_health_clinic', 1),
    ('family-counselling', 'family_counselling', 2),
    ('family-centre', 'family_centre', 3),
    ('family-social-work', 'family_social_work', 4),
    ('home-help', 'home_help', 5),
    ('early-education', 'early_education', 6),
    ('mental-health', 'mental_health', 7),
    ('integration', 'integration', 8),
    ('interpreters', 'interpreters', 9),
    ('child-welfare', 'child_welfare', 10);
CREATE TABLE directory_service_categories (
    service_id TEXT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
    category_id TEXT NOT NULL REFERENCES directory_categories (id),
    PRIMARY KEY (service_id, category_id)
);
CREATE INDEX directory_service_categories_category ON directory_service_categories (category_id);
-- A place: a building with an address (physical) or a web address (virtual).
CREATE TABLE directory_locations (
    id TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES directory_organisations (id),
    source TEXT NOT NULL,
    source_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    post_office TEXT NOT NULL DEFAULT '',
    municipality_code TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    -- How to get there: public transport, entrance, accessibility.
    directions TEXT NOT NULL DEFAULT '',
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (source, source_id)
);
CREATE TABLE directory_service_locations (
    service_id TEXT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
    location_id TEXT NOT NULL REFERENCES directory_locations (id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, location_id)
);
CREATE INDEX directory_service_locations_location ON directory_service_locations (location_id);
-- Ways to reach a service: a named person or a desk, with a phone and a mail address.
CREATE TABLE directory_contacts (
    id TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    -- e.g. "Mon–Fri 9–11"
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX directory_contacts_service ON directory_contacts (service_id);
-- Opening hours of a service at a location, or of the service itself (location empty).
CREATE TABLE directory_hours (
    id TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
    location_id TEXT,
    -- 1 Monday … 7 Sunday
    weekday INTEGER NOT NULL,
    opens_at TEXT NOT NULL,
    closes_at TEXT NOT NULL
);
CREATE INDEX directory_hours_service ON directory_hours (service_id);
-- The organisation a municipal partner account works for: referrals sent to its services
-- reach that account's inbox.
CREATE TABLE directory_partner_members (
    user_id TEXT NOT NULL REFERENCES users (id),
    organisation_id TEXT NOT NULL REFERENCES directory_organisations (id),
    added_by TEXT NOT NULL REFERENCES users (id),
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, organisation_id)
);
CREATE INDEX directory_partner_members_organisation ON directory_partner_members (organisation_id);
-- "Ask Silta's staff to help me get there": a family's request to the referral workers.
CREATE TABLE directory_help_requests (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    family_id TEXT NOT NULL REFERENCES families (id),
    service_id TEXT REFERENCES directory_services (id),
    message TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    handled_by TEXT REFERENCES users (id),
    handled_at TIMESTAMP
);
CREATE INDEX directory_help_requests_open ON directory_help_requests (handled_at, created_at);
