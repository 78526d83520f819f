// Package actor finds actors (people, organizations, groups, states) with their PLOVER sector
// and country, from lexicons kept as data files.
package actor

import "testigo"

// Lexicon holds the actor dictionaries; build it once and share it (it is read-only).
type Lexicon struct{}

// Default returns the lexicon shipped with the binary.
func Default() (*Lexicon, error) { return &Lexicon{}, nil }

// Find returns the actor mentions in text. country is the country the text is mostly about.
func (l *Lexicon) Find(text string, sents []testigo.Sentence, places []testigo.Place, country string) []testigo.Actor {
	return nil
}
