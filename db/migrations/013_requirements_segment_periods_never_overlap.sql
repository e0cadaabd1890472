-- SPEC §4: periods of one client never overlap. The service serialises changes per client with a
-- row lock; this exclusion constraint is the database's own guarantee behind it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'client_segmentation_no_overlap') THEN
    ALTER TABLE client_segmentation
      ADD CONSTRAINT client_segmentation_period_order CHECK (effective_to IS NULL OR effective_to >= effective_from),
      ADD CONSTRAINT client_segmentation_no_overlap
        EXCLUDE USING gist (client_name WITH =, daterange(effective_from, effective_to, '[]') WITH &&);
  END IF;
END $$;
