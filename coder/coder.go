// Package coder codes events (PLOVER, ACLED), tolls and statements from a document and its
// annotations.
package coder

import "testigo"

// Version names the coder; stored events record it so they can be re-extracted.
const Version = "0.1.0"

// Code returns what the document reports.
func Code(doc testigo.Document, ann testigo.Annotations) testigo.Extraction {
	return testigo.Extraction{Document: doc, Events: []testigo.Event{}, Tolls: []testigo.Toll{}, Statements: []testigo.Statement{}, CoderVersion: Version}
}
