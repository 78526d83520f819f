-- testigo schema, version 5 (SQLite): the listing's deadliest-first order (dead descending,
-- then date and id) served by an index, so a page reads a page of rows instead of sorting the
-- whole selection.
CREATE INDEX events_deadliest ON events(dead DESC, date_start, id);
