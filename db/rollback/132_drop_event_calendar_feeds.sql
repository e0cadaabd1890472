-- Rollback of 032: every calendar feed URL stops working.
DROP TABLE IF EXISTS segmentation_event_calendar_feeds;
