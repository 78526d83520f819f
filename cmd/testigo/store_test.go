package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testigo/geo"
	"testing"

	"testigo"
	"testigo/coder"
	"testigo/sqlite"
	"testigo/storetest"
)

func ptr[T any](v T) *T { return &v }

// seedStore writes two invented reports of one clash (merged) and a toll into a new SQLite
// store through the store API, so the commands can be tested apart from the coder.
func seedStore(t *testing.T) (path string, merged string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "t.db")
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	place := &testigo.EventPlace{Name: "Varnel", Lat: 10.5, Lon: 20.5, Country: "XYZ", Precision: 1}
	mk := func(id, published, text, phrase string, dead int) testigo.Extraction {
		i := strings.Index(text, phrase)
		ev := testigo.Event{Type: "ASSAULT", Date: testigo.EventDate{Start: ptr("2031-03-03"), End: ptr("2031-03-03"), Precision: "day"},
			Place: place, Dead: &testigo.Count{Value: dead, Qualifier: "exact", Text: phrase},
			Evidence: []testigo.Evidence{{Start: i, End: i + len(phrase), Text: phrase}}, Context: []string{}}
		toll := testigo.Toll{Measure: "dead", Value: dead, Qualifier: "exact", AsOf: ptr(published), Scope: testigo.TollScope{Country: "XYZ"},
			Evidence: []testigo.Evidence{{Start: i, End: i + len(phrase), Text: phrase}}}
		return testigo.Extraction{Document: testigo.Document{ID: id, Published: published, Text: text}, Events: []testigo.Event{ev}, Tolls: []testigo.Toll{toll}, CoderVersion: "old"}
	}
	ctx := context.Background()
	if _, err := st.Put(ctx, mk("alpha", "2031-03-03", "Police fired on farmers at the Varnel depot; two died.", "two died", 2), testigo.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	r, err := st.Put(ctx, mk("beta", "2031-03-04", "Three farmers were killed at Varnel when police opened fire.", "Three farmers were killed", 3), testigo.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Merged) != 1 {
		t.Fatalf("fixture did not merge: %+v", r)
	}
	return path, r.Merged[0]
}

func TestEventsCommand(t *testing.T) {
	db, merged := seedStore(t)
	out, errs, code := run(t, "events", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "ID ") || !strings.Contains(lines[1], merged) || !strings.Contains(lines[1], "2 (2/3)") {
		t.Errorf("table:\n%s\nwant a header and the merged event with dead 2 (2/3)", out)
	}
	// Columns line up: the header's DATE starts where the row's date does.
	if strings.Index(lines[0], "DATE") != strings.Index(lines[1], "2031-03-03") {
		t.Errorf("columns not aligned:\n%s", out)
	}
	out, _, _ = run(t, "events", "--db", db, "--jsonl", "--members")
	if n := len(strings.Split(strings.TrimSpace(out), "\n")); n != 3 {
		t.Errorf("--members --jsonl printed %d lines, want 3", n)
	}
	var ev testigo.StoredEvent
	json.Unmarshal([]byte(strings.Split(out, "\n")[0]), &ev)
	if ev.ID == "" || len(ev.Sources) == 0 {
		t.Errorf("JSON line %q lacks the event's sources", strings.Split(out, "\n")[0])
	}
	for _, tt := range []struct {
		args []string
		want int
	}{
		{[]string{"--min-dead", "3"}, 0}, // the merged event keeps the conservative 2
		{[]string{"--min-dead", "2"}, 1},
		{[]string{"--country", "QQQ"}, 0},
		{[]string{"--from", "2031-03-04"}, 0},
		{[]string{"--q", "farmers"}, 1},
	} {
		out, _, code := run(t, append([]string{"events", "--db", db, "--jsonl"}, tt.args...)...)
		got := 0
		if s := strings.TrimSpace(out); s != "" {
			got = len(strings.Split(s, "\n"))
		}
		if code != 0 || got != tt.want {
			t.Errorf("events %v: exit %d, %d events; want %d", tt.args, code, got, tt.want)
		}
	}
	if _, _, code := run(t, "events", "--db", db, "--from", "March"); code != 2 {
		t.Errorf("a bad --from: exit %d, want 2", code)
	}
}

func TestTollsCommand(t *testing.T) {
	db, _ := seedStore(t)
	out, errs, code := run(t, "tolls", "--db", db, "--country", "XYZ", "--measure", "dead")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"XYZ, dead", "2031-03-03  2 ", "2031-03-04  3 ", "alpha", "beta"} {
		if !strings.Contains(out, want) {
			t.Errorf("tolls output lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = run(t, "tolls", "--db", db, "--jsonl")
	var s testigo.TollSeries
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &s); err != nil || len(s.Points) != 2 || s.Points[1].EventsSum != 2 {
		t.Errorf("tolls --jsonl = %s (%v); want two points, the events' sum 2", out, err)
	}
}

func TestSplitCommand(t *testing.T) {
	db, merged := seedStore(t)
	out, errs, code := run(t, "split", "--db", db, "--by", "tester", "--reason", "two clashes", merged)
	if code != 0 || !strings.Contains(out, "into 2 events") {
		t.Fatalf("split: exit %d, %s %s", code, out, errs)
	}
	out, _, _ = run(t, "events", "--db", db, "--jsonl")
	if n := len(strings.Split(strings.TrimSpace(out), "\n")); n != 2 {
		t.Errorf("after split %d events, want 2", n)
	}
	if _, _, code := run(t, "split", "--db", db, merged); code != 1 {
		t.Errorf("splitting again: exit %d, want 1", code)
	}
	// Merging them back by hand.
	out, _, _ = run(t, "events", "--db", db, "--jsonl")
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev testigo.StoredEvent
		json.Unmarshal([]byte(line), &ev)
		ids = append(ids, ev.ID)
	}
	out, errs, code = run(t, append([]string{"merge", "--db", db, "--reason", "one clash after all"}, ids...)...)
	if code != 0 || !strings.Contains(out, "merged 2 reports") {
		t.Errorf("merge: exit %d, %s %s", code, out, errs)
	}
	if _, _, code := run(t, "merge", "--db", db, ids[0]); code != 2 {
		t.Errorf("merge with one ID: exit %d, want 2", code)
	}
}

