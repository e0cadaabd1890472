-- Guide Step 3, query 4: the 12 event types ordered by code.
SELECT event_code, event_name
FROM segmentation_event_types
ORDER BY event_code;
