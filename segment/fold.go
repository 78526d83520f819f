package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"testigo"
)

// FoldOptions chooses what Fold does beyond the punctuation and space mapping it always
// applies (curly quotes to straight ones, dashes and minus signs to '-', Unicode spaces to
// ' ', zero-width characters and soft hyphens removed).
type FoldOptions struct {
	Compat       bool // NFKC instead of NFC: ligatures, full-width forms, "…" to "..."
	Lower        bool // lower-case
	StripAccents bool // drop combining marks, and fold letters like ł, ø, ß, æ
}

// Match is the view for dictionary matching: NFKC, lower-cased, accents folded.
var Match = FoldOptions{Compat: true, Lower: true, StripAccents: true}

// Folded is a normalized view of a text that remembers where each of its bytes came from.
type Folded struct {
	Text string // the normalized text
	// starts[i] and ends[i] bound the original bytes that produced Text[i]; starts has a
	// sentinel at len(Text) holding the original length.
	starts []int32
	ends   []int32
}

// Fold returns the normalized view of text. Invalid UTF-8 bytes are kept as U+FFFD.
func Fold(text string, opt FoldOptions) *Folded {
	var b strings.Builder
	b.Grow(len(text) + len(text)/16)
	starts := make([]int32, 0, len(text)+1)
	ends := make([]int32, 0, len(text)+1)
	form := norm.NFC
	if opt.Compat {
		form = norm.NFKC
	}
	var scratch []byte
	for i := 0; i < len(text); {
		c := text[i]
		// Fast path: an ASCII byte followed by ASCII (or the end) is its own segment.
		if c < utf8.RuneSelf && (i+1 == len(text) || text[i+1] < utf8.RuneSelf) {
			if opt.Lower && 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			starts = append(starts, int32(i))
			ends = append(ends, int32(i+1))
			i++
			continue
		}
		// A segment is one starter and the combining characters after it.
		j := i + segmentLen(text[i:])
		scratch = foldSegment(scratch[:0], text[i:j], form, opt)
		b.Write(scratch)
		for range scratch {
			starts = append(starts, int32(i))
			ends = append(ends, int32(j))
		}
		i = j
	}
	starts = append(starts, int32(len(text)))
	return &Folded{Text: b.String(), starts: starts, ends: ends}
}

// FoldString returns the normalized form of s alone, for building dictionary keys that
// match Fold's output.
func FoldString(s string, opt FoldOptions) string { return Fold(s, opt).Text }

// Offset returns the original byte offset where the normalized byte i starts; i may be
// len(Text), which maps to the original length.
func (f *Folded) Offset(i int) int {
	if i < 0 {
		return 0
	}
	if i >= len(f.starts) {
		return int(f.starts[len(f.starts)-1])
	}
	return int(f.starts[i])
}

// Span maps the normalized byte range [start, end) to the original bytes that produced it.
func (f *Folded) Span(start, end int) testigo.Span {
	if start < 0 {
		start = 0
	}
	if end > len(f.Text) {
		end = len(f.Text)
	}
	if end <= start {
		o := f.Offset(start)
		return testigo.Span{Start: o, End: o}
	}
	return testigo.Span{Start: int(f.starts[start]), End: int(f.ends[end-1])}
}

// segmentLen returns the byte length of the normalization segment at the start of s: its
// first rune and the runes after it that have no boundary before them.
func segmentLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	for n < len(s) {
		if s[n] < utf8.RuneSelf {
			break
		}
		p := norm.NFC.PropertiesString(s[n:])
		if p.BoundaryBefore() {
			break
		}
		_, m := utf8.DecodeRuneInString(s[n:])
		n += m
	}
	return n
}

func foldSegment(dst []byte, seg string, form norm.Form, opt FoldOptions) []byte {
	if opt.StripAccents {
		decomp := norm.NFD
		if opt.Compat {
			decomp = norm.NFKD
		}
		var kept []byte
		for _, r := range decomp.String(seg) {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			kept = utf8.AppendRune(kept, r)
		}
		seg = norm.NFC.String(string(kept))
	} else {
		seg = form.String(seg)
	}
	for _, r := range seg {
		if r == utf8.RuneError {
			dst = utf8.AppendRune(dst, r)
			continue
		}
		if m, ok := punctMap[r]; ok {
			dst = append(dst, m...)
			continue
		}
		if unicode.IsSpace(r) {
			dst = append(dst, ' ')
			continue
		}
		if opt.StripAccents {
			if m, ok := letterMap[r]; ok {
				if opt.Lower {
					m = strings.ToLower(m)
				}
				dst = append(dst, m...)
				continue
			}
		}
		if opt.Lower {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// punctMap folds typographic punctuation to its ASCII counterpart; "" drops the rune.
var punctMap = map[rune]string{
	'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
	'\u201C': `"`, '\u201D': `"`, '\u201E': `"`, '\u201F': `"`, '\u2033': `"`,
	'\u00AB': `"`, '\u00BB': `"`,
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-",
	'\u2212': "-", '\uFE58': "-", '\uFE63': "-", '\uFF0D': "-",
	'\u200B': "", '\u200C': "", '\u200D': "", '\u2060': "", '\uFEFF': "", '\u00AD': "",
}

// letterMap folds letters that have no canonical decomposition.
var letterMap = map[rune]string{
	'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ß': "ss", 'ẞ': "SS",
	'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ı': "i", 'þ': "th", 'Þ': "TH",
	'ð': "d", 'Ð': "D", 'ħ': "h", 'Ħ': "H", 'ŀ': "l", 'Ŀ': "L",
}
