-- Attempt counters for sign-in and other limits (lib/auth/rate-limit.ts), shared by every app server.
-- The layout is the one rate-limiter-flexible's PostgreSQL store expects: `expire` is epoch milliseconds.
-- Keys are SHA-256 hashes, so the table holds no e-mail address or IP address in clear.
CREATE TABLE rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
--> statement-breakpoint
CREATE INDEX rate_limits_expire_idx ON rate_limits (expire);
