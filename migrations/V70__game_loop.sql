-- The game loop (issue 18, docs/decisions/0060 and 0061): islands that open with points,
-- shared solutions with votes and comments, copy fingerprints, reputation.
-- Every query of the feature has an index here; the comment next to each names the query.

-- Islands declared by missions/islands.json (progress/IslandLoader), replaced at every start.
-- An island without a row (e.g. one an author invents) is open to everyone.
CREATE TABLE islands (
    name           VARCHAR(64) PRIMARY KEY,     -- the gate of POST .../submissions
    position       INTEGER NOT NULL,
    title          VARCHAR(200) NOT NULL,
    unlock_points  INTEGER NOT NULL,
    CONSTRAINT islands_unlock_points_check CHECK (unlock_points >= 0)
);

-- The sum of the votes on a player's shared solutions (kept by the vote transaction).
ALTER TABLE players ADD COLUMN reputation INTEGER NOT NULL DEFAULT 0;

-- Set when a player who had not solved the mission unlocked its shared solutions: the scoring
-- hand-off then gives that player nothing more for the mission (ScoreKeeper reads it under the
-- same row lock it scores with, so an unlock and a verdict cannot both win).
ALTER TABLE mission_scores ADD COLUMN solutions_unlocked_at TIMESTAMPTZ;

-- Fingerprint of every accepted Check (solution/Fingerprint), written in the verdict transaction.
CREATE TABLE solution_fingerprints (
    submission_id  BIGINT PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    player_id      BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    mission_id     BIGINT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    fingerprint    VARCHAR(64) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- GET /api/admin/copies: groups of one fingerprint in one mission by several players
CREATE INDEX solution_fingerprints_group_idx ON solution_fingerprints (mission_id, fingerprint, player_id);

-- A solution a player published. Code length, statements and CPU ms are copied from the
-- submission so each sort order of GET /api/missions/{slug}/solutions reads one index.
CREATE TABLE shared_solutions (
    id             BIGSERIAL PRIMARY KEY,
    mission_id     BIGINT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    player_id      BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    submission_id  BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    category       VARCHAR(16) NOT NULL,
    note           TEXT,
    code_length    INTEGER NOT NULL,
    statements     BIGINT,
    cpu_ms         BIGINT,
    fingerprint    VARCHAR(64) NOT NULL,
    votes          INTEGER NOT NULL DEFAULT 0,
    hidden         BOOLEAN NOT NULL DEFAULT FALSE,
    published_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT shared_solutions_category_check
        CHECK (category IN ('CLEAR', 'CREATIVE', 'SPEEDY', 'UNCATEGORIZED')),
    -- one per player, category and mission (409 on the second)
    CONSTRAINT shared_solutions_one_per_category UNIQUE (mission_id, player_id, category)
);
-- GET /api/missions/{slug}/solutions?sort=votes|newest|shortest|fastest
CREATE INDEX shared_solutions_votes_idx ON shared_solutions (mission_id, votes DESC, id);
CREATE INDEX shared_solutions_newest_idx ON shared_solutions (mission_id, id DESC);
CREATE INDEX shared_solutions_shortest_idx ON shared_solutions (mission_id, code_length, id);
CREATE INDEX shared_solutions_fastest_idx ON shared_solutions (mission_id, statements, cpu_ms, id);
-- copy refusal at publish: an earlier solution of the mission with the same fingerprint
CREATE INDEX shared_solutions_fingerprint_idx ON shared_solutions (mission_id, fingerprint);
-- cascade on player delete
CREATE INDEX shared_solutions_player_idx ON shared_solutions (player_id);

-- One vote per player per solution; 0 deletes the row.
CREATE TABLE solution_votes (
    solution_id  BIGINT NOT NULL REFERENCES shared_solutions (id) ON DELETE CASCADE,
    player_id    BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    value        SMALLINT NOT NULL,
    voted_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (solution_id, player_id),         -- PUT /api/solutions/{id}/vote; myVote in lists
    CONSTRAINT solution_votes_value_check CHECK (value IN (-1, 1))
);
CREATE INDEX solution_votes_player_idx ON solution_votes (player_id);  -- cascade on player delete

CREATE TABLE solution_comments (
    id           BIGSERIAL PRIMARY KEY,
    solution_id  BIGINT NOT NULL REFERENCES shared_solutions (id) ON DELETE CASCADE,
    player_id    BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    text         TEXT NOT NULL,
    hidden       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    edited_at    TIMESTAMPTZ
);
-- GET /api/solutions/{id}/comments (oldest first) and the comment counts of a solutions page
CREATE INDEX solution_comments_solution_idx ON solution_comments (solution_id, id);
-- the per-player comment rate limit (comments in the last window)
CREATE INDEX solution_comments_player_idx ON solution_comments (player_id, created_at);
