-- Rollback of 040: every user's rate-limit buckets start full again.
DROP TABLE IF EXISTS segmentation_gateway_rate_limits;
