-- Guide Step 3, query 1: the new schema of tier_event_requirements.
SELECT column_name, data_type
FROM information_schema.columns
WHERE table_name = 'tier_event_requirements'
ORDER BY ordinal_position;
