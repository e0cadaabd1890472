-- Sign-in state shared by every replica (issue 14): the gateway's server-side sessions (a cookie holds
-- only the row's id; sign-out deletes the row, so a replayed cookie finds nothing) and the Data
-- Protection key ring (one ring per application: gateway, identity) that protects cookies and sessions.
CREATE TABLE segmentation_gateway_sessions (
    id          uuid         PRIMARY KEY,
    ticket      bytea        NOT NULL,   -- the authentication ticket, encrypted with the key ring
    expires_at  timestamptz  NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX ix_segmentation_gateway_sessions_expires_at ON segmentation_gateway_sessions (expires_at);

CREATE TABLE segmentation_data_protection_keys (
    ring        varchar(50)   NOT NULL,
    name        varchar(200)  NOT NULL,
    xml         text          NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (ring, name)
);
