-- Volunteer hours: sessions led become entries by themselves (approved: they are on record);
-- a facilitator adds other work (preparation, travel) with a note, which a supervisor
-- approves or rejects. `source_id` (a session) makes an automatic entry exist once.
CREATE TABLE volunteer_hours (
    id TEXT PRIMARY KEY NOT NULL,
    facilitator_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    source_id TEXT,
    worked_on DATE NOT NULL,
    minutes INTEGER NOT NULL,
    note TEXT NOT NULL,
    status TEXT NOT NULL,
    decided_by TEXT,
    decided_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (facilitator_id, kind, source_id)
);
CREATE INDEX volunteer_hours_person ON volunteer_hours (facilitator_id, worked_on);
CREATE INDEX volunteer_hours_status ON volunteer_hours (status, worked_on);
