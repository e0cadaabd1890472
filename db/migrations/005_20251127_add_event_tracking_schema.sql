-- Guide step 2.3: events, the compliance cache and the prediction history.
CREATE TABLE segmentation_events (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    client_name    varchar(255) NOT NULL,
    event_type_id  uuid         NOT NULL REFERENCES segmentation_event_types(id),
    event_date     date         NOT NULL,
    event_month    integer GENERATED ALWAYS AS (EXTRACT(MONTH FROM event_date)::integer) STORED,
    event_year     integer GENERATED ALWAYS AS (EXTRACT(YEAR FROM event_date)::integer) STORED,
    completed      boolean      NOT NULL DEFAULT false,
    completed_date date,
    completed_by   varchar(255),
    notes          text,
    meeting_link   text,
    attendees      text[]       NOT NULL DEFAULT '{}',
    location       text,
    source         varchar(50)  NOT NULL DEFAULT 'manual',
    created_by     varchar(255),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT segmentation_events_client_type_date_key UNIQUE (client_name, event_type_id, event_date)
);
-- Listing a client's year, and counting completed events of many clients over a window.
CREATE INDEX segmentation_events_client_year_idx ON segmentation_events (client_name, event_year);
CREATE INDEX segmentation_events_completed_window_idx
    ON segmentation_events (event_date, client_name, event_type_id) WHERE completed;
CREATE INDEX segmentation_events_open_idx
    ON segmentation_events (client_name, event_type_id, event_date) WHERE NOT completed;

CREATE TABLE segmentation_event_compliance (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    client_name           varchar(255) NOT NULL,
    event_type_id         uuid         NOT NULL REFERENCES segmentation_event_types(id),
    year                  integer      NOT NULL,
    expected_count        integer      NOT NULL,
    actual_count          integer      NOT NULL,
    compliance_percentage integer      NOT NULL,
    status                varchar(20)  NOT NULL,
    last_updated          timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (client_name, event_type_id, year)
);

CREATE TABLE segmentation_compliance_scores (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    client_name              varchar(255) NOT NULL,
    year                     integer      NOT NULL,
    current_compliance_score integer      NOT NULL,
    predicted_year_end_score integer      NOT NULL,
    predicted_status         varchar(20)  NOT NULL,
    confidence_score         numeric(3,2) NOT NULL,
    risk_score               numeric(3,2) NOT NULL,
    risk_level               varchar(20)  NOT NULL,
    risk_factors             jsonb        NOT NULL DEFAULT '[]',
    recommended_actions      jsonb        NOT NULL DEFAULT '[]',
    priority_event_types     jsonb        NOT NULL DEFAULT '[]',
    suggested_events         jsonb        NOT NULL DEFAULT '[]',
    months_remaining         integer      NOT NULL,
    prediction_date          date         NOT NULL,
    created_at               timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX segmentation_compliance_scores_client_idx ON segmentation_compliance_scores (client_name, year, created_at DESC);
