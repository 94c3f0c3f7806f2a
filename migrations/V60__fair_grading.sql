-- Fair grading (issue 13, ADR 0057): when a job was claimed (the worker time it takes is
-- charged to its player when it finishes) and each player's recent grading cost, a sum of
-- worker-seconds and limit penalties that halves every sandcastle.grader.fairness.half-life.
ALTER TABLE grading_jobs ADD COLUMN claimed_at TIMESTAMPTZ;

CREATE TABLE player_grading_costs (
    player_id   BIGINT PRIMARY KEY REFERENCES players (id) ON DELETE CASCADE,
    -- decayed cost in worker-seconds as of updated_at
    cost        DOUBLE PRECISION NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
