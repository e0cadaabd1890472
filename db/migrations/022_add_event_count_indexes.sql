-- Batch counts join many (client, window) pairs to events: look up by client, then range on date.
CREATE INDEX segmentation_events_completed_client_date_idx
    ON segmentation_events (client_name, event_date) INCLUDE (event_type_id) WHERE completed;
-- Paging lists in (event_date, id) order.
CREATE INDEX segmentation_events_date_id_idx ON segmentation_events (event_date, id);
