package actor

import (
	"os"
	"path/filepath"
	"testing"

	"testigo/internal/golden"

	"testigo"
)

// goldenMention is one mention as the golden file keeps it.
type goldenRow struct {
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
	var got []goldenRow
	for _, a := range l.Find(text, nil, []testigo.Place{}, "PER") {
		got = append(got, goldenRow{Text: a.Entity.Text, Start: a.Start, Name: a.Name, Sector: a.Sector,
			Country: a.Country, Code: a.Code, Kind: a.Kind, Ref: a.Ref})
	}
	golden.CheckJSON(t, filepath.Join("testdata", "article.golden.json"), got)
}
