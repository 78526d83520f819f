package coder

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"testigo"
)

// mentionsIn returns the indexes of the mentions inside tokens [t0, t1).
func (d *document) mentionsIn(t0, t1 int) []int {
	var out []int
	// Mentions are sorted by start, so by first token too.
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].T0 >= t0 })
	for ; i < len(d.mentions) && d.mentions[i].T0 < t1; i++ {
		if m := d.mentions[i]; m.T1 <= t1 && m.T1 > m.T0 {
			out = append(out, i)
		}
	}
	return out
}

// governedBy returns the preposition right before a mention (skipping determiners and
// adjectives up to two words), or "".
func (d *document) governedBy(m mention, lo int) string {
	for k, n := m.T0-1, 0; k >= lo && n < 3; k, n = k-1, n+1 {
		t := d.toks[k]
		if !t.Word {
			if t.Lower == "," || isQuote(t) {
				return ""
			}
			continue
		}
		if lex.is("preposition", t.Lower) {
			return t.Lower
		}
		if lex.is("determiner", t.Lower) || t.Lower == "'s" {
			continue
		}
		if n > 0 {
			return ""
		}
	}
	return ""
}

// addEntity appends e unless an entity of the same name is there.
func addEntity(list []testigo.Entity, e testigo.Entity) []testigo.Entity {
	for _, x := range list {
		if strings.EqualFold(x.Name, e.Name) {
			return list
		}
	}
	return append(list, e)
}

var armed = map[string]bool{"MIL": true, "COP": true, "PRM": true, "REB": true, "UAF": true, "SPY": true}

