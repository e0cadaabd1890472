-- Rollback of 031: every dashboard session ends (users sign in again).
DROP TABLE IF EXISTS segmentation_gateway_sessions;
DROP TABLE IF EXISTS segmentation_data_protection_keys;
