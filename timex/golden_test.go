package timex

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenArticle runs Find over a whole fixture article written for these tests and
// compares the result with testdata/article.golden.json (go test -update rewrites it).
func TestGoldenArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(find(string(data), "2019-11-20"), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	const golden = "testdata/article.golden.json"
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Find over testdata/article.txt differs from %s; run go test -update and review the diff:\n%s", golden, got)
	}
}
