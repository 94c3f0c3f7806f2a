-- Leaderboard consumers (issue 19, docs/decisions/0062 and 0063): windowed and island boards,
-- the event feed (SSE and webhook outbox), webhooks and their delivery log, API keys.

-- Points earned within a window or on an island, one counter row per (board, player), kept by
-- the scoring hand-off in the verdict transaction. A board key names the scope and the UTC
-- calendar window: 'w:2026-11-30' (ISO week starting that Monday), 'm:2026-12' (month),
-- 's:2026-10-01' (season starting that day), 'i:reef' (island, all time) and
-- 'i:reef|w:2026-11-30' (island within a window). Reads never aggregate scores.
CREATE TABLE board_scores (
    board          VARCHAR(100) NOT NULL,
    player_id      BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    points         INTEGER NOT NULL,
    solved_count   INTEGER NOT NULL,
    last_point_at  TIMESTAMPTZ,
    PRIMARY KEY (board, player_id),              -- scoring; a player's row for around-me
    CONSTRAINT board_scores_check CHECK (points >= 0 AND solved_count >= 0)
);
-- GET /api/leaderboard?window=...&island=...: one board's ranked rows, index-only
CREATE INDEX board_scores_rank_idx ON board_scores (board, points DESC, last_point_at, player_id)
    INCLUDE (solved_count) WHERE points > 0;

-- How many ranked players of a board have exactly this many points (as leaderboard_points, V13):
-- the board's total, where a page starts, and a rank, from a sum over a few hundred rows.
CREATE TABLE board_points (
    board    VARCHAR(100) NOT NULL,
    points   INTEGER NOT NULL,
    players  INTEGER NOT NULL,
    PRIMARY KEY (board, points),
    CONSTRAINT board_points_check CHECK (points > 0 AND players >= 0)
);

-- Events for consumers (score.changed, mission.published), written in the transaction that
-- makes the change: the transactional outbox. seq is NULL until the sequencer (one at a time,
-- after commit) numbers the row; seq is the SSE event id and the webhook event id, so it
-- grows in the order events became visible and a reader resuming "after seq N" misses none.
CREATE SEQUENCE feed_event_seq;
CREATE TABLE feed_events (
    id          BIGSERIAL PRIMARY KEY,
    seq         BIGINT,
    type        VARCHAR(32) NOT NULL,
    payload     TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT feed_events_seq_unique UNIQUE (seq)  -- SSE replay: seq > Last-Event-ID
);
-- the sequencer's claim: rows not numbered yet, oldest first
CREATE INDEX feed_events_unsequenced_idx ON feed_events (id) WHERE seq IS NULL;
-- hourly purge of events older than the retention
CREATE INDEX feed_events_created_idx ON feed_events (created_at);

-- Webhooks registered by a player account (POST /api/webhooks).
-- secret: the consumer's HMAC key; kept as given because every delivery is signed with it.
CREATE TABLE webhooks (
    id          BIGSERIAL PRIMARY KEY,
    owner_id    BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    url         VARCHAR(2000) NOT NULL,
    events      TEXT[] NOT NULL,
    secret      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_owner_idx ON webhooks (owner_id);          -- GET /api/webhooks; per-owner cap
CREATE INDEX webhooks_events_idx ON webhooks USING GIN (events);  -- fan-out of an event type

-- One row per (webhook, event): the delivery outbox and, once done, its log. A worker claims
-- due rows with FOR UPDATE SKIP LOCKED and moves next_attempt_at past its lease, so a delivery
-- whose process died becomes due again by itself.
CREATE TABLE webhook_deliveries (
    id               BIGSERIAL PRIMARY KEY,
    webhook_id       BIGINT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event_seq        BIGINT NOT NULL,
    event_type       VARCHAR(32) NOT NULL,
    body             TEXT NOT NULL,
    status           VARCHAR(16) NOT NULL DEFAULT 'PENDING',
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_status      INTEGER,
    last_error       VARCHAR(500),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered_at     TIMESTAMPTZ,
    CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT webhook_deliveries_unique UNIQUE (webhook_id, event_seq)
);
-- the delivery worker's claim: due rows
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
-- GET /api/webhooks/{id}/deliveries (newest first); the unique key above serves it too, this one pages by id
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (webhook_id, id DESC);

-- Read-only API keys for leaderboard consumers, stored only as SHA-256 (like access_tokens).
-- rate_window / rate_count: the key's fixed one-minute request window, counted in the same
-- statement that looks the key up.
CREATE TABLE api_keys (
    id           BIGSERIAL PRIMARY KEY,
    owner_id     BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    key_hash     BYTEA NOT NULL,
    label        VARCHAR(64) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    rate_window  TIMESTAMPTZ,
    rate_count   INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT api_keys_hash_unique UNIQUE (key_hash)   -- authenticate a request
);
CREATE INDEX api_keys_owner_idx ON api_keys (owner_id);  -- GET /api/keys; per-owner cap

-- Backfill from the scores that exist: each mission's points count at the time it was first
-- scored (the platform did not record when partial credit grew before this migration); seasons
-- with the default length (3 months from January).
CREATE TEMPORARY TABLE backfill AS
SELECT s.player_id, s.points, s.solved_at IS NOT NULL AS solved,
       coalesce(s.solved_at, s.first_point_at) AS at, m.island
FROM mission_scores s JOIN missions m ON m.id = s.mission_id
WHERE s.points > 0 AND coalesce(s.solved_at, s.first_point_at) IS NOT NULL;

CREATE TEMPORARY TABLE backfill_keys AS
SELECT player_id, points, solved, at, w.key AS board
FROM backfill b,
LATERAL (SELECT 'w:' || to_char(date_trunc('week', b.at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')
         UNION ALL SELECT 'm:' || to_char(b.at AT TIME ZONE 'UTC', 'YYYY-MM')
         UNION ALL SELECT 's:' || to_char(make_date(extract(year FROM b.at AT TIME ZONE 'UTC')::int,
                        1 + 3 * ((extract(month FROM b.at AT TIME ZONE 'UTC')::int - 1) / 3), 1), 'YYYY-MM-DD')) w(key)
UNION ALL
SELECT player_id, points, solved, at, 'i:' || island || coalesce('|' || w.key, '')
FROM backfill b,
LATERAL (SELECT NULL
         UNION ALL SELECT 'w:' || to_char(date_trunc('week', b.at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')
         UNION ALL SELECT 'm:' || to_char(b.at AT TIME ZONE 'UTC', 'YYYY-MM')
         UNION ALL SELECT 's:' || to_char(make_date(extract(year FROM b.at AT TIME ZONE 'UTC')::int,
                        1 + 3 * ((extract(month FROM b.at AT TIME ZONE 'UTC')::int - 1) / 3), 1), 'YYYY-MM-DD')) w(key)
WHERE island IS NOT NULL;

INSERT INTO board_scores (board, player_id, points, solved_count, last_point_at)
SELECT board, player_id, sum(points), count(*) FILTER (WHERE solved), max(at)
FROM backfill_keys GROUP BY board, player_id;

INSERT INTO board_points (board, points, players)
SELECT board, points, count(*) FROM board_scores WHERE points > 0 GROUP BY board, points;

DROP TABLE backfill_keys;
DROP TABLE backfill;
