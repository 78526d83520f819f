package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"testigo/sqlite"
)

// Invented fixture articles, in our own words: three outlets report a made-up blockade of a
// fuel depot; every name is invented.
var fixtureArticles = []struct{ id, published, title, text string }{
	{"tribune-101", "2031-03-02", "Depot blockade enters third day",
		"Farmers kept up their blockade of the Varnel fuel depot on Monday, drivers said.\n\nThe protesters demand lower diesel prices."},
	{"courier-55", "2031-03-03", "Police clear depot blockade",
		"Riot police cleared the farmers' blockade at the Varnel depot on Tuesday. At least four people were hurt, a hospital said."},
	{"ledger-9", "2031-03-04", "Fuel shortage spreads",
		"Petrol stations ran dry across the northern valleys after last week's blockade, traders said."},
}

func writeJSONL(t *testing.T, path string) {
	t.Helper()
	var b bytes.Buffer
	for _, a := range fixtureArticles {
		line, _ := json.Marshal(map[string]string{"id": a.id, "published": a.published, "title": a.title, "text": a.text})
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runMain(context.Background(), args, stdio{in: strings.NewReader(""), out: &out, err: &errb})
	return out.String(), errb.String(), code
}

func ingestJSON(t *testing.T, args ...string) ingestSummary {
	t.Helper()
	out, errs, code := run(t, append([]string{"ingest", "--json", "--progress", "off"}, args...)...)
	var s ingestSummary
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("ingest %v: exit %d, output %q: %v\nstderr %s", args, code, out, err, errs)
	}
	return s
}

