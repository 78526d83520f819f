package httpapi

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"

	"testigo"
)

func get(t *testing.T, h http.Handler, path string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec
}

func getJSON(t *testing.T, h http.Handler, path string, v any) {
	t.Helper()
	rec := get(t, h, path)
	if rec.Code != 200 {
		t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

// TestRoutesMatchOpenAPI checks that the routing table and openapi.json describe the same
// operations, both ways.
func TestRoutesMatchOpenAPI(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi = %q, want 3.x", doc.OpenAPI)
	}
	s := New(Config{Store: &memStore{}})
	// The mux's pattern syntax differs from OpenAPI's in two ways: {$} anchors "/" and
	// {name...} matches the rest of the path.
	toOpenAPI := strings.NewReplacer("{$}", "", "...}", "}")
	inMux := map[string]bool{}
	for _, r := range s.routes() {
		key := strings.ToLower(r.method) + " " + toOpenAPI.Replace(r.pattern)
		inMux[key] = true
	}
	inDoc := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			inDoc[method+" "+path] = true
		}
	}
	for k := range inMux {
		if !inDoc[k] {
			t.Errorf("route %q is served but not in openapi.json", k)
		}
	}
	for k := range inDoc {
		if !inMux[k] {
			t.Errorf("openapi.json describes %q, which is not served", k)
		}
	}
	// Every declared query parameter of the events endpoint is one ParseQuery knows.
	var ev struct {
		Get struct {
			Parameters []struct{ Name string }
		}
	}
	json.Unmarshal(mustJSON(doc.Paths["/api/events"]), &ev)
	for _, p := range ev.Get.Parameters {
		if p.Name == "limit" || p.Name == "cursor" {
			continue
		}
		if _, err := ParseQuery(url.Values{p.Name: {"%%bad%%"}}); err == nil && !lenient[p.Name] {
			t.Errorf("parameter %s: a bad value was accepted, so it is probably not parsed", p.Name)
		}
	}
}

// lenient are the text parameters where any value is a valid value.
var lenient = map[string]bool{"admin1": true, "mode": true, "acled": true, "actor": true, "q": true, "document": true, "type": true}

func mustJSON(v any) []byte { b, _ := json.Marshal(v); return b }

func TestSecurityHeaders(t *testing.T) {
	s := New(Config{Store: &memStore{}})
	for _, path := range []string{"/", "/api/events", "/static/app.js", "/nope"} {
		rec := get(t, s, path)
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("%s: CSP = %q", path, csp)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", path)
		}
	}
	// The page loads no script inline and nothing from elsewhere.
	body := get(t, s, "/").Body.String()
	if regexp.MustCompile(`<script>|<script [^>]*>[^<]`).MatchString(body) || strings.Contains(body, "http://") && !strings.Contains(body, "https://") {
		t.Errorf("index.html has an inline script")
	}
	for _, m := range regexp.MustCompile(`(?:src|href)="([^"#]+)"`).FindAllStringSubmatch(body, -1) {
		if !strings.HasPrefix(m[1], "/") && !strings.HasPrefix(m[1], "https://") {
			t.Errorf("index.html refers to %q", m[1])
		}
		if strings.HasPrefix(m[1], "/static/") && get(t, s, m[1]).Code != 200 {
			t.Errorf("asset %s is missing", m[1])
		}
	}
	if csp := New(Config{Store: &memStore{}, TileURL: "https://tiles.example/{z}/{x}/{y}.png"}).csp; !strings.Contains(csp, "img-src 'self' data: https://tiles.example") {
		t.Errorf("tile layer's origin not allowed: %q", csp)
	}
}

