package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tokWord  = iota // letters and digits, with inner apostrophes, hyphens and acronym points
	tokPoss         // a possessive ending split off a word: 's ’s '
	tokPunct        // any other character
)

// token is one lexical unit with its byte span in the text.
type token struct {
	start, end int
	kind       int
	text       string
	lower      string
	parts      []span // the hyphen-separated parts of a compound word (military-police)
	first      bool   // the token begins its sentence (or a quotation)
}

type span struct{ start, end int }

// cap reports whether the token starts with an upper-case letter.
func (t token) cap() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// upper reports whether every letter is upper case and there are at least two (an acronym).
func (t token) upper() bool {
	n := 0
	for _, r := range t.text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isLowerWord reports whether the token is a word that starts in lower case.
func (t token) isLowerWord() bool { return t.kind == tokWord && !t.cap() }

func (t token) is(words ...string) bool {
	if t.kind != tokWord {
		return false
	}
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

func isApos(r rune) bool { return r == '\'' || r == '’' }
func isHyph(r rune) bool { return r == '-' || r == '‐' || r == '‑' }
func isAlnum(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text[start:end]; offsets are into text.
func tokenize(text string, start, end int) []token {
	toks := make([]token, 0, (end-start)/5+1) // about one token in five bytes of English
	i := start
	newSentence := true
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += w
		case isAlnum(r):
			j, parts := scanWord(text, i, end)
			t := token{start: i, end: j, kind: tokWord, text: text[i:j], parts: parts, first: newSentence}
			t.lower = strings.ToLower(t.text)
			toks = append(toks, t)
			newSentence = false
			i = j
			// Possessive: Ombudsman's, the coup's, protesters'.
			if i < end {
				r2, w2 := utf8.DecodeRuneInString(text[i:end])
				if isApos(r2) {
					k := i + w2
					if k < end && (text[k] == 's' || text[k] == 'S') && (k+1 == end || !isAlnumAt(text, k+1, end)) {
						toks = append(toks, token{start: i, end: k + 1, kind: tokPoss, text: text[i : k+1], lower: "'s"})
						i = k + 1
					} else if strings.HasSuffix(t.lower, "s") && (k == end || !isAlnumAt(text, k, end)) {
						toks = append(toks, token{start: i, end: k, kind: tokPoss, text: text[i:k], lower: "'"})
						i = k
					}
				}
			}
		default:
			t := token{start: i, end: i + w, kind: tokPunct, text: text[i : i+w], lower: text[i : i+w]}
			toks = append(toks, t)
			switch r {
			case '.', '!', '?', '“', '"', ':', '—', '(', '‘':
				newSentence = true
			}
			i += w
		}
	}
	return toks
}

func isAlnumAt(text string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return isAlnum(r)
}

// scanWord reads a word from i: alphanumerics joined by single hyphens or inner apostrophes
// (o'clock, d'Ivoire), and acronyms with points (U.S., U.N.).
func scanWord(text string, i, end int) (int, []span) {
	// Acronyms with points: a capital, a point, a capital, a point...
	if j := scanDotted(text, i, end); j > i {
		return j, nil
	}
	var parts []span
	partStart := i
	j := i
	for j < end {
		r, w := utf8.DecodeRuneInString(text[j:end])
		if isAlnum(r) {
			j += w
			continue
		}
		if isHyph(r) && j > partStart && j+w < end && isAlnumAt(text, j+w, end) {
			parts = append(parts, span{partStart, j})
			j += w
			partStart = j
			continue
		}
		// Inner apostrophe not followed by a lone s (that is a possessive): d'Ivoire, O'Brien.
		if isApos(r) && j > partStart && j+w < end && isAlnumAt(text, j+w, end) {
			k := j + w
			r2, w2 := utf8.DecodeRuneInString(text[k:end])
			if !((r2 == 's' || r2 == 'S') && (k+w2 == end || !isAlnumAt(text, k+w2, end))) {
				j = k
				continue
			}
		}
		break
	}
	if parts != nil {
		parts = append(parts, span{partStart, j})
	}
	return j, parts
}

// scanDotted reads U.S. or U.N.: single capitals each followed by a point, at least two.
func scanDotted(text string, i, end int) int {
	j, n := i, 0
	for j+1 < end {
		c := text[j]
		if c < 'A' || c > 'Z' || text[j+1] != '.' {
			break
		}
		j += 2
		n++
	}
	if n >= 2 {
		return j
	}
	return i
}
