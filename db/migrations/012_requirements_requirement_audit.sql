-- Every change of a requirement-matrix cell (who, when, before, after), written in the same
-- transaction as the change. No foreign key to tier_event_requirements: the guide's rollback
-- drops and recreates that table, and the history must outlive it.
CREATE TABLE IF NOT EXISTS tier_event_requirements_audit (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    segment                varchar(50)  NOT NULL,
    event_type_id          uuid         NOT NULL REFERENCES segmentation_event_types(id),
    before_required_count  integer      NOT NULL,
    before_priority_level  varchar(20)  NOT NULL,
    after_required_count   integer      NOT NULL,
    after_priority_level   varchar(20)  NOT NULL,
    changed_by             varchar(255) NOT NULL,
    changed_at             timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS tier_event_requirements_audit_cell_idx
    ON tier_event_requirements_audit (segment, event_type_id, changed_at DESC);
