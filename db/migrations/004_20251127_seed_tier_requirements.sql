-- Guide step 2.2: the 72 rows of SPEC §3 with their seed priorities.
-- The guide expects a foreign-key violation when an event type is missing; a join alone would seed
-- fewer rows in silence, so the missing codes are named and the script fails (nothing is inserted).
DO $$
DECLARE missing text;
BEGIN
  SELECT string_agg(code, ', ' ORDER BY code) INTO missing
  FROM unnest(ARRAY['PGL_ENGAGE', 'EVP_ENGAGE', 'STRAT_OPS', 'SAT_PLAN', 'SLA_REVIEW', 'CE_ONSITE', 'INSIGHT_TP',
                    'HEALTH_CHECK', 'RELEASE_PLAN', 'WHITESPACE', 'CLIENT_FORUM', 'UPDATE_360']) AS code
  WHERE NOT EXISTS (SELECT 1 FROM segmentation_event_types e WHERE e.event_code = code);
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
      MESSAGE = 'seeding tier_event_requirements: segmentation_event_types lacks ' || missing,
      HINT = 'all 12 event types must exist: run the Migrator''s repair command (it re-seeds them)';
  END IF;
END $$;

INSERT INTO tier_event_requirements (segment, event_type_id, required_count_per_year, priority_level)
SELECT m.segment, e.id, m.required_count,
       CASE
         WHEN m.required_count = 0 THEN 'low'
         WHEN m.segment = 'Maintain' AND v.code = 'SAT_PLAN' THEN 'critical'
         WHEN m.segment = 'Maintain' AND v.code = 'STRAT_OPS' THEN 'high'
         WHEN m.segment = 'Sleeping Giant' AND v.code IN ('PGL_ENGAGE', 'EVP_ENGAGE') THEN 'critical'
         WHEN m.segment = 'Sleeping Giant' AND v.code IN ('SLA_REVIEW', 'CE_ONSITE', 'WHITESPACE', 'UPDATE_360') THEN 'high'
         ELSE 'medium'
       END
FROM (VALUES
  ('PGL_ENGAGE',   0, 0, 0, 0, 1, 1),
  ('EVP_ENGAGE',   0, 1, 1, 1, 4, 4),
  ('STRAT_OPS',    1, 2, 2, 2, 2, 2),
  ('SAT_PLAN',     1, 0, 1, 0, 1, 0),
  ('SLA_REVIEW',   2, 2, 4, 4, 12, 12),
  ('CE_ONSITE',    1, 1, 2, 2, 12, 12),
  ('INSIGHT_TP',   12, 12, 12, 12, 12, 12),
  ('HEALTH_CHECK', 0, 0, 1, 0, 1, 1),
  ('RELEASE_PLAN', 1, 1, 2, 2, 4, 4),
  ('WHITESPACE',   1, 2, 2, 2, 4, 4),
  ('CLIENT_FORUM', 0, 1, 1, 1, 1, 1),
  ('UPDATE_360',   2, 4, 8, 8, 12, 12)
) AS v(code, maintain, leverage, nurture, collaboration, sleeping_giant, giant)
CROSS JOIN LATERAL (VALUES
  ('Maintain', v.maintain), ('Leverage', v.leverage), ('Nurture', v.nurture),
  ('Collaboration', v.collaboration), ('Sleeping Giant', v.sleeping_giant), ('Giant', v.giant)
) AS m(segment, required_count)
JOIN segmentation_event_types e ON e.event_code = v.code
ON CONFLICT (segment, event_type_id) DO NOTHING;
