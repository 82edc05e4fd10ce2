DROP TABLE contact_offers;
DROP TABLE contact_guests;
DROP TABLE contact_messages;
DROP TABLE contact_threads;
DROP TABLE group_contacts;
