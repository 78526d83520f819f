package quantity

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden is one quantity as the golden file keeps it, with the helpers' verdicts.
type golden struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	Value      int    `json:"value"`
	Max        *int   `json:"max,omitempty"`
	Qualifier  string `json:"qualifier"`
	Noun       string `json:"noun,omitempty"`
	Increment  bool   `json:"increment,omitempty"`
	Cumulative bool   `json:"cumulative,omitempty"`
}

// TestGolden runs Find over a fixture article (written for the test) and compares the whole
// output with testdata/article.golden.json; go test -run Golden -update rewrites it.
func TestGolden(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	var got []golden
	for _, q := range Find(text, nil) {
		got = append(got, golden{Text: q.Text, Start: q.Start, Value: q.Value, Max: q.Max, Qualifier: q.Qualifier,
			Noun: q.Noun, Increment: IsIncrement(text, q), Cumulative: IsCumulative(text, q)})
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
