DROP TABLE privacy_inactivity_notices;
ALTER TABLE users DROP COLUMN last_signed_in_at;
