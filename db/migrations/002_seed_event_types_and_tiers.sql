-- The 12 event types (SPEC §2, production ids) and the six tiers; then the 72 legacy requirement
-- rows (SPEC §3) only while the legacy table is still legacy-shaped and empty.
INSERT INTO segmentation_event_types (id, event_code, event_name, frequency_type, responsible_team) VALUES
  ('ff6b28a6-9204-4bba-a55a-89100e3b5775', 'PGL_ENGAGE',   'President/Group Leader Engagement (in person)', 'Per Year', 'P/GL'),
  ('f1fa97ca-2a61-4aa0-a21f-d873d2858774', 'EVP_ENGAGE',   'EVP Engagement', 'Per Year', 'EVP'),
  ('27c07668-0e0f-4c87-9b81-a011f5a8ba35', 'STRAT_OPS',    'Strategic Ops Plan (Partnership) Meeting', 'Per Year', 'CE/VP/AVP +/- EVP'),
  ('826451d7-274f-4e2e-9e83-dbae6ba2e14e', 'SAT_PLAN',     'Satisfaction Action Plan', 'Per Year', 'CE'),
  ('84068dd3-cc5f-4a82-9980-3002c17f5e4d', 'SLA_REVIEW',   'SLA/Service Review Meeting', 'Per Year', 'Support'),
  ('5a4899ce-a007-430a-8b14-73d17c6bd8b0', 'CE_ONSITE',    'CE On-Site Attendance', 'Per Year', 'CE'),
  ('e177a096-82c1-4710-a599-4000c5343d06', 'INSIGHT_TP',   'Insight Touch Point', 'Per Year', 'CE'),
  ('cf5c4f53-c562-4ab7-81f9-b4c79d34089a', 'HEALTH_CHECK', 'Health Check (Opal)', 'Per Year', 'PS/R&D'),
  ('8790dac1-b731-43d7-a28e-f8df4b9838b1', 'RELEASE_PLAN', 'Upcoming Release Planning', 'Per Year', 'Solutions/PS/R&D'),
  ('79f7ee4a-def2-4de2-91cd-43f6d2d9296e', 'WHITESPACE',   'Whitespace Demos (Sunrise)', 'Per Year', 'Solutions/PS'),
  ('f07d80e9-ccaf-4551-9e6d-d74c47e14583', 'CLIENT_FORUM', 'APAC Client Forum / User Group', '1=Yes, 0=No', 'CE'),
  ('5951ecd1-016d-4567-a0b6-a68b581d03c8', 'UPDATE_360',   'Updating Client 360', 'Per Year', 'CE')
ON CONFLICT DO NOTHING;

INSERT INTO segmentation_tiers (tier_name, tier_level, description, color) VALUES
  ('Maintain',       1, 'Low spend, low satisfaction', '#6b7280'),
  ('Leverage',       2, 'Low spend, high satisfaction', '#10b981'),
  ('Nurture',        3, 'High spend, low satisfaction', '#f59e0b'),
  ('Collaboration',  4, 'Moderate/high spend, satisfied', '#3b82f6'),
  ('Sleeping Giant', 5, 'Very high spend, low satisfaction', '#ef4444'),
  ('Giant',          6, 'High spend, high satisfaction', '#8b5cf6')
ON CONFLICT (tier_name) DO NOTHING;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = 'tier_event_requirements' AND column_name = 'tier_id')
     AND NOT EXISTS (SELECT 1 FROM tier_event_requirements) THEN
    INSERT INTO tier_event_requirements (tier_id, event_type_id, required_count, is_mandatory)
    SELECT t.id, e.id, m.required_count, true
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
    ) AS m(tier_name, required_count)
    JOIN segmentation_tiers t ON t.tier_name = m.tier_name
    JOIN segmentation_event_types e ON e.event_code = v.code;
  END IF;
END $$;
