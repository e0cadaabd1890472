-- Issue 13 (speed): every assessment reads a client's segment periods by name. The only index was
-- 013's exclusion constraint (GiST over name and date range), ~65 µs per lookup, ~30 ms for a
-- portfolio page of 500 clients. A btree by (client_name, effective_from) that covers every column
-- the reads select makes each lookup an index-only scan (~1 µs).
CREATE INDEX IF NOT EXISTS client_segmentation_client_from_idx
    ON client_segmentation (client_name, effective_from) INCLUDE (tier_id, effective_to, cse_name, notes);

-- (event_date, client_name, event_type_id) WHERE completed served the counts before 022 added the
-- client-first index; no statement uses it any more, and every insert (schedule, import) paid for it.
DROP INDEX IF EXISTS segmentation_events_completed_window_idx;
