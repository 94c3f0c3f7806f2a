-- Failed-login counters (player/LoginThrottle), shared by every API process: one row per
-- throttled key ("n:<lower-case name>" or "a:<client address>") and its current window.
CREATE TABLE login_failures (
    key        TEXT        PRIMARY KEY,
    window_end TIMESTAMPTZ NOT NULL,
    failures   INTEGER     NOT NULL
);
-- expired windows are deleted now and then (LoginFailureStore.Postgres.forgetExpired)
CREATE INDEX login_failures_window_end_idx ON login_failures (window_end);
