package geo

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugScores(t *testing.T) {
	text := os.Getenv("GEO_DEBUG")
	if text == "" {
		t.Skip()
	}
	g, _ := Default()
	d := &doc{g: g, text: text, toks: tokenize(text), lower: map[string]bool{}, person: map[string]bool{}}
	d.markSentences(nil)
	for _, tk := range d.toks {
		if tk.caps == lower {
			d.lower[tk.folded] = true
		}
	}
	d.findPersons()
	d.find()
	focus, votes := d.vote()
	d.resolve(focus, votes)
	fmt.Println("focus", focus, votes, "persons", d.person)
	for _, m := range d.ms {
		fmt.Println(m.key, "best", g.entries[m.best].name, g.entries[m.best].fcode)
		for ci, c := range m.cands {
			if ci < 8 {
				e := g.entries[c]
				fmt.Printf("   %s %s %s pop=%d score=%.2f\n", e.name, e.cc, e.fcode, e.pop, m.scores[ci])
			}
		}
	}
}
