-- Erasure of a person's account: the request (by the person after signing in again, or by
-- staff for a request made by phone, approved by an administrator), its grace period, and the
-- records the law keeps after it (protected, with their reason and end date).
CREATE TABLE privacy_erasures (
    id TEXT PRIMARY KEY NOT NULL,
    -- Cleared when the erasure is done: the request then names nobody.
    user_id TEXT REFERENCES users (id),
    -- self (the person, signed in again) or phone (recorded by staff on their behalf).
    channel TEXT NOT NULL,
    recorded_by TEXT REFERENCES users (id),
    note TEXT NOT NULL DEFAULT '',
    approved_by TEXT REFERENCES users (id),
    approved_at TIMESTAMP,
    requested_at TIMESTAMP NOT NULL,
    -- When the grace period ends; unset while a phone request waits for approval.
    due_at TIMESTAMP,
    cancelled_at TIMESTAMP,
    refused_at TIMESTAMP,
    done_at TIMESTAMP
);
CREATE INDEX privacy_erasures_due ON privacy_erasures (due_at) WHERE done_at IS NULL AND cancelled_at IS NULL AND refused_at IS NULL;
CREATE UNIQUE INDEX privacy_erasures_open ON privacy_erasures (user_id) WHERE done_at IS NULL AND cancelled_at IS NULL AND refused_at IS NULL;

CREATE TABLE privacy_protected (
    id TEXT PRIMARY KEY NOT NULL,
    erasure_id TEXT NOT NULL REFERENCES privacy_erasures (id),
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    -- Fluent id of the reason it is kept.
    reason TEXT NOT NULL,
    keep_until TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX privacy_protected_record ON privacy_protected (table_name, record_id);
CREATE INDEX privacy_protected_until ON privacy_protected (keep_until);

-- The account rows others still need are given when their author is erased (a room's
-- "removed" placeholders, the writer of a group's report): it can never sign in.
INSERT INTO users (id, email, display_name, ui_language, notify_by_email, notify_new_sign_in, suspended_at, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-000000000000', 'removed@erased.invalid', '—', 'fi', FALSE, FALSE, '2026-12-10 00:00:00', '2026-12-10 00:00:00', '2026-12-10 00:00:00');
