package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"testigo"
)

// CSVColumns are the CSV header: ACLED's column names where they apply, in ACLED's order,
// then testigo's own.
var CSVColumns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
	"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
	"iso", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
	"source", "notes", "fatalities", "timestamp",
	// testigo's columns
	"plover_type", "plover_mode", "injured", "arrested", "evidence", "document_ids",
}

type csvWriter struct {
	w       *csv.Writer
	started bool
}

// NewCSV returns a Writer of ACLED-style CSV (RFC 4180, a header line first).
//
// Column notes: event_id_cnty is testigo's stable event id; event_date is YYYY-MM-DD (the
// first day of the event's range); iso is ISO 3166's numeric code as ACLED writes it;
// actor1/actor2 are the first actor and recipient, assoc_actor_1/2 the others joined by
// "; "; fatalities is the conservative dead figure; notes is the evidence text, passages
// joined by " | "; evidence lists the passages' byte spans as start:end joined by ";", into
// the first document of document_ids. ACLED-only fields testigo does not code are empty.
func NewCSV(w io.Writer) Writer { return &csvWriter{w: csv.NewWriter(w)} }

func (c *csvWriter) header() error {
	if c.started {
		return nil
	}
	c.started = true
	return c.w.Write(CSVColumns)
}

func (c *csvWriter) Write(it Item) error {
	if err := c.header(); err != nil {
		return err
	}
	return c.w.Write(csvRecord(it))
}

func (c *csvWriter) Close() error {
	if err := c.header(); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

func csvRecord(it Item) []string {
	ev := it.Event
	date := deref(ev.Date.Start)
	year := ""
	if len(date) >= 4 {
		year = date[:4]
	}
	var eventType, subType, inter1, inter2, interaction string
	if a := ev.ACLED; a != nil {
		eventType, subType = a.EventType, a.SubEventType
		inter1, inter2, interaction = itoaNonZero(a.Inter1), itoaNonZero(a.Inter2), itoaNonZero(a.Interaction)
	}
	actor1, assoc1 := firstAndRest(ev.Actor)
	actor2, assoc2 := firstAndRest(ev.Recipient)
	var iso, countryName, admin1, admin2, location, lat, lon, geoPrecision string
	if p := ev.Place; p != nil {
		iso, countryName = CountryNumeric(p.Country), CountryName(p.Country)
		if countryName == "" {
			countryName = p.Country
		}
		admin1, admin2, location = p.Admin1, p.Admin2, p.Name
		if p.Lat != 0 || p.Lon != 0 {
			lat = strconv.FormatFloat(p.Lat, 'f', -1, 64)
			lon = strconv.FormatFloat(p.Lon, 'f', -1, 64)
		}
		geoPrecision = itoaNonZero(p.Precision)
	}
	source := ""
	if ev.Source != nil {
		source = ev.Source.Name
	}
	notes := make([]string, 0, len(ev.Evidence))
	spans := make([]string, 0, len(ev.Evidence))
	for _, e := range ev.Evidence {
		notes = append(notes, oneLine(e.Text))
		spans = append(spans, strconv.Itoa(e.Start)+":"+strconv.Itoa(e.End))
	}
	docs := make([]string, 0, len(it.Sources))
	for _, s := range it.Sources {
		docs = append(docs, s.DocumentID)
	}
	timestamp := ""
	if it.Updated > 0 {
		timestamp = strconv.FormatInt(it.Updated, 10)
	}
	return []string{
		ev.ID, date, year, timePrecision(ev.Date.Precision), eventType, subType,
		actor1, assoc1, inter1, actor2, assoc2, inter2, interaction,
		iso, countryName, admin1, admin2, location, lat, lon, geoPrecision,
		source, strings.Join(notes, " | "), strconv.Itoa(countValue(ev.Dead)), timestamp,
		ev.Type, deref(ev.Mode), countString(ev.Injured), countString(ev.Arrested),
		strings.Join(spans, ";"), strings.Join(docs, ";"),
	}
}

func firstAndRest(es []testigo.Entity) (string, string) {
	if len(es) == 0 {
		return "", ""
	}
	rest := make([]string, 0, len(es)-1)
	for _, e := range es[1:] {
		rest = append(rest, e.Name)
	}
	return es[0].Name, strings.Join(rest, "; ")
}

func itoaNonZero(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// countString is a figure for a column where "no figure reported" differs from zero.
func countString(c *testigo.Count) string {
	if c == nil {
		return ""
	}
	return strconv.Itoa(c.Value)
}

// oneLine folds the line breaks of a passage into spaces, so a note stays one line when the
// CSV is viewed as text (the CSV itself could quote them).
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
