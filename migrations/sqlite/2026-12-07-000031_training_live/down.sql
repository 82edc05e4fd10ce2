DROP TABLE training_live_sessions;
DROP TABLE training_circles;
