-- Players feature: scores and per-mission standings (issue 4, docs/decisions/0021).

-- One row per (player, mission) the player has earned anything on. The primary key is what
-- makes scoring exactly-once: the scoring hand-off inserts the row (ON CONFLICT DO NOTHING),
-- then locks it, so concurrent verdicts for the same player and mission serialise on it.
CREATE TABLE mission_scores (
    player_id                 BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    mission_id                BIGINT NOT NULL REFERENCES missions (id) ON DELETE CASCADE,
    points                    INTEGER NOT NULL DEFAULT 0,
    first_point_at            TIMESTAMPTZ,
    -- first ACCEPTED check; NULL while the player has partial credit only
    solved_at                 TIMESTAMPTZ,
    solved_submission_id      BIGINT,
    -- best accepted solutions (the player's shortest and fastest), with when they were reached
    best_code_length          INTEGER,
    best_code_at              TIMESTAMPTZ,
    best_code_submission_id   BIGINT,
    best_statements           BIGINT,
    best_cpu_ms               BIGINT,
    best_speed_at             TIMESTAMPTZ,
    best_speed_submission_id  BIGINT,
    PRIMARY KEY (player_id, mission_id),          -- scoring; profile's solved missions
    CONSTRAINT mission_scores_points_check CHECK (points >= 0)
);

-- GET /api/missions/{slug}/leaderboard?by=first|shortest|fastest (solvers only)
CREATE INDEX mission_scores_first_idx ON mission_scores (mission_id, solved_at, player_id)
    WHERE solved_at IS NOT NULL;
CREATE INDEX mission_scores_shortest_idx ON mission_scores (mission_id, best_code_length, best_code_at, player_id)
    WHERE solved_at IS NOT NULL;
CREATE INDEX mission_scores_fastest_idx ON mission_scores (mission_id, best_statements, best_cpu_ms, best_speed_at, player_id)
    WHERE solved_at IS NOT NULL;
