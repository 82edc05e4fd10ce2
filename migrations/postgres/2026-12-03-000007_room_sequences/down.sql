DROP TABLE room_sequences;
