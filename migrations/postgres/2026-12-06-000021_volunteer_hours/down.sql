DROP TABLE volunteer_hours;
