-- testigo schema, version 3 (PostgreSQL): the earliest start of the events of the longest span
-- class that end on or after a day, read from the index alone. It bounds date_start when the
-- listing is filtered by `from`, so the scan of events_visible_order starts near that day.
CREATE INDEX events_span_end ON events(long_span, date_end, date_start);
