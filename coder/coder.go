// Package coder codes events (PLOVER, ACLED), tolls and statements from a document and its
// annotations.
//
// The coder reads each sentence for trigger words and phrases (data/triggers.tsv), decides
// from the words around a trigger whether the event is negated, hypothetical or a threat,
// takes its arguments from the annotations (actors, places, dates, quantities) of its clause,
// sentence and paragraph, and merges the mentions of one happening into one event with
// several evidence spans. Cumulative counts become tolls; quotations become statements.
// Everything it returns points at byte spans of doc.Text. Code is pure and deterministic.
package coder

import (
	"sort"
	"strings"

	"testigo"
	"testigo/segment"
)

// Version names the coder; stored events record it so they can be re-extracted.
const Version = "0.10.0"

// Code returns what the document reports.
func Code(doc testigo.Document, ann testigo.Annotations) testigo.Extraction {
	d := newDocument(doc, ann)
	d.findQuotes()
	d.findSources()
	d.findEvents()
	tolls := d.findTolls()
	stmts := d.findStatements()
	events := d.finishEvents()
	if tolls == nil {
		tolls = []testigo.Toll{}
	}
	if stmts == nil {
		stmts = []testigo.Statement{}
	}
	return testigo.Extraction{Document: doc, Events: events, Tolls: tolls, Statements: stmts, CoderVersion: Version}
}

// sentence is a sentence of the document with its tokens.
type sentence struct {
	testigo.Span
	Paragraph int
	T0, T1    int // token range
}

// mention is an actor mentioned in the text: from the actor stage or a generic noun.
type mention struct {
	testigo.Span
	Entity  testigo.Entity
	T0, T1  int // token range
	Generic bool
	Ref     int // index of the first mention of the same entity in document.mentions, or -1
}

// document is the working state of one Code call.
type document struct {
	doc       testigo.Document
	text      string
	ann       testigo.Annotations
	toks      []token
	sents     []sentence
	mentions  []mention // sorted by start
	places    []testigo.Place
	dates     []testigo.Date
	quants    []testigo.Quantity
	quotes    []quote
	sources   map[int]*testigo.Source // by sentence
	cands     []*cand
	tollSpans []testigo.Span // clauses read as tolls: their counts are not events'
	tolls     []testigo.Toll
	verbsHere []int // token positions of the verb triggers of the sentence being coded
	// forceVerbsHere are those of verbsHere that are ASSAULT or COERCE.
	forceVerbsHere []int
	ctxCache       map[int][]string
}

func newDocument(doc testigo.Document, ann testigo.Annotations) *document {
	d := &document{doc: doc, text: doc.Text, ann: ann, sources: map[int]*testigo.Source{}, ctxCache: map[int][]string{}}
	sents := ann.Sentences
	if len(sents) == 0 {
		sents = fallbackSentences(doc.Text)
	}
	paras := ann.Paragraphs
	// Sentences from elsewhere may run together where web text lost its white space.
	sents = segment.Resplit(doc.Text, sents)
	for _, s := range sents {
		if s.Start < 0 || s.End > len(d.text) || s.Start >= s.End {
			continue
		}
		p := s.Paragraph
		if len(ann.Sentences) == 0 || (p == 0 && len(paras) > 0) {
			p = paragraphOf(paras, s.Start, p)
		}
		t0 := len(d.toks)
		d.toks = tokenize(d.text, s.Start, s.End, len(d.sents), d.toks)
		d.sents = append(d.sents, sentence{Span: s.Span, Paragraph: p, T0: t0, T1: len(d.toks)})
	}
	for _, p := range ann.Places {
		if p.Literal && p.Start >= 0 && p.End <= len(d.text) {
			d.places = append(d.places, p)
		}
	}
	for _, t := range ann.Dates {
		if t.Span.Start >= 0 && t.Span.End <= len(d.text) {
			d.dates = append(d.dates, t)
		}
	}
	for _, q := range ann.Quantities {
		if q.Start < 0 || q.End > len(d.text) {
			continue
		}
		// A number inside a date expression ("around 2014") counts nothing.
		inDate := false
		for _, t := range d.dates {
			if t.Span.Overlaps(q.Span) {
				inDate = true
			}
		}
		if !inDate {
			d.quants = append(d.quants, q)
		}
	}
	sort.SliceStable(d.places, func(i, j int) bool { return d.places[i].Start < d.places[j].Start })
	sort.SliceStable(d.dates, func(i, j int) bool { return d.dates[i].Span.Start < d.dates[j].Span.Start })
	sort.SliceStable(d.quants, func(i, j int) bool { return d.quants[i].Start < d.quants[j].Start })
	d.findMentions()
	return d
}

// paragraphOf returns the index of the paragraph holding offset, or def.
func paragraphOf(paras []testigo.Span, off, def int) int {
	for i, p := range paras {
		if p.Start <= off && off < p.End {
			return i
		}
	}
	return def
}

// fallbackSentences splits text on sentence-final punctuation and blank lines, for when the
// segment stage gave nothing.
func fallbackSentences(text string) []testigo.Sentence {
	var out []testigo.Sentence
	para, start := 0, 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\t' || text[e-1] == '\r') {
			e--
		}
		if e > s {
			out = append(out, testigo.Sentence{Span: testigo.Span{Start: s, End: e}, Paragraph: para})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			emit(i)
			start = i
			para++
			for i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			continue
		}
		if (c == '.' || c == '!' || c == '?') && i+1 < len(text) && text[i+1] == ' ' && i+2 < len(text) && text[i+2] >= 'A' && text[i+2] <= 'Z' {
			emit(i + 1)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}

