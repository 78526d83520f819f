package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tokWord  = iota // letters, possibly with apostrophes: people, coup's
	tokNum          // digits with thousands commas or a decimal point: 1,500 51.6
	tokAlnum        // digits glued to letters: 21st 9mm 5pm 1990s
	tokComp         // parts joined by hyphens without spaces: 8-10 23-year-old twenty-one anti-coup
	tokPunct        // any other single character
)

// token is one lexical unit with its byte span in the text.
type token struct {
	start, end int
	kind       int
	text       string
	lower      string
	parts      []string // hyphen-separated parts of a tokComp, lower case
}

func (t token) isWord(words ...string) bool {
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

// capitalized reports whether the token starts with an upper-case letter.
func (t token) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize appends the tokens of text[start:end] to toks; offsets are into text.
func tokenize(text string, start, end int, toks []token) []token {
	if toks == nil {
		toks = make([]token, 0, (end-start)/5+1) // about one token in five bytes of English
	}
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && w <= 1 && !utf8.FullRuneInString(text[i:end]):
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j, parts := scanCompound(text, i, end)
			tok := token{start: i, end: j, text: text[i:j]}
			tok.lower = strings.ToLower(tok.text)
			switch {
			case len(parts) > 1:
				tok.kind = tokComp
				tok.parts = parts
			case isAllDigitsNum(tok.text):
				tok.kind = tokNum
			case hasDigit(tok.text):
				tok.kind = tokAlnum
			default:
				tok.kind = tokWord
			}
			toks = append(toks, tok)
			i = j
		default:
			toks = append(toks, token{start: i, end: i + w, kind: tokPunct, text: text[i : i+w], lower: text[i : i+w]})
			i += w
		}
	}
	return toks
}

// scanCompound reads one word-like unit from i: alphanumeric runs joined by single hyphens,
// apostrophes inside words, and commas/points inside numbers (1,500 and 51.6).
func scanCompound(text string, i, end int) (int, []string) {
	if j := scanDotted(text, i, end); j > i {
		return j, nil
	}
	var parts []string
	partStart := i
	j := i
	for j < end {
		r, w := utf8.DecodeRuneInString(text[j:end])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			j += w
			continue
		case (r == ',' || r == '.') && j > i && isDigitAt(text, j-1) && j+w < end && isDigitAt(text, j+w):
			if r == ',' && !threeDigitsAt(text, j+w, end) {
				break
			}
			j += w
			continue
		case isApostrophe(r) && j > partStart && j+w < end && isLetterAt(text, j+w, end) && !isDigitAt(text, j-1):
			j += w
			continue
		case isHyphen(r) && j > partStart && j+w < end && isAlnumAt(text, j+w, end):
			parts = append(parts, strings.ToLower(text[partStart:j]))
			j += w
			partStart = j
			continue
		}
		break
	}
	if parts != nil {
		parts = append(parts, strings.ToLower(text[partStart:j]))
	}
	return j, parts
}

func isDigitAt(text string, i int) bool {
	return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9'
}

func isLetterAt(text string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r)
}

func isAlnumAt(text string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// threeDigitsAt reports whether exactly three digits start at i (a thousands group).
func threeDigitsAt(text string, i, end int) bool {
	if i+3 > end {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isDigitAt(text, k) {
			return false
		}
	}
	return i+3 == end || !isDigitAt(text, i+3)
}

func isAllDigitsNum(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == ',' || c == '.') {
			return false
		}
	}
	return true
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// scanDotted reads an acronym with points (U.S., U.N.): single capitals each followed by a
// point, at least two; it returns i when there is none.
func scanDotted(text string, i, end int) int {
	j, n := i, 0
	for j+1 < end && text[j] >= 'A' && text[j] <= 'Z' && text[j+1] == '.' {
		j += 2
		n++
	}
	if n >= 2 {
		return j
	}
	return i
}