func TestEventsFilters(t *testing.T) {
	m, ids := newTestStore(t)
	s := New(Config{Store: m})
	cases := []struct {
		query string
		want  []string // fixture names
	}{
		{"", []string{"merged", "protestA", "blockade", "arrest"}},
		{"type=protest", []string{"protestA", "blockade"}},
		{"mode=obstruct", []string{"blockade"}},
		{"acled=Protests", []string{"merged", "protestA", "blockade"}},
		{"min_dead=1", []string{"merged"}},
		{"actor=soldier", []string{"arrest"}},
		{"from=2025-03-04", []string{"arrest"}},
		{"to=2025-03-03&country=pry", []string{"merged", "protestA", "blockade"}},
		{"admin1=Itap%C3%BAa", []string{"blockade"}},
		{"bbox=-56,-28,-55,-27", []string{"blockade"}},
		{"bbox=-58,-26,-54,-25", []string{"merged", "protestA", "arrest"}},
		{"q=bridge", []string{"blockade"}},
		{"members=true&type=ASSAULT", []string{"assaultA", "assaultB", "merged"}},
		{"document=" + ids["docB"], []string{"assaultB", "blockade"}},
	}
	for _, c := range cases {
		var page Page
		getJSON(t, s, "/api/events?"+c.query, &page)
		var got, want []string
		for _, e := range page.Events {
			got = append(got, e.ID)
		}
		for _, w := range c.want {
			want = append(want, ids[w])
		}
		sort.Strings(got)
		sort.Strings(want)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("?%s: got %v, want %v", c.query, got, want)
		}
	}
	for _, bad := range []string{"from=March", "min_dead=-1", "bbox=1,2,3", "bbox=0,10,1,5", "bbox=NaN,0,1,1", "bbox=0,0,Inf,1", "sort=best", "limit=0", "limit=5000", "cursor=zzz", "country=Paraguay", "members=maybe"} {
		rec := get(t, s, "/api/events?"+bad)
		var e apiError
		json.Unmarshal(rec.Body.Bytes(), &e)
		if rec.Code != 400 || !strings.Contains(e.Error, "parameter") {
			t.Errorf("?%s: %d %q, want 400 naming the parameter", bad, rec.Code, e.Error)
		}
	}
}

// TestPagination walks every order page by page and checks that each event comes exactly
// once and in order.
func TestPagination(t *testing.T) {
	m := &memStore{}
	text := "A march took place."
	var evs []testigo.Event
	for i := 0; i < 23; i++ {
		evs = append(evs, testigo.Event{Type: "PROTEST", Date: testigo.EventDate{Start: strp(fmt.Sprintf("2025-01-%02d", i%7+1))},
			Dead: &testigo.Count{Value: i % 5}, Evidence: []testigo.Evidence{testigo.NewEvidence(text, testigo.Span{Start: 2, End: 7})}})
	}
	m.addDoc(testigo.Document{ID: "d", Text: text}, evs, nil)
	s := New(Config{Store: m})
	for _, order := range testigo.EventOrders {
		var all []testigo.StoredEvent
		cur := ""
		for n := 0; ; n++ {
			var page Page
			getJSON(t, s, "/api/events?limit=4&sort="+order+"&cursor="+url.QueryEscape(cur), &page)
			all = append(all, page.Events...)
			if page.Next == "" {
				break
			}
			if n > 10 {
				t.Fatalf("sort=%s: pagination does not end", order)
			}
			cur = page.Next
		}
		seen := map[string]bool{}
		for _, e := range all {
			if seen[e.ID] {
				t.Errorf("sort=%s: %s twice", order, e.ID)
			}
			seen[e.ID] = true
		}
		if len(seen) != 23 {
			t.Errorf("sort=%s: %d events, want 23", order, len(seen))
		}
		ok := sort.SliceIsSorted(all, func(i, j int) bool {
			a, b := all[i], all[j]
			switch order {
			case "-date":
				return *a.Date.Start > *b.Date.Start
			case "dead":
				return a.Dead.Value < b.Dead.Value
			case "-dead":
				return a.Dead.Value > b.Dead.Value
			}
			return *a.Date.Start < *b.Date.Start
		})
		if !ok {
			t.Errorf("sort=%s: out of order", order)
		}
	}
	// A cursor made for one order is refused by another.
	var page Page
	getJSON(t, s, "/api/events?limit=4", &page)
	if rec := get(t, s, "/api/events?sort=-dead&cursor="+page.Next); rec.Code != 400 {
		t.Errorf("cursor reused across orders: %d", rec.Code)
	}
	// Events stored between two pages before the cursor are not sent twice.
	m.addDoc(testigo.Document{ID: "e", Text: text + " "}, evs[:3], nil)
	var next Page
	getJSON(t, s, "/api/events?limit=4&cursor="+page.Next, &next)
	for _, e := range next.Events {
		for _, p := range page.Events {
			if e.ID == p.ID {
				t.Errorf("%s sent on two pages", e.ID)
			}
		}
	}
}

