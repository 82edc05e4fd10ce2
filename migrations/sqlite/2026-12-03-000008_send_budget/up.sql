-- The send budget (a burst of five, then one a second) is a person's in a room, on every node.
-- Each message keeps when its author's budget in the room is full again after it; the writer
-- reads the room's budgets that are not full yet, by this index, once per room and batch.
-- NULL for messages stored before (their budgets are long full).
ALTER TABLE chat_messages ADD COLUMN budget_full_at TIMESTAMP;
CREATE INDEX chat_messages_budget ON chat_messages (session_id, budget_full_at);
