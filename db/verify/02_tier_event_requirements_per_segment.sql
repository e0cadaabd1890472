-- Guide Step 3, query 2: 6 segments with 12 event types each (72 rows).
SELECT segment, COUNT(*) as event_types
FROM tier_event_requirements
GROUP BY segment
ORDER BY segment;