// arguments fills the actors, recipients, place, date and source of an event.
func (d *document) arguments(s sentence, c *cand) {
	ms := d.mentionsIn(c.C0, c.C1)
	var before, after []int
	for _, i := range ms {
		m := d.mentions[i]
		if m.T1 <= c.T0 {
			before = append(before, i)
		} else if m.T0 >= c.T1 {
			after = append(after, i)
		}
	}
	// Nearest first.
	sort.SliceStable(before, func(a, b int) bool { return d.mentions[before[a]].T0 > d.mentions[before[b]].T0 })
	// "Witnesses said officers fired": who says it is not who did it.
	for k := c.T0 - 1; k >= c.C0; k-- {
		if lex.is("speech", d.toks[k].Lower) && !isVerbal(c.Type) {
			// "X said its troops ...": a pronoun keeps the sayer in the act.
			for j := k + 1; j < c.T0; j++ {
				switch d.toks[j].Lower {
				case "it", "its", "they", "their", "he", "his", "she", "her", "we", "our":
					k = -1
				}
			}
			if k < 0 {
				break
			}
			var kept []int
			for _, i := range before {
				if d.mentions[i].T0 > k {
					kept = append(kept, i)
				}
			}
			before = kept
			break
		}
	}
	// Coordinated verbs share a subject: "police arrested X and deported Y" - Y's verb is
	// not X's.
	lastVerb := -1
	for _, v := range d.verbsHere {
		if v < c.T0 && v >= c.C0 {
			lastVerb = v
		}
	}
	subject := func() []testigo.Entity {
		var out []testigo.Entity
		var named []testigo.Entity
		for _, i := range before {
			p := d.governedBy(d.mentions[i], c.C0)
			if p == "of" && d.afterQuantity(d.mentions[i]) {
				p = "" // "thousands of workers marched": the workers did
			}
			if p != "" && p != "by" {
				continue
			}
			if lastVerb >= 0 && d.mentions[i].T0 > lastVerb {
				continue
			}
			if d.mentions[i].T0 >= 2 && d.toks[d.mentions[i].T0-1].Lower == "to" && d.toks[d.mentions[i].T0-2].Lower == "according" {
				continue
			}
			e := d.canonical(i)
			if isVerbal(c.Type) && !d.mentions[i].Generic && !isGenericName(e.Name) {
				named = addEntity(named, e)
			}
			out = addEntity(out, e)
			if len(out) == 4 {
				break
			}
		}
		// A verbal act is a named speaker's before a generic noun's.
		if len(named) > 0 {
			for _, e := range out {
				named = addEntity(named, e)
			}
			out = named
		}
		// A relative clause's subject is its antecedent: "the federation, which demanded".
		if len(out) == 0 && c.C0 > 0 && lex.is("relative", d.toks[c.C0].Lower) {
			for k := len(d.mentions) - 1; k >= 0; k-- {
				m := d.mentions[k]
				if m.T1 <= c.C0 && m.T1 >= c.C0-3 {
					out = append(out, d.canonical(k))
					break
				}
			}
		}
		return out
	}
	object := func(prep map[string]bool) []testigo.Entity {
		var out []testigo.Entity
		for _, i := range after {
			// ", the office said": who reports it is no recipient.
			if m := d.mentions[i]; m.T1+1 < len(d.toks) && (lex.is("speech", d.toks[m.T1].Lower) || lex.is("speech", d.toks[m.T1+1].Lower)) {
				continue
			}
			p := d.governedBy(d.mentions[i], c.T1)
			if p != "" && !prep[p] && p != "of" {
				continue
			}
			out = addEntity(out, d.canonical(i))
			if len(out) == 3 {
				break
			}
		}
		return out
	}
	byAgent := func() []testigo.Entity {
		var out []testigo.Entity
		for _, i := range after {
			if d.governedBy(d.mentions[i], c.T1) == "by" {
				out = addEntity(out, d.canonical(i))
			}
		}
		return out
	}
	switch {
	case c.Passive:
		c.Recipient = subject()
		c.Actor = byAgent()
		if len(c.Actor) == 0 && c.Type == "ASSAULT" {
			for _, i := range after {
				if armed[d.mentions[i].Entity.Sector] {
					c.Actor = addEntity(c.Actor, d.canonical(i))
				}
			}
		}
	case c.Trig.POS == 'n':
		// A noun: a modifier before it ("police raid"), an agent after it ("by", "of",
		// "that X mounted"), else the subject of its clause.
		if len(before) > 0 && d.mentions[before[0]].T1 == c.T0 {
			c.Actor = []testigo.Entity{d.canonical(before[0])}
		}
		if len(c.Actor) == 0 {
			c.Actor = byAgent()
		}
		if len(c.Actor) == 0 {
			for _, i := range after {
				m := d.mentions[i]
				if m.T0-c.T1 <= 4 && (d.governedBy(m, c.T1) == "of" || d.precededBy(m, c.T1, "that", "which")) {
					c.Actor = []testigo.Entity{d.canonical(i)}
					break
				}
			}
		}
		// The subject of a clause that names an attack or an arrest with a noun is
		// seldom its agent ("the report highlights another massacre").
		if len(c.Actor) == 0 && c.Type != "ASSAULT" && c.Type != "COERCE" {
			c.Actor = subject()
		}
		c.Recipient = object(map[string]bool{"against": true, "on": true, "at": true})
	case c.Trig.Attach:
		// "two farmers died": the subject of a casualty word is its victim.
		c.Recipient = subject()
	default:
		c.Actor = subject()
		c.Recipient = object(map[string]bool{"against": true, "on": true, "at": true, "with": c.Type == "CONSULT" || c.Type == "COOPERATE", "to": c.Type == "AID", "for": c.Type == "REQUEST", "upon": true, "into": c.Type == "ASSAULT"})
	}
	// Words inside a trigger with a gap are its object: "charged X with".
	for _, i := range ms {
		m := d.mentions[i]
		if m.T0 > c.T0 && m.T1 < c.T1 {
			c.Recipient = addEntity(c.Recipient, d.canonical(i))
		}
	}
	// A pronoun subject: the last actor named before, of a matching kind.
	if len(c.Actor) == 0 && !c.Passive {
		if e, ok := d.pronounSubject(c); ok {
			c.Actor = []testigo.Entity{e}
		}
	}
	// Inside a quotation, a verbal act is the speaker's.
	if c.Quote >= 0 && isVerbal(c.Type) {
		if q := d.quotes[c.Quote]; q.speaker != nil && (len(c.Actor) == 0 || firstPerson(d, c)) {
			c.Actor = append([]testigo.Entity{}, q.speakers...)
		}
	}
	// A threat read off a report ("X said he would face charges") is the reporter's.
	if c.Type == "THREATEN" && c.Trig.Type != "THREATEN" {
		if sayer := d.sayerBefore(s, c.C0); len(sayer) > 0 {
			c.Recipient = append(c.Recipient[:0:0], c.Actor...)
			if len(c.Recipient) == 0 {
				if e, ok := d.pronounSubject(c); ok {
					c.Recipient = []testigo.Entity{e}
				}
			}
			c.Actor = sayer
		}
	}
	// Asylum is given by the state it is given in.
	if c.Type == "AID" && hasContext(c.Context, "asylum") {
		for _, p := range d.places {
			if p.Start >= d.toks[c.T0].Start && p.Start <= d.toks[c.C1-1].End && isCountry(p) {
				c.Recipient = append(c.Recipient[:0:0], c.Actor...)
				c.Actor = []testigo.Entity{{Name: p.Name, Text: p.Text, Country: p.Country, Code: p.Country, Kind: testigo.KindState}}
				break
			}
		}
	}
	// Who protests without a name is "protesters" of the country; a decree without one is
	// the government's (ACLED's and PLOVER's default actors).
	if len(c.Actor) == 0 && c.Type == "PROTEST" && !c.Hypothetical {
		c.Actor = []testigo.Entity{{Name: "protesters", Sector: "CVL", Kind: testigo.KindGroup, Country: d.ann.Country, Code: d.ann.Country}}
	}
	if len(c.Actor) == 0 && c.Type == "DECREE" && !c.Trig.Weak {
		c.Actor = []testigo.Entity{{Name: "government", Sector: "GOV", Kind: testigo.KindOrganization, Country: d.ann.Country, Code: d.ann.Country}}
	}
	d.place(s, c)
	d.date(s, c)
	c.Source = d.sources[c.Sent]
	c.Context = append(c.Context, d.sentenceContexts(c.Sent)...)
}

