-- Alternative spellings of client names (SPEC §4). An alias resolves to exactly one client and is
-- never also a client name; the service checks the latter under an advisory lock.
CREATE TABLE IF NOT EXISTS client_aliases (
    alias       varchar(255) PRIMARY KEY CHECK (alias = btrim(alias) AND alias <> ''),
    client_name varchar(255) NOT NULL REFERENCES nps_clients(client_name) ON UPDATE CASCADE ON DELETE CASCADE,
    created_by  varchar(255),
    created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS client_aliases_client_idx ON client_aliases (client_name);
