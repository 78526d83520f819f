package coder

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"testigo"
	"testigo/annotate"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	var in struct{ ID, Text, Published string }
	json.Unmarshal(b, &in)
	a, err := annotate.New()
	if err != nil {
		t.Fatal(err)
	}
	doc := testigo.Document{ID: in.ID, Text: in.Text, Published: in.Published}
	ann := a.Annotate(doc)
	d := newDocument(doc, ann)
	d.findSources()
	d.findQuotes()
	for _, q := range d.quotes {
		sp := ""
		if q.speaker != nil {
			sp = q.speaker.Name
		}
		fmt.Printf("Q sent=%d %q speaker=%s stmt=%v\n", q.Sent, d.text[q.Start:min(q.End, q.Start+40)], sp, q.statement)
	}
	d.findEvents()
	for _, c := range d.cands {
		fmt.Printf("C %s %s sent=%d quote=%d drop=%v %q actors=%v\n", c.Type, c.Mode, c.Sent, c.Quote, c.Dropped, d.text[d.toks[c.T0].Start:d.toks[c.T1-1].End], c.Actor)
	}
}
