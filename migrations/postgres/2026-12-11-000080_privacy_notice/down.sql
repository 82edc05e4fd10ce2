DROP TABLE privacy_consents;
DROP TABLE privacy_notice_acceptances;
