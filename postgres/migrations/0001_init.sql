-- testigo schema, version 1 (PostgreSQL).
CREATE TABLE documents (
    hash             TEXT PRIMARY KEY,
    seq              BIGINT NOT NULL,
    doc_id           TEXT NOT NULL,
    path             TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    byline           TEXT NOT NULL DEFAULT '',
    published        TEXT NOT NULL DEFAULT '',
    published_source TEXT NOT NULL DEFAULT '',
    format           TEXT NOT NULL DEFAULT '',
    language         TEXT NOT NULL DEFAULT '',
    text             TEXT NOT NULL,
    problems         TEXT NOT NULL DEFAULT '[]',
    coder_version    TEXT NOT NULL,
    ingested_at      TEXT NOT NULL
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_seq ON documents(seq);

CREATE TABLE events (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    document_hash TEXT REFERENCES documents(hash) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL DEFAULT 0,
    merged_into   TEXT REFERENCES events(id),
    type          TEXT NOT NULL,
    date_start    TEXT NOT NULL DEFAULT '',
    date_end      TEXT NOT NULL DEFAULT '',
    precision     TEXT NOT NULL DEFAULT '',
    -- The length class of the date range (0 a day, 1 a week, 2 a month, 3 a year): each
    -- class is looked up apart when merging, so each lookup scans a short stretch of the index.
    long_span     INTEGER NOT NULL DEFAULT 0,
    country       TEXT NOT NULL DEFAULT '',
    admin1        TEXT NOT NULL DEFAULT '',
    place         TEXT NOT NULL DEFAULT '',
    dead          INTEGER NOT NULL DEFAULT 0,
    injured       INTEGER NOT NULL DEFAULT 0,
    arrested      INTEGER NOT NULL DEFAULT 0,
    size          INTEGER NOT NULL DEFAULT 0,
    actors        TEXT NOT NULL DEFAULT '',
    coder_version TEXT NOT NULL DEFAULT '',
    edited        INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    data          JSONB NOT NULL
);
CREATE INDEX events_document ON events(document_hash);
CREATE INDEX events_merged_into ON events(merged_into);
CREATE INDEX events_candidates ON events(type, long_span, date_start);
CREATE INDEX events_country_date ON events(country, date_start);

CREATE TABLE tolls (
    id            BIGSERIAL PRIMARY KEY,
    document_hash TEXT NOT NULL REFERENCES documents(hash) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    measure       TEXT NOT NULL,
    value         INTEGER NOT NULL,
    date          TEXT NOT NULL DEFAULT '',
    country       TEXT NOT NULL DEFAULT '',
    admin1        TEXT NOT NULL DEFAULT '',
    data          JSONB NOT NULL
);
CREATE INDEX tolls_document ON tolls(document_hash);
CREATE INDEX tolls_scope ON tolls(country, measure, date);

CREATE TABLE statements (
    document_hash TEXT NOT NULL REFERENCES documents(hash) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    data          JSONB NOT NULL,
    PRIMARY KEY (document_hash, ordinal)
);

CREATE TABLE merges (
    id       BIGSERIAL PRIMARY KEY,
    event_id TEXT NOT NULL,
    action   TEXT NOT NULL,
    members  TEXT NOT NULL,
    by_whom  TEXT NOT NULL,
    at       TEXT NOT NULL,
    reason   TEXT NOT NULL
);
CREATE INDEX merges_event ON merges(event_id);

CREATE TABLE geonames (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    asciiname       TEXT NOT NULL DEFAULT '',
    alternatenames  TEXT NOT NULL DEFAULT '',
    lat             DOUBLE PRECISION NOT NULL,
    lon             DOUBLE PRECISION NOT NULL,
    feature_class   TEXT NOT NULL DEFAULT '',
    feature_code    TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    admin1          TEXT NOT NULL DEFAULT '',
    admin2          TEXT NOT NULL DEFAULT '',
    population      BIGINT NOT NULL DEFAULT 0
);

-- Full text over document texts (kind 'document', ref = hash) and event evidence (kind
-- 'event', ref = event id). The tsvector is built from a copy with diacritics folded in Go,
-- so that "Potosí" finds "Potosi" as on SQLite.
CREATE TABLE search (
    kind  TEXT NOT NULL,
    ref   TEXT NOT NULL,
    doc   TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body  TEXT NOT NULL,
    tsv   TSVECTOR NOT NULL
);
CREATE INDEX search_ref ON search(ref);
CREATE INDEX search_tsv ON search USING GIN (tsv);
