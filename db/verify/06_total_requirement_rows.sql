-- Guide "Expected results": 72 rows (6 segments x 12 event types).
SELECT COUNT(*) FROM tier_event_requirements;
