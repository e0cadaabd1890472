-- Guide step 2.1: back up the legacy rows, drop the legacy table, create the segment-keyed one.
-- Only acts on the legacy shape (a tier_id column), so it is safe where the guide was run by hand.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = 'tier_event_requirements' AND column_name = 'tier_id') THEN
    DROP TABLE IF EXISTS tier_event_requirements_backup;
    CREATE TABLE tier_event_requirements_backup AS SELECT * FROM tier_event_requirements;
    DROP TABLE tier_event_requirements CASCADE;
  END IF;
END $$;

CREATE TABLE IF NOT EXISTS tier_event_requirements (
    segment                 varchar(50) NOT NULL
        CHECK (segment IN ('Giant', 'Collaboration', 'Leverage', 'Maintain', 'Nurture', 'Sleeping Giant')),
    event_type_id           uuid        NOT NULL REFERENCES segmentation_event_types(id),
    required_count_per_year integer     NOT NULL DEFAULT 0 CHECK (required_count_per_year BETWEEN 0 AND 365),
    priority_level          varchar(20) NOT NULL DEFAULT 'medium'
        CHECK (priority_level IN ('critical', 'high', 'medium', 'low')),
    CONSTRAINT tier_event_requirements_pkey PRIMARY KEY (segment, event_type_id)
);
