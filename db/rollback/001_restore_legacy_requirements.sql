-- The guide's rollback plan: restore the legacy tier_event_requirements from the backup
-- and drop the tables the 2025-11-27 migration created.
DROP TABLE IF EXISTS tier_event_requirements CASCADE;
CREATE TABLE tier_event_requirements AS
SELECT * FROM tier_event_requirements_backup;

DROP TABLE IF EXISTS segmentation_events CASCADE;
DROP TABLE IF EXISTS segmentation_event_compliance CASCADE;
DROP TABLE IF EXISTS segmentation_compliance_scores CASCADE;
