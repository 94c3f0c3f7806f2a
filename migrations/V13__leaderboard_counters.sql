-- Players feature: counters that keep leaderboard reads independent of the number of players
-- (docs/decisions/0022). Both are maintained by the scoring hand-off in the verdict
-- transaction, always locked after mission_scores and players rows, buckets in ascending
-- points order (points only grow), so concurrent verdicts cannot deadlock on them.

-- How many ranked players have exactly this many points. Gives the total of the global
-- leaderboard, the points value at which a page starts (so a deep page walks one points group
-- instead of the whole index), and most of a profile's rank, by summing a few hundred rows.
CREATE TABLE leaderboard_points (
    points   INTEGER PRIMARY KEY,
    players  INTEGER NOT NULL,
    CONSTRAINT leaderboard_points_check CHECK (points > 0 AND players >= 0)
);

-- How many players solved each mission: the total of a mission leaderboard.
CREATE TABLE mission_solvers (
    mission_id  BIGINT PRIMARY KEY REFERENCES missions (id) ON DELETE CASCADE,
    solvers     INTEGER NOT NULL,
    CONSTRAINT mission_solvers_check CHECK (solvers >= 0)
);

INSERT INTO leaderboard_points (points, players)
SELECT points, count(*) FROM players WHERE points > 0 GROUP BY points;

INSERT INTO mission_solvers (mission_id, solvers)
SELECT mission_id, count(*) FROM mission_scores WHERE solved_at IS NOT NULL GROUP BY mission_id;
