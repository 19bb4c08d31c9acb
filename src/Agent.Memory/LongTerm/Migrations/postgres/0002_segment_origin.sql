-- Where a saved segment came from: the conversation and turn that saved it, so its audit trail (query_log,
-- segment_audit and execution_traces of that session) can be found from the segment. Null for segments saved
-- outside a conversation (the REST API) and for segments saved before this migration.
ALTER TABLE saved_segments
    ADD COLUMN origin_session_id text    NULL,
    ADD COLUMN origin_turn       integer NULL CHECK (origin_turn >= 1);
ALTER TABLE segment_versions
    ADD COLUMN origin_session_id text    NULL,
    ADD COLUMN origin_turn       integer NULL CHECK (origin_turn >= 1);
