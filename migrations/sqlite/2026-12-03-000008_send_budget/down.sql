DROP INDEX chat_messages_budget;
ALTER TABLE chat_messages DROP COLUMN budget_full_at;
