// Package export writes coded events in the formats other tools read: an ACLED-style CSV,
// PLOVER JSON Lines and a GeoJSON FeatureCollection. The writers are pure: they format what
// they are given, in the order given, and write nothing else, so the same events always give
// the same bytes.
//
// Each format has a streaming Writer (Write one item at a time, then Close) so that a server
// can export a large selection without holding it in memory, and a one-call function over a
// slice.
package export

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"

	"testigo"
)

// Formats names the formats New accepts, in the order they are documented.
var Formats = []string{"csv", "plover", "geojson"}

// Cite is a document that reports an event, as much of it as a citation needs.
type Cite struct {
	DocumentID string `json:"document_id"`
	URL        string `json:"url,omitempty"`
	Title      string `json:"title,omitempty"`
	Published  string `json:"published,omitempty"`
	Language   string `json:"language,omitempty"`
}

// Item is one event to export with the documents that report it (the first is the one the
// event's evidence spans point into) and the Unix time it was last changed, 0 when unknown.
type Item struct {
	Event   testigo.Event
	Sources []Cite
	Updated int64
}

// Items wraps bare events, for callers that know nothing of their documents.
func Items(events []testigo.Event) []Item {
	items := make([]Item, len(events))
	for i, ev := range events {
		items[i] = Item{Event: ev}
	}
	return items
}

// Writer writes items one at a time; Close finishes the output (a closing bracket, a
// flush) and must be called once after the last Write, even when there were none.
type Writer interface {
	Write(Item) error
	Close() error
}

// New returns the writer of format ("csv", "plover" or "geojson") on w.
func New(format string, w io.Writer) (Writer, error) {
	switch format {
	case "csv":
		return NewCSV(w), nil
	case "plover", "jsonl":
		return NewPLOVER(w), nil
	case "geojson":
		return NewGeoJSON(w), nil
	}
	return nil, fmt.Errorf("export: unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// ContentType is the media type of format's output, for HTTP responses.
func ContentType(format string) string {
	switch format {
	case "csv":
		return "text/csv; charset=utf-8"
	case "plover", "jsonl":
		return "application/x-ndjson; charset=utf-8"
	case "geojson":
		return "application/geo+json"
	}
	return "application/octet-stream"
}

// Extension is the file name extension for format's output.
func Extension(format string) string {
	switch format {
	case "csv":
		return ".csv"
	case "plover", "jsonl":
		return ".jsonl"
	case "geojson":
		return ".geojson"
	}
	return ""
}

// Write writes all items in format to w.
func Write(format string, w io.Writer, items []Item) error {
	ew, err := New(format, w)
	if err != nil {
		return err
	}
	for _, it := range items {
		if err := ew.Write(it); err != nil {
			return err
		}
	}
	return ew.Close()
}

// CSV writes events as an ACLED-style CSV.
func CSV(w io.Writer, events []testigo.Event) error { return Write("csv", w, Items(events)) }

// PLOVER writes events as PLOVER JSON Lines.
func PLOVER(w io.Writer, events []testigo.Event) error { return Write("plover", w, Items(events)) }

// GeoJSON writes the events that have coordinates as a GeoJSON FeatureCollection.
func GeoJSON(w io.Writer, events []testigo.Event) error { return Write("geojson", w, Items(events)) }

//go:embed data/countries.tsv
var countriesTSV string

// country is a row of ISO 3166-1.
type country struct {
	Numeric string // "068", as ISO writes it
	Name    string
}

var countries = parseCountries(countriesTSV)

func parseCountries(tsv string) map[string]country {
	m := map[string]country{}
	sc := bufio.NewScanner(strings.NewReader(tsv))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) == 3 {
			m[f[0]] = country{Numeric: f[1], Name: f[2]}
		}
	}
	return m
}

// CountryName returns the English short name of an ISO 3166 alpha-3 code, or "".
func CountryName(alpha3 string) string { return countries[alpha3].Name }

// CountryNumeric returns ISO 3166's numeric code of an alpha-3 code as ACLED's iso column
// writes it (an integer, 68 for BOL), or "".
func CountryNumeric(alpha3 string) string {
	c, ok := countries[alpha3]
	if !ok {
		return ""
	}
	n, err := strconv.Atoi(c.Numeric)
	if err != nil {
		return ""
	}
	return strconv.Itoa(n)
}

// timePrecision is ACLED's time_precision for a date precision: 1 the day, 2 a week or
// similar period, 3 the month. Coarser or unknown dates have none.
func timePrecision(p string) string {
	switch p {
	case testigo.PrecisionDay:
		return "1"
	case testigo.PrecisionWeek:
		return "2"
	case testigo.PrecisionMonth:
		return "3"
	}
	return ""
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func countValue(c *testigo.Count) int {
	if c == nil {
		return 0
	}
	return c.Value
}
