-- Rollback of 023 (121 may already have dropped the whole table).
ALTER TABLE IF EXISTS segmentation_event_request_keys
    DROP COLUMN IF EXISTS operation,
    DROP COLUMN IF EXISTS client_name,
    DROP COLUMN IF EXISTS response;
