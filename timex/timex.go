// Package timex finds temporal expressions in news text and normalizes them to TimeML
// (TIMEX3) values against the publication date: absolute dates, dates relative to the
// publication ("yesterday", "last week", "Friday"), dates relative to the last date the
// text mentioned ("the next day", "a year earlier"), durations and sets.
//
// Matching runs on a folded view of the text (segment.Fold) so that curly quotes, dashes
// and accents do not matter, and every span is mapped back to the original bytes.
package timex

import (
	"time"
	"unicode"
	"unicode/utf8"

	"testigo"
	"testigo/segment"
)

// token is a word, a number or a punctuation mark of the folded text.
type token struct {
	s, e  int    // byte offsets in the folded text
	w     string // folded text (lower case)
	cap   bool   // the original starts with an upper-case letter
	digit bool   // a run of ASCII digits
	space bool   // preceded by white space or the start of the text
	sent  int    // index of the sentence it is in, or -1
}

func tokenize(f *segment.Folded, orig string, sents []testigo.Sentence) []token {
	text := f.Text
	var toks []token
	space := true
	si := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += n
			continue
		}
		j := i + n
		kind := 0 // 1 letters, 2 digits
		switch {
		case unicode.IsLetter(r):
			kind = 1
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
		case '0' <= r && r <= '9':
			kind = 2
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				j++
			}
		}
		t := token{s: i, e: j, w: text[i:j], digit: kind == 2, space: space, sent: -1}
		if kind == 1 {
			o := f.Offset(i)
			or, _ := utf8.DecodeRuneInString(orig[o:])
			t.cap = unicode.IsUpper(or)
		}
		o := f.Offset(i)
		for si < len(sents) && sents[si].End <= o {
			si++
		}
		if si < len(sents) && sents[si].Start <= o {
			t.sent = si
		}
		toks = append(toks, t)
		space = false
		i = j
	}
	return toks
}

// ctx is what resolving an expression needs: the publication date, the last date the
// text mentioned, and the tense around the expression.
type ctx struct {
	dct       time.Time
	hasDCT    bool
	anchor    point
	hasAnchor bool
	future    bool // the sentence speaks of the future
}

// result is a resolved expression.
type result struct {
	value string
	rel   bool   // depended on the publication date or the discourse
	pt    *point // the calendar period it names, when it names one
}

type evalFunc func(c *ctx) result

// Find returns the temporal expressions in text, normalized against published
// (YYYY-MM-DD, or "" when unknown). sents are the sentences of text (segment.Sentences);
// they give the tense and the discourse scope of anaphoric expressions.
func Find(text string, sents []testigo.Sentence, published string) []testigo.Date {
	if text == "" {
		return nil
	}
	f := segment.Fold(text, segment.Match)
	toks := tokenize(f, text, sents)
	p := &parser{toks: toks, text: f.Text}
	c := &ctx{}
	if t, err := time.Parse("2006-01-02", published); err == nil {
		c.dct, c.hasDCT = t, true
	}
	futures := sentenceTenses(toks, len(sents))
	anchorPara := -1
	var out []testigo.Date
	for i := 0; i < len(toks); {
		m := p.match(i)
		if m == nil {
			i++
			continue
		}
		para := -1
		if t := toks[m.i].sent; t >= 0 {
			para = sents[t].Paragraph
			c.future = futures[t]
		} else {
			c.future = false
		}
		// The discourse anchor reaches over the current and the previous paragraph only.
		if c.hasAnchor && para >= 0 && anchorPara >= 0 && para-anchorPara > 1 {
			c.hasAnchor = false
		}
		res := m.eval(c)
		span := f.Span(toks[m.i].s, toks[m.j-1].e)
		d := testigo.Date{Span: span, Text: span.Text(text), Type: m.typ, Value: res.value, Relative: res.rel}
		fillRange(&d, res)
		out = append(out, d)
		if res.pt != nil && m.typ != testigo.DateDuration && m.typ != testigo.DateSet {
			c.anchor, c.hasAnchor, anchorPara = *res.pt, true, para
		}
		i = m.j
	}
	return out
}

// fillRange sets Start, End and Precision from the resolved period.
func fillRange(d *testigo.Date, res result) {
	if d.Type == testigo.DateDuration || d.Type == testigo.DateSet {
		return
	}
	if res.pt == nil {
		d.Precision = testigo.PrecisionUnknown
		return
	}
	d.Start = res.pt.first().Format("2006-01-02")
	d.End = res.pt.last().Format("2006-01-02")
	d.Precision = res.pt.precision()
}

// futureWords mark a sentence that speaks of what is to come, which decides whether a
// bare weekday or month points forward or back from the publication date.
var futureWords = map[string]bool{
	"will": true, "shall": true, "ll": true, "scheduled": true, "upcoming": true,
	"plans": true, "planned": true, "expected": true, "expects": true, "due": true,
	"until": true, "next": true, "coming": true, "tomorrow": true, "postponed": true,
}

func sentenceTenses(toks []token, n int) []bool {
	fut := make([]bool, n)
	for k, t := range toks {
		if t.sent < 0 || !futureWords[t.w] {
			continue
		}
		// "going to", "set to", "to be held" are caught by their first word only when
		// they really announce something: "ll" must follow an apostrophe.
		if t.w == "ll" && (k == 0 || toks[k-1].w != "'") {
			continue
		}
		fut[t.sent] = true
	}
	return fut
}
