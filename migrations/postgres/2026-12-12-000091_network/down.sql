DROP TABLE network_actions;
DROP TABLE network_agenda_items;
DROP TABLE network_meetings;
DROP TABLE network_participants;
DROP TABLE network_networks;
