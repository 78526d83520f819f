package read

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"testigo"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// parsePlain reads plain text or Markdown. The text is kept byte for byte, so that the
// offsets of every later stage are offsets into the file; only the header (title, byline,
// date line, dateline) is read out of it.
func (c ctx) parsePlain(data []byte, markdown bool) Item {
	format := FormatText
	if markdown {
		format = FormatMarkdown
	}
	doc := c.newDoc(format)
	if err := checkText(data); err != nil {
		return Item{Doc: doc, Err: fmt.Errorf("%s: %w", c.name, err)}
	}
	doc.Text = string(data)
	h := scanHeader(doc.Text, markdown || markdownish(doc.Text))
	doc.Title, doc.Byline = h.title, h.byline
	c.setPublished(&doc, h.published, testigo.PublishedText)
	return Item{Doc: doc}
}

// Errors of unreadable text, for errors.Is.
var (
	ErrEmpty    = errors.New("empty document")
	ErrBinary   = errors.New("binary data, not text")
	ErrEncoding = errors.New("not UTF-8")
)

// checkText refuses what no later stage can read: nothing, binary data, text that is not
// UTF-8 (offsets must be UTF-8 byte offsets; re-encoding would move them).
func checkText(data []byte) error {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fmt.Errorf("%w: UTF-16 text (byte-order mark); convert it to UTF-8", ErrEncoding)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	sample := data[:min(len(data), 64<<10)]
	ctrl := 0
	for _, b := range sample {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b {
			ctrl++
		}
	}
	if len(sample) > 0 && ctrl*20 > len(sample) { // over 5 % control bytes
		return fmt.Errorf("%w: %d of the first %d bytes are control characters", ErrBinary, ctrl, len(sample))
	}
	if off := invalidUTF8At(data); off >= 0 {
		return fmt.Errorf("%w: invalid UTF-8 at byte offset %d", ErrEncoding, off)
	}
	if isBlank(data) {
		return ErrEmpty
	}
	return nil
}

