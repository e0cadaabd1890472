-- Rollback of 021 (the indexes of 022 go with segmentation_events itself).
DROP TABLE IF EXISTS segmentation_event_request_keys CASCADE;
