-- Issue 15: each user's secret calendar feed URL (GET /calendar/{secret}.ics). Only a SHA-256 hash of the
-- secret is stored, so the table alone cannot open anyone's feed; rotating replaces the hash (the old URL
-- stops working), revoking deletes the row. Owned by Events.Service. The owner's role and CSE are kept as
-- the token said when the feed was made; which clients that CSE sees is decided by Requirements per request.
CREATE TABLE segmentation_event_calendar_feeds (
    owner        varchar(255)  PRIMARY KEY,   -- the verified caller's name
    secret_hash  bytea         NOT NULL UNIQUE,
    is_admin     boolean       NOT NULL,
    cse          varchar(255),
    created_at   timestamptz   NOT NULL DEFAULT now()
);
