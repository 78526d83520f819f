package extract

import (
	"os"
	"path/filepath"
	"testing"

	"testigo"
)

// corpus reads the team's example articles (examples/, demo/articles/) and this package's
// testdata/: plain text and Markdown, as the read stage would hand them over.
func corpus(tb testing.TB) []testigo.Document {
	var docs []testigo.Document
	for _, pattern := range []string{"../examples/*.txt", "../examples/*.md", "../demo/articles/*.txt", "../coder/testdata/*.txt", "testdata/*.txt"} {
		names, _ := filepath.Glob(pattern)
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				tb.Fatal(err)
			}
			docs = append(docs, testigo.Document{ID: filepath.Base(n), Path: n, Text: string(b), Published: "2024-03-06", PublishedSource: testigo.PublishedMetadata})
		}
	}
	if len(docs) == 0 {
		tb.Skip("no example articles found")
	}
	return docs
}

// TestExtract runs the whole pipeline over the example articles: every article gives an
// extraction whose evidence points into its text.
func TestExtract(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	events := 0
	for _, doc := range corpus(t) {
		got := x.Extract(doc)
		if got.Document.ID != doc.ID || got.CoderVersion == "" {
			t.Errorf("%s: document %q, coder version %q", doc.ID, got.Document.ID, got.CoderVersion)
		}
		for _, e := range got.Events {
			events++
			for _, ev := range e.Evidence {
				if ev.Start < 0 || ev.End > len(doc.Text) || doc.Text[ev.Start:ev.End] != ev.Text {
					t.Errorf("%s: %s evidence %+v does not match the text", doc.ID, e.Type, ev)
				}
			}
		}
	}
	if events == 0 {
		t.Error("no events in the whole corpus")
	}
}

func BenchmarkExtract(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	docs := corpus(b)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			x.Extract(d)
		}
	}
}