// sentenceContexts returns the contexts the words of a sentence tell, computed once.
func (d *document) sentenceContexts(si int) []string {
	if cs, ok := d.ctxCache[si]; ok {
		return cs
	}
	s := d.sents[si]
	seen := map[int]bool{}
	try := func(ci, k int) {
		if !seen[ci] {
			if _, ok := cueAt(d.toks, k, s.T1, lex.contexts[ci].Words); ok {
				seen[ci] = true
			}
		}
	}
	for k := s.T0; k < s.T1; k++ {
		w := d.toks[k].Lower
		if !d.toks[k].Word {
			continue
		}
		for _, ci := range lex.contextByWord[w] {
			try(ci, k)
		}
		for _, ci := range lex.contextPrefix {
			if strings.HasPrefix(w, strings.TrimSuffix(lex.contexts[ci].Words[0], "*")) {
				try(ci, k)
			}
		}
	}
	var out []string
	for ci := range lex.contexts {
		if seen[ci] {
			out = append(out, lex.contexts[ci].Context)
		}
	}
	d.ctxCache[si] = out
	return out
}

func hasContext(cs []string, want string) bool {
	for _, c := range cs {
		if c == want {
			return true
		}
	}
	return false
}

func isCountry(p testigo.Place) bool { return strings.HasPrefix(p.FeatureCode, "PCL") }

// precededBy reports whether one of words comes within three tokens before mention m.
func (d *document) precededBy(m mention, lo int, words ...string) bool {
	for k := m.T0 - 1; k >= lo && k >= m.T0-3; k-- {
		for _, w := range words {
			if d.toks[k].Lower == w {
				return true
			}
		}
	}
	return false
}

// isVerbal reports whether a type is a verbal act (said rather than done).
func isVerbal(t string) bool {
	switch t {
	case "REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE":
		return true
	}
	return false
}

