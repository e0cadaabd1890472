-- Client-specific exclusions (SPEC §5): an excluded event type leaves that client's assessment.
CREATE TABLE IF NOT EXISTS client_event_exclusions (
    client_name   varchar(255) NOT NULL REFERENCES nps_clients(client_name) ON UPDATE CASCADE ON DELETE CASCADE,
    event_type_id uuid         NOT NULL REFERENCES segmentation_event_types(id),
    reason        text         NOT NULL CHECK (btrim(reason) <> ''),
    created_by    varchar(255),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT client_event_exclusions_pkey PRIMARY KEY (client_name, event_type_id)
);
