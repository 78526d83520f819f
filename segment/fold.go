package segment

import (
	"sort"
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
	Text    string // the normalized text
	origLen int
	// runs map Text back to the original, in order. Plain text is mostly runs copied
	// byte for byte, so the map stays small however long the text is.
	runs []foldRun
}

// foldRun maps Text[norm:norm+n] to the original bytes from orig: byte for byte when
// origEnd is -1, else every byte of the run to the whole segment [orig, origEnd).
type foldRun struct {
	norm, n, orig, origEnd int
}

// Fold returns the normalized view of text. Invalid UTF-8 bytes become U+FFFD.
func Fold(text string, opt FoldOptions) *Folded {
	out := make([]byte, 0, len(text)+len(text)/16)
	f := &Folded{origLen: len(text)}
	form := norm.NFC
	if opt.Compat {
		form = norm.NFKC
	}
	// identity records that text[i:j] is about to be written to out byte for byte,
	// extending the last run when it continues it.
	identity := func(i, j int) {
		if n := len(f.runs); n > 0 {
			last := &f.runs[n-1]
			if last.origEnd < 0 && last.orig+last.n == i && last.norm+last.n == len(out) {
				last.n += j - i
				return
			}
		}
		f.runs = append(f.runs, foldRun{norm: len(out), n: j - i, orig: i, origEnd: -1})
	}
	var scratch []byte
	var bufs foldBuffers
	for i := 0; i < len(text); {
		// Fast path: a run of ASCII bytes maps one to one, except its last byte when a
		// non-ASCII rune follows, which may be a combining mark belonging to it.
		j := i
		for j < len(text) && text[j] < utf8.RuneSelf {
			j++
		}
		if j < len(text) && j > i {
			j--
		}
		if j > i {
			identity(i, j)
			out = appendASCII(out, text[i:j], opt.Lower)
			i = j
			continue
		}
		// A segment is one starter and the combining characters after it.
		j = i + segmentLen(text[i:])
		scratch = foldSegment(scratch[:0], text[i:j], form, opt, &bufs)
		switch {
		case string(scratch) == text[i:j]: // unchanged: keep the byte-for-byte run going
			identity(i, j)
			out = append(out, scratch...)
		case len(scratch) > 0:
			f.runs = append(f.runs, foldRun{norm: len(out), n: len(scratch), orig: i, origEnd: j})
			out = append(out, scratch...)
		}
		i = j
	}
	f.Text = string(out)
	return f
}

func appendASCII(dst []byte, s string, lower bool) []byte {
	if !lower {
		return append(dst, s...)
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// FoldString returns the normalized form of s alone, for building dictionary keys that
// match Fold's output.
func FoldString(s string, opt FoldOptions) string { return Fold(s, opt).Text }

// run returns the run holding normalized byte i (0 <= i < len(Text)).
func (f *Folded) run(i int) foldRun {
	k := sort.Search(len(f.runs), func(k int) bool { return f.runs[k].norm+f.runs[k].n > i })
	return f.runs[k]
}

// Offset returns the original byte offset where the normalized byte i starts; i may be
// len(Text), which maps to the original length.
func (f *Folded) Offset(i int) int {
	if i < 0 {
		return 0
	}
	if i >= len(f.Text) {
		return f.origLen
	}
	r := f.run(i)
	if r.origEnd < 0 {
		return r.orig + i - r.norm
	}
	return r.orig
}

// end returns the original offset just after the bytes that produced normalized byte i.
func (f *Folded) end(i int) int {
	r := f.run(i)
	if r.origEnd < 0 {
		return r.orig + i - r.norm + 1
	}
	return r.origEnd
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
	return testigo.Span{Start: f.Offset(start), End: f.end(end - 1)}
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

// foldBuffers are scratch space reused across the segments of one Fold call.
type foldBuffers struct{ decomposed, composed []byte }

func foldSegment(dst []byte, seg string, form norm.Form, opt FoldOptions, buf *foldBuffers) []byte {
	if opt.StripAccents {
		decomp := norm.NFD
		if opt.Compat {
			decomp = norm.NFKD
		}
		d := decomp.AppendString(buf.decomposed[:0], seg)
		kept := 0 // drop the combining marks in place
		for i := 0; i < len(d); {
			r, n := utf8.DecodeRune(d[i:])
			if !unicode.Is(unicode.Mn, r) {
				kept += copy(d[kept:], d[i:i+n])
			}
			i += n
		}
		buf.decomposed = d
		buf.composed = norm.NFC.Append(buf.composed[:0], d[:kept]...)
	} else {
		buf.composed = form.AppendString(buf.composed[:0], seg)
	}
	text := buf.composed
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		i += n
		if r == utf8.RuneError {
			dst = utf8.AppendRune(dst, r)
			continue
		}
		if m, ok := punctMap[r]; ok {
			dst = append(dst, m...)
			continue
		}
		if r >= utf8.RuneSelf && unicode.IsSpace(r) { // ASCII white space stays as it is
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
