package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// seedPublished are the seed articles' publication dates (the files carry none), by the
// number their names begin with.
var seedPublished = map[string]string{"000": "2019-11-20", "003": "2019-11-16"}

// TestSeedExportsLoadInGDAL ingests the seed articles, exports their events as CSV and
// GeoJSON, and has GDAL read both back (ogrinfo) and convert them to GeoPackage (ogr2ogr)
// without an error, with every event a feature.
func TestSeedExportsLoadInGDAL(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(seeds) == 0 {
		t.Skip("SKIPPING: no seed articles in " + seedsDir)
	}
	for _, tool := range []string{"ogr2ogr", "ogrinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("SKIPPING: %s (Debian gdal-bin) is not installed; apt-get install -y gdal-bin", tool)
		}
	}
	dir := t.TempDir()
	// The seeds go in through a JSON Lines file made here, each with its publication date.
	var lines []byte
	for _, seed := range seeds {
		name := filepath.Base(seed)
		num, _, _ := strings.Cut(name, "_")
		published, ok := seedPublished[num]
		if !ok {
			t.Logf("%s: no publication date known; left out", name)
			continue
		}
		text, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		line, _ := json.Marshal(map[string]string{"id": strings.TrimSuffix(name, ".txt"), "published": published, "text": string(text)})
		lines = append(append(lines, line...), '\n')
	}
	if len(lines) == 0 {
		t.Skip("SKIPPING: no seed article with a known publication date")
	}
	jsonl := filepath.Join(dir, "seeds.jsonl")
	if err := os.WriteFile(jsonl, lines, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "seeds.db")
	if s := ingestJSON(t, "--db", db, jsonl); s.Stored == 0 {
		t.Fatalf("ingest: %+v", s)
	}

	// What the exports must hold: every visible event in the CSV, those placed with
	// coordinates in the GeoJSON.
	out, _, _ := run(t, "events", "--db", db, "--jsonl", "--limit", "0")
	events, placed := 0, 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev struct {
			Place *struct{ Lat, Lon float64 } `json:"place"`
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("events --jsonl: %v", err)
		}
		events++
		if ev.Place != nil && (ev.Place.Lat != 0 || ev.Place.Lon != 0) {
			placed++
		}
	}
	if events == 0 || placed == 0 {
		t.Fatalf("the seeds gave %d events, %d placed: nothing to export", events, placed)
	}

	featureCount := regexp.MustCompile(`Feature Count: (\d+)`)
	for _, tt := range []struct {
		format, file string
		open         []string // GDAL open options
		want         int
	}{
		{"csv", "events.csv", []string{"-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", "-oo", "AUTODETECT_TYPE=YES"}, events},
		{"geojson", "events.geojson", nil, placed},
	} {
		path := filepath.Join(dir, tt.file)
		if _, errs, code := run(t, "export", "--db", db, "--format", tt.format, "-o", path); code != 0 {
			t.Fatalf("export --format %s: exit %d: %s", tt.format, code, errs)
		}
		gpkg := path + ".gpkg"
		args := append(append([]string{"-f", "GPKG"}, tt.open...), gpkg, path)
		b, err := exec.Command("ogr2ogr", args...).CombinedOutput()
		if err != nil || strings.Contains(string(b), "ERROR") {
			t.Fatalf("ogr2ogr %s: %v\n%s", strings.Join(args, " "), err, b)
		}
		if len(b) > 0 {
			t.Logf("ogr2ogr %s said:\n%s", tt.format, b)
		}
		for _, f := range []string{path, gpkg} {
			args := append(append([]string{"-ro", "-al", "-so"}, tt.open...), f)
			if f == gpkg {
				args = []string{"-ro", "-al", "-so", f}
			}
			b, err := exec.Command("ogrinfo", args...).CombinedOutput()
			if err != nil || strings.Contains(string(b), "ERROR") {
				t.Fatalf("ogrinfo %s: %v\n%s", strings.Join(args, " "), err, b)
			}
			m := featureCount.FindSubmatch(b)
			if m == nil {
				t.Fatalf("ogrinfo %s: no feature count:\n%s", f, b)
			}
			if n, _ := strconv.Atoi(string(m[1])); n != tt.want {
				t.Errorf("%s: %d features, want %d", filepath.Base(f), n, tt.want)
			}
			// GIS users filter and sum these columns: they must read as numbers.
			for _, field := range []string{"event_date: ", "plover_type: String", "fatalities: Integer", "iso: Integer", "year: Integer", "latitude: Real"} {
				if tt.format == "geojson" && field == "latitude: Real" {
					continue // the point's geometry holds it
				}
				if !strings.Contains(string(b), field) {
					t.Errorf("%s lacks the field %q:\n%s", filepath.Base(f), field, b)
				}
			}
			t.Logf("ogrinfo -al -so %s:\n%s", filepath.Base(f), b)
		}
	}
}