// firstPerson reports whether the subject of an event in a quote is "we" or "I".
func firstPerson(d *document, c *cand) bool {
	for _, k := range d.prevWords(c.C0, c.T0, 4) {
		switch d.toks[k].Lower {
		case "we", "i", "us":
			return true
		}
	}
	return false
}

// pronounSubject resolves a pronoun subject before the trigger to the last actor named before
// its sentence.
func (d *document) pronounSubject(c *cand) (testigo.Entity, bool) {
	var pron string
	for _, k := range d.prevWords(c.C0, c.T0, 4) {
		w := d.toks[k].Lower
		if lex.is("pronoun_person", w) || lex.is("pronoun_group", w) {
			pron = w
			break
		}
	}
	if pron == "" {
		return testigo.Entity{}, false
	}
	start := d.toks[c.C0].Start
	kindOK := func(e testigo.Entity, generic bool) bool {
		switch {
		case lex.is("pronoun_person", pron):
			return e.Kind == testigo.KindPerson && !generic
		case pron == "it":
			return (e.Kind == testigo.KindOrganization || e.Kind == testigo.KindState) && !generic
		default:
			return e.Kind != testigo.KindPerson
		}
	}
	// "Where he sought asylum, Morales ...": a pronoun in a clause that opens the sentence
	// looks forward to the subject that follows it.
	if si := d.toks[c.C0].Sent; c.C0 <= d.sents[si].T0+3 && c.C1 < d.sents[si].T1 {
		for _, i := range d.mentionsIn(c.C1, d.sents[si].T1) {
			m := d.mentions[i]
			e := d.canonical(i)
			if d.governedBy(m, c.C1) == "" && kindOK(e, m.Generic || isGenericName(e.Name)) {
				return e, true
			}
			break
		}
	}
	// A pronoun opening its sentence is most often the subject of the sentence before.
	if si := d.toks[c.C0].Sent; si > 0 && d.prevWords(d.sents[si].T0, c.T0, 6) != nil {
		ps := d.sents[si-1]
		for _, i := range d.mentionsIn(ps.T0, ps.T1) {
			m := d.mentions[i]
			if d.governedBy(m, ps.T0) != "" {
				continue
			}
			e := d.canonical(i)
			if kindOK(e, m.Generic || isGenericName(e.Name)) {
				return e, true
			}
			break
		}
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.End > start {
			continue
		}
		if start-m.Start > 1500 {
			break
		}
		e := d.canonical(i)
		if kindOK(e, m.Generic || isGenericName(e.Name)) {
			return e, true
		}
	}
	return testigo.Entity{}, false
}

// sayerBefore returns the actor of a speech verb before token t0 in sentence s ("X said
// that ..."), or nil.
func (d *document) sayerBefore(s sentence, t0 int) []testigo.Entity {
	for k := t0 - 1; k >= s.T0; k-- {
		w := d.toks[k].Lower
		if !lex.is("speech", w) && w != "warned" {
			continue
		}
		var out []testigo.Entity
		for _, i := range d.mentionsIn(s.T0, k) {
			if d.governedBy(d.mentions[i], s.T0) == "" {
				out = addEntity(out, d.canonical(i))
			}
		}
		if len(out) > 0 {
			return out[:1]
		}
		sc := &cand{C0: s.T0, T0: k}
		if e, ok := d.pronounSubject(sc); ok {
			return []testigo.Entity{e}
		}
	}
	return nil
}

// placeScore ranks the places of a clause: after a locative preposition first, then the
// most specific, then the nearest to the trigger.
var locative = map[string]int{"in": 3, "at": 3, "near": 3, "outside": 3, "across": 3, "around": 3, "throughout": 3, "inside": 3, "of": 1, "from": -6, "to": -6, "into": 2, "toward": -6, "towards": -6}

