DROP TABLE IF EXISTS client_event_exclusions CASCADE;
