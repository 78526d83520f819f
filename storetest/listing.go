package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"testing"

	"testigo"
)

// Listing checks what the events listing adds to Run: the from filter over events of every
// length, the mode, ACLED type and box filters, and the orders with their pages.
func Listing(t *testing.T, open Opener) {
	for _, tt := range []struct {
		name string
		fn   func(*testing.T, testigo.Store)
	}{
		{"FromLongSpans", testFromLongSpans},
		{"ModeACLEDBox", func(t *testing.T, s testigo.Store) { PutPlacesFixture(t, s); CheckModeACLEDBox(t, s, "stored") }},
		{"Orders", testOrders},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tt.fn(t, s)
		})
	}
}

// testFromLongSpans: the listing's `from` filter (events ending on or after a day)
// finds every such event whatever its length, though the engine bounds the scan by start
// dates derived from the stored spans.
func testFromLongSpans(t *testing.T, s testigo.Store) {
	day := func(s string) *string { return &s }
	spans := []struct{ start, end string }{
		{"2030-06-01", "2030-06-01"}, // a day
		{"2030-05-28", "2030-06-02"}, // a week
		{"2030-05-10", "2030-06-03"}, // a month
		{"2029-09-01", "2030-06-04"}, // most of a year
		{"2027-01-01", "2030-06-05"}, // years: longer than any class bound
		{"2030-01-01", "2030-01-02"}, // over before the days asked
		{"2031-01-01", "2031-12-31"}, // after them
	}
	text := "An invented report of a long strike and a few short protests."
	x := testigo.Extraction{Document: testigo.Document{ID: "spans", Text: text, Published: "2031-12-31"}, CoderVersion: "test"}
	for _, sp := range spans {
		x.Events = append(x.Events, testigo.Event{Type: "PROTEST", Context: []string{},
			Date:     testigo.EventDate{Start: day(sp.start), End: day(sp.end), Precision: testigo.PrecisionDay},
			Evidence: []testigo.Evidence{testigo.NewEvidence(text, testigo.Span{Start: 0, End: 10})}})
	}
	if _, err := s.Put(ctx, x, testigo.PutOptions{NoMerge: true}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ from, to string }{
		{"2030-06-01", ""}, {"2030-06-03", ""}, {"2030-06-05", ""}, {"2030-06-06", ""},
		{"2028-01-01", ""}, {"2030-06-04", "2030-12-31"}, {"2020-01-01", "2030-06-01"},
	} {
		evs, err := s.Events(ctx, testigo.EventFilter{From: tt.from, To: tt.to})
		if err != nil {
			t.Fatal(err)
		}
		var got, want []string
		for _, ev := range evs {
			got = append(got, *ev.Date.Start+".."+*ev.Date.End)
		}
		for _, sp := range spans {
			if sp.end >= tt.from && (tt.to == "" || sp.start <= tt.to) {
				want = append(want, sp.start+".."+sp.end)
			}
		}
		sort.Strings(want) // the listing's order: by start
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("from %s to %s:\n got %v\nwant %v", tt.from, tt.to, got, want)
		}
	}
}

// PutPlacesFixture stores six invented events with different modes, ACLED event types and
// places (both sides of the antimeridian, a place without coordinates, no place), the data
// CheckModeACLEDBox filters. A backend's migration test stores it, takes the schema back and
// up again, and checks.
func PutPlacesFixture(t *testing.T, s testigo.Store) {
	t.Helper()
	str := func(s string) *string { return &s }
	type spec struct {
		mode, acled string
		place       *testigo.EventPlace
	}
	specs := []spec{
		{"demo", "Protests", &testigo.EventPlace{Name: "A", Lat: -25.3, Lon: -57.6, Country: "PRY"}},
		{"firearms", "Violence against civilians", &testigo.EventPlace{Name: "B", Lat: -16.5, Lon: -68.1, Country: "BOL"}},
		{"", "", &testigo.EventPlace{Name: "C", Lat: -17.7, Lon: 178.1, Country: "FJI"}},             // east of the antimeridian
		{"demo", "protests", &testigo.EventPlace{Name: "D", Lat: 65.0, Lon: -179.5, Country: "RUS"}}, // west of it
		{"demo", "Riots", &testigo.EventPlace{Name: "E", Country: "PRY"}},                            // no coordinates
		{"arrest", "Protests", nil},
	}
	text := "An invented report of several protests, a shooting and some arrests in six places."
	x := testigo.Extraction{Document: testigo.Document{ID: "filters", Text: text, Published: "2031-05-01"}, CoderVersion: "test"}
	for _, sp := range specs {
		ev := testigo.Event{Type: "PROTEST", Context: []string{}, Place: sp.place,
			Date:     testigo.EventDate{Start: str("2031-05-01"), End: str("2031-05-01"), Precision: testigo.PrecisionDay},
			Evidence: []testigo.Evidence{testigo.NewEvidence(text, testigo.Span{Start: 0, End: 10})}}
		if sp.mode != "" {
			ev.Mode = str(sp.mode)
		}
		if sp.acled != "" {
			ev.ACLED = &testigo.ACLED{EventType: sp.acled}
		}
		x.Events = append(x.Events, ev)
	}
	if _, err := s.Put(ctx, x, testigo.PutOptions{NoMerge: true}); err != nil {
		t.Fatal(err)
	}
}

// SQLStore is a store that shows its database, for tests that take its schema back.
type SQLStore interface {
	testigo.Store
	SQL() *sql.DB
}

