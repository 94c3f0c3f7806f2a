-- Sandcastle platform schema: players (minimal; the players feature extends it), missions and
-- their immutable versions, submissions and the grading queue.
-- Every query the API makes has an index here; the comment next to each index names the query.

CREATE TABLE players (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(64) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT players_name_unique UNIQUE (name)          -- player lookup by name
);

-- A mission is its slug plus a pointer to the version players currently get. The catalogue
-- fields are copied from that version so the listing reads one table.
CREATE TABLE missions (
    id                  BIGSERIAL PRIMARY KEY,
    slug                VARCHAR(64) NOT NULL,
    current_version_id  BIGINT,
    title               VARCHAR(200) NOT NULL,
    difficulty          VARCHAR(16) NOT NULL,
    difficulty_rank     SMALLINT NOT NULL,
    points              INTEGER NOT NULL,
    island              VARCHAR(64),
    tags                TEXT[] NOT NULL DEFAULT '{}',
    published           BOOLEAN NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT missions_slug_unique UNIQUE (slug),       -- GET /api/missions/{slug}
    CONSTRAINT missions_difficulty_check CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
    CONSTRAINT missions_points_check CHECK (points BETWEEN 1 AND 1000)
);
-- GET /api/missions (ordered by difficulty then slug, optionally filtered by difficulty)
CREATE INDEX missions_catalogue_idx ON missions (published, difficulty_rank, slug);
-- GET /api/missions?tag=...
CREATE INDEX missions_tags_idx ON missions USING GIN (tags);

-- One row per content of a mission package; never updated once written, so a submission
-- always knows exactly what it was graded against.
CREATE TABLE mission_versions (
    id                  BIGSERIAL PRIMARY KEY,
    mission_id          BIGINT NOT NULL REFERENCES missions (id),
    version             INTEGER NOT NULL,
    content_hash        VARCHAR(64) NOT NULL,
    title               VARCHAR(200) NOT NULL,
    description         TEXT NOT NULL,
    difficulty          VARCHAR(16) NOT NULL,
    points              INTEGER NOT NULL,
    island              VARCHAR(64),
    tags                TEXT[] NOT NULL DEFAULT '{}',
    entry_point         VARCHAR(100) NOT NULL,
    starter_code        TEXT NOT NULL,
    reference_solution  TEXT NOT NULL,
    -- exact JSON text (not jsonb: jsonb would rewrite 1.0 and 1e300, and the checker is typed)
    checker_json        TEXT NOT NULL,
    checker_source      TEXT,
    limits_json         TEXT NOT NULL,
    tests_json          TEXT NOT NULL,
    generator_json      TEXT,
    generator_source    TEXT,
    extra_imports       TEXT[] NOT NULL DEFAULT '{}',
    extra_builtins      TEXT[] NOT NULL DEFAULT '{}',
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT mission_versions_unique UNIQUE (mission_id, version)  -- latest version of a mission
);

ALTER TABLE missions ADD CONSTRAINT missions_current_version_fk
    FOREIGN KEY (current_version_id) REFERENCES mission_versions (id);

CREATE TABLE submissions (
    id                  BIGSERIAL PRIMARY KEY,
    player_id           BIGINT NOT NULL REFERENCES players (id),
    mission_id          BIGINT NOT NULL REFERENCES missions (id),
    mission_version_id  BIGINT NOT NULL REFERENCES mission_versions (id),
    mode                VARCHAR(8) NOT NULL,
    code                TEXT NOT NULL,
    code_length         INTEGER NOT NULL,
    status              VARCHAR(8) NOT NULL DEFAULT 'QUEUED',
    verdict             VARCHAR(32),
    message             TEXT,
    score               INTEGER,
    cpu_ms              BIGINT,
    statements          BIGINT,
    -- per-test results as JSON; hidden tests carry index, category and verdict only
    results_json        TEXT,
    attempts            INTEGER NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    graded_at           TIMESTAMPTZ,
    CONSTRAINT submissions_mode_check CHECK (mode IN ('RUN', 'CHECK')),
    CONSTRAINT submissions_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'DONE'))
);
-- GET /api/players/me/submissions (newest first, optionally per mission)
CREATE INDEX submissions_player_idx ON submissions (player_id, id DESC);
CREATE INDEX submissions_player_mission_idx ON submissions (player_id, mission_id, id DESC);

-- The grading queue: one row per submission waiting for or being graded; the row is deleted
-- in the transaction that writes the verdict. A job is claimable when it has no lease or its
-- lease has expired (its grader died or wedged).
CREATE TABLE grading_jobs (
    submission_id   BIGINT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    enqueued_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INTEGER NOT NULL DEFAULT 0,
    claimed_by      VARCHAR(128),
    claim_token     UUID,
    lease_until     TIMESTAMPTZ,
    last_failure    TEXT
);
-- claim: oldest claimable job first
CREATE INDEX grading_jobs_claim_idx ON grading_jobs (enqueued_at);
CREATE INDEX grading_jobs_lease_idx ON grading_jobs (lease_until);
