-- Every Events write (schedule, complete, reopen, update, delete) takes an AIP-155 request_id, not
-- only scheduling. The key now records which operation claimed it, the client it touched (so a
-- replay is shown only to a caller who may see that client) and the committed answer itself, so a
-- retry after a lost answer returns exactly what was committed, even for a delete.
-- Keys written before this script were all ScheduleEvent's, with no stored answer.
ALTER TABLE segmentation_event_request_keys
    ADD COLUMN operation   varchar(20)  NOT NULL DEFAULT 'schedule',
    ADD COLUMN client_name varchar(255),
    ADD COLUMN response    bytea;
