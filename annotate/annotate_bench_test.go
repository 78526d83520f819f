package annotate

import (
	"encoding/xml"
	"os"
	"testing"

	"testigo"
)

// gwnPath is the GeoWebNews corpus of the shared evaluation data; the benchmark skips without it.
const gwnPath = "/work/shared/eval/data/geoparsing/GWN.xml"

// BenchmarkAnnotateGWN annotates the 200 GeoWebNews articles: throughput of the mention stages
// on real news text.
func BenchmarkAnnotateGWN(b *testing.B) {
	data, err := os.ReadFile(gwnPath)
	if err != nil {
		b.Skipf("no corpus: %v", err)
	}
	var corpus struct {
		Articles []struct {
			Text string `xml:"text"`
		} `xml:"article"`
	}
	if err := xml.Unmarshal(data, &corpus); err != nil {
		b.Fatal(err)
	}
	a, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, art := range corpus.Articles {
		n += int64(len(art.Text))
	}
	if n == 0 {
		b.Fatal("no article text")
	}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, art := range corpus.Articles {
			a.Annotate(testigo.Document{ID: "gwn", Text: art.Text})
		}
	}
}
