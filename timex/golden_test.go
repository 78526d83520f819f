package timex

import (
	"os"
	"testing"

	"testigo/internal/golden"
)

// TestGoldenArticle runs Find over a whole fixture article written for these tests and
// compares the result with testdata/article.golden.json (go test -update rewrites it).
func TestGoldenArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	golden.CheckJSON(t, "testdata/article.golden.json", find(string(data), "2019-11-20"))
}
