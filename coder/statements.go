package coder

import (
	"strings"

	"testigo"
)

// quote is a quotation: the bytes between its marks, and who said it.
type quote struct {
	testigo.Span     // the words inside the marks
	Open, Close  int // token indexes of the marks
	Sent         int // sentence of the opening mark
	Words        int // words inside
	speaker      *testigo.Entity
	speakers     []testigo.Entity
	via          string
	lead         testigo.Span // the attribution before the quote ("X stated:"), if any
	statement    bool
}

// quoteAt returns the index of the quote holding offset off, or -1.
func (d *document) quoteAt(off int) int {
	for i, q := range d.quotes {
		if q.Start <= off && off < q.End {
			return i
		}
	}
	return -1
}

// findQuotes pairs quotation marks: curly ones by direction (a quote may run across a
// paragraph break), straight ones two by two inside a paragraph.
func (d *document) findQuotes() {
	open := -1
	straight := -1
	for i, t := range d.toks {
		switch t.Lower {
		case "“", "«":
			open = i
		case "”", "»":
			if open >= 0 && t.Start-d.toks[open].End < 3000 {
				d.addQuote(open, i)
			}
			open = -1
		case "\"":
			if straight >= 0 && d.sents[d.toks[straight].Sent].Paragraph == d.sents[t.Sent].Paragraph {
				d.addQuote(straight, i)
				straight = -1
			} else {
				straight = i
			}
		}
	}
	var last *testigo.Entity
	lastSent := -10
	for i := range d.quotes {
		q := &d.quotes[i]
		d.resolveSpeaker(q, last, lastSent)
		if q.speaker != nil {
			last = q.speaker
			lastSent = q.Sent
		}
		q.statement = q.speaker != nil && d.isStatement(q)
	}
}

func (d *document) addQuote(open, close int) {
	if close <= open+1 {
		return
	}
	span := testigo.Span{Start: d.toks[open].End, End: d.toks[close].Start}
	words := d.countWords(open+1, close)
	d.quotes = append(d.quotes, quote{Span: span, Open: open, Close: close, Sent: d.toks[open].Sent, Words: words})
}

// quoteCues are the words that introduce a quotation besides the speech verbs.
var quoteCues = map[string]bool{"demanding": true, "demanded": true, "calling": true, "called": true, "urging": true, "urged": true,
	"asking": true, "asked": true, "declaring": true, "statement": true, "insisting": true, "wrote": true, "writing": true,
	"saying": true, "adding": true, "stating": true, "warning": true, "proclaimed": true, "tweeted": true}

