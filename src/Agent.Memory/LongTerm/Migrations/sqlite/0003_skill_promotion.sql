-- Skill promotion: every promotion, rejection and rollback of a skill version (tenant_id '' is the global active
-- version, otherwise the tenant's pin), and the human review queue of shadow replay.
CREATE TABLE skill_decisions (
    id           INTEGER NOT NULL PRIMARY KEY,
    skill_id     TEXT    NOT NULL,
    tenant_id    TEXT    NOT NULL,
    from_version TEXT    NULL,
    to_version   TEXT    NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('promoted', 'rejected', 'rolled_back')),
    eval_run_id  TEXT    NULL,
    gate_summary TEXT    NULL CHECK (gate_summary IS NULL OR json_valid(gate_summary)),
    decided_by   TEXT    NOT NULL,
    reason       TEXT    NULL,
    at           TEXT    NOT NULL,
    CHECK (kind = 'rolled_back' OR eval_run_id IS NOT NULL),
    CHECK (to_version IS NOT NULL OR (kind = 'rolled_back' AND tenant_id <> ''))
) STRICT;

CREATE INDEX skill_decisions_history ON skill_decisions (tenant_id, skill_id, at DESC, id DESC);

CREATE TABLE shadow_reviews (
    id                INTEGER NOT NULL PRIMARY KEY,
    eval_run_id       TEXT    NOT NULL,
    skill_id          TEXT    NOT NULL,
    candidate_version TEXT    NOT NULL,
    active_version    TEXT    NOT NULL,
    tenant_id         TEXT    NOT NULL,
    user_id           TEXT    NOT NULL,
    session_id        TEXT    NOT NULL,
    turn              INTEGER NOT NULL CHECK (turn >= 1),
    query_text        TEXT    NOT NULL,
    active_reply      TEXT    NOT NULL,
    candidate_reply   TEXT    NOT NULL,
    difference_kind   TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    reviewed_by       TEXT    NULL,
    reviewed_at       TEXT    NULL,
    note              TEXT    NULL,
    created_at        TEXT    NOT NULL,
    CHECK ((status = 'pending') = (reviewed_by IS NULL))
) STRICT;

-- user_id and query_text are personal: a forget request anonymizes them (the difference itself stays).
CREATE INDEX shadow_reviews_user ON shadow_reviews (tenant_id, user_id);
CREATE INDEX shadow_reviews_pending ON shadow_reviews (tenant_id, skill_id, candidate_version, created_at, id) WHERE status = 'pending';
