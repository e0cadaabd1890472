-- Rollback of 020.
DROP TABLE IF EXISTS segmentation_event_changes CASCADE;
