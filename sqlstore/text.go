package sqlstore

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s and drops its diacritics ("Potosí" → "potosi"), as SQLite's unicode61
// tokenizer with remove_diacritics 2 does, so both backends search alike.
func Fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// Term is one element of a user's search query.
type Term struct {
	Text   string // a word or a phrase
	Phrase bool
	Prefix bool // word*
	Not    bool // -word
	Or     bool // the OR operator (Text is empty)
}

// ParseQuery reads a web-search-like query: words, "quoted phrases", OR, -word, word*.
// It never fails; stray quotes and operators are dropped.
func ParseQuery(q string) []Term {
	// Control characters and broken UTF-8 separate words; NUL would end FTS5's string.
	q = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == utf8.RuneError {
			return ' '
		}
		return r
	}, q)
	var out []Term
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '"':
			j := strings.IndexByte(q[i+1:], '"')
			var p string
			if j < 0 {
				p, i = q[i+1:], len(q)
			} else {
				p, i = q[i+1:i+1+j], i+2+j
			}
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, Term{Text: p, Phrase: true})
			}
		default:
			j := i
			for j < len(q) && q[j] != ' ' && q[j] != '\t' && q[j] != '\n' && q[j] != '\r' && q[j] != '"' {
				j++
			}
			w := q[i:j]
			i = j
			if w == "OR" || w == "|" {
				if len(out) > 0 && !out[len(out)-1].Or {
					out = append(out, Term{Or: true})
				}
				continue
			}
			t := Term{}
			if strings.HasPrefix(w, "-") {
				t.Not, w = true, w[1:]
			}
			if strings.HasSuffix(w, "*") {
				t.Prefix, w = true, strings.TrimRight(w, "*")
			}
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w == "" {
				continue
			}
			t.Text = w
			out = append(out, t)
		}
	}
	for len(out) > 0 && out[len(out)-1].Or {
		out = out[:len(out)-1]
	}
	return out
}
