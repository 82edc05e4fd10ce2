DROP TABLE report_reminders;
DROP TABLE report_comments;
DROP TABLE concerns;
DROP TABLE session_report_themes;
DROP TABLE session_reports;
DROP TABLE report_themes;
DROP TABLE supervision_assignments;
