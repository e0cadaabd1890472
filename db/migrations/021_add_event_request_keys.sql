-- AIP-155 idempotency keys of ScheduleEvent: written in the same transaction as the event, so a
-- retry with the same request_id finds the first result. The fingerprint (SHA-256 of the request
-- without its request_id) tells a retry from a different request reusing the id.
-- No foreign key: the key outlives a deleted event, so a late retry cannot create it again.
CREATE TABLE segmentation_event_request_keys (
    request_id  varchar(128) PRIMARY KEY,
    fingerprint bytea        NOT NULL,
    event_id    uuid         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
