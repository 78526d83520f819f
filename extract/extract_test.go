package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"testigo"
	"testigo/segment"
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

// TestGluedEvidence runs an invented web text whose sentences lost the white space between
// them: no evidence may run across one of its junctions, and every evidence span lies in one
// sentence of the segmenter and is a true cut of the text.
func TestGluedEvidence(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Bakers Clash With Police Near the Mill in PortvilleThe police fired tear gas at striking bakers on Monday in Portville." +
		"“They beat us with batons,” a baker said.Three bakers were killed in the clashes, the union said." +
		"A hospital official said twelve people were injured in the 1990sWhen the mill first closed, bakers protested for weeks."
	var junctions []int
	for _, j := range [][2]string{{"Portville", "The"}, {"Portville.", "“They"}, {"said.", "Three"}, {"said.", "A hospital"}, {"1990s", "When"}} {
		k := strings.Index(text, j[0]+j[1])
		if k < 0 {
			t.Fatalf("junction %q not in the text", j)
		}
		junctions = append(junctions, k+len(j[0]))
	}
	sents := segment.Sentences(text)
	got := x.Extract(testigo.Document{ID: "glued", Text: text, Published: "2031-03-06", PublishedSource: testigo.PublishedMetadata})
	if len(got.Events) == 0 {
		t.Fatal("no events")
	}
	for _, e := range got.Events {
		for _, ev := range e.Evidence {
			if ev.Start < 0 || ev.End > len(text) || text[ev.Start:ev.End] != ev.Text {
				t.Errorf("%s evidence %+v does not match the text", e.Type, ev)
				continue
			}
			for _, j := range junctions {
				if ev.Start < j && j < ev.End {
					t.Errorf("%s evidence %q runs across the junction at %d", e.Type, ev.Text, j)
				}
			}
			if i := segment.SentenceAt(sents, ev.Start); i < 0 || ev.End > sents[i].End {
				t.Errorf("%s evidence %q is not inside one sentence", e.Type, ev.Text)
			}
		}
	}
}