// dumpTables prints every row of every table of a SQLite store, in a fixed order.
func dumpTables(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", sqlite.DSN(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var b strings.Builder
	for _, table := range []string{"schema_version", "documents", "events", "tolls", "statements", "merges", "geonames", "search"} {
		rows, err := db.Query("SELECT * FROM " + table + " ORDER BY 1, 2")
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %v\n", table, vals)
		}
		rows.Close()
	}
	return b.String()
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	in := filepath.Join(dir, "articles.jsonl")
	writeJSONL(t, in)
	s := ingestJSON(t, "--db", db, in)
	if s.Read != 3 || s.Stored != 3 || s.Skipped != 0 || s.Failed != 0 {
		t.Fatalf("first ingest: %+v", s)
	}
	before := dumpTables(t, db)
	s = ingestJSON(t, "--db", db, in)
	if s.Read != 3 || s.Stored != 0 || s.Skipped != 3 {
		t.Fatalf("second ingest: %+v, want all three skipped", s)
	}
	if after := dumpTables(t, db); after != before {
		t.Errorf("a second ingest changed the tables:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	// The published dates came through.
	out, _, code := run(t, "events", "--db", db, "--jsonl", "--members", "--limit", "0")
	if code != 0 {
		t.Fatalf("events exit %d", code)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var ev struct {
			Sources []struct{ Published string } `json:"sources"`
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatal(err)
		}
		for _, src := range ev.Sources {
			if !strings.HasPrefix(src.Published, "2031-03-0") {
				t.Errorf("source published %q, want the JSON Lines date", src.Published)
			}
		}
	}
}

func TestIngestInputs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	tree := filepath.Join(dir, "news")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(tree, "2031", "march"), 0o755))
	must(os.MkdirAll(filepath.Join(tree, ".cache"), 0o755))
	for i, a := range fixtureArticles {
		must(os.WriteFile(filepath.Join(tree, "2031", "march", fmt.Sprintf("a%d.txt", i)), []byte(a.text), 0o644))
	}
	must(os.WriteFile(filepath.Join(tree, ".cache", "hidden.txt"), []byte("A hidden file is not an article."), 0o644))
	must(os.WriteFile(filepath.Join(tree, "notes.bin"), []byte("not picked by a folder walk"), 0o644))
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Radio</title>
<item><title>Strike called</title><link>https://radio.example/1</link><pubDate>Mon, 10 Mar 2031 08:00:00 GMT</pubDate><description>Bus drivers in the valley called a strike for Thursday.</description></item>
<item><title>Strike ends</title><link>https://radio.example/2</link><pubDate>Fri, 14 Mar 2031 08:00:00 GMT</pubDate><description>The bus drivers' strike ended after one day of talks.</description></item>
</channel></rss>`
	must(os.WriteFile(filepath.Join(dir, "radio.xml"), []byte(feed), 0o644))
	must(os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))

	s := ingestJSON(t, "--db", db, tree, filepath.Join(dir, "radio.*"), filepath.Join(dir, "empty.txt"), filepath.Join(dir, "missing.txt"))
	if s.Stored != 5 || s.Failed != 2 || len(s.Failures) != 2 {
		t.Fatalf("summary %+v, want 3 files + 2 feed items stored, the empty and the missing file failed", s)
	}
	if !strings.Contains(s.Failures[0].Reason, "empty") || !strings.Contains(s.Failures[1].Reason, "missing.txt") {
		t.Errorf("failures %+v should say why and name the input", s.Failures)
	}
	_, _, code := run(t, "ingest", "--db", db, "--progress", "off", filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit code %d with a failed input, want 1", code)
	}
}

func TestIngestURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, fixtureArticles[1].text)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "t.db")
	s := ingestJSON(t, "--db", db, "--published", "2031-03-03", srv.URL+"/article", srv.URL+"/gone")
	if s.Stored != 1 || s.Failed != 1 || !strings.Contains(s.Failures[0].Reason, "410") {
		t.Fatalf("summary %+v, want the article stored and the 410 reported", s)
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := st.Document(context.Background(), srv.URL+"/article")
	if err != nil || d.URL != srv.URL+"/article" || d.Published != "2031-03-03" {
		t.Errorf("stored %+v, %v", d, err)
	}
}

// TestKillDuringIngest kills a real ingest with SIGKILL half-way, runs it again, and checks
// that every document is stored exactly once and the database is consistent.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests thousands of documents")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "testigo")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const n = 2000
	in := filepath.Join(dir, "docs.jsonl")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	towns := []string{"Varnel", "Ostrid", "Kemble", "Pallow", "Durnsey"}
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Report %d. Workers in %s marched on %d March for the %d-th time, police said; %d were detained.",
			i, towns[i%len(towns)], 1+i%28, i, i%17)
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("gen-%04d", i), "published": fmt.Sprintf("2031-03-%02d", 1+i%28), "text": text})
		f.Write(append(line, '\n'))
	}
	f.Close()
	db := filepath.Join(dir, "t.db")
	stored := func() int {
		c, err := sql.Open("sqlite", sqlite.DSN(db))
		if err != nil {
			return 0
		}
		defer c.Close()
		var k int
		c.QueryRow("SELECT COUNT(*) FROM documents").Scan(&k)
		return k
	}

	cmd := exec.Command(bin, "ingest", "--db", db, "--progress", "off", in)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	killedAt := 0
	for time.Now().Before(deadline) {
		if k := stored(); k >= n/10 {
			killedAt = k
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if killedAt == 0 {
		t.Fatalf("ingest stored nothing in 60 s; stderr:\n%s", errb.String())
	}
	before := stored()
	if before >= n {
		t.Fatalf("ingest finished (%d documents) before it could be killed", before)
	}
	t.Logf("killed with %d of %d documents stored", before, n)

	out, err := exec.Command(bin, "ingest", "--db", db, "--progress", "off", "--json", in).Output()
	if err != nil {
		t.Fatalf("second ingest: %v", err)
	}
	var s ingestSummary
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatal(err)
	}
	if s.Skipped != before || s.Stored != n-before || s.Failed != 0 {
		t.Errorf("resumed ingest: %+v, want %d skipped and %d stored", s, before, n-before)
	}
	c, err := sql.Open("sqlite", sqlite.DSN(db))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var docs, distinct, orphans int
	c.QueryRow("SELECT COUNT(*), COUNT(DISTINCT doc_id) FROM documents").Scan(&docs, &distinct)
	if docs != n || distinct != n {
		t.Errorf("%d documents, %d distinct IDs; want %d each", docs, distinct, n)
	}
	c.QueryRow("SELECT COUNT(*) FROM events e WHERE e.kind = 'report' AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.hash = e.document_hash)").Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d events without their document", orphans)
	}
	var integrity string
	c.QueryRow("PRAGMA integrity_check").Scan(&integrity)
	if integrity != "ok" {
		t.Errorf("integrity_check = %q", integrity)
	}
	rows, err := c.Query("PRAGMA foreign_key_check")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		t.Error("foreign_key_check found a violation")
	}
	rows.Close()
	var searchDocs int
	c.QueryRow("SELECT COUNT(*) FROM search WHERE kind = 'document'").Scan(&searchDocs)
	if searchDocs != n {
		t.Errorf("%d documents in the search index, want %d", searchDocs, n)
	}
}
