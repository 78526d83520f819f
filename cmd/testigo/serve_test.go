package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe for a writer and a reader in two goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestServeDemo runs `testigo serve --demo` on a loopback port, asks the API what it holds,
// stops it, and exports the same database in each format.
func TestServeDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the demo corpus; skipped in -short mode")
	}
	db := filepath.Join(t.TempDir(), "demo.db")
	ctx, cancel := context.WithCancel(context.Background())
	var stderr lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- runMain(ctx, []string{"serve", "--demo", "--db", db, "--addr", "127.0.0.1:0"}, stdio{in: strings.NewReader(""), out: &bytes.Buffer{}, err: &stderr})
	}()
	addr := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`)
	var base string
	for deadline := time.Now().Add(60 * time.Second); base == ""; time.Sleep(50 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			base = "http://" + m[1]
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %s", stderr.String())
		}
	}
	getJSON := func(path string, v any) {
		t.Helper()
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s: %s", path, resp.Status)
		}
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
	}
	var stats struct{ Documents, Events int }
	getJSON("/api/stats", &stats)
	if stats.Documents != 12 || stats.Events == 0 {
		t.Errorf("demo store: %+v, want 12 documents and some events", stats)
	}
	var page struct {
		Events []struct {
			ID    string
			Place *struct{ Country string }
		}
	}
	getJSON("/api/events?country=PRY&limit=1000", &page)
	if len(page.Events) == 0 {
		t.Errorf("no demo event placed in Paraguay")
	}
	resp, err := http.Get(base + "/")
	if err != nil || resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Errorf("UI: %v %v", err, resp)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited with %d: %s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop when its context ended")
	}

	// export reads the same store.
	out, errs, code := run(t, "export", "--db", db, "--format", "csv", "--country", "PRY")
	if code != 0 {
		t.Fatalf("export csv: %d %s", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) < 2 || rows[0][0] != "event_id_cnty" {
		t.Fatalf("export csv: %d rows, %v", len(rows), err)
	}
	for _, r := range rows[1:] {
		if r[14] != "Paraguay" {
			t.Errorf("export --country PRY gave a row in %q", r[14])
		}
	}
	out, errs, code = run(t, "export", "--db", db, "--format", "geojson")
	var fc struct {
		Type     string
		Features []json.RawMessage
	}
	if code != 0 || json.Unmarshal([]byte(out), &fc) != nil || fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
		t.Errorf("export geojson: %d %s %.200s", code, errs, out)
	}
	out, _, code = run(t, "export", "--db", db, "--format", "plover", "--type", "ASSAULT")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec struct{ Event string }
		if json.Unmarshal([]byte(line), &rec) != nil || rec.Event != "ASSAULT" {
			t.Errorf("export plover --type ASSAULT: %q", line)
		}
	}
	if _, errs, code = run(t, "export", "--db", db, "--format", "xml"); code != 2 || !strings.Contains(errs, "xml") {
		t.Errorf("unknown format: %d %q", code, errs)
	}
	if _, errs, code = run(t, "export", "--db", db, "--from", "April"); code != 2 || !strings.Contains(errs, "--from") {
		t.Errorf("bad filter: %d %q", code, errs)
	}
}
