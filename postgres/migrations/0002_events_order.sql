-- testigo schema, version 2 (PostgreSQL): the events listing's order (date_start, id) served by an
-- index, so a page of visible events reads a page of rows instead of sorting them all.
CREATE INDEX events_visible_order ON events(date_start, id) WHERE merged_into IS NULL;
CREATE INDEX events_order ON events(date_start, id);
