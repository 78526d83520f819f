package main

import (
	"math"
	"strings"
	"testing"
)

func TestSphericalMean(t *testing.T) {
	tests := []struct {
		name     string
		pts      [][2]float64
		weights  []float64
		lat, lon float64
	}{
		{"one point", [][2]float64{{12, 34}}, nil, 12, 34},
		{"across the antimeridian", [][2]float64{{0, 170}, {0, -170}}, nil, 0, 180},
		{"on the equator", [][2]float64{{0, 10}, {0, 30}}, nil, 0, 20},
		{"weighted toward the larger", [][2]float64{{0, 0}, {0, 90}}, []float64{3, 1}, 0, math.Atan2(1, 3) * 180 / math.Pi},
	}
	for _, tt := range tests {
		lat, lon := sphericalMean(tt.pts, tt.weights)
		if math.Abs(lat-tt.lat) > 1e-6 || math.Abs(math.Mod(lon-tt.lon+540, 360)-180) > 1e-6 {
			t.Errorf("%s: got %.4f,%.4f, want %.4f,%.4f", tt.name, lat, lon, tt.lat, tt.lon)
		}
	}
}

func testSources() *regionSources {
	return &regionSources{
		country:   map[string][2]float64{"AAA": {10, 0}, "BBB": {10, 20}, "CCC": {-10, 10}},
		area:      map[string]float64{"AAA": 300, "BBB": 100, "CCC": 100},
		division:  map[string][2]float64{"AA.01": {0, 0}, "AA.02": {0, 10}},
		city:      map[string][2]float64{"port town:AA": {20, 0}},
		region:    map[string][]string{"Somewhere": {"AAA", "BBB", "CCC"}},
		subregion: map[string][]string{"South Somewhere": {"CCC"}},
	}
}

func TestRegionPoint(t *testing.T) {
	s := testSources()
	tests := []struct {
		members  string
		lat, lon float64
	}{
		{"point=1.5,-2.5", 1.5, -2.5},
		{"division=AA.01,AA.02", 0, 5},
		{"city=Port Town:AA", 20, 0},                                // folded name
		{"region=Somewhere;-subregion=South Somewhere", 10.1, 4.95}, // AAA and BBB, weighted 3:1
		{"country=AAA;division=AA.02", 5.02, 5.04},                  // mixed: each counts once
		{"subregion=South Somewhere", -10, 10},
	}
	for _, tt := range tests {
		lat, lon, err := s.point(tt.members)
		if err != nil {
			t.Errorf("%s: %v", tt.members, err)
			continue
		}
		if math.Abs(lat-tt.lat) > 0.05 || math.Abs(lon-tt.lon) > 0.05 {
			t.Errorf("%s: got %.3f,%.3f, want about %.2f,%.2f", tt.members, lat, lon, tt.lat, tt.lon)
		}
	}
	for _, bad := range []string{"", "country=ZZZ", "division=AA.99", "city=Nowhere:AA", "subregion=Atlantis", "planet=Mars", "point=1"} {
		if _, _, err := s.point(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestParseRegionDefs(t *testing.T) {
	in := "# comment\nUpper Land\tRGN\t0\tcountry=AAA\tUpper Land|Upland\tUplander\tnote\n\nShort\tRGN\n"
	if _, err := parseRegionDefs(strings.NewReader(in)); err == nil {
		t.Fatal("a short line was accepted")
	}
	defs, err := parseRegionDefs(strings.NewReader(strings.SplitAfter(in, "\n\n")[0]))
	if err != nil || len(defs) != 1 || defs[0].names != "Upper Land|Upland" || defs[0].demonyms != "Uplander" {
		t.Fatalf("got %+v, %v", defs, err)
	}
}
