// Package segment finds paragraphs and sentences, keeping every offset into the original
// text, and gives other stages a normalized view of a text (Fold) that maps back to it.
package segment

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"testigo"
)

//go:embed abbreviations.txt
var abbreviationData string

type abbrevClass uint8

const (
	notAbbrev    abbrevClass = iota
	abbrevTitle              // never ends a sentence: "Gen." "Dr."
	abbrevNumber             // no break before a digit: "No. 5" "Nov. 14"
	abbrevPlain              // breaks only before a word that starts sentences: "U.S." "Inc."
)

var abbreviations = parseAbbreviations(abbreviationData)

func parseAbbreviations(data string) map[string]abbrevClass {
	classes := map[string]abbrevClass{"title": abbrevTitle, "number": abbrevNumber, "plain": abbrevPlain}
	m := make(map[string]abbrevClass)
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if c, ok := classes[f[0]]; ok {
			if _, dup := m[f[1]]; !dup {
				m[f[1]] = c
			}
		}
	}
	return m
}

// sentenceStarters are words that, capitalized after an abbreviation's period, show that a
// new sentence has begun ("in the U.S. The vote") rather than a name going on
// ("the U.S. Embassy").
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an he she it they we i you his her its their our my
		but and or so yet in on at for with by from as after before when while if this that
		these those there here what who why how where meanwhile however still also some many
		most all one no not then now later earlier since during despite although though
		several other others both each every such police officials authorities`) {
		sentenceStarters[w] = true
	}
}

// Paragraphs returns the paragraphs of text: blocks separated by blank lines (lines of
// only white space), each span trimmed of surrounding white space. A paragraph that ends
// mid-sentence (no terminal punctuation) and is followed by one starting in lower case is
// joined to it, since the sentence runs on across the break.
func Paragraphs(text string) []testigo.Span {
	raw := rawParagraphs(text)
	if len(raw) < 2 {
		return raw
	}
	out := raw[:1]
	for _, p := range raw[1:] {
		last := &out[len(out)-1]
		if endsOpen(text[last.Start:last.End]) && startsLower(text[p.Start:p.End]) {
			last.End = p.End
			continue
		}
		out = append(out, p)
	}
	return out
}

func rawParagraphs(text string) []testigo.Span {
	var out []testigo.Span
	start, end := -1, -1
	for pos := 0; pos <= len(text); {
		eol := strings.IndexByte(text[pos:], '\n')
		if eol < 0 {
			eol = len(text)
		} else {
			eol += pos
		}
		l, r := trimBounds(text[pos:eol])
		if l == r {
			if start >= 0 {
				out = append(out, testigo.Span{Start: start, End: end})
				start = -1
			}
		} else {
			if start < 0 {
				start = pos + l
			}
			end = pos + r
		}
		pos = eol + 1
	}
	if start >= 0 {
		out = append(out, testigo.Span{Start: start, End: end})
	}
	return out
}

// trimBounds returns the offsets of s without its leading and trailing white space.
func trimBounds(s string) (int, int) {
	l := len(s) - len(strings.TrimLeftFunc(s, isSpace))
	r := len(strings.TrimRightFunc(s, isSpace))
	if r < l {
		r = l
	}
	return l, r
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF' }

// endsOpen reports whether s ends where a sentence cannot: on a letter, a digit, a comma.
func endsOpen(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' || r == ';'
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// Sentences returns the sentences of text, each inside one paragraph of Paragraphs(text)
// and trimmed of surrounding white space.
func Sentences(text string) []testigo.Sentence {
	var out []testigo.Sentence
	for i, p := range Paragraphs(text) {
		start := p.Start
		emit := func(end int) {
			l, r := trimBounds(text[start:end])
			if l < r {
				out = append(out, testigo.Sentence{Span: testigo.Span{Start: start + l, End: start + r}, Paragraph: i})
			}
			start = end
		}
		for _, cut := range sentenceCuts(text, p) {
			emit(cut)
		}
		emit(p.End)
	}
	return out
}

func isTerminator(r rune) bool { return r == '.' || r == '?' || r == '!' || r == '…' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›', '」':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '‹', '¿', '¡', '「', '„', '-', '—', '–':
		return true
	}
	return false
}

// sentenceCuts returns the byte offsets inside paragraph p after which a sentence ends.
func sentenceCuts(text string, p testigo.Span) []int {
	var cuts []int
	para := text[p.Start:p.End]
	maxLine := longestLine(para)
	lineStart := 0
	for i := 0; i < len(para); {
		r, n := utf8.DecodeRuneInString(para[i:])
		switch {
		case r == '\n':
			if headingBreak(para, lineStart, i, maxLine) {
				cuts = append(cuts, p.Start+i)
			}
			lineStart = i + 1
			i += n
		case isTerminator(r):
			end, at, cut := terminatorCut(para, i)
			if cut {
				cuts = append(cuts, p.Start+at)
			}
			i = end
		case i > 0 && junctionCandidate(para[i], para[i-1]):
			last := 0
			if len(cuts) > 0 {
				last = cuts[len(cuts)-1] - p.Start
			}
			if at, next, ok := gluedJunction(para, i, last); ok {
				if at > last {
					cuts = append(cuts, p.Start+at)
				}
				if next > at && next < len(para) {
					cuts = append(cuts, p.Start+next)
				}
				i = max(next, i+n)
				continue
			}
			i += n
		default:
			i += n
		}
	}
	if cc := chromeCuts(para); len(cc) > 0 {
		for _, c := range cc {
			if c > 0 && c < len(para) {
				cuts = append(cuts, p.Start+c)
			}
		}
		sort.Ints(cuts)
		cuts = slices.Compact(cuts)
	}
	return cuts
}

func longestLine(para string) int {
	longest := 0
	for para != "" {
		line := para
		if k := strings.IndexByte(para, '\n'); k >= 0 {
			line, para = para[:k], para[k+1:]
		} else {
			para = ""
		}
		l, r := trimBounds(line)
		longest = max(longest, r-l)
	}
	return longest
}

// shortLine is the longest line, in bytes, of a block that cannot be wrapped prose.
const shortLine = 40

// headingBreak reports whether the line para[lineStart:nl] stands alone as a sentence: it
// has no terminal punctuation, is much shorter than the paragraph's longest line (so it is
// not hard-wrapped prose), and the next line starts like a sentence.
func headingBreak(para string, lineStart, nl, maxLine int) bool {
	l, r := trimBounds(para[lineStart:nl])
	if l == r || !endsOpen(para[lineStart+l:lineStart+r]) {
		return false
	}
	// A Markdown hard break (two trailing spaces) or a block of short lines (a byline and a
	// date line, an address) breaks whatever the lengths.
	hardBreak := strings.HasSuffix(strings.TrimRight(para[lineStart:nl], "\r"), "  ") || maxLine <= shortLine
	rest := strings.TrimLeftFunc(para[nl:], isSpace)
	// A headline in Title Case, or any line before a dateline ("LA PAZ, Bolivia —"),
	// stands alone however long it is; wrapped prose is neither.
	titled := titleCaseLine(para[lineStart+l:lineStart+r]) || startsDateline(rest) && !lastWordOpen(para[lineStart+l:lineStart+r])
	if !hardBreak && !titled && float64(r-l) >= 0.6*float64(maxLine) && !shortOpenLine(rest) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || isOpener(first)
}

// shortOpenLine reports whether the first line of s is short and has no terminal punctuation,
// as a byline or a date line under a headline is; a wrapped sentence's last line ends with one.
func shortOpenLine(s string) bool {
	line := s
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		line = s[:k]
	}
	l, r := trimBounds(line)
	return l < r && r-l <= shortLine && endsOpen(line[l:r])
}

// terminatorCut looks at the terminal punctuation starting at para[i] and returns the
// offset just after it (and any closing quotes or brackets), and whether a sentence ends
// there and at which offset (before a glued opening quote, else at the first).
func terminatorCut(para string, i int) (int, int, bool) {
	if spacedEllipsis(para, i) {
		return i + 1, 0, false // ". . ." goes on to its last period
	}
	end := i
	periods, strong, ellipsis := 0, false, false
	for end < len(para) {
		r, n := utf8.DecodeRuneInString(para[end:])
		switch {
		case r == '.':
			periods++
		case r == '?' || r == '!':
			strong = true
		case r == '…':
			ellipsis = true
		case isCloser(r):
		default:
			goto scanned
		}
		end += n
	}
scanned:
	if periods >= 2 || strings.HasSuffix(strings.TrimRight(para[:i], " "), ". .") {
		ellipsis = true
	}
	if end >= len(para) {
		return end, end, false // the paragraph's end closes the sentence anyway
	}
	if r, _ := utf8.DecodeRuneInString(para[end:]); !unicode.IsSpace(r) {
		// "U.S.-led", "example.com", "3.5" go on; web text that lost the space after a
		// period ("the cakes.In May") ends there.
		at, ok := gluedBreak(para, i, end, periods, strong)
		return end, at, ok
	}
	end, ok := spacedBreak(para, i, end, strong, ellipsis)
	return end, end, ok
}

// spacedBreak decides, for terminal punctuation at para[i:end] followed by white space,
// whether a sentence ends there.
func spacedBreak(para string, i, end int, strong, ellipsis bool) (int, bool) {
	next := nextWord(para[end:])
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) {
		return end, false // `"Why?" he asked`, "approx. five"
	}
	if strong || ellipsis {
		return end, true
	}
	token := wordBefore(para, i)
	if token == "" {
		if listNumber(para, i) {
			return end, false // "1. Police fired ...": a numbered list item
		}
		return end, true
	}
	class := abbreviations[strings.ToLower(token)]
	if class == notAbbrev {
		if isInitial(token) {
			return end, false // "Jeffery R. Webber"
		}
		if strings.Contains(token, ".") {
			class = abbrevPlain // an acronym with periods not in the list: "A.N.C."
		}
	}
	switch class {
	case abbrevTitle:
		return end, false
	case abbrevNumber:
		if unicode.IsDigit(first) {
			return end, false
		}
		return end, startsSentence(next)
	case abbrevPlain:
		return end, startsSentence(next)
	}
	return end, true
}

// wordBefore returns the letters and inner periods just before para[i]: "U.S" for "U.S.".
func wordBefore(para string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(para[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	return strings.TrimLeft(para[j:i], ".")
}

func isInitial(token string) bool {
	r, n := utf8.DecodeRuneInString(token)
	return n == len(token) && unicode.IsUpper(r)
}

// nextWord skips white space and opening punctuation and returns the rest of s from the
// next word on.
func nextWord(s string) string {
	s = strings.TrimLeftFunc(s, isSpace)
	return strings.TrimLeftFunc(s, isOpener)
}

func startsSentence(next string) bool {
	end := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(next)
	}
	return sentenceStarters[strings.ToLower(next[:end])]
}

// SentenceAt returns the index of the sentence in sents (as Sentences returns them, in
// order) that contains byte offset, or -1 when offset falls between sentences.
func SentenceAt(sents []testigo.Sentence, offset int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > offset })
	if i < len(sents) && sents[i].Start <= offset {
		return i
	}
	return -1
}

// listNumber reports whether para[i] is the period of a list number at the start of a line.
func listNumber(para string, i int) bool {
	j := i
	for j > 0 && '0' <= para[j-1] && para[j-1] <= '9' {
		j--
	}
	if j == i || i-j > 3 {
		return false
	}
	line := strings.TrimRight(para[:j], " \t")
	return line == "" || strings.HasSuffix(line, "\n")
}

// topLevelDomains are capitalized words that, glued after a period, continue a name
// ("Amazon.Com") rather than start a sentence.
var topLevelDomains = map[string]bool{"com": true, "org": true, "net": true, "gov": true,
	"edu": true, "int": true, "info": true, "biz": true, "news": true, "co": true, "io": true}

// titleCaseLine reports whether most words of line that are not short function words are
// capitalized, as in a headline ("Police Disperse Striking Miners Near the Capital"), with
// at least four such words.
func titleCaseLine(line string) bool {
	capped, long := 0, 0
	for _, w := range strings.Fields(line) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue // "of", "the", "and", "to", "in" stay lower case in titles
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			capped++
		}
	}
	return long >= 4 && capped*10 >= long*9
}

// startsDateline reports whether s opens with a dateline: a place in capitals followed by a
// comma, a dash or an opening bracket ("LA PAZ, Bolivia —", "TARIJA (Reuters) -").
func startsDateline(s string) bool {
	letters, prev := 0, ' '
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '-' && prev == ' ', r == ',' || r == '(' || r == '—' || r == '–':
			return letters >= 3
		case r == ' ' || r == '-' || r == '.' || r == '\'' || r == '’':
		default:
			return false
		}
		if i > 40 {
			return false
		}
		prev = r
	}
	return false
}

// openWords end a wrapped line of prose, never a headline: "... said the", "... one of".
var openWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "and": true, "or": true, "in": true,
	"on": true, "at": true, "by": true, "for": true, "with": true, "from": true, "said": true,
	"that": true, "as": true, "its": true, "their": true, "his": true, "her": true,
}

func lastWordOpen(line string) bool {
	f := strings.Fields(line)
	return len(f) > 0 && openWords[strings.ToLower(f[len(f)-1])]
}
