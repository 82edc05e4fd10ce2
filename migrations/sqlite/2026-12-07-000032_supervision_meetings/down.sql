DROP TABLE supervision_lapse_notices;
DROP TABLE supervision_notes;
DROP TABLE supervision_circles;
