// Package timex finds temporal expressions in news text and normalizes them to TimeML
// (TIMEX3) values against the publication date: absolute dates, dates relative to the
// publication ("yesterday", "last week", "Friday"), dates relative to the last date the
// text mentioned ("the next day", "a year earlier"), durations and sets.
//
// Matching runs on a folded view of the text (segment.Fold) so that curly quotes, dashes
// and accents do not matter, and every span is mapped back to the original bytes.
package timex

import (
	"strings"
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
	toks := make([]token, 0, len(text)/5+1) // about one token per five bytes of English
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
	anchorAbs bool // the anchor was written out in full ("Nov. 10, 2019", "2003")
	// anchorNight is set when the anchor is a night ("Saturday night"): a clock time in the
	// small hours after it falls on the next day.
	anchorNight bool
	// period is the last quarter or half the text named, which "a year earlier" and
	// "the year-ago quarter" compare with.
	period    point
	hasPeriod bool
	// stale is the last anchor after it went out of the paragraph scope: a counted step
	// from it ("the following day", "two days later") never counts from the publication
	// date, which lies after the events told.
	stale    point
	hasStale bool
	future   bool // the clause speaks of the future
	tense    int  // 1 future, -1 past, 0 unmarked
	// toldPast marks an expression beside a verb in the past ("was killed Feb. 10"), in a
	// sentence with no word of the future: it dates something done.
	toldPast bool
}