// invalidUTF8At returns the offset of the first byte that is not valid UTF-8, or -1.
func invalidUTF8At(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// isBlank reports whether data holds only white space (a byte-order mark counts as such).
func isBlank(data []byte) bool {
	return len(bytes.TrimFunc(data, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' })) == 0
}

// markdownish reports whether a text that is not declared Markdown is written in it
// anyway ("# Title" atop a .txt), so that its header is read without the decoration.
func markdownish(text string) bool {
	head := text[:min(len(text), 4096)]
	return looksLikeMarkdown([]byte(strings.TrimLeftFunc(head, isSpaceOrBOM)))
}

// header is what the top of an article says about it.
type header struct {
	title, byline, published string
}

// maxHeaderLines bounds how far down title, byline and date lines are looked for.
const maxHeaderLines = 8

type textLine struct {
	raw   string // without the line break
	blank bool
	next  string // the raw line that follows, or ""
}

// lines splits the top of text into lines, dropping nothing.
func topLines(text string, limit int) []textLine {
	var out []textLine
	for len(text) > 0 && len(out) < limit {
		line, rest, _ := strings.Cut(text, "\n")
		out = append(out, textLine{raw: strings.TrimSuffix(line, "\r")})
		text = rest
	}
	for i := range out {
		out[i].blank = strings.TrimFunc(out[i].raw, isSpaceOrBOM) == ""
		if i+1 < len(out) {
			out[i].next = out[i+1].raw
		}
	}
	return out
}

func isSpaceOrBOM(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }

// scanHeader reads the title, byline and publication date from the top of an article:
//
//	Police fire on marchers in the capital      ← title: short, no final period
//	By Jane Doe                                 ← byline ("By ...", or a name alone after the title)
//	Saturday 16 November 2019                   ← date line
//
//	LA PAZ, Nov 16, 2019 (Reuters) - Police ... ← dateline, read when no date line was found
//
// With markdown set, a first heading is the title, YAML front matter is read, and
// decoration (**, _, links, trailing hard breaks) is ignored.
func scanHeader(text string, markdown bool) header {
	var h header
	lines := topLines(text, 400)
	start := 0
	if markdown {
		start = h.frontMatter(lines)
	}
	var updated string // a date line labelled "Updated": used only if nothing better is found
	seen := 0          // non-blank header lines examined
	prevWasTitle := false
	dateline := ""
	for i := start; i < len(lines) && seen < maxHeaderLines; i++ {
		l := lines[i]
		if l.blank {
			continue
		}
		seen++
		s := cleanLine(l.raw, markdown)
		if markdown {
			if isMarkdownDecoration(l.raw) {
				continue
			}
			if t, ok := markdownHeading(l, lines, i); ok {
				if h.title == "" && seen == 1 {
					h.title = t
					prevWasTitle = true
					if isSetextUnderline(l.next) {
						i++
					}
					continue
				}
				if h.title != "" {
					continue // a subheading in the header zone (a standfirst) is skipped
				}
			}
		}
		if s == "" {
			continue
		}
		if day, upd, ok := parseDateLine(s); ok {
			if upd {
				if updated == "" {
					updated = day
				}
			} else if h.published == "" {
				h.published = day
			}
			prevWasTitle = false
			continue
		}
		if b, ok := bylineOf(s); ok {
			if h.byline == "" {
				h.byline = b
			}
			prevWasTitle = false
			continue
		}
		if h.title == "" && h.byline == "" && seen <= 2 && looksLikeHeadline(s, l.next, markdown) {
			h.title = s
			prevWasTitle = true
			continue
		}
		if prevWasTitle && h.byline == "" && looksLikeNameOnly(s, cleanLine(nextNonBlank(lines, i), markdown)) {
			h.byline = s
			prevWasTitle = false
			continue
		}
		// The body starts here, or a kicker or standfirst ("Asunción bureau") stands before it.
		para := paragraphAt(lines, i, markdown)
		if dateline == "" {
			if day, ok := parseDateline(para); ok {
				dateline = day
				break
			}
		}
		if !isShortLine(s) {
			break
		}
		prevWasTitle = false
	}
	if h.published == "" {
		h.published = dateline
	}
	if h.published == "" {
		h.published = updated
	}
	return h
}

// isShortLine is a line too short and unfinished to be body prose.
func isShortLine(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return len(s) <= 80 && !strings.ContainsRune(".!?\"”", last)
}

// paragraphAt joins the lines of the paragraph starting at line i (a dateline may wrap).
func paragraphAt(lines []textLine, i int, markdown bool) string {
	var b strings.Builder
	for j := i; j < len(lines) && !lines[j].blank && b.Len() < 300; j++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(cleanLine(lines[j].raw, markdown))
	}
	return b.String()
}

func nextNonBlank(lines []textLine, i int) string {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].blank {
			return lines[j].raw
		}
	}
	return ""
}

var bylineRx = regexp.MustCompile(`^(?i:by|por|par)\s+(\p{Lu}.*)$`)

// bylineOf reads "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Por Ana Ruiz".
func bylineOf(s string) (string, bool) {
	m := bylineRx.FindStringSubmatch(s)
	if m == nil || len(s) > 120 || strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "Jr.") {
		return "", false
	}
	name := strings.TrimSpace(strings.Trim(m[1], " |·•-–—"))
	// "By 2020 the ..." or "By Saturday police had ..." are sentences, not bylines.
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 12 || weekdayNames[strings.ToLower(words[0])] || monthNames[strings.ToLower(strings.TrimSuffix(words[0], "."))] > 0 {
		return "", false
	}
	lowers := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !nameParticles[strings.ToLower(w)] {
			lowers++
		}
	}
	if lowers > 1 {
		return "", false
	}
	return name, true
}

// nameParticles may stand lower case inside a person's name, or join two names.
var nameParticles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "di": true, "do": true, "dos": true, "das": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "du": true, "bin": true,
	"ibn": true, "al": true, "el": true, "y": true, "e": true, "and": true, "&": true, "ter": true,
}

// looksLikeNameOnly accepts a short line of capitalised name words right after the title,
// such as "Jane Doe" or "Ana María de la Cruz". A title-case subtitle can look the same,
// so a longer name is believed only when a date line follows it.
func looksLikeNameOnly(s, next string) bool {
	if len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	capitals := 0
	for i, w := range words {
		if nameParticles[strings.ToLower(w)] && i > 0 && i < len(words)-1 {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w[size:] {
			if !unicode.IsLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.' {
				return false
			}
		}
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if weekdayNames[lw] || monthNames[lw] > 0 {
			return false
		}
		capitals++
	}
	if capitals > 3 {
		_, _, ok := parseDateLine(next)
		return ok
	}
	return true
}

