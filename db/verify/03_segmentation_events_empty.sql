-- Guide Step 3, query 3: segmentation_events exists (empty right after the migration).
SELECT COUNT(*) FROM segmentation_events;
