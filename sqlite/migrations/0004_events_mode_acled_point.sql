-- testigo schema, version 4 (SQLite): the event's PLOVER mode, ACLED event type and point as
-- columns, so that the listing filters them in SQL (lat and lon are NULL without coordinates).
ALTER TABLE events ADD COLUMN mode TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN acled_type TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN lat REAL;
ALTER TABLE events ADD COLUMN lon REAL;
UPDATE events SET
    mode = COALESCE(json_extract(data, '$.mode'), ''),
    acled_type = COALESCE(json_extract(data, '$.acled.event_type'), ''),
    lat = CASE WHEN COALESCE(json_extract(data, '$.place.lat'), 0) <> 0 OR COALESCE(json_extract(data, '$.place.lon'), 0) <> 0
        THEN json_extract(data, '$.place.lat') END,
    lon = CASE WHEN COALESCE(json_extract(data, '$.place.lat'), 0) <> 0 OR COALESCE(json_extract(data, '$.place.lon'), 0) <> 0
        THEN json_extract(data, '$.place.lon') END;