func (d *document) place(s sentence, c *cand) {
	bestScore := -1 << 30
	var best *testigo.Place
	consider := func(p *testigo.Place, base int) {
		t0, _ := d.tokenRange(p.Span)
		score := base
		if t0 > 0 {
			prev := d.prevWords(max(s.T0, t0-3), t0, 2)
			for _, k := range prev {
				if v, ok := locative[d.toks[k].Lower]; ok {
					score += v * 10
					break
				}
			}
		}
		// "Bolivia's government": a possessive names an owner, not a location.
		if _, t1 := d.tokenRange(p.Span); t1 < len(d.toks) && d.toks[t1].Lower == "'s" {
			score -= 20
		}
		switch {
		case p.Precision == 1 || strings.HasPrefix(p.FeatureCode, "PPL"):
			score += 8
		case strings.HasPrefix(p.FeatureCode, "ADM2"):
			score += 6
		case strings.HasPrefix(p.FeatureCode, "ADM1"):
			score += 4
		case isCountry(*p):
			score += 0
		default:
			score += 5
		}
		dist := t0 - c.T0
		if dist < 0 {
			dist = -dist
		}
		score -= dist / 4
		if score > bestScore {
			bestScore, best = score, p
		}
	}
	for i := range d.places {
		p := &d.places[i]
		if p.Start >= d.toks[c.C0].Start && p.End <= d.toks[c.C1-1].End {
			consider(p, 100)
		} else if p.Start >= s.Start && p.End <= s.End {
			consider(p, 50)
		}
	}
	if best == nil {
		// An earlier sentence of the paragraph.
		for si := c.Sent - 1; si >= 0 && d.sents[si].Paragraph == s.Paragraph && c.Sent-si <= 3; si-- {
			ps := d.sents[si]
			for i := range d.places {
				p := &d.places[i]
				if p.Start >= ps.Start && p.End <= ps.End {
					consider(p, 0)
				}
			}
			if best != nil {
				break
			}
		}
	}
	c.Place = best
}

// A relative day counted from the event told just before: "the next day".
var narrativeDay = regexp.MustCompile(`(?i)^(the )?(following|next) (day|morning|evening|night)$|^(a|one) day later$|^the day after$`)

