-- When each person last signed in (an account nobody signs in to for two years is warned, then
-- erased), and the warnings privacy sent.
ALTER TABLE users ADD COLUMN last_signed_in_at TIMESTAMP;
UPDATE users SET last_signed_in_at = (SELECT MAX(s.created_at) FROM sessions s WHERE s.user_id = users.id);

CREATE TABLE privacy_inactivity_notices (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id),
    warned_at TIMESTAMP NOT NULL,
    -- Erased from then on, unless the person signs in before.
    erase_from TIMESTAMP NOT NULL
);
CREATE INDEX privacy_inactivity_notices_due ON privacy_inactivity_notices (erase_from);
