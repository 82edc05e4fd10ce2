DROP TABLE child_protection_notices;
DROP TABLE referral_consents;
DROP TABLE referral_events;
DROP TABLE referrals;
DROP TABLE access_log;