// date dates an event: a date expression in its clause, else in its sentence, else in the
// sentence before in the same paragraph; an event told in the present perfect or present
// progressive is dated by the publication; otherwise the date stays unknown.
func (d *document) date(s sentence, c *cand) {
	best, bestDist := -1, 1<<30
	for i, t := range d.dates {
		if t.Span.Start < s.Start || t.Span.End > s.End || !usableDate(t) {
			continue
		}
		if d.isSinceDate(t) {
			continue
		}
		t0, _ := d.tokenRange(t.Span)
		if !isVerbal(c.Type) && d.saidOn(t0) {
			continue // "..., police said Tuesday": the day of the statement
		}
		dist := t0 - c.T0
		if dist < 0 {
			dist = -dist
		}
		if t0 < c.C0 || t0 >= c.C1 {
			dist += 40
		}
		// A date said inside a quotation dates what the quotation tells, not the report.
		if (d.quoteAt(t.Span.Start) >= 0) != (c.Quote >= 0) {
			dist += 30
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		c.Date = d.eventDate(d.dates[best])
		c.DateFrom, _ = d.tokenRange(d.dates[best].Span)
		return
	}
	if d.presentTense(c) && d.doc.Published != "" {
		p := d.doc.Published
		c.Date = &testigo.EventDate{Start: &p, End: &p, Precision: testigo.PrecisionWeek}
		return
	}
	if c.Sent > 0 && d.sents[c.Sent-1].Paragraph == s.Paragraph {
		ps := d.sents[c.Sent-1]
		for i := len(d.dates) - 1; i >= 0; i-- {
			t := d.dates[i]
			if t.Span.Start >= ps.Start && t.Span.End <= ps.End && usableDate(t) && !d.isSinceDate(t) {
				c.Date = d.eventDate(t)
				return
			}
		}
	}
	c.Date = &testigo.EventDate{Precision: testigo.PrecisionUnknown}
}

// usableDate reports whether a date expression places an event in time.
func usableDate(t testigo.Date) bool {
	if t.Type == testigo.DateDuration || t.Type == testigo.DateSet {
		return false
	}
	// A bare number read as a far year ("the 2100 block") places nothing.
	if len(t.Value) == 4 && (t.Value > "2099" || t.Value < "1900") {
		return false
	}
	return dayOf(t) != "" || narrativeDay.MatchString(strings.TrimSpace(t.Text))
}

// isSinceDate reports whether a date follows "since": it starts a period, not an event.
func (d *document) isSinceDate(t testigo.Date) bool {
	t0, _ := d.tokenRange(t.Span)
	for _, k := range d.prevWords(max(0, t0-2), t0, 1) {
		if d.toks[k].Lower == "since" {
			return true
		}
	}
	return false
}

var isoDayRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// dayOf returns the first calendar day of a date expression, or "".
func dayOf(t testigo.Date) string {
	if t.Start != "" && isoDayRE.MatchString(t.Start) {
		return t.Start[:10]
	}
	if isoDayRE.MatchString(t.Value) {
		return t.Value[:10]
	}
	return ""
}

// eventDate turns a date expression into an event date; "the next day" counts from the
// latest dated event before it.
func (d *document) eventDate(t testigo.Date) *testigo.EventDate {
	if narrativeDay.MatchString(strings.TrimSpace(t.Text)) {
		// Counted from the last day the text named outright ("on November 15").
		var prev string
		for i := len(d.dates) - 1; i >= 0; i-- {
			x := d.dates[i]
			if x.Span.Start < t.Span.Start && x.Type == testigo.DateDate && len(x.Value) >= 10 && dayOf(x) != "" &&
				d.quoteAt(x.Span.Start) < 0 && !narrativeDay.MatchString(strings.TrimSpace(x.Text)) && !d.isSinceDate(x) {
				prev = dayOf(x)
				break
			}
		}
		if prev != "" {
			if day, err := time.Parse("2006-01-02", prev); err == nil {
				next := day.AddDate(0, 0, 1).Format("2006-01-02")
				return &testigo.EventDate{Start: &next, End: &next, Precision: testigo.PrecisionDay, Text: t.Text}
			}
		}
	}
	start := dayOf(t)
	if start == "" {
		return &testigo.EventDate{Precision: testigo.PrecisionUnknown, Text: t.Text}
	}
	end := start
	if t.End != "" && isoDayRE.MatchString(t.End) {
		end = t.End[:10]
	}
	prec := t.Precision
	if prec == "" {
		switch {
		case len(t.Value) >= 10:
			prec = testigo.PrecisionDay
		case len(t.Value) == 7:
			prec = testigo.PrecisionMonth
		case len(t.Value) == 4:
			prec = testigo.PrecisionYear
		default:
			prec = testigo.PrecisionDay
		}
	}
	return &testigo.EventDate{Start: &start, End: &end, Precision: prec, Text: t.Text}
}

// presentTense reports whether an event is told in the present perfect or progressive, or
// the present of a continuing state ("have entered", "are being mediated", "continue").
func (d *document) presentTense(c *cand) bool {
	for k := c.C0; k < c.C1; k++ {
		switch d.toks[k].Lower {
		case "has", "have", "is", "are", "continue", "continues", "ongoing", "currently", "now":
			return true
		}
	}
	return false
}

// isGenericName reports whether an actor's name is a common noun ("government",
// "demonstrators") rather than a proper name.
func isGenericName(name string) bool {
	for _, r := range name {
		return !unicode.IsUpper(r)
	}
	return true
}

// afterQuantity reports whether a mention follows "N of" ("thousands of workers").
func (d *document) afterQuantity(m mention) bool {
	k := m.T0 - 1
	for k >= 0 && d.toks[k].Lower != "of" && m.T0-k <= 3 {
		k--
	}
	if k <= 0 || d.toks[k].Lower != "of" {
		return false
	}
	prev := d.toks[k-1]
	for _, q := range d.quants {
		if q.End == prev.End {
			return true
		}
	}
	return false
}
