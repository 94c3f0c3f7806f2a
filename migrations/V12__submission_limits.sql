-- Players feature: per-player queued-submission cap (SubmissionLimiter counts a player's
-- submissions that are not DONE yet on every submission).
CREATE INDEX submissions_player_pending_idx ON submissions (player_id) WHERE status <> 'DONE';
