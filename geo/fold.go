package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Names are compared folded: lower case, accents dropped, every run of punctuation
// between words reduced to one space ("Cote d'Ivoire" = "Côte d’Ivoire" = "cote d ivoire").

// noDecomposition maps letters that Unicode does not decompose into a base letter.
var noDecomposition = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ß': "ss", 'æ': "ae", 'Æ': "ae",
	'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th", 'ð': "d", 'ħ': "h",
}

// latinFold holds the folded form of the Latin letters below U+0250, computed once: most
// non-ASCII letters in names are there, and the table spares a normalization per word.
var latinFold = func() [0x250]string {
	var t [0x250]string
	for r := rune(0x80); r < 0x250; r++ {
		t[r] = string(foldSlow(nil, string(r)))
	}
	return t
}()

// foldWord folds one word (letters and digits only) into dst.
func foldWord(dst []byte, w string) []byte {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	for i, r := range w {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case r < 0x250 && !combiningFollows(w[i+utf8.RuneLen(r):]):
			dst = append(dst, latinFold[r]...)
		default:
			return foldSlow(dst, w[i:])
		}
	}
	return dst
}

// combiningFollows reports whether s starts with a combining mark (which the table cannot fold).
func combiningFollows(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x300 && unicode.Is(unicode.Mn, r)
}

// foldSlow folds w through canonical decomposition.
func foldSlow(dst []byte, w string) []byte {
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if s, ok := noDecomposition[r]; ok {
			dst = append(dst, s...)
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// Fold returns the comparison key of a name: folded words joined by single spaces. It gives
// the same words as tokenize followed by foldWord, without building tokens.
func Fold(name string) string {
	b := make([]byte, 0, len(name))
	space := false
	for _, r := range name {
		if !isWordRune(r) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case r < 0x250:
			b = append(b, latinFold[r]...)
		default:
			b = foldSlow(b, string(r))
		}
	}
	return string(b)
}

// token is one word of a text: a run of letters and digits.
type token struct {
	start, end int
	folded     string
	caps       capClass
}

type capClass uint8

const (
	lower    capClass = iota // starts with a lower-case letter or a digit
	title                    // starts with an upper-case letter: "Paz", "McAllen", "UK"
	allUpper                 // two or more letters, all upper case: "UK", "WASHINGTON"
)

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text into words; everything else is a separator.
func tokenize(text string) []token {
	var toks []token
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, newToken(text, start, i))
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, newToken(text, start, len(text)))
	}
	return toks
}

func newToken(text string, start, end int) token {
	w := text[start:end]
	t := token{start: start, end: end, folded: string(foldWord(nil, w))}
	first, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(first) {
		t.caps = title
		upper, letters := true, 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					upper = false
					break
				}
			}
		}
		if upper && letters >= 2 {
			t.caps = allUpper
		}
	}
	return t
}

// joinable reports whether the separator between two words may sit inside one name:
// spaces, hyphens, apostrophes, a period ("St. Louis", "U.S.") or a comma ("Washington, D.C."),
// but no line break.
func joinable(sep string) bool {
	if len(sep) == 0 || len(sep) > 4 {
		return false
	}
	if strings.ContainsAny(sep, "\n\r\t") {
		return false
	}
	for _, r := range sep {
		switch r {
		case ' ', '-', '\'', '’', '.', ',', '\u00a0', '‐', '–':
		default:
			return false
		}
	}
	return strings.Count(sep, ",") <= 1 && strings.Count(sep, ".") <= 1
}
