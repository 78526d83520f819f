// Package segment finds paragraphs and sentences, keeping every offset into the original text.
package segment

import "testigo"

// Paragraphs returns the paragraphs of text.
func Paragraphs(text string) []testigo.Span { return nil }

// Sentences returns the sentences of text.
func Sentences(text string) []testigo.Sentence { return nil }
