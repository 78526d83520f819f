package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"testigo"
	"testigo/merge"
	"testigo/sqlite"
)

// The seed articles and their gold live outside the repository; these tests skip without them.
const seedsDir, goldDir = "/work/shared/seeds", "/work/shared/eval/gold"

type goldFile struct {
	Published string `json:"published"`
	Events    []struct {
		ID    string `json:"id"`
		Type  string `json:"type"`
		Place *struct {
			Lat float64 `json:"lat"`
			Lon float64 `json:"lon"`
			Km  float64 `json:"km"`
		} `json:"place"`
		MergeWith []string `json:"merge_with"`
	} `json:"events"`
	Tolls []struct {
		Measure string `json:"measure"`
		Value   int    `json:"value"`
		AsOf    string `json:"as_of"`
		Scope   string `json:"scope"`
	} `json:"tolls"`
}

// ingestSeeds stores the seed articles with the publication dates of their gold files, and
// returns the store and the gold files by seed name.
func ingestSeeds(t *testing.T) (testigo.Store, map[string]goldFile) {
	seeds, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(seeds) == 0 {
		t.Skip("no seed articles in " + seedsDir)
	}
	db := filepath.Join(t.TempDir(), "seeds.db")
	golds := map[string]goldFile{}
	for _, seed := range seeds {
		name := strings.TrimSuffix(filepath.Base(seed), ".txt")
		b, err := os.ReadFile(filepath.Join(goldDir, name+".json"))
		if err != nil {
			t.Skipf("no gold for %s: %v", name, err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		golds[name] = g
		if s := ingestJSON(t, "--db", db, "--published", g.Published, seed); s.Stored != 1 {
			t.Fatalf("ingest %s: %+v", seed, s)
		}
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, golds
}

// TestSeedsMerge: the events the gold says two seeds both report (merge_with) come out as one
// merged event with a source from each, at the gold's place.
func TestSeedsMerge(t *testing.T) {
	st, golds := ingestSeeds(t)
	ctx := context.Background()
	evs, err := st.Events(ctx, testigo.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	pairs := 0
	for name, g := range golds {
		for _, ge := range g.Events {
			if len(ge.MergeWith) == 0 || ge.Place == nil || !strings.HasPrefix(ge.ID, name[:3]) {
				continue
			}
			pairs++
			found := false
			for _, e := range evs {
				if e.Kind != testigo.EventMerged || e.Type != ge.Type || e.Place == nil || len(e.Sources) < 2 {
					continue
				}
				if merge.Km(e.Place.Lat, e.Place.Lon, ge.Place.Lat, ge.Place.Lon) <= ge.Place.Km {
					found = true
					t.Logf("%s: merged as %s with %d sources", ge.ID, e.ID, len(e.Sources))
				}
			}
			if !found {
				t.Errorf("gold event %s (%s, merged with %v): no merged event of that type there", ge.ID, ge.Type, ge.MergeWith)
			}
		}
	}
	if pairs == 0 {
		t.Skip("the gold marks no events to merge")
	}
}

// TestSeedsTolls: every point of the toll series points at its document with evidence that
// is a span of that document's text. Which gold figures the coder finds is reported, not
// required here: that is the coder's own scorer's business.
func TestSeedsTolls(t *testing.T) {
	st, golds := ingestSeeds(t)
	ctx := context.Background()
	series, err := st.TollSeries(ctx, testigo.TollFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range series {
		for _, p := range s.Points {
			d, err := st.Document(ctx, p.Document)
			if err != nil {
				t.Fatalf("toll point %+v: %v", p, err)
			}
			for _, ev := range p.Evidence {
				if ev.Start < 0 || ev.End > len(d.Text) || d.Text[ev.Start:ev.End] != ev.Text {
					t.Errorf("toll evidence %+v is not a span of %s", ev, d.ID)
				}
			}
		}
	}
	for _, g := range golds {
		for _, gt := range g.Tolls {
			found := false
			for _, s := range series {
				for _, p := range s.Points {
					if s.Measure == gt.Measure && s.Scope.Country == gt.Scope && p.Value == gt.Value && p.Date == gt.AsOf {
						found = true
					}
				}
			}
			t.Logf("gold toll %s %d as of %s in %s: found %v", gt.Measure, gt.Value, gt.AsOf, gt.Scope, found)
		}
	}
}
