package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"testigo"
)

func str(s string) *string { return &s }

// sampleEvents are two events written for these tests: one fully coded with a place, one
// with nothing but a type, and awkward text (quotes, commas, a line break, markup).
func sampleEvents() []Item {
	text := `Riot police fired tear gas at marchers in Encarnación, killing two, "a massacre", said one.`
	full := testigo.Event{
		ID: "ev-1", Type: "ASSAULT", Mode: str("crowd-control"), Context: []string{"repression"},
		ACLED:      &testigo.ACLED{EventType: "Violence against civilians", SubEventType: "Attack", Inter1: 1, Inter2: 7, Interaction: 17},
		Date:       testigo.EventDate{Start: str("2025-03-14"), End: str("2025-03-14"), Precision: "day", Text: "Friday"},
		Place:      &testigo.EventPlace{Name: "Encarnación", Lat: -27.33056, Lon: -55.86667, Country: "PRY", Admin1: "Itapúa", Precision: 1},
		Actor:      []testigo.Entity{{Name: "Riot police", Sector: "COP", Country: "PRY"}, {Name: "Army", Sector: "MIL"}},
		Recipient:  []testigo.Entity{{Name: "marchers", Sector: "CVL"}},
		Dead:       &testigo.Count{Value: 2, Qualifier: "exact", Text: "two"},
		Injured:    &testigo.Count{Value: 0, Qualifier: "exact"},
		Source:     &testigo.Source{Name: "El Eco"},
		Evidence:   []testigo.Evidence{{Start: 0, End: len(text), Text: text}, {Start: 100, End: 110, Text: "line\nbreak <b>x</b>"}},
		Confidence: 0.8,
	}
	bare := testigo.Event{ID: "ev-2", Type: "DECREE"}
	return []Item{
		{Event: full, Sources: []Cite{{DocumentID: "doc-a", URL: "https://example.org/a", Title: "A"}, {DocumentID: "doc-b"}}, Updated: 1741910400},
		{Event: bare},
	}
}

func TestCSVReadsBack(t *testing.T) {
	var buf bytes.Buffer
	if err := Write("csv", &buf, sampleEvents()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read the export: %v", err)
	}
	if len(rows) != 3 {
		t.Fatalf("got %d rows, want header + 2", len(rows))
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	for _, want := range []string{"event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
		"actor1", "inter1", "actor2", "inter2", "interaction", "iso", "country", "admin1", "admin2", "location",
		"latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "timestamp",
		"plover_type", "plover_mode", "injured", "arrested", "evidence"} {
		if _, ok := col[want]; !ok {
			t.Errorf("column %q missing", want)
		}
	}
	r := rows[1]
	for name, want := range map[string]string{
		"event_id_cnty": "ev-1", "event_date": "2025-03-14", "year": "2025", "time_precision": "1",
		"event_type": "Violence against civilians", "actor1": "Riot police", "assoc_actor_1": "Army",
		"actor2": "marchers", "interaction": "17", "iso": "600", "country": "Paraguay", "admin1": "Itapúa",
		"location": "Encarnación", "latitude": "-27.33056", "longitude": "-55.86667", "geo_precision": "1",
		"source": "El Eco", "fatalities": "2", "timestamp": "1741910400", "plover_type": "ASSAULT",
		"plover_mode": "crowd-control", "injured": "0", "arrested": "", "evidence": "0:92;100:110",
		"document_ids": "doc-a;doc-b",
	} {
		if got := r[col[name]]; got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if !strings.Contains(r[col["notes"]], `"a massacre"`) || strings.Contains(r[col["notes"]], "\n") {
		t.Errorf("notes = %q: want the evidence, on one line", r[col["notes"]])
	}
	bare := rows[2]
	if bare[col["plover_type"]] != "DECREE" || bare[col["fatalities"]] != "0" || bare[col["latitude"]] != "" {
		t.Errorf("bare event row = %q", bare)
	}
}

func TestCSVEmptyHasHeader(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(buf.String()); got != strings.Join(CSVColumns, ",") {
		t.Errorf("empty export = %q, want the header alone", got)
	}
}

func TestPLOVERLines(t *testing.T) {
	var buf bytes.Buffer
	if err := Write("plover", &buf, sampleEvents()); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&buf)
	var recs []map[string]any
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v", len(recs)+1, err)
		}
		recs = append(recs, m)
	}
	if len(recs) != 2 {
		t.Fatalf("got %d lines, want 2", len(recs))
	}
	for _, r := range recs {
		for _, req := range []string{"id", "date", "actor", "event"} { // PLOVER's required fields
			if _, ok := r[req]; !ok {
				t.Errorf("record %v lacks required field %q", r["id"], req)
			}
		}
	}
	r := recs[0]
	if r["event"] != "ASSAULT" || r["mode"] != "crowd-control" || r["quad_code"] != 4.0 || r["date"] != "2025-03-14" {
		t.Errorf("record = %v", r)
	}
	if _, ok := r["enddate"]; ok {
		t.Errorf("enddate present for a one-day event")
	}
	size := r["size"].(map[string]any)
	if size["dead"] != 2.0 || size["injured"] != 0.0 || size["arrested"] != nil {
		t.Errorf("size = %v", size)
	}
	loc := r["event_loc"].(map[string]any)
	if loc["name"] != "Encarnación" || loc["country"] != "PRY" {
		t.Errorf("event_loc = %v", loc)
	}
	if cite := r["cite_info"].(map[string]any); cite["url"] != "https://example.org/a" {
		t.Errorf("cite_info = %v", cite)
	}
	if ti := r["text_info"].(map[string]any); ti["end"] != 92.0 {
		t.Errorf("text_info = %v", ti)
	}
	if !strings.Contains(r["text"].(string), "<b>x</b>") {
		t.Errorf("text was escaped or lost: %q", r["text"])
	}
	if recs[1]["event_loc"] != nil || len(recs[1]["actor"].([]any)) != 0 {
		t.Errorf("bare record = %v", recs[1])
	}
}