// CheckListingMigration stores PutPlacesFixture in a fresh store, takes it back to schema 3
// (the listing columns and the index migrations 4 and 5 added, gone), and reopens it: the
// migrations must add the columns again and fill them from the stored events.
func CheckListingMigration(t *testing.T, open func() (SQLStore, error)) {
	t.Helper()
	ctx := context.Background()
	s, err := open()
	if err != nil {
		t.Fatal(err)
	}
	PutPlacesFixture(t, s)
	for _, stmt := range []string{
		"DROP INDEX events_deadliest",
		"ALTER TABLE events DROP COLUMN mode", "ALTER TABLE events DROP COLUMN acled_type",
		"ALTER TABLE events DROP COLUMN lat", "ALTER TABLE events DROP COLUMN lon",
		"DELETE FROM schema_version WHERE version >= 4",
	} {
		if _, err := s.SQL().ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	s.Close()
	if s, err = open(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	CheckModeACLEDBox(t, s, "migrated")
}

// CheckModeACLEDBox checks the mode, ACLED type and box filters over PutPlacesFixture's
// events; stage names the check in errors.
func CheckModeACLEDBox(t *testing.T, s testigo.Store, stage string) {
	t.Helper()
	for _, tt := range []struct {
		f    testigo.EventFilter
		want string // place names, in the listing's order (by id here)
	}{
		{testigo.EventFilter{Mode: "demo"}, "A D E"},
		{testigo.EventFilter{Mode: "firearms"}, "B"},
		{testigo.EventFilter{ACLED: "PROTESTS"}, "A D -"},
		{testigo.EventFilter{ACLED: "Riots", Mode: "demo"}, "E"},
		{testigo.EventFilter{BBox: &[4]float64{-70, -30, -50, -10}}, "A B"},
		{testigo.EventFilter{BBox: &[4]float64{170, -20, -170, 70}}, "C D"}, // across the antimeridian
		{testigo.EventFilter{BBox: &[4]float64{-180, -90, 180, 90}}, "A B C D"},
		{testigo.EventFilter{BBox: &[4]float64{-58, -26, -57, -25}, Mode: "demo"}, "A"},
	} {
		evs, err := s.Events(ctx, tt.f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range evs {
			if ev.Place == nil {
				got = append(got, "-")
			} else {
				got = append(got, ev.Place.Name)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %+v: got %v, want %s", stage, tt.f, got, tt.want)
		}
	}
}

// testOrders: each order lists the events by its keys, ties by date then id, and pages
// of it (limit, offset) put together give the whole listing.
func testOrders(t *testing.T, s testigo.Store) {
	text := "An invented report of clashes over a week, some of them deadly."
	x := testigo.Extraction{Document: testigo.Document{ID: "orders", Text: text, Published: "2031-07-09"}, CoderVersion: "test"}
	for i := 0; i < 23; i++ {
		d := fmt.Sprintf("2031-07-%02d", i%7+1)
		ev := testigo.Event{Type: "ASSAULT", Context: []string{}, Date: testigo.EventDate{Start: &d, End: &d, Precision: testigo.PrecisionDay},
			Evidence: []testigo.Evidence{testigo.NewEvidence(text, testigo.Span{Start: 0, End: 10})}}
		if i%5 != 0 {
			ev.Dead = &testigo.Count{Value: i % 4, Qualifier: testigo.QualExact}
		}
		x.Events = append(x.Events, ev)
	}
	if _, err := s.Put(ctx, x, testigo.PutOptions{NoMerge: true}); err != nil {
		t.Fatal(err)
	}
	key := func(ev testigo.StoredEvent) (int, string, string) {
		dead := 0
		if ev.Dead != nil {
			dead = ev.Dead.Value
		}
		return dead, *ev.Date.Start, ev.ID
	}
	for _, order := range testigo.EventOrders {
		all, err := s.Events(ctx, testigo.EventFilter{Order: order})
		if err != nil || len(all) != 23 {
			t.Fatalf("order %s: %d events, %v", order, len(all), err)
		}
		for i := 1; i < len(all); i++ {
			d0, t0, id0 := key(all[i-1])
			d1, t1, id1 := key(all[i])
			var ok bool
			switch order {
			case "date":
				ok = t0 < t1 || t0 == t1 && id0 < id1
			case "-date":
				ok = t0 > t1 || t0 == t1 && id0 > id1
			case "dead":
				ok = d0 < d1 || d0 == d1 && (t0 < t1 || t0 == t1 && id0 < id1)
			case "-dead":
				ok = d0 > d1 || d0 == d1 && (t0 < t1 || t0 == t1 && id0 < id1)
			}
			if !ok {
				t.Errorf("order %s: %v listed before %v", order, all[i-1].ID, all[i].ID)
			}
		}
		var paged []string
		for off := 0; off < 30; off += 4 {
			page, err := s.Events(ctx, testigo.EventFilter{Order: order, Limit: 4, Offset: off})
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range page {
				paged = append(paged, ev.ID)
			}
		}
		// Keyset pages: each starts after the last event of the one before.
		var keyed []string
		var after *testigo.EventKey
		for range 10 {
			page, err := s.Events(ctx, testigo.EventFilter{Order: order, Limit: 4, After: after})
			if err != nil {
				t.Fatal(err)
			}
			for _, ev := range page {
				keyed = append(keyed, ev.ID)
			}
			if len(page) == 0 {
				break
			}
			k := testigo.KeyOf(&page[len(page)-1].Event)
			after = &k
		}
		var whole []string
		for _, ev := range all {
			whole = append(whole, ev.ID)
		}
		if strings.Join(paged, " ") != strings.Join(whole, " ") {
			t.Errorf("order %s: pages %v, whole %v", order, paged, whole)
		}
		if strings.Join(keyed, " ") != strings.Join(whole, " ") {
			t.Errorf("order %s: keyset pages %v, whole %v", order, keyed, whole)
		}
	}
	if _, err := s.Events(ctx, testigo.EventFilter{Order: "best"}); err == nil {
		t.Errorf("order best: no error")
	}
}
