package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"testigo"
	"testigo/httpapi"
	"testigo/sqlite"
)

var (
	demoDBOnce sync.Once
	demoDBPath string
	demoDBErr  error
)

// demoDB extracts the demo corpus into a SQLite file once per test binary and returns its
// path; tests only read it.
func demoDB(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("extracts the demo corpus; skipped in -short mode")
	}
	demoDBOnce.Do(func() {
		dir, err := os.MkdirTemp("", "testigo-parity-")
		if err != nil {
			demoDBErr = err
			return
		}
		demoDBPath = filepath.Join(dir, "demo.db")
		ctx := context.Background()
		st, err := sqlite.Open(ctx, demoDBPath)
		if err != nil {
			demoDBErr = err
			return
		}
		defer st.Close()
		var errb bytes.Buffer
		if n, err := loadDemo(ctx, st, stdio{in: strings.NewReader(""), out: &bytes.Buffer{}, err: &errb}); err != nil || n == 0 {
			demoDBErr = fmt.Errorf("demo corpus: %d stored, %v %s", n, err, errb.String())
		}
	})
	if demoDBErr != nil {
		t.Fatal(demoDBErr)
	}
	return demoDBPath
}

// cliIDs runs `testigo events --jsonl --limit 0` with the filters as flags.
func cliIDs(t *testing.T, db string, filters [][2]string) []string {
	t.Helper()
	args := []string{"events", "--db", db, "--jsonl", "--limit", "0"}
	for _, f := range filters {
		// "=" joins the value, as a boolean flag (--members) needs.
		args = append(args, "--"+strings.ReplaceAll(f[0], "_", "-")+"="+f[1])
	}
	out, errs, code := run(t, args...)
	if code != 0 {
		t.Fatalf("testigo %s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var ev testigo.StoredEvent
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("events --jsonl line %q: %v", line, err)
		}
		ids = append(ids, ev.ID)
	}
	return ids
}

// apiIDs pages through GET /api/events with the filters as query parameters, a few events
// a page so that the cursors are exercised.
func apiIDs(t *testing.T, base string, filters [][2]string) []string {
	t.Helper()
	v := url.Values{}
	for _, f := range filters {
		v.Set(f[0], f[1])
	}
	v.Set("limit", "3")
	var ids []string
	for pages := 0; ; pages++ {
		if pages > 1000 {
			t.Fatalf("GET /api/events?%s: no last page", v.Encode())
		}
		resp, err := http.Get(base + "/api/events?" + v.Encode())
		if err != nil {
			t.Fatal(err)
		}
		var page httpapi.Page
		err = json.NewDecoder(resp.Body).Decode(&page)
		resp.Body.Close()
		if resp.StatusCode != 200 || err != nil {
			t.Fatalf("GET /api/events?%s: %s %v", v.Encode(), resp.Status, err)
		}
		for _, ev := range page.Events {
			ids = append(ids, ev.ID)
		}
		if page.Next == "" {
			return ids
		}
		v.Set("cursor", page.Next)
	}
}

// TestEventsCommandMatchesAPI: for each filter, `testigo events` lists the same events, in
// the same order, as the API's events endpoint paged to its end.
func TestEventsCommandMatchesAPI(t *testing.T) {
	db := demoDB(t)
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(httpapi.New(httpapi.Config{Store: st}))
	defer srv.Close()

	all := cliIDs(t, db, nil)
	if len(all) < 10 {
		t.Fatalf("demo store lists %d events; the table below needs more", len(all))
	}
	if api := apiIDs(t, srv.URL, nil); !equalIDs(all, api) {
		t.Fatalf("no filter:\n cli %v\n api %v", all, api)
	}
	for _, tt := range []struct {
		name    string
		filters [][2]string
		// some: the filter must select at least one event and (unless all) not every one,
		// so that a filter ignored by one side shows.
		some, every bool
	}{
		{"from", [][2]string{{"from", "2030-04-15"}}, true, false},
		{"to", [][2]string{{"to", "2030-04-14"}}, true, false},
		{"date range", [][2]string{{"from", "2030-04-13"}, {"to", "2030-04-16"}}, true, false},
		{"country", [][2]string{{"country", "PRY"}}, true, false},
		{"country lower case", [][2]string{{"country", "pry"}}, true, false},
		{"type", [][2]string{{"type", "PROTEST"}}, true, false},
		{"type lower case", [][2]string{{"type", "protest"}}, true, false},
		{"actor", [][2]string{{"actor", "police"}}, true, false},
		{"min dead", [][2]string{{"min_dead", "1"}}, true, false},
		{"text query", [][2]string{{"q", "blockade"}}, true, false},
		{"text query phrase", [][2]string{{"q", `"road blockade"`}}, false, false},
		{"mode", [][2]string{{"mode", "demo"}}, true, false},
		{"acled", [][2]string{{"acled", "Protests"}}, true, false},
		{"bbox", [][2]string{{"bbox", "-58,-26,-56,-25"}}, true, false},
		{"admin1 any case", [][2]string{{"admin1", "caaguazú department"}}, true, false},
		{"members", [][2]string{{"members", "true"}}, true, true},
		{"type and country", [][2]string{{"type", "PROTEST"}, {"country", "PRY"}}, true, false},
		{"dead in a date range", [][2]string{{"min_dead", "1"}, {"from", "2030-04-14"}, {"to", "2030-04-20"}}, true, false},
		{"query and type", [][2]string{{"q", "police"}, {"type", "ASSAULT"}}, false, false},
		{"actor, mode, bbox", [][2]string{{"actor", "police"}, {"mode", "demo"}, {"bbox", "-63,-28,-54,-19"}}, false, false},
		{"nothing matches", [][2]string{{"country", "ZZZ"}}, false, false},
		{"deadliest first", [][2]string{{"sort", "-dead"}}, true, true},
		{"latest first in a country", [][2]string{{"sort", "-date"}, {"country", "PRY"}}, true, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cli := cliIDs(t, db, tt.filters)
			api := apiIDs(t, srv.URL, tt.filters)
			if !equalIDs(cli, api) {
				t.Errorf("%v:\n cli %v\n api %v", tt.filters, cli, api)
			}
			if tt.some && len(cli) == 0 {
				t.Errorf("%v selects nothing; the fixture should give it something to select", tt.filters)
			}
			if tt.some && !tt.every && len(cli) >= len(all) && tt.filters[0][0] != "members" {
				t.Errorf("%v selects all %d events; it filters nothing", tt.filters, len(all))
			}
			t.Logf("%v: %d events", tt.filters, len(cli))
		})
	}
}

func equalIDs(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demoDBPath != "" {
		os.RemoveAll(filepath.Dir(demoDBPath))
	}
	os.Exit(code)
}