func TestGeoJSONParses(t *testing.T) {
	var buf bytes.Buffer
	if err := Write("geojson", &buf, sampleEvents()); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string
		Features []struct {
			ID       string
			Geometry struct {
				Type        string
				Coordinates []float64
			}
			Properties map[string]any
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 1 {
		t.Fatalf("got %s with %d features, want a FeatureCollection of 1 (the bare event has no place)", fc.Type, len(fc.Features))
	}
	f := fc.Features[0]
	if f.Geometry.Type != "Point" || f.Geometry.Coordinates[0] != -55.86667 || f.Geometry.Coordinates[1] != -27.33056 {
		t.Errorf("geometry = %+v (want lon, lat)", f.Geometry)
	}
	if f.Properties["fatalities"] != 2.0 || f.Properties["plover_type"] != "ASSAULT" {
		t.Errorf("properties = %v", f.Properties)
	}
	var empty bytes.Buffer
	GeoJSON(&empty, nil)
	if err := json.Unmarshal(empty.Bytes(), &fc); err != nil || len(fc.Features) != 0 {
		t.Errorf("empty collection %q: %v", empty.String(), err)
	}
}

func TestDeterministic(t *testing.T) {
	for _, f := range Formats {
		var a, b bytes.Buffer
		Write(f, &a, sampleEvents())
		Write(f, &b, sampleEvents())
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two runs differ", f)
		}
	}
	if _, err := New("xml", &bytes.Buffer{}); err == nil {
		t.Error("unknown format accepted")
	}
}

// ogr runs GDAL's ogrinfo on a file and returns its report, skipping loudly without GDAL.
func ogr(t *testing.T, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("SKIPPING: ogrinfo (Debian gdal-bin) is not installed; apt-get install -y gdal-bin")
	}
	out, err := exec.Command("ogrinfo", args...).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func TestGDALReadsGeoJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.geojson")
	var buf bytes.Buffer
	Write("geojson", &buf, sampleEvents())
	os.WriteFile(path, buf.Bytes(), 0o644)
	out := ogr(t, "-ro", "-al", "-so", path)
	for _, want := range []string{"Geometry: Point", "Feature Count: 1", "fatalities: Integer", "plover_type: String"} {
		if !strings.Contains(out, want) {
			t.Errorf("ogrinfo report lacks %q:\n%s", want, out)
		}
	}
	out = ogr(t, "-ro", "-al", "-q", path)
	if !strings.Contains(out, "POINT (-55.86667 -27.33056)") || !strings.Contains(out, "location (String) = Encarnación") {
		t.Errorf("ogrinfo features:\n%s", out)
	}
}

func TestGDALReadsCSV(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "events.csv")
	var buf bytes.Buffer
	Write("csv", &buf, sampleEvents())
	os.WriteFile(path, buf.Bytes(), 0o644)
	// GDAL's CSV driver builds points from the named columns, as a GIS user would.
	out := ogr(t, "-ro", "-al", "-q", "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", "-oo", "AUTODETECT_TYPE=YES", path)
	if !strings.Contains(out, "POINT (-55.86667 -27.33056)") {
		t.Errorf("GDAL did not place the event from latitude/longitude:\n%s", out)
	}
	if !strings.Contains(out, "event_id_cnty (String) = ev-1") || !strings.Contains(out, "fatalities (Integer) = 2") {
		t.Errorf("GDAL columns:\n%s", out)
	}
	if _, err := exec.LookPath("ogr2ogr"); err == nil {
		gj := filepath.Join(dir, "out.geojson")
		cmd := exec.Command("ogr2ogr", "-f", "GeoJSON", "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", gj, path)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("ogr2ogr csv -> geojson: %v\n%s", err, b)
		}
		b, _ := os.ReadFile(gj)
		if !bytes.Contains(b, []byte(`"event_id_cnty": "ev-1"`)) {
			t.Errorf("ogr2ogr output lacks the event:\n%s", b)
		}
	}
}
