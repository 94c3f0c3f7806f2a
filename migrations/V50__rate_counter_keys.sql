-- Issue 14 (ADR 0054): login_failures now holds three kinds of sliding-window counters, all read
-- and written by player/PostgresLoginFailures:
--   "n:<canonical name>@<address>"  failed logins for one name from one client address
--   "a:<address>"                   failed logins from one client address (any names)
--   "r:<address>"                   accounts registered from one client address
-- window_end is one window after the key's last count; a key quiet for a whole window counts nothing.
COMMENT ON TABLE login_failures IS
    'Sliding-window counters: n:<name>@<address> and a:<address> failed logins, r:<address> registrations (ADR 0054)';
