package coder

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the text, with its byte offsets.
type token struct {
	Start, End int
	Lower      string // lower case, curly apostrophes made straight
	Word       bool   // letters or digits
	Upper      bool   // starts with an upper-case letter
	Sent       int    // index of its sentence
}

// tokenize splits text[start:end] into tokens. Hyphens inside words separate them without
// becoming tokens ("military-police" gives military, police); a possessive 's is its own token.
func tokenize(text string, start, end int, sent int, out []token) []token {
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				// Keep digit groups ("1,000", "51.6") and in-word apostrophes ("don't").
				if (r2 == ',' || r2 == '.') && j > i && isDigitAt(text, j-1) && j+s2 < end && isDigitAt(text, j+s2) {
					j += s2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+s2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					if unicode.IsLetter(r3) {
						// A possessive 's ends the word; "n't" and the like stay inside it.
						rest := strings.ToLower(text[j+s2 : min(end, j+s2+2)])
						if rest == "s" || (len(rest) == 2 && rest[0] == 's' && !isWordRune(rune(rest[1]))) {
							break
						}
						j += s2
						continue
					}
				}
				break
			}
			out = append(out, newToken(text, i, j, true, sent))
			i = j
		case r == '-' || r == '‐':
			// A hyphen between words joins nothing: skip it.
			i += size
		default:
			if r == '\'' || r == '’' {
				// Possessive 's.
				if i+size+1 <= end && (text[i+size] == 's' || text[i+size] == 'S') && (i+size+1 == end || !isWordRuneAt(text, i+size+1)) {
					out = append(out, newToken(text, i, i+size+1, true, sent))
					i += size + 1
					continue
				}
			}
			out = append(out, newToken(text, i, i+size, false, sent))
			i += size
		}
	}
	return out
}

func newToken(text string, s, e int, word bool, sent int) token {
	w := text[s:e]
	r, _ := utf8.DecodeRuneInString(w)
	lower := strings.ToLower(w)
	if strings.Contains(lower, "’") {
		lower = strings.ReplaceAll(lower, "’", "'")
	}
	return token{Start: s, End: e, Lower: lower, Word: word, Upper: unicode.IsUpper(r), Sent: sent}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigitAt(text string, i int) bool {
	return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9'
}

func isWordRuneAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// isQuote reports whether a token is a quotation mark.
func isQuote(t token) bool {
	switch t.Lower {
	case "\"", "“", "”", "«", "»", "„":
		return true
	}
	return false
}

// isClauseBreak reports whether a punctuation token ends a clause.
func isClauseBreak(t token) bool {
	if t.Word {
		return false
	}
	switch t.Lower {
	case ";", ":", "—", "–", "(", ")", "[", "]", "?", "!":
		return true
	}
	return false
}
