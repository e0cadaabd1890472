-- Guide "Expected results": the safety backup keeps the 72 legacy rows.
SELECT COUNT(*) FROM tier_event_requirements_backup;
