-- Rollback of 030: the development provider's store (its clients are registered again at its start).
DROP SCHEMA IF EXISTS identity CASCADE;
