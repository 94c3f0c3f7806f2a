-- Players feature: "first" mission leaderboards by solve order (docs/decisions/0022).
-- solve_rank is 1 for the first player whose accepted Check of the mission was recorded, 2 for
-- the second, ...: assigned by the scoring hand-off from mission_solvers.solvers, under that
-- row's lock, so it is unique and gap-free per mission. A page of ?by=first is then a range
-- of solve_rank instead of an OFFSET walk, however deep it is.
ALTER TABLE mission_scores ADD COLUMN solve_rank INTEGER;

UPDATE mission_scores s SET solve_rank = r.n
FROM (SELECT player_id, mission_id,
             row_number() OVER (PARTITION BY mission_id ORDER BY solved_at, player_id) AS n
      FROM mission_scores WHERE solved_at IS NOT NULL) r
WHERE s.player_id = r.player_id AND s.mission_id = r.mission_id;

DROP INDEX mission_scores_first_idx;
-- GET /api/missions/{slug}/leaderboard?by=first
CREATE UNIQUE INDEX mission_scores_solve_rank_idx ON mission_scores (mission_id, solve_rank)
    INCLUDE (player_id, solved_at) WHERE solve_rank IS NOT NULL;
