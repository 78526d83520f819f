// Package extract is the whole path for one document: annotate it, then code its events.
package extract

import (
	"testigo"
	"testigo/annotate"
	"testigo/coder"
)

// Extractor runs the pipeline. It is safe for concurrent use.
type Extractor struct {
	Annotator *annotate.Annotator
}

// New loads the reference data shipped with the binary.
func New() (*Extractor, error) {
	a, err := annotate.New()
	if err != nil {
		return nil, err
	}
	return &Extractor{Annotator: a}, nil
}

// Extract returns the events, tolls and statements doc reports.
func (x *Extractor) Extract(doc testigo.Document) testigo.Extraction {
	return coder.Code(doc, x.Annotator.Annotate(doc))
}
