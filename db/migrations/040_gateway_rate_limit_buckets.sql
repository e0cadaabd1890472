-- Per-user rate limits shared by every gateway replica (issue 16): one token bucket per policy and user.
-- The gateway spends a token with one atomic INSERT … ON CONFLICT DO UPDATE … RETURNING per request
-- (the row lock orders concurrent requests of one user; no advisory locks). UNLOGGED: no WAL, so a
-- request's commit never waits for a disk flush, and a crash only empties the buckets (everyone starts
-- with a full burst), which is harmless for a rate limit.
CREATE UNLOGGED TABLE segmentation_gateway_rate_limits (
    bucket      text              PRIMARY KEY,   -- "<policy>:<user>" (policy: reads | writes)
    tokens      double precision  NOT NULL,      -- tokens left after the last request
    granted     boolean           NOT NULL,      -- whether the last request got a token
    updated_at  timestamptz       NOT NULL       -- when tokens was computed (the database's clock)
);
