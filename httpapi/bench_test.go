package httpapi

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"testigo"
	"testigo/sqlite"
)

const (
	benchDocs         = 10_000
	benchEventsPerDoc = 10 // 100,000 events
)

var (
	benchOnce  sync.Once
	benchStore testigo.Store
	benchErr   error
)

// benchmarkStore builds, once per test binary, a SQLite store of 100,000 events: 10,000
// generated documents of ten events each, spread over two years, six countries and the
// PLOVER types, stored without merging.
func benchmarkStore(b *testing.B) testigo.Store {
	benchOnce.Do(func() {
		ctx := context.Background()
		// Not b.TempDir: that would be removed after the first benchmark, while the store
		// is shared by all of them. TestMain removes it. $TESTIGO_BENCH_DB keeps the store
		// between runs instead (it is filled only when empty).
		path := os.Getenv("TESTIGO_BENCH_DB")
		if path == "" {
			path = filepath.Join(testTempDir, "bench.db")
		}
		st, err := sqlite.Open(ctx, path)
		if err != nil {
			benchErr = err
			return
		}
		if stats, err := st.Stats(ctx); err == nil && stats.Events == benchDocs*benchEventsPerDoc {
			benchStore = st
			return
		}
		start := time.Now()
		rng := rand.New(rand.NewPCG(1, 2))
		types := []string{"PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "ACCUSE", "REQUEST", "DECREE", "AGREE"}
		modes := []string{"demo", "firearms", "arrest", "troops", "", "change", "", ""}
		countries := []struct {
			code, admin1 string
			lat, lon     float64
		}{{"PRY", "Central", -25.3, -57.6}, {"BOL", "La Paz", -16.5, -68.15}, {"PER", "Lima", -12.05, -77.04},
			{"ECU", "Pichincha", -0.22, -78.51}, {"CHL", "Santiago", -33.45, -70.66}, {"COL", "Bogota", 4.6, -74.08}}
		day0 := time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)
		for d := 0; d < benchDocs; d++ {
			text := fmt.Sprintf("Report %d. Police and protesters clashed in the city; several people were hurt and some arrested. ", d)
			doc := testigo.Document{ID: fmt.Sprintf("bench-%05d", d), Title: fmt.Sprintf("Report %d", d), Text: text,
				Published: day0.AddDate(0, 0, d%730).Format("2006-01-02"), PublishedSource: testigo.PublishedMetadata}
			x := testigo.Extraction{Document: doc, CoderVersion: "bench"}
			for i := 0; i < benchEventsPerDoc; i++ {
				c := countries[rng.IntN(len(countries))]
				k := rng.IntN(len(types))
				day := day0.AddDate(0, 0, rng.IntN(730)).Format("2006-01-02")
				ev := testigo.Event{Type: types[k], Context: []string{},
					Date:     testigo.EventDate{Start: strp(day), End: strp(day), Precision: testigo.PrecisionDay},
					Place:    &testigo.EventPlace{Name: c.admin1, Lat: c.lat + rng.Float64() - 0.5, Lon: c.lon + rng.Float64() - 0.5, Country: c.code, Admin1: c.admin1, Precision: 1},
					Actor:    []testigo.Entity{{Name: "Police", Sector: "COP"}},
					Evidence: []testigo.Evidence{testigo.NewEvidence(text, testigo.Span{Start: 0, End: len(text) - 1})},
				}
				if modes[k] != "" {
					ev.Mode = strp(modes[k])
				}
				if rng.IntN(4) == 0 {
					ev.Dead = &testigo.Count{Value: rng.IntN(10), Qualifier: testigo.QualExact}
				}
				x.Events = append(x.Events, ev)
			}
			if _, err := st.Put(ctx, x, testigo.PutOptions{NoMerge: true}); err != nil {
				benchErr = err
				return
			}
		}
		b.Logf("stored %d events in %v", benchDocs*benchEventsPerDoc, time.Since(start).Round(time.Millisecond))
		benchStore = st
		// As testigo serve does at start: statistics let SQLite use the order index.
		if _, err := st.SQL().ExecContext(ctx, "PRAGMA optimize=0x10002"); err != nil {
			benchErr = err
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchStore
}

// testTempDir is a directory for the whole test binary.
var testTempDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "testigo-httpapi-")
	if err != nil {
		panic(err)
	}
	testTempDir = dir
	code := m.Run()
	if benchStore != nil {
		benchStore.Close()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// BenchmarkEvents measures the events endpoint over 100,000 stored events, through the
// whole HTTP handler (routing, parsing, store, JSON), one request at a time.
func BenchmarkEvents(b *testing.B) {
	st := benchmarkStore(b)
	h := New(Config{Store: st})
	// A cursor deep in the selection, found once.
	var deep string
	{
		q, _ := ParseQuery(nil)
		page, err := h.Select(context.Background(), q, "", 100)
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < 900 && page.Next != ""; i++ { // 90,000 events in
			deep = page.Next
			if page, err = h.Select(context.Background(), q, deep, 100); err != nil {
				b.Fatal(err)
			}
		}
	}
	for _, bc := range []struct{ name, query string }{
		{"first-page", "limit=100"},
		{"country+type", "country=BOL&type=PROTEST&limit=100"},
		{"date-range", "from=2029-03-01&to=2029-03-31&limit=100"},
		{"min-dead", "min_dead=5&limit=100"},
		{"mode", "mode=firearms&limit=100"},
		{"bbox", "bbox=-69,-17,-67,-16&limit=100"},
		{"cursor-at-90000", "limit=100&cursor=" + deep},
		{"sort=-dead", "sort=-dead&country=PRY&limit=100"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			req := httptest.NewRequest("GET", "/api/events?"+bc.query, nil)
			var size int
			b.ResetTimer()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: %d %s", bc.query, rec.Code, rec.Body)
				}
				size = rec.Body.Len()
			}
			b.SetBytes(int64(size))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/request")
		})
	}
}
