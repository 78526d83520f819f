package quantity

import (
	"os"
	"path/filepath"
	"testing"

	"testigo/internal/golden"
)

// goldenMention is one quantity as the golden file keeps it, with the helpers' verdicts.
type goldenRow struct {
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
	var got []goldenRow
	for _, q := range Find(text, nil) {
		got = append(got, goldenRow{Text: q.Text, Start: q.Start, Value: q.Value, Max: q.Max, Qualifier: q.Qualifier,
			Noun: q.Noun, Increment: IsIncrement(text, q), Cumulative: IsCumulative(text, q)})
	}
	golden.CheckJSON(t, filepath.Join("testdata", "article.golden.json"), got)
}
