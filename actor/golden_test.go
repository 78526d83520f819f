package actor

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"testigo"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden is one mention as the golden file keeps it.
type golden struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	Name    string `json:"name"`
	Sector  string `json:"sector,omitempty"`
	Country string `json:"country,omitempty"`
	Code    string `json:"code,omitempty"`
	Kind    string `json:"kind"`
	Ref     int    `json:"ref"`
}

// TestGolden runs Find over a fixture article (written for the test) and compares the whole
// output with testdata/article.golden.json; go test -run Golden -update rewrites it.
func TestGolden(t *testing.T) {
	l := lex(t)
	data, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	var got []golden
	for _, a := range l.Find(text, nil, []testigo.Place{}, "PER") {
		got = append(got, golden{Text: a.Entity.Text, Start: a.Start, Name: a.Name, Sector: a.Sector,
			Country: a.Country, Code: a.Code, Kind: a.Kind, Ref: a.Ref})
	}
	out, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, '\n')
	path := filepath.Join("testdata", "article.golden.json")
	if *update {
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run Golden -update to create it)", err)
	}
	if string(want) != string(out) {
		t.Errorf("output differs from %s; run go test -run Golden -update and review the diff\ngot:\n%s", path, out)
	}
}
