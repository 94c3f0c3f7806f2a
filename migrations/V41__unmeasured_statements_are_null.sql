-- Statements executed are measured since the statement counter (ADR 0003); before it every
-- solution carried -1. "Not measured" is NULL from now on, so that by=fastest (ASC, NULLs last
-- in mission_scores_fastest_idx) ranks measured solutions first instead of the -1 rows.
UPDATE mission_scores SET best_statements = NULL WHERE best_statements < 0;
UPDATE submissions SET statements = NULL WHERE statements < 0;