// result is a resolved expression.
type result struct {
	value string
	rel   bool   // depended on the publication date or the discourse
	pt    *point // the calendar period it names, when it names one
	last  *point // the last day of a range ("Nov. 10-12"), when it is one
	// comparison marks a baseline ("a year earlier", "the year-ago quarter"): the text
	// goes on speaking of the period before it, so it does not become the anchor.
	comparison bool
	// deictic marks a value counted from the publication date ("yesterday", "today"):
	// inside a quotation it speaks of the day the words were said, so it does not anchor.
	deictic bool
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
	anchorPara := -1
	var out []testigo.Date
	near := nextTrigger(toks)
	quotes := quotedTokens(toks, sents)
	for i := 0; i < len(toks); {
		if near[i]-i > triggerWindow {
			i++
			continue
		}
		m := p.match(i)
		if m == nil {
			i++
			continue
		}
		para := -1
		if t := toks[m.i].sent; t >= 0 {
			para = sents[t].Paragraph
		}
		c.tense = p.tenseAt(m.i, m.j)
		c.future = c.tense > 0
		c.toldPast = p.toldPast(m.i, m.j)
		// The discourse anchor reaches over the current and the previous paragraph only.
		if para >= 0 && anchorPara >= 0 && para-anchorPara > 1 && c.hasAnchor {
			// Out of reach for most anaphora; "the following day" still counts from it.
			c.stale, c.hasStale = c.anchor, true
			c.hasAnchor, c.hasPeriod = false, false
		}
		res := m.eval(c)
		span := f.Span(toks[m.i].s, toks[m.j-1].e)
		d := testigo.Date{Span: span, Text: span.Text(text), Type: m.typ, Value: res.value, Relative: res.rel}
		fillRange(&d, res)
		out = append(out, d)
		quoted := quotes[m.i]
		if res.pt != nil && !res.comparison && !(res.deictic && quoted) && m.typ != testigo.DateDuration && m.typ != testigo.DateSet {
			c.anchor, c.hasAnchor, c.anchorAbs, anchorPara = *res.pt, true, !res.rel, para
			c.anchorNight = strings.HasSuffix(res.value, "TNI")
			if res.pt.g == gQuarter || res.pt.g == gHalf {
				c.period, c.hasPeriod = *res.pt, true
			}
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
	if res.last != nil {
		d.End = res.last.last().Format("2006-01-02")
	}
	d.Precision = res.pt.precision()
}

// tense words decide whether a bare weekday or month points back from the publication
// date (most news) or forward ("will meet on Monday").
var futureWords = map[string]bool{
	"will": true, "shall": true, "scheduled": true, "upcoming": true, "plans": true, "plan": true,
	"expected": true, "expects": true, "due": true, "next": true, "coming": true,
	"tomorrow": true, "postponed": true, "expire": true, "expires": true, "begins": true, "starts": true,
	"intends": true, "ahead": true, "would": true, "could": true, "might": true, "soon": true, "set": true, "slated": true, "planning": true, "hopes": true, "aims": true,
}

var pastWords = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true, "yesterday": true,
	"been": true, "since": true, "earlier": true, "told": true, "took": true, "began": true,
	"came": true, "went": true, "met": true, "won": true, "lost": true, "made": true, "gave": true,
	"left": true, "fell": true, "rose": true, "sent": true, "held": true, "led": true, "saw": true,
	"broke": true, "fled": true, "spoke": true, "wrote": true, "paid": true, "ran": true, "set": false,
}

// tenseAt tells whether the clause around tokens [i, j) speaks of the future (1) or the
// past (-1), or 0 when no marker says: the nearest tense marker in the same sentence decides.
func (p *parser) tenseAt(i, j int) int {
	fallback := 0
	switch p.w(i - 1) { // "by May", "through January", "as early as Tuesday"
	case "by", "through", "till", "until", "as", "before":
		if p.w(i-1) != "as" || p.is(i-2, "early", "soon") {
			fallback = 1
		}
	case "ended", "since":
		return -1 // "the year ended March 31"
	}
	sent := p.toks[i].sent
	for d := 1; d <= 12; d++ {
		for _, k := range []int{i - d, j - 1 + d} {
			if k < 0 || k >= len(p.toks) || p.toks[k].sent != sent {
				continue
			}
			w := p.toks[k].w
			switch {
			case w == "ll" && p.w(k-1) == "'", w == "going" && p.is(k+1, "to"):
				return 1
			case w == "won" && p.w(k+1) == "'":
				return 1
			case w == "planned" && p.is(k+1, "to"), w == "hoped" && p.is(k+1, "to"):
				return 1 // "planned to leave on Thursday"
			case futureWords[w] && !(w == "set" && !p.is(k+1, "to")):
				return 1
			case pastWords[w]:
				return -1
			case len(w) > 4 && w[len(w)-2:] == "ed" && !p.toks[k].cap:
				return -1
			}
		}
	}
	return fallback
}

// toldPast reports whether a verb in the past stands within three words of tokens [i, j)
// ("was killed Feb. 10", "Feb. 10 when he was shot") in a sentence that says nothing of the
// future. Verbs of saying do not count: "payable Dec. 15, the company said" tells no deed.
func (p *parser) toldPast(i, j int) bool {
	if p.is(i-1, "by", "until", "till", "before") {
		return false // a deadline: "to be completed by Dec. 15"
	}
	sent := p.toks[i].sent
	for k := i - 1; k >= 0 && p.toks[k].sent == sent; k-- {
		if futureWords[p.toks[k].w] {
			return false
		}
	}
	for k := j; k < len(p.toks) && p.toks[k].sent == sent; k++ {
		if futureWords[p.toks[k].w] {
			return false
		}
	}
	for _, k := range []int{i - 1, i - 2, i - 3, j, j + 1, j + 2} {
		if k < 0 || k >= len(p.toks) || p.toks[k].sent != sent {
			continue
		}
		w := p.toks[k].w
		if w == "said" || w == "told" || w == "ended" {
			continue
		}
		if pastWords[w] && w != "was" && w != "were" && w != "been" && w != "had" || len(w) > 4 && w[len(w)-2:] == "ed" && !p.toks[k].cap {
			return true
		}
	}
	return false
}

// triggerWindow is how far before its first temporal word an expression can start ("the
// end of the year" starts four tokens before "year").
const triggerWindow = 5

// nextTrigger returns, for each token, the index of the temporal word (a number, a month,
// a unit ...) that the run of possible prefix words from it ("the end of the", "more than")
// reaches, or a far index when the run meets anything else: the parser is tried only there.
func nextTrigger(toks []token) []int {
	far := len(toks) + triggerWindow + 1
	near := make([]int, len(toks)+1)
	near[len(toks)] = far
	for i := len(toks) - 1; i >= 0; i-- {
		switch {
		case isTrigger(toks[i]):
			near[i] = i
		case prefixWords[toks[i].w]:
			near[i] = near[i+1]
		default:
			near[i] = far
		}
	}
	return near
}

// prefixWords may begin an expression before its temporal word: articles, modifiers,
// approximators, punctuation inside expressions.
var prefixWords = func() map[string]bool {
	m := map[string]bool{"-": true, "'": true, "`": true, ",": true, ".": true, ":": true}
	for _, w := range strings.Fields(`the a an end beginning start middle turn close rest remainder
		balance of early late mid earlier later in this that these those past coming upcoming each
		every other more less fewer than at least most up to nearly almost about around roughly
		some approximately only just over barely fully still last next following previous
		preceding prior same current latest recent full whole entire fiscal calendar its their his
		her our year s on right for within ensuing subsequent comparable corresponding flat strong
		weak disappointing ended completed near foreseeable immediate short long day night week
		month and or so straight consecutive successive additional further extra several few many
		numerous couple dozen dozens half`) {
		m[w] = true
	}
	return m
}()

func isTrigger(t token) bool {
	if t.digit {
		return true
	}
	w := t.w
	if _, ok := triggerWords[w]; ok {
		return true
	}
	return false
}

var triggerWords = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, set := range []map[string]int{lex.month, lex.weekday, lex.number, lex.ordinal} {
		for w := range set {
			if w != "a" && w != "an" {
				m[w] = struct{}{}
			}
		}
	}
	for _, set := range []map[string]string{lex.unit, lex.season, lex.partOfDay, lex.ref, lex.set} {
		for w := range set {
			m[w] = struct{}{}
		}
	}
	for w := range lex.holiday {
		m[strings.SplitN(strings.SplitN(w, "-", 2)[0], "'", 2)[0]] = struct{}{}
	}
	for w := range decadeWords {
		m[w] = struct{}{}
	}
	for _, w := range strings.Fields(`today yesterday tomorrow tonight ago weekend period half thousand
		fiscal fy thanksgiving easter every each once twice times past present future nowadays term`) {
		m[w] = struct{}{}
	}
	return m
}()

// quotedTokens marks the tokens inside quotation marks. Quotes open and close by turns
// within a paragraph (the folded text has straight quotes only); a paragraph starts outside.
func quotedTokens(toks []token, sents []testigo.Sentence) []bool {
	in := make([]bool, len(toks))
	open, para := false, -1
	for i, t := range toks {
		if t.sent >= 0 && sents[t.sent].Paragraph != para {
			open, para = false, sents[t.sent].Paragraph
		}
		switch {
		case t.w == `"`:
			open = !open
			continue
		case t.w == "`" && i+1 < len(toks) && toks[i+1].w == "`": // old newswire: ``quote''
			open = true
			continue
		case t.w == "'" && i+1 < len(toks) && toks[i+1].w == "'" && !toks[i+1].space:
			open = false
			continue
		}
		in[i] = open
	}
	return in
}
