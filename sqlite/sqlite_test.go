package sqlite

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"testigo"
	"testigo/storetest"
)

func open(t *testing.T) testigo.Store {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func BenchmarkPut(b *testing.B) {
	storetest.BenchPut(b, func(b *testing.B) testigo.Store {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	}, 10)
}

// FuzzSearch: whatever a user types, search answers without an FTS5 syntax error.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"", `"a b" OR -c d*`, `"`, "OR", "NEAR(a b)", "a:b", "^x", `'`, "a AND NOT b", "\xff", "-", "(", "col:*"} {
		f.Add(s)
	}
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "f.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(context.Background(), q, 5); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Opening again applies nothing twice.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopening: %v", err)
	}
	var versions int
	s.SQL().QueryRow("SELECT COUNT(*) FROM schema_version").Scan(&versions)
	files, _ := migrations.ReadDir("migrations")
	if versions != len(files) || versions == 0 {
		t.Errorf("%d schema versions recorded, want %d", versions, len(files))
	}
	var mode string
	s.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode)
	var fk int
	s.SQL().QueryRow("PRAGMA foreign_keys").Scan(&fk)
	if mode != "wal" || fk != 1 {
		t.Errorf("journal_mode %q, foreign_keys %d; want wal, 1", mode, fk)
	}
	// A database from a newer testigo is refused, not damaged.
	s.SQL().Exec("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')")
	s.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("opening a newer schema: %v", err)
	}
}

func BenchmarkGeoNames(b *testing.B) {
	storetest.BenchGeoNames(b, func(b *testing.B) testigo.Store {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "g.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

// TestEventsFromLongSpans: the listing's `from` filter (events ending on or after a day)
// finds every such event whatever its length, though the engine bounds the scan by start
// dates derived from the stored spans.
func TestEventsFromLongSpans(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
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