// resolveSpeaker finds who says a quote: the subject of a speech verb before it in its
// sentence ("X stated: “...”", "as stated by X, “...”"), a speaker named after it ("...,” said X"),
// a pronoun resolved to the last speaker, or the source of the sentences before.
func (d *document) resolveSpeaker(q *quote, last *testigo.Entity, lastSent int) {
	s := d.sents[q.Sent]
	verb := -1
	for k := q.Open - 1; k >= s.T0; k-- {
		if d.quoteAt(d.toks[k].Start) >= 0 {
			continue
		}
		w := d.toks[k].Lower
		if lex.is("speech", w) || quoteCues[w] || (w == "to" && k > s.T0 && d.toks[k-1].Lower == "according") {
			verb = k
			break
		}
	}
	pick := func(ids []int) {
		var persons, others []testigo.Entity
		for _, i := range ids {
			e := d.canonical(i)
			if e.Kind == testigo.KindPerson && !d.mentions[i].Generic {
				persons = addEntity(persons, e)
			} else {
				others = addEntity(others, e)
			}
		}
		list := persons
		if len(list) == 0 {
			list = others
		}
		if len(list) > 0 {
			q.speakers = list
			e := list[0]
			q.speaker = &e
		}
	}
	if verb >= 0 {
		q.lead = testigo.Span{Start: d.toks[max(s.T0, verb-6)].Start, End: d.toks[q.Open].Start}
		// "stated by X" or "according to X": the speaker follows the verb.
		if verb+1 < q.Open && (d.toks[verb+1].Lower == "by" || d.toks[verb].Lower == "to") {
			var ids []int
			for _, i := range d.mentionsIn(verb+1, q.Open) {
				ids = append([]int{i}, ids...)
			}
			pick(ids)
		}
		if q.speaker == nil {
			// The subject of the verb: a named person first, then a named body, then a
			// generic one; nearest first.
			var persons, named, generic []int
			for _, i := range d.mentionsIn(s.T0, verb) {
				p := d.governedBy(d.mentions[i], s.T0)
				if p != "" && p != "by" {
					continue
				}
				m := d.mentions[i]
				e := d.canonical(i)
				switch {
				case e.Kind == testigo.KindPerson && !m.Generic && !isGenericName(e.Name):
					persons = append([]int{i}, persons...)
				case !m.Generic && !isGenericName(e.Name):
					named = append([]int{i}, named...)
				default:
					generic = append([]int{i}, generic...)
				}
			}
			switch {
			case len(persons) > 0:
				pick(persons[:min(len(persons), 2)])
			case len(named) > 0:
				pick(named[:1])
			case len(generic) > 0:
				pick(generic[:1])
			}
		}
		if q.speaker == nil {
			near := d.prevWords(s.T0, verb, 3)
			// "It released a statement on Monday declaring: “...”": no one is named before
			// the verb, so a pronoun opening the sentence is its subject.
			if s.T0 < verb && (len(near) == 0 || near[len(near)-1] > s.T0) {
				near = append(near, s.T0)
			}
			for _, k := range near {
				w := d.toks[k].Lower
				if lex.is("pronoun_person", w) && last != nil && q.Sent-lastSent <= 3 {
					e := *last
					q.speaker, q.speakers = &e, []testigo.Entity{e}
					break
				}
				if lex.is("pronoun_person", w) || lex.is("pronoun_group", w) {
					sc := &cand{C0: s.T0, T0: k + 1, C1: s.T1}
					if e, ok := d.pronounSubject(sc); ok {
						q.speaker, q.speakers = &e, []testigo.Entity{e}
					}
					break
				}
			}
		}
		// "told Reuters": the medium it was said to.
		if d.toks[verb].Lower == "told" && verb+1 < q.Open && d.toks[verb+1].Upper {
			k := verb + 1
			for k < q.Open && d.toks[k].Word && d.toks[k].Upper {
				k++
			}
			q.via = d.text[d.toks[verb+1].Start:d.toks[k-1].End]
		}
	}
	if q.speaker == nil {
		// "...,” said X" / "...,” X said".
		s2 := d.sents[d.toks[q.Close].Sent]
		for k := q.Close + 1; k < s2.T1 && k <= q.Close+6; k++ {
			if lex.is("speech", d.toks[k].Lower) {
				var ids []int
				for _, i := range d.mentionsIn(q.Close+1, min(s2.T1, k+6)) {
					ids = append(ids, i)
				}
				pick(ids)
				break
			}
		}
	}
	if q.speaker == nil {
		// A bare quote inside a report: the source of the sentence or of the sentences before.
		for si := q.Sent; si >= 0 && q.Sent-si <= 2; si-- {
			if src := d.sources[si]; src != nil {
				e := testigo.Entity{Name: src.Name, Text: src.Text}
				for _, m := range d.mentions {
					if m.Entity.Name == src.Name {
						e = m.Entity
						break
					}
				}
				q.speaker, q.speakers = &e, []testigo.Entity{e}
				break
			}
		}
	}
	if q.speaker == nil && verb < 0 {
		var ids []int
		for _, i := range d.mentionsIn(s.T0, q.Open) {
			if p := d.governedBy(d.mentions[i], s.T0); p == "" {
				ids = append([]int{i}, ids...)
			}
		}
		if len(ids) > 0 {
			pick(ids[:1])
		}
	}
}

// isStatement tells a quotation from a scare quote: it is introduced by a colon or comma
// (or opens its sentence) and has a few words, or is long enough to be a quoted statement.
func (d *document) isStatement(q *quote) bool {
	if q.Words < 4 {
		return false
	}
	// A fragment that opens with a preposition continues the writer's sentence.
	if k := q.Open + 1; k < q.Close && !d.toks[k].Upper {
		switch d.toks[k].Lower {
		case "with", "of", "in", "for", "to", "by", "on", "at", "from", "and", "or", "but":
			return false
		}
	}
	if q.Words >= 10 {
		return true
	}
	s := d.sents[q.Sent]
	if q.Open == s.T0 {
		return true
	}
	prev := d.toks[q.Open-1]
	return prev.Lower == ":" || prev.Lower == ","
}

