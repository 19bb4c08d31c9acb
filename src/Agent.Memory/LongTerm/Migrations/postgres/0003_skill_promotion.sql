-- Skill promotion: every promotion, rejection and rollback of a skill version (tenant_id '' is the global active
-- version, otherwise the tenant's pin), and the human review queue of shadow replay. gate_summary is json, not
-- jsonb, so the summary reads back exactly as the gate wrote it.
CREATE TABLE skill_decisions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    skill_id     text        NOT NULL,
    tenant_id    text        NOT NULL,
    from_version text        NULL,
    to_version   text        NULL,
    kind         text        NOT NULL CHECK (kind IN ('promoted', 'rejected', 'rolled_back')),
    eval_run_id  text        NULL,
    gate_summary json        NULL,
    decided_by   text        NOT NULL,
    reason       text        NULL,
    at           timestamptz NOT NULL,
    CHECK (kind = 'rolled_back' OR eval_run_id IS NOT NULL),
    CHECK (to_version IS NOT NULL OR (kind = 'rolled_back' AND tenant_id <> ''))
);

CREATE INDEX skill_decisions_history ON skill_decisions (tenant_id, skill_id, at DESC, id DESC);

CREATE TABLE shadow_reviews (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    eval_run_id       text        NOT NULL,
    skill_id          text        NOT NULL,
    candidate_version text        NOT NULL,
    active_version    text        NOT NULL,
    tenant_id         text        NOT NULL,
    user_id           text        NOT NULL,
    session_id        text        NOT NULL,
    turn              integer     NOT NULL CHECK (turn >= 1),
    query_text        text        NOT NULL,
    active_reply      text        NOT NULL,
    candidate_reply   text        NOT NULL,
    difference_kind   text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    reviewed_by       text        NULL,
    reviewed_at       timestamptz NULL,
    note              text        NULL,
    created_at        timestamptz NOT NULL,
    CHECK ((status = 'pending') = (reviewed_by IS NULL))
);

-- user_id and query_text are personal: a forget request anonymizes them (the difference itself stays).
CREATE INDEX shadow_reviews_user ON shadow_reviews (tenant_id, user_id);
CREATE INDEX shadow_reviews_pending ON shadow_reviews (tenant_id, skill_id, candidate_version, created_at, id) WHERE status = 'pending';
