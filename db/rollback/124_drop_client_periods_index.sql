-- Rollback of 024: the periods index goes; the completed-window index comes back if the events
-- table is still there (001's rollback may already have dropped it).
DROP INDEX IF EXISTS client_segmentation_client_from_idx;
DO $$
BEGIN
  IF to_regclass('segmentation_events') IS NOT NULL THEN
    CREATE INDEX IF NOT EXISTS segmentation_events_completed_window_idx
        ON segmentation_events (event_date, client_name, event_type_id) WHERE completed;
  END IF;
END $$;
