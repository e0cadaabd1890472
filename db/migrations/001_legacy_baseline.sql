-- Baseline: the old dashboard's schema as the 2025-11-13 backup left it (SPEC §9 step 1).
-- Creates only what is missing, so on the real production database it changes nothing.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE IF NOT EXISTS segmentation_tiers (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tier_name   varchar(50)  NOT NULL UNIQUE,
    tier_level  integer      NOT NULL,
    description text         NOT NULL DEFAULT '',
    color       varchar(20)  NOT NULL DEFAULT '#6b7280',
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS segmentation_event_types (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_code       varchar(50)  NOT NULL UNIQUE,
    event_name       varchar(255) NOT NULL,
    frequency_type   varchar(50)  NOT NULL DEFAULT 'Per Year',
    responsible_team varchar(100) NOT NULL DEFAULT '',
    is_active        boolean      NOT NULL DEFAULT true,
    created_at       timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS nps_clients (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    client_name varchar(255) NOT NULL UNIQUE,
    segment     varchar(50),
    cse         varchar(100),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS client_segmentation (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    client_name    varchar(255) NOT NULL,
    tier_id        uuid NOT NULL REFERENCES segmentation_tiers(id),
    cse_name       varchar(100),
    effective_from date NOT NULL,
    effective_to   date,
    notes          text,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- The legacy shape that 003 migrates away from.
CREATE TABLE IF NOT EXISTS tier_event_requirements (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tier_id        uuid    NOT NULL REFERENCES segmentation_tiers(id),
    event_type_id  uuid    NOT NULL REFERENCES segmentation_event_types(id),
    required_count integer NOT NULL DEFAULT 0,
    is_mandatory   boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tier_id, event_type_id)
);
