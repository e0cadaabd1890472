-- Events.Service change feed (outbox): one row per committed create/complete/reopen/reschedule/
-- update/delete, written in the same transaction as the change, so no change is lost when no one
-- listens. Readers resume after a position; NOTIFY only wakes them up.
CREATE TABLE segmentation_event_changes (
    position            bigserial    PRIMARY KEY,
    kind                varchar(20)  NOT NULL
        CHECK (kind IN ('created', 'completed', 'reopened', 'rescheduled', 'updated', 'deleted')),
    event_id            uuid         NOT NULL,
    client_name         varchar(255) NOT NULL,
    event_type_id       uuid         NOT NULL,
    event_date          date         NOT NULL,
    previous_event_date date,
    committed_at        timestamptz  NOT NULL DEFAULT now()
);
