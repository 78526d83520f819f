-- testigo schema, version 4 (PostgreSQL): the event's PLOVER mode, ACLED event type and point
-- as columns, so that the listing filters them in SQL (lat and lon are NULL without coordinates).
ALTER TABLE events ADD COLUMN mode TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN acled_type TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN lon DOUBLE PRECISION;
UPDATE events SET
    mode = COALESCE(data->>'mode', ''),
    acled_type = COALESCE(data->'acled'->>'event_type', ''),
    lat = CASE WHEN COALESCE((data->'place'->>'lat')::double precision, 0) <> 0 OR COALESCE((data->'place'->>'lon')::double precision, 0) <> 0
        THEN (data->'place'->>'lat')::double precision END,
    lon = CASE WHEN COALESCE((data->'place'->>'lat')::double precision, 0) <> 0 OR COALESCE((data->'place'->>'lon')::double precision, 0) <> 0
        THEN (data->'place'->>'lon')::double precision END;
