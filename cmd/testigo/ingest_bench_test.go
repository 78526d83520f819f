package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"testigo/storetest"
)

// benchArticles writes n invented articles of about 1 KB as JSON Lines and returns the
// file and its total text size.
func benchArticles(b *testing.B, n int) (string, int) {
	towns := []string{"Varnel", "Ostrid", "Kemble", "Pallow", "Durnsey", "Quarrow"}
	groups := []string{"teachers", "miners", "farmers", "students", "bus drivers"}
	var buf bytes.Buffer
	size := 0
	for i := 0; i < n; i++ {
		town, group := towns[i%len(towns)], groups[i%len(groups)]
		var t strings.Builder
		fmt.Fprintf(&t, "Thousands of %s marched through %s on Monday, the %d time this month, demanding higher wages.\n\n", group, town, 1+i%9)
		fmt.Fprintf(&t, "Police fired tear gas at the crowd near the central square and arrested %d people, a spokesman said. ", 3+i%40)
		fmt.Fprintf(&t, "At least %d people were injured, according to the regional hospital.\n\n", 1+i%25)
		fmt.Fprintf(&t, "Union leaders in %s said the protests would go on until the government agreed to talks. ", town)
		fmt.Fprintf(&t, "The interior minister called the march illegal and blamed opposition parties for the unrest (report %d).\n", i)
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("bench-%05d", i), "published": fmt.Sprintf("2031-04-%02d", 1+i%28), "text": t.String()})
		buf.Write(append(line, '\n'))
		size += t.Len()
	}
	path := filepath.Join(b.TempDir(), "bench.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	return path, size
}

func benchIngest(b *testing.B, db func(i int) string) {
	const n = 200
	in, size := benchArticles(b, n)
	// Load the reference data once, outside the timing.
	var sink bytes.Buffer
	runMain(context.Background(), []string{"extract", "--published", "2031-04-01", os.DevNull}, stdio{in: strings.NewReader(""), out: &sink, err: &sink})
	b.SetBytes(int64(size))
	b.ResetTimer()
	var docs, events int
	var secs float64
	for i := 0; i < b.N; i++ {
		var out, errb bytes.Buffer
		code := runMain(context.Background(), []string{"ingest", "--json", "--progress", "off", "--db", db(i), in}, stdio{in: strings.NewReader(""), out: &out, err: &errb})
		var s ingestSummary
		if err := json.Unmarshal(out.Bytes(), &s); err != nil || code != 0 {
			b.Fatalf("ingest: exit %d, %v: %s", code, err, errb.String())
		}
		docs += s.Stored
		events += s.Events
		secs += s.Seconds
	}
	b.ReportMetric(float64(docs)/secs, "docs/s")
	b.ReportMetric(float64(events)/secs, "events/s")
}

// BenchmarkIngestSQLite is the whole ingest path: read, extract on all cores, store.
func BenchmarkIngestSQLite(b *testing.B) {
	dir := b.TempDir()
	benchIngest(b, func(i int) string { return filepath.Join(dir, fmt.Sprintf("b%d.db", i)) })
}

func BenchmarkIngestPostgres(b *testing.B) {
	pg, err := storetest.StartPostgres()
	if err != nil {
		b.Skip("SKIPPING: " + err.Error())
	}
	defer pg.Stop()
	admin, err := sql.Open("pgx", pg.URL)
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close()
	benchIngest(b, func(i int) string {
		name := fmt.Sprintf("bench%d", i)
		if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
			b.Fatal(err)
		}
		return pg.DatabaseURL(name)
	})
}
