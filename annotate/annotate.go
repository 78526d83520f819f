// Package annotate runs the mention stages (sentences, places, dates, quantities, actors)
// over a document. It is pure: the reference data is handed to New once.
package annotate

import (
	"testigo"
	"testigo/actor"
	"testigo/geo"
	"testigo/quantity"
	"testigo/segment"
	"testigo/timex"
)

// Annotator holds the reference data the stages need. It is safe for concurrent use.
type Annotator struct {
	Gazetteer *geo.Gazetteer
	Lexicon   *actor.Lexicon
}

// New loads the reference data shipped with the binary.
func New() (*Annotator, error) {
	g, err := geo.Default()
	if err != nil {
		return nil, err
	}
	l, err := actor.Default()
	if err != nil {
		return nil, err
	}
	return &Annotator{Gazetteer: g, Lexicon: l}, nil
}

// Annotate returns the mentions layer of doc.
func (a *Annotator) Annotate(doc testigo.Document) testigo.Annotations {
	text := doc.Text
	ann := testigo.Annotations{
		Paragraphs: segment.Paragraphs(text),
		Sentences:  segment.Sentences(text),
	}
	ann.Places, ann.Country = a.Gazetteer.Places(text, ann.Sentences)
	ann.Dates = timex.Find(text, ann.Sentences, doc.Published)
	ann.Quantities = quantity.Find(text, ann.Sentences)
	ann.Actors = a.Lexicon.Find(text, ann.Sentences, ann.Places, ann.Country)
	return ann.WithEmptyLists()
}
