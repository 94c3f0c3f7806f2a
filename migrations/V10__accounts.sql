-- Players feature: accounts, roles, bearer tokens (issue 4). Extends the platform's players table.

-- password_hash: bcrypt in modular crypt format ($2a$..., 60 chars); NULL means the account
-- cannot log in (e.g. rows seeded by the leaderboard benchmark).
-- points / solved_count / last_point_at: denormalised totals kept by the scoring hand-off in the
-- verdict transaction, so the leaderboard reads one index instead of summing scores.
ALTER TABLE players
    ADD COLUMN password_hash  VARCHAR(100),
    ADD COLUMN points         INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN solved_count   INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN last_point_at  TIMESTAMPTZ,
    ADD CONSTRAINT players_points_check CHECK (points >= 0 AND solved_count >= 0);

-- Names are unique regardless of case ("Alice" cannot impersonate "alice"); login and the
-- public profile look players up by lower(name).
CREATE UNIQUE INDEX players_name_lower_idx ON players (lower(name));

-- GET /api/leaderboard: points desc, then who got there first, then id. Only scorers are
-- ranked. INCLUDE makes the page an index-only scan.
CREATE INDEX players_leaderboard_idx ON players (points DESC, last_point_at, id)
    INCLUDE (name, solved_count) WHERE points > 0;

CREATE TABLE player_roles (
    player_id  BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (player_id, role),                    -- roles of a player (every request)
    CONSTRAINT player_roles_role_check CHECK (role IN ('PLAYER', 'AUTHOR', 'ADMIN'))
);
-- "is this the last admin?" (PUT /api/players/{name}/roles)
CREATE INDEX player_roles_role_idx ON player_roles (role);

-- Bearer tokens, stored only as SHA-256 of the random token handed out once.
CREATE TABLE access_tokens (
    id          BIGSERIAL PRIMARY KEY,
    player_id   BIGINT NOT NULL REFERENCES players (id) ON DELETE CASCADE,
    token_hash  BYTEA NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT access_tokens_hash_unique UNIQUE (token_hash)   -- authenticate a request
);
CREATE INDEX access_tokens_player_idx ON access_tokens (player_id);  -- cascade on player delete
CREATE INDEX access_tokens_expiry_idx ON access_tokens (expires_at); -- purge of expired tokens