// looksLikeHeadline: a short first line with no final period, followed by a blank line or a
// line that does not continue it as prose (wrapped paragraphs also lack final periods).
func looksLikeHeadline(s, next string, markdown bool) bool {
	if len(s) > 250 || len(strings.Fields(s)) > 30 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".,;:", last) && !strings.HasSuffix(s, "...") {
		return false
	}
	if _, ok := parseDateline(s); ok {
		return false
	}
	next = strings.TrimSpace(next)
	if next == "" || (markdown && isSetextUnderline(next)) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	return len(strings.Fields(s)) <= 15 && !unicode.IsLower(r)
}

var (
	atxHeadingRx  = regexp.MustCompile(`^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	setextRx      = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	mdImageRx     = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLinkTextRx  = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdRefLinkRx   = regexp.MustCompile(`\[([^\]]*)\]\[[^\]]*\]`)
	mdEmphasisRx  = regexp.MustCompile(`(\*\*|__|\*|_|~~|` + "`" + `)`)
	htmlTagRx     = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	mdRuleRx      = regexp.MustCompile(`^ {0,3}([-*_])( *[-*_]){2,} *$`)
	mdImageOnlyRx = regexp.MustCompile(`^\s*!\[[^\]]*\]\([^)]*\)\s*$`)
)

func isSetextUnderline(s string) bool { return setextRx.MatchString(s) }

// markdownHeading reads an ATX heading ("# Title #") or a setext one (a line over "===").
func markdownHeading(l textLine, lines []textLine, i int) (string, bool) {
	if m := atxHeadingRx.FindStringSubmatch(l.raw); m != nil {
		return cleanLine(m[1], true), true
	}
	if i+1 < len(lines) && isSetextUnderline(lines[i+1].raw) && !mdRuleRx.MatchString(l.raw) {
		return cleanLine(l.raw, true), true
	}
	return "", false
}

// isMarkdownDecoration is a line that carries no words: a rule, an image alone.
func isMarkdownDecoration(s string) bool {
	return mdRuleRx.MatchString(s) || mdImageOnlyRx.MatchString(s)
}

// cleanLine trims a line and, for Markdown, takes off its decoration.
func cleanLine(s string, markdown bool) string {
	s = strings.TrimFunc(s, isSpaceOrBOM)
	if !markdown {
		return s
	}
	s = strings.TrimSuffix(s, "\\")
	for strings.HasPrefix(s, ">") {
		s = strings.TrimSpace(s[1:])
	}
	s = mdImageRx.ReplaceAllString(s, "")
	s = mdLinkTextRx.ReplaceAllString(s, "$1")
	s = mdRefLinkRx.ReplaceAllString(s, "$1")
	s = htmlTagRx.ReplaceAllString(s, "")
	s = mdEmphasisRx.ReplaceAllStringFunc(s, func(m string) string {
		if m == "_" {
			return m // snake_case and names with underscores are rare in news, but keep single ones
		}
		return ""
	})
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "_") && strings.HasSuffix(s, "_") && len(s) > 1 {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// frontMatter reads YAML front matter (title, author, date) and returns the first line
// after it, or 0 when there is none.
func (h *header) frontMatter(lines []textLine) int {
	var fm header
	if len(lines) == 0 || strings.TrimFunc(lines[0].raw, isSpaceOrBOM) != "---" {
		return 0
	}
	for i := 1; i < len(lines) && i < 100; i++ {
		raw := strings.TrimSpace(lines[i].raw)
		if raw == "---" || raw == "..." {
			*h = fm
			return i + 1
		}
		key, val, ok := strings.Cut(raw, ":")
		if !ok {
			continue
		}
		val = strings.Trim(strings.TrimSpace(val), `"'`)
		if val == "" {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			if fm.title == "" {
				fm.title = val
			}
		case "author", "byline", "authors":
			if fm.byline == "" {
				fm.byline = strings.Trim(val, "[]")
			}
		case "date", "published", "pubdate", "publishdate":
			if fm.published == "" {
				if d, ok := isoDay(val); ok {
					fm.published = d
				} else if d, _, ok := parseDateLine(val); ok {
					fm.published = d
				}
			}
		}
	}
	return 0 // no closing line: not front matter after all
}
