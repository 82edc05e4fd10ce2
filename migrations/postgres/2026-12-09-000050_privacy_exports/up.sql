-- A person's copy of their personal data (GDPR art. 15 and 20), asked for on the privacy page
-- or through the API, built by the background worker into a zip under the data folder, and
-- downloadable by the same person for seven days. The row stays as the record that a copy
-- was made; the file goes when it expires.
CREATE TABLE privacy_exports (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    -- Who asked: the person themself, or (later) staff on their behalf.
    requested_by TEXT NOT NULL REFERENCES users (id),
    -- The language of the readable index.html.
    language TEXT NOT NULL,
    -- pending, ready, failed or expired
    status TEXT NOT NULL,
    requested_at TIMESTAMP NOT NULL,
    -- Claimed by the worker like every work table.
    run_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    locked_by TEXT,
    locked_until TIMESTAMP,
    done_at TIMESTAMP,
    expires_at TIMESTAMP,
    size_bytes BIGINT
);
-- One copy in the making per person at a time.
CREATE UNIQUE INDEX privacy_exports_one_pending ON privacy_exports (user_id) WHERE status = 'pending';
CREATE INDEX privacy_exports_user ON privacy_exports (user_id, requested_at);
CREATE INDEX privacy_exports_due ON privacy_exports (run_at) WHERE done_at IS NULL;
CREATE INDEX privacy_exports_expiry ON privacy_exports (status, expires_at);
