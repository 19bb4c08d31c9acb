-- The client's id (idempotency key) of the message a turn answered: a turn is logged once per id, so a retried
-- message whose first attempt was applied but not logged (the host died in between) can be logged by the retry
-- without ever logging it twice. Null for messages sent without an id.
ALTER TABLE query_log ADD COLUMN message_id TEXT NULL;
CREATE UNIQUE INDEX query_log_message ON query_log (tenant_id, session_id, message_id) WHERE message_id IS NOT NULL;
