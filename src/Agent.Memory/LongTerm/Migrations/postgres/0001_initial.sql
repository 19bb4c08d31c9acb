-- Long-term memory, PostgreSQL. Every key starts with tenant_id: each lookup a store does is scoped to one
-- tenant, and a tenant's rows never share an index range with another's. Personal fields (user ids, message
-- text, comments) are anonymized in place by the eraser, so counts and audit rows survive a forget request.

CREATE TABLE user_preferences (
    tenant_id    text             NOT NULL,
    user_id      text             NOT NULL,
    kind         text             NOT NULL,
    option_id    text             NOT NULL,
    option_label text             NOT NULL,
    option_value text             NOT NULL,
    confidence   double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    source       text             NOT NULL,
    updated_at   timestamptz      NOT NULL,
    PRIMARY KEY (tenant_id, user_id, kind)
);

-- user_id '' is tenant-wide vocabulary: a NOT NULL marker keeps (tenant, user, phrase) a plain unique key.
CREATE TABLE vocabulary (
    tenant_id      text        NOT NULL,
    user_id        text        NOT NULL,
    phrase         text        NOT NULL,
    meaning        text        NOT NULL,
    condition_json text        NOT NULL,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, user_id, phrase)
);

-- Readable per-tenant segment ids (seg-0001): the counter row is taken in the saving transaction.
CREATE TABLE segment_counters (
    tenant_id   text   NOT NULL PRIMARY KEY,
    last_number bigint NOT NULL
);

CREATE TABLE saved_segments (
    tenant_id       text        NOT NULL,
    segment_id      text        NOT NULL,
    segment_number  bigint      NOT NULL,
    owner_id        text        NOT NULL,
    name            text        NOT NULL,
    name_key        text        NOT NULL,
    definition_json jsonb       NOT NULL,
    version         integer     NOT NULL CHECK (version >= 1),
    status          text        NOT NULL CHECK (status IN ('active', 'deleted')),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, segment_id)
);

-- Names are unique per tenant among active segments only: deleting a segment frees its name.
CREATE UNIQUE INDEX saved_segments_active_name ON saved_segments (tenant_id, name_key) WHERE status = 'active';
CREATE INDEX saved_segments_newest ON saved_segments (tenant_id, updated_at DESC, segment_number DESC) WHERE status = 'active';
CREATE INDEX saved_segments_owner ON saved_segments (tenant_id, owner_id);

CREATE TABLE segment_versions (
    tenant_id       text        NOT NULL,
    segment_id      text        NOT NULL,
    version         integer     NOT NULL,
    owner_id        text        NOT NULL,
    name            text        NOT NULL,
    definition_json jsonb       NOT NULL,
    status          text        NOT NULL CHECK (status IN ('active', 'deleted')),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, segment_id, version),
    FOREIGN KEY (tenant_id, segment_id) REFERENCES saved_segments (tenant_id, segment_id) ON DELETE CASCADE
);

CREATE INDEX segment_versions_owner ON segment_versions (tenant_id, owner_id);

-- The production query log the evals mine: one row per handled message.
CREATE TABLE query_log (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         text             NOT NULL,
    user_id           text             NOT NULL,
    session_id        text             NOT NULL,
    turn              integer          NOT NULL,
    channel           text             NOT NULL,
    query             text             NOT NULL,
    as_of             date             NOT NULL,
    intent            text             NULL,
    intent_confidence double precision NULL,
    skill_id          text             NULL,
    skill_version     text             NULL,
    reply_kind        text             NOT NULL,
    problem           text             NULL,
    latency_ms        double precision NOT NULL,
    llm_calls         integer          NOT NULL,
    tokens            integer          NOT NULL,
    at                timestamptz      NOT NULL
);

CREATE INDEX query_log_recent ON query_log (tenant_id, at DESC, id DESC);
CREATE INDEX query_log_session ON query_log (tenant_id, session_id, turn, id);
CREATE INDEX query_log_user ON query_log (tenant_id, user_id);

-- Segment audit trail of a turn: the definition built, its confidence, what retrieval offered and what was
-- inferred. The query, user and skill are on the query_log row it belongs to.
CREATE TABLE segment_audit (
    query_log_id     bigint           NOT NULL PRIMARY KEY REFERENCES query_log (id) ON DELETE CASCADE,
    tenant_id        text             NOT NULL,
    -- Kept verbatim (text, not jsonb): the evals replay exactly what the engine produced.
    definition_json  text             NULL,
    confidence       double precision NULL,
    retrieved_facets jsonb            NOT NULL,
    inferred_values  jsonb            NOT NULL,
    at               timestamptz      NOT NULL
);

CREATE INDEX segment_audit_tenant ON segment_audit (tenant_id, at);

CREATE TABLE execution_traces (
    query_log_id bigint NOT NULL PRIMARY KEY REFERENCES query_log (id) ON DELETE CASCADE,
    tenant_id    text   NOT NULL,
    steps        jsonb  NOT NULL
);

CREATE TABLE error_patterns (
    tenant_id       text        NOT NULL,
    skill_id        text        NOT NULL,
    kind            text        NOT NULL,
    problem         text        NOT NULL,
    count           integer     NOT NULL CHECK (count >= 1),
    example         text        NOT NULL,
    example_user_id text        NOT NULL,
    last_seen       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, skill_id, kind, problem)
);

CREATE INDEX error_patterns_frequent ON error_patterns (tenant_id, count DESC, last_seen DESC);
CREATE INDEX error_patterns_example_user ON error_patterns (tenant_id, example_user_id);

CREATE TABLE feedback (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     text        NOT NULL,
    user_id       text        NOT NULL,
    session_id    text        NOT NULL,
    turn          integer     NULL,
    kind          text        NOT NULL CHECK (kind IN ('rating', 'edited_after_creation', 'confirmed_without_edit', 'abandoned')),
    rating        smallint    NULL CHECK (rating BETWEEN 1 AND 5),
    comment       text        NULL,
    skill_id      text        NULL,
    skill_version text        NULL,
    at            timestamptz NOT NULL,
    CHECK ((kind = 'rating') = (rating IS NOT NULL))
);

CREATE INDEX feedback_since ON feedback (tenant_id, at, id);
CREATE INDEX feedback_user ON feedback (tenant_id, user_id);

-- Successful segments for "similar segments": one row per saved segment, the newest replacing.
CREATE TABLE segment_patterns (
    tenant_id       text        NOT NULL,
    segment_id      text        NOT NULL,
    user_id         text        NOT NULL,
    request         text        NOT NULL,
    segment_name    text        NOT NULL,
    definition_json text        NOT NULL,
    at              timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, segment_id)
);

CREATE INDEX segment_patterns_newest ON segment_patterns (tenant_id, at DESC);
CREATE INDEX segment_patterns_user ON segment_patterns (tenant_id, user_id);