func TestEventDetail(t *testing.T) {
	m, ids := newTestStore(t)
	s := New(Config{Store: m})
	var d EventDetail
	getJSON(t, s, "/api/events/"+ids["merged"], &d)
	if d.Event.Kind != testigo.EventMerged || len(d.Reports) != 2 || len(d.Merges) != 1 || len(d.Event.Sources) != 2 {
		t.Fatalf("merged event detail: kind %s, %d reports, %d merges, %d sources", d.Event.Kind, len(d.Reports), len(d.Merges), len(d.Event.Sources))
	}
	if d.Reports[0].Dead.Value != 2 || d.Reports[0].Injured.Value != 14 || d.Reports[1].Injured != nil {
		t.Errorf("each source's own figures lost: %+v / %+v", d.Reports[0].Injured, d.Reports[1].Injured)
	}
	getJSON(t, s, "/api/events/"+ids["blockade"], &d)
	if len(d.Reports) != 1 || d.Reports[0].ID != ids["blockade"] || len(d.Merges) != 0 {
		t.Errorf("report detail: %+v", d)
	}
	if rec := get(t, s, "/api/events/nope"); rec.Code != 404 {
		t.Errorf("missing event: %d", rec.Code)
	}
}

func TestDocumentSpans(t *testing.T) {
	m, ids := newTestStore(t)
	s := New(Config{Store: m})
	var d DocumentDetail
	getJSON(t, s, "/api/documents/eco-1", &d)
	if d.Text != textA || d.Document.Hash != ids["docA"] || len(d.Events) != 2 {
		t.Fatalf("document: text %d bytes, hash %s, events %v", len(d.Text), d.Document.Hash, d.Events)
	}
	whats := map[string]string{}
	for _, sp := range d.Spans {
		whats[sp.What] = d.Text[sp.Start:sp.End]
	}
	if whats["dead"] != "Two" || whats["injured"] != "14" || !strings.HasPrefix(whats["evidence"], "Police fired") && !strings.HasPrefix(whats["evidence"], "thousands") {
		t.Errorf("spans: %v", whats)
	}
	var list struct{ Documents []testigo.StoredDocument }
	getJSON(t, s, "/api/documents", &list)
	if len(list.Documents) != 3 {
		t.Errorf("%d documents", len(list.Documents))
	}
	if rec := get(t, s, "/api/documents/nope"); rec.Code != 404 {
		t.Errorf("missing document: %d", rec.Code)
	}
}

func TestTollsAndMeta(t *testing.T) {
	m, _ := newTestStore(t)
	s := New(Config{Store: m, Version: "v-test"})
	var tolls struct{ Series []testigo.TollSeries }
	getJSON(t, s, "/api/tolls?measure=dead", &tolls)
	if len(tolls.Series) != 1 || tolls.Series[0].Points[0].Value != 2 {
		t.Errorf("tolls: %+v", tolls)
	}
	var v map[string]string
	getJSON(t, s, "/version", &v)
	if v["version"] != "v-test" {
		t.Errorf("version: %v", v)
	}
	getJSON(t, s, "/healthz", &v)
	if v["status"] != "ok" {
		t.Errorf("healthz: %v", v)
	}
	var st testigo.Stats
	getJSON(t, s, "/api/stats", &st)
	if st.Documents != 3 || st.Events != 4 {
		t.Errorf("stats: %+v", st)
	}
	if rec := get(t, s, "/api/tolls?from=yesterday"); rec.Code != 400 {
		t.Errorf("bad toll date: %d", rec.Code)
	}
}

func TestExportEndpoints(t *testing.T) {
	m, ids := newTestStore(t)
	s := New(Config{Store: m})
	rec := get(t, s, "/api/export.csv?type=PROTEST")
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("csv content type %q", ct)
	}
	rows, err := csv.NewReader(rec.Body).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv: %d rows, %v", len(rows), err)
	}
	rec = get(t, s, "/api/export.jsonl?min_dead=1")
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], `"id":"`+ids["merged"]+`"`) {
		t.Errorf("plover: %q", lines)
	}
	var fc struct {
		Features []struct{ ID string }
	}
	rec = get(t, s, "/api/export.geojson?sort=-dead")
	if err := json.Unmarshal(rec.Body.Bytes(), &fc); err != nil || len(fc.Features) != 4 || fc.Features[0].ID != ids["merged"] {
		t.Errorf("geojson: %v %+v", err, fc)
	}
	if rec := get(t, s, "/api/export.csv?from=x"); rec.Code != 400 {
		t.Errorf("bad export filter: %d", rec.Code)
	}
	b, _ := io.ReadAll(get(t, s, "/static/countries-50m.json").Body)
	if len(b) < 100000 {
		t.Errorf("map data: %d bytes", len(b))
	}
}
