DROP TABLE IF EXISTS tier_event_requirements_audit CASCADE;
