-- Long-term memory, embedded SQLite: the same tables, keys and rules as the PostgreSQL schema. STRICT tables
-- reject values of the wrong type the way PostgreSQL would. Times are UTC ISO-8601 text with a fixed number
-- of fraction digits, so text order is time order; dates are yyyy-MM-dd text.

CREATE TABLE user_preferences (
    tenant_id    TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    option_id    TEXT NOT NULL,
    option_label TEXT NOT NULL,
    option_value TEXT NOT NULL,
    confidence   REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    source       TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, kind)
) STRICT;

-- user_id '' is tenant-wide vocabulary: a NOT NULL marker keeps (tenant, user, phrase) a plain unique key.
CREATE TABLE vocabulary (
    tenant_id      TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    phrase         TEXT NOT NULL,
    meaning        TEXT NOT NULL,
    condition_json TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (tenant_id, user_id, phrase)
) STRICT;

-- Readable per-tenant segment ids (seg-0001): the counter row is taken in the saving transaction.
CREATE TABLE segment_counters (
    tenant_id   TEXT    NOT NULL PRIMARY KEY,
    last_number INTEGER NOT NULL
) STRICT;

CREATE TABLE saved_segments (
    tenant_id       TEXT    NOT NULL,
    segment_id      TEXT    NOT NULL,
    segment_number  INTEGER NOT NULL,
    owner_id        TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    name_key        TEXT    NOT NULL,
    definition_json TEXT    NOT NULL CHECK (json_valid(definition_json)),
    version         INTEGER NOT NULL CHECK (version >= 1),
    status          TEXT    NOT NULL CHECK (status IN ('active', 'deleted')),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (tenant_id, segment_id)
) STRICT;

-- Names are unique per tenant among active segments only: deleting a segment frees its name.
CREATE UNIQUE INDEX saved_segments_active_name ON saved_segments (tenant_id, name_key) WHERE status = 'active';
CREATE INDEX saved_segments_newest ON saved_segments (tenant_id, updated_at DESC, segment_number DESC) WHERE status = 'active';
CREATE INDEX saved_segments_owner ON saved_segments (tenant_id, owner_id);

CREATE TABLE segment_versions (
    tenant_id       TEXT    NOT NULL,
    segment_id      TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    owner_id        TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    definition_json TEXT    NOT NULL CHECK (json_valid(definition_json)),
    status          TEXT    NOT NULL CHECK (status IN ('active', 'deleted')),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (tenant_id, segment_id, version),
    FOREIGN KEY (tenant_id, segment_id) REFERENCES saved_segments (tenant_id, segment_id) ON DELETE CASCADE
) STRICT;

CREATE INDEX segment_versions_owner ON segment_versions (tenant_id, owner_id);

-- The production query log the evals mine: one row per handled message.
CREATE TABLE query_log (
    id                INTEGER NOT NULL PRIMARY KEY,
    tenant_id         TEXT    NOT NULL,
    user_id           TEXT    NOT NULL,
    session_id        TEXT    NOT NULL,
    turn              INTEGER NOT NULL,
    channel           TEXT    NOT NULL,
    query             TEXT    NOT NULL,
    as_of             TEXT    NOT NULL,
    intent            TEXT    NULL,
    intent_confidence REAL    NULL,
    skill_id          TEXT    NULL,
    skill_version     TEXT    NULL,
    reply_kind        TEXT    NOT NULL,
    problem           TEXT    NULL,
    latency_ms        REAL    NOT NULL,
    llm_calls         INTEGER NOT NULL,
    tokens            INTEGER NOT NULL,
    at                TEXT    NOT NULL
) STRICT;

CREATE INDEX query_log_recent ON query_log (tenant_id, at DESC, id DESC);
CREATE INDEX query_log_session ON query_log (tenant_id, session_id, turn, id);
CREATE INDEX query_log_user ON query_log (tenant_id, user_id);

-- Segment audit trail of a turn: the definition built, its confidence, what retrieval offered and what was
-- inferred. The query, user and skill are on the query_log row it belongs to.
CREATE TABLE segment_audit (
    query_log_id     INTEGER NOT NULL PRIMARY KEY REFERENCES query_log (id) ON DELETE CASCADE,
    tenant_id        TEXT    NOT NULL,
    definition_json  TEXT    NULL,
    confidence       REAL    NULL,
    retrieved_facets TEXT    NOT NULL CHECK (json_valid(retrieved_facets)),
    inferred_values  TEXT    NOT NULL CHECK (json_valid(inferred_values)),
    at               TEXT    NOT NULL
) STRICT;

CREATE INDEX segment_audit_tenant ON segment_audit (tenant_id, at);

CREATE TABLE execution_traces (
    query_log_id INTEGER NOT NULL PRIMARY KEY REFERENCES query_log (id) ON DELETE CASCADE,
    tenant_id    TEXT    NOT NULL,
    steps        TEXT    NOT NULL CHECK (json_valid(steps))
) STRICT;

CREATE TABLE error_patterns (
    tenant_id       TEXT    NOT NULL,
    skill_id        TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    problem         TEXT    NOT NULL,
    count           INTEGER NOT NULL CHECK (count >= 1),
    example         TEXT    NOT NULL,
    example_user_id TEXT    NOT NULL,
    last_seen       TEXT    NOT NULL,
    PRIMARY KEY (tenant_id, skill_id, kind, problem)
) STRICT;

CREATE INDEX error_patterns_frequent ON error_patterns (tenant_id, count DESC, last_seen DESC);
CREATE INDEX error_patterns_example_user ON error_patterns (tenant_id, example_user_id);

CREATE TABLE feedback (
    id            INTEGER NOT NULL PRIMARY KEY,
    tenant_id     TEXT    NOT NULL,
    user_id       TEXT    NOT NULL,
    session_id    TEXT    NOT NULL,
    turn          INTEGER NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('rating', 'edited_after_creation', 'confirmed_without_edit', 'abandoned')),
    rating        INTEGER NULL CHECK (rating BETWEEN 1 AND 5),
    comment       TEXT    NULL,
    skill_id      TEXT    NULL,
    skill_version TEXT    NULL,
    at            TEXT    NOT NULL,
    CHECK ((kind = 'rating') = (rating IS NOT NULL))
) STRICT;

CREATE INDEX feedback_since ON feedback (tenant_id, at, id);
CREATE INDEX feedback_user ON feedback (tenant_id, user_id);

-- Successful segments for "similar segments": one row per saved segment, the newest replacing.
CREATE TABLE segment_patterns (
    tenant_id       TEXT NOT NULL,
    segment_id      TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    request         TEXT NOT NULL,
    segment_name    TEXT NOT NULL,
    definition_json TEXT NOT NULL,
    at              TEXT NOT NULL,
    PRIMARY KEY (tenant_id, segment_id)
) STRICT;

CREATE INDEX segment_patterns_newest ON segment_patterns (tenant_id, at DESC);
CREATE INDEX segment_patterns_user ON segment_patterns (tenant_id, user_id);