func TestReprocessCommand(t *testing.T) {
	db, _ := seedStore(t)
	out, errs, code := run(t, "reprocess", "--db", db, "--progress", "off")
	if code != 0 || !strings.Contains(out, "reprocessed 2 documents") {
		t.Fatalf("reprocess: exit %d, %s %s", code, out, errs)
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stale, err := st.Stale(context.Background(), coder.Version, 0)
	if err != nil || len(stale) != 0 {
		t.Errorf("after reprocess %d stale documents (%v)", len(stale), err)
	}
	d, _ := st.Document(context.Background(), "alpha")
	if d.CoderVersion != coder.Version {
		t.Errorf("document coded by %q, want %q", d.CoderVersion, coder.Version)
	}
	out, _, _ = run(t, "reprocess", "--db", db, "--progress", "off")
	if !strings.Contains(out, "reprocessed 0 documents") {
		t.Errorf("second reprocess: %s", out)
	}
}

// TestGeoNamesLoad loads a small dump of invented places and checks that ingest's extractor
// then knows them.
func TestGeoNamesLoad(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "XY.txt")
	rows := []string{
		// geonameid name asciiname alternatenames lat lon class code cc cc2 admin1 admin2 admin3 admin4 population elevation dem timezone modified
		"9990001\tQuendral Vale\tQuendral Vale\tQuendralvale\t-12.5\t-70.25\tP\tPPL\tPE\t\t25\t\t\t\t54000\t\t3000\tAmerica/Lima\t2031-01-01",
		"9990002\tOstmark Hollow\tOstmark Hollow\t\t-13.0\t-71.0\tP\tPPLX\tPE\t\t25\t\t\t\t1200\t\t3100\tAmerica/Lima\t2031-01-01",
	}
	if err := os.WriteFile(dump, []byte(strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	out, errs, code := run(t, "geonames", "load", "--db", db, dump)
	if code != 0 || !strings.Contains(out, "2 rows") {
		t.Fatalf("geonames load: exit %d, %s %s", code, out, errs)
	}
	// Loading again replaces the rows: still two.
	run(t, "geonames", "load", "--db", db, dump)
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, _ := st.Stats(context.Background())
	if stats.GeoNames != 2 {
		t.Errorf("%d GeoNames rows, want 2", stats.GeoNames)
	}
	x, err := extractorFor(context.Background(), st, stdio{})
	if err != nil {
		t.Fatal(err)
	}
	if got := x.Annotator.Gazetteer.Lookup("Quendral Vale"); len(got) == 0 || got[0].GeonamesID != 9990001 {
		t.Errorf("the gazetteer does not know the loaded place: %+v", got)
	}
	// The extension is the store's own: the shipped gazetteer other commands share is unchanged.
	if shared, err := geo.Default(); err != nil || shared == x.Annotator.Gazetteer || len(shared.Lookup("Quendral Vale")) != 0 {
		t.Errorf("the shared default gazetteer was extended too (err %v)", err)
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("not\ta\tdump\n"), 0o644)
	if _, errs, code := run(t, "geonames", "load", "--db", db, bad); code != 1 || !strings.Contains(errs, "line 1") {
		t.Errorf("a bad dump: exit %d, %q; want 1 naming the line", code, errs)
	}
}

// TestIngestPostgres runs ingest against a throwaway PostgreSQL server.
func TestIngestPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a PostgreSQL server")
	}
	pg, err := storetest.StartPostgres()
	if err != nil {
		t.Skip("SKIPPING the PostgreSQL ingest test: " + err.Error())
	}
	defer pg.Stop()
	admin, err := sql.Open("pgx", pg.URL)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec("CREATE DATABASE ingest_test"); err != nil {
		t.Fatal(err)
	}
	admin.Close()
	url := pg.DatabaseURL("ingest_test")
	in := filepath.Join(t.TempDir(), "articles.jsonl")
	writeJSONL(t, in)
	if s := ingestJSON(t, "--db", url, in); s.Stored != 3 || s.Failed != 0 {
		t.Fatalf("first ingest into PostgreSQL: %+v", s)
	}
	if s := ingestJSON(t, "--db", url, in); s.Skipped != 3 || s.Stored != 0 {
		t.Fatalf("second ingest into PostgreSQL: %+v", s)
	}
	// The same input gives the same events, IDs included, on SQLite.
	lite := filepath.Join(t.TempDir(), "t.db")
	ingestJSON(t, "--db", lite, in)
	idsOf := func(db string) []string {
		out, errs, code := run(t, "events", "--db", db, "--jsonl", "--members", "--limit", "0")
		if code != 0 {
			t.Fatalf("events --db %s: exit %d: %s", db, code, errs)
		}
		var ids []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var ev testigo.StoredEvent
			if line != "" && json.Unmarshal([]byte(line), &ev) == nil {
				ids = append(ids, ev.ID+" "+ev.Type+" "+ev.MergedInto)
			}
		}
		return ids
	}
	if pgIDs, liteIDs := idsOf(url), idsOf(lite); strings.Join(pgIDs, ",") != strings.Join(liteIDs, ",") {
		t.Errorf("PostgreSQL and SQLite differ:\n%v\n%v", pgIDs, liteIDs)
	}
}