// tokenAt returns the index of the first token starting at or after off.
func (d *document) tokenAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= off })
}

// tokenRange returns the tokens a span covers.
func (d *document) tokenRange(s testigo.Span) (int, int) {
	t0 := d.tokenAt(s.Start)
	t1 := t0
	for t1 < len(d.toks) && d.toks[t1].Start < s.End {
		t1++
	}
	return t0, t1
}

// sentenceOf returns the index of the sentence holding offset off, or -1.
func (d *document) sentenceOf(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > off })
	if i < len(d.sents) && d.sents[i].Start <= off {
		return i
	}
	return -1
}

// findMentions gathers the actor stage's actors and, where it found none, generic nouns.
func (d *document) findMentions() {
	for i, a := range d.ann.Actors {
		if a.Start < 0 || a.End > len(d.text) || a.Start >= a.End {
			continue
		}
		t0, t1 := d.tokenRange(a.Span)
		ref := -1
		if a.Ref >= 0 && a.Ref < i {
			ref = a.Ref
		}
		d.mentions = append(d.mentions, mention{Span: a.Span, Entity: a.Entity, T0: t0, T1: t1, Ref: ref})
	}
	covered := func(s, e int) bool {
		for _, m := range d.mentions {
			if !m.Generic && m.Start < e && s < m.End {
				return true
			}
		}
		return false
	}
	var generic []mention
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if !t.Word {
			continue
		}
		for _, p := range lex.participants[t.Lower] {
			j := i + len(p.Words)
			if j > len(d.toks) || !wordsAt(d.toks, i, p.Words) || d.toks[j-1].Sent != t.Sent {
				continue
			}
			// "a press conference": the role word only modifies a thing.
			if p.Kind == participantThing {
				i = j - 1
				break
			}
			// "police" inside "police station" still names the police; fine for a cue.
			span := testigo.Span{Start: t.Start, End: d.toks[j-1].End}
			if covered(span.Start, span.End) || hyphenGlued(d.text, span) {
				break
			}
			e := testigo.Entity{Name: d.text[span.Start:span.End], Text: d.text[span.Start:span.End], Sector: p.Sector, Kind: p.Kind, Country: d.ann.Country}
			if d.ann.Country != "" {
				e.Code = d.ann.Country
			}
			generic = append(generic, mention{Span: span, Entity: e, T0: i, T1: j, Generic: true, Ref: -1})
			i = j - 1
			break
		}
	}
	d.mentions = append(d.mentions, generic...)
	// Re-index Ref after sorting.
	type keyed struct {
		m   mention
		old int
	}
	ks := make([]keyed, len(d.mentions))
	for i, m := range d.mentions {
		ks[i] = keyed{m, i}
	}
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].m.Start < ks[j].m.Start })
	newIndex := make([]int, len(ks))
	for i, k := range ks {
		newIndex[k.old] = i
	}
	d.mentions = d.mentions[:0]
	for _, k := range ks {
		m := k.m
		if m.Ref >= 0 {
			m.Ref = newIndex[m.Ref]
		}
		d.mentions = append(d.mentions, m)
	}
}

// hyphenGlued reports whether a span is joined by a hyphen to the word before or after it:
// "party" in "multi-party elections" and "government" in "anti-government marchers" name no
// one.
// A role before "-led", "-called" or "-organized" leads what follows: "an opposition-called
// strike" is the opposition's.
func hyphenGlued(text string, sp testigo.Span) bool {
	if sp.Start > 1 && text[sp.Start-1] == '-' && isWordByte(text[sp.Start-2]) {
		return true
	}
	if sp.End+1 < len(text) && text[sp.End] == '-' && isWordByte(text[sp.End+1]) {
		rest := strings.ToLower(text[sp.End+1 : min(len(text), sp.End+12)])
		for _, agentive := range []string{"led", "called", "organized", "organised"} {
			if strings.HasPrefix(rest, agentive) && (len(rest) == len(agentive) || !isWordByte(rest[len(agentive)])) {
				return false
			}
		}
		return true
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// canonical returns the entity of the first mention a mention refers to ("Morales" gives
// "Evo Morales"), keeping the mention's own text.
func (d *document) canonical(i int) testigo.Entity {
	m := d.mentions[i]
	e := m.Entity
	if m.Ref >= 0 && m.Ref < len(d.mentions) {
		first := d.mentions[m.Ref].Entity
		text := e.Text
		e = first
		e.Text = text
	}
	return e
}

// wordsAt reports whether the words of toks starting at i are ws.
func wordsAt(toks []token, i int, ws []string) bool {
	if i+len(ws) > len(toks) {
		return false
	}
	for k, w := range ws {
		if toks[i+k].Lower != w {
			return false
		}
	}
	return true
}

// cueAt reports whether the words of a cue (the last may end in *) match at i, and where
// the match ends.
func cueAt(toks []token, i, end int, ws []string) (int, bool) {
	if i+len(ws) > end {
		return 0, false
	}
	if w0, t0 := ws[0], toks[i].Lower; len(w0) > 0 && len(t0) > 0 && w0[0] != '*' && w0[0] != t0[0] {
		return 0, false
	}
	for k, w := range ws {
		t := toks[i+k].Lower
		if strings.HasSuffix(w, "*") {
			if !strings.HasPrefix(t, w[:len(w)-1]) {
				return 0, false
			}
		} else if t != w {
			return 0, false
		}
	}
	return i + len(ws), true
}