// findStatements returns the quotations with their speakers.
func (d *document) findStatements() []testigo.Statement {
	var out []testigo.Statement
	for _, q := range d.quotes {
		if !q.statement {
			continue
		}
		st := testigo.Statement{Speaker: *q.speaker, Quote: strings.TrimSpace(d.text[q.Start:q.End])}
		if q.via != "" {
			v := q.via
			st.Via = &v
		}
		st.Date = testigo.EventDate{Precision: testigo.PrecisionUnknown}
		s := d.sents[q.Sent]
		// The date of the sentence that introduces the quote, outside the quote.
		for _, t := range d.dates {
			if t.Span.Start >= s.Start && t.Span.End <= s.End && d.quoteAt(t.Span.Start) < 0 && usableDate(t) && !d.isSinceDate(t) {
				st.Date = *d.eventDate(t)
				break
			}
		}
		span := q.Span
		for span.Start < span.End && (d.text[span.Start] == ' ' || d.text[span.Start] == '\n') {
			span.Start++
		}
		for span.End > span.Start && (d.text[span.End-1] == ' ' || d.text[span.End-1] == '\n') {
			span.End--
		}
		st.Evidence = []testigo.Evidence{testigo.NewEvidence(d.text, span)}
		out = append(out, st)
	}
	return out
}

// findSources finds who reports what each sentence tells: "according to X", "X said",
// "X reported that", "said X".
func (d *document) findSources() {
	for si, s := range d.sents {
		for k := s.T0; k < s.T1; k++ {
			w := d.toks[k].Lower
			if w == "according" && k+1 < s.T1 && d.toks[k+1].Lower == "to" {
				ids := d.mentionsIn(k+2, min(s.T1, k+10))
				if len(ids) > 0 && d.mentions[ids[0]].T0 <= k+4 {
					e := d.canonical(ids[0])
					d.sources[si] = &testigo.Source{Name: e.Name, Text: d.mentions[ids[0]].Entity.Text}
				} else {
					j := k + 2
					for j < s.T1 && d.toks[j].Word && j < k+8 {
						j++
					}
					if j > k+2 {
						txt := d.text[d.toks[k+2].Start:d.toks[j-1].End]
						d.sources[si] = &testigo.Source{Name: txt, Text: txt}
					}
				}
				break
			}
			if !lex.is("speech", w) {
				continue
			}
			// "..., the office said": the words right before the verb, back to a comma.
			if k > s.T0 {
				j := k - 1
				for j > s.T0 && d.toks[j].Word && k-j <= 5 {
					j--
				}
				adjacent := false
				for _, i := range d.mentionsIn(j, k) {
					if d.mentions[i].T1 >= k-1 {
						adjacent = true
						e := d.canonical(i)
						d.sources[si] = &testigo.Source{Name: e.Name, Text: d.mentions[i].Entity.Text}
					}
				}
				if adjacent {
					break
				}
				if d.toks[j].Lower == "," && k-j >= 2 && k-j <= 5 && lex.is("determiner", d.toks[j+1].Lower) {
					txt := d.text[d.toks[j+1].Start:d.toks[k-1].End]
					d.sources[si] = &testigo.Source{Name: txt, Text: txt}
					break
				}
			}
			var best = -1
			for _, i := range d.mentionsIn(s.T0, k) {
				if p := d.governedBy(d.mentions[i], s.T0); p == "" {
					best = i
				}
			}
			if best < 0 {
				// "said X", "X said" after a quote.
				ids := d.mentionsIn(k+1, min(s.T1, k+6))
				if len(ids) > 0 && d.mentions[ids[0]].T0 == k+1 || len(ids) > 0 && k+2 < s.T1 && lex.is("determiner", d.toks[k+1].Lower) && d.mentions[ids[0]].T0 <= k+3 {
					best = ids[0]
				}
			}
			if best >= 0 {
				e := d.canonical(best)
				d.sources[si] = &testigo.Source{Name: e.Name, Text: d.mentions[best].Entity.Text}
				break
			}
		}
	}
}
