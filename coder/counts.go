package coder

import (
	"strings"
	"time"

	"testigo"
)

// Measures of a count.
const (
	measureDead     = "dead"
	measureInjured  = "injured"
	measureArrested = "arrested"
	measureSize     = "size"
	// measureHit counts people hit by gunfire ("three people were shot"), some of whom may
	// have died: the event's injured are those hit less its dead.
	measureHit = "hit"
)

// measured is a quantity read as a count of something.
type measured struct {
	q         testigo.Quantity
	measure   string
	increment bool         // "two more", "another three"
	span      testigo.Span // the quantity with its noun and measure word
	T0, T1    int
}

// measureAt returns the measure named by words starting at token k ("killed", "lost their
// lives"), and the token after them.
func measureAt(toks []token, k, end int) (string, int) {
	if e := toHospital(toks, k, end); e > 0 {
		return measureInjured, e
	}
	for _, m := range []string{measureDead, measureInjured, measureArrested, measureHit} {
		for n := 4; n >= 1; n-- {
			if k+n > end {
				continue
			}
			w := toks[k].Lower
			for j := k + 1; j < k+n; j++ {
				w += " " + toks[j].Lower
			}
			if lex.is(m, w) {
				if n == 1 && verbReading(toks, k, end) {
					continue
				}
				return m, k + n
			}
		}
	}
	return "", k
}

// toHospital reads "taken to Mercy General Hospital", "rushed to the regional medical
// center": a transfer verb, "to" and a hospital's name or noun. It returns the token after
// them, or 0. (The lexicon's fixed phrases give "taken to a hospital".)
func toHospital(toks []token, k, end int) int {
	if k+2 >= end || !lex.is("hospital_transfer", toks[k].Lower) || toks[k+1].Lower != "to" {
		return 0
	}
	for j := k + 2; j < end && j <= k+8; j++ {
		t := toks[j]
		switch {
		case lex.is("hospital_noun", t.Lower):
			return j + 1
		case (t.Lower == "center" || t.Lower == "centre") && j > k+2 && lex.is("hospital_kind", toks[j-1].Lower):
			return j + 1
		case t.Word && (t.Upper || isDeterminerLike(t.Lower) || lex.is("hospital_kind", t.Lower) || t.Lower == "area" || t.Lower == "local" || t.Lower == "nearby" || t.Lower == "regional"):
			continue
		}
		return 0
	}
	return 0
}

// verbReading reports whether the count noun at k is here its verb homograph: "she lives in
// the capital" tells no lost lives, "claimed 40 lives in the north" does. A subject before it
// (a pronoun, a relative, a name) or a place word after it without a number before it reads
// as the verb.
func verbReading(toks []token, k, end int) bool {
	if !lex.is("verb_homograph", toks[k].Lower) || k == 0 {
		return false
	}
	prev := toks[k-1]
	if lex.is("count_noun_before", prev.Lower) {
		return false // "their lives", "Many Lives" in a headline
	}
	if lex.is("pronoun_person", prev.Lower) || lex.is("pronoun_group", prev.Lower) || lex.is("relative", prev.Lower) || lex.is("verb_homograph_prev", prev.Lower) || prev.Upper && prev.Sent == toks[k].Sent && k >= 2 && toks[k-2].Sent == prev.Sent {
		return true
	}
	if k+1 < end && lex.is("verb_homograph_next", toks[k+1].Lower) {
		return !(prev.Word && prev.Lower[0] >= '0' && prev.Lower[0] <= '9')
	}
	return false
}

// measureOf reads what a quantity counts: a casualty word after it ("eight people were
// killed", "a dozen dead") or a verb before it ("killing 12", "arrested 40 people").
func (d *document) measureOf(s sentence, q testigo.Quantity) (measured, bool) {
	t0, t1 := d.tokenRange(q.Span)
	mq := measured{q: q, T0: t0, T1: t1}
	if q.NounSpan != nil {
		_, n1 := d.tokenRange(*q.NounSpan)
		mq.T1 = max(t1, n1)
	}
	// An age ("aged 16-18", "between the ages of 20 and 25") counts no one.
	for _, k := range d.prevWords(s.T0, t0, 2) {
		if w := d.toks[k].Lower; w == "aged" || w == "ages" || w == "age" {
			return mq, false
		}
	}
	// "shot three times and died", "fired 20 rounds": a count of blows or shots counts no one.
	// "shot three stray dogs": animals are no casualties.
	if lex.is("frequency_noun", strings.ToLower(q.Noun)) || lex.is("animal_noun", strings.ToLower(lastWord(q.Noun))) {
		return mq, false
	}
	// A casualty verb right before the figure takes it as its object ("killed two
	// villagers"): a verb after "and" further on has its own ("... and wounded five others").
	governed := false
	if k := t0 - 1; k >= s.T0 && d.toks[k].Word {
		if m, _ := measureAt(d.toks, k, t0); m != "" && m != measureHit && (strings.HasSuffix(d.toks[k].Lower, "ed") || strings.HasSuffix(d.toks[k].Lower, "ing") || d.toks[k].Lower == "held" || d.shotDead(k, s.T0)) {
			governed = true
		}
	}
	// After: up to six words, not past a comma, a clause break or another number.
	words := 0
	for k := t1; k < s.T1 && words < 6; k++ {
		t := d.toks[k]
		if governed && k >= mq.T1 && t.Lower == "and" {
			break
		}
		if t.Lower == "," && k+1 < s.T1 && (d.toks[k+1].Lower == "including" || d.toks[k+1].Lower == "among" || d.toks[k+1].Lower == "aged") {
			// "Four people, including three children, were wounded".
			j := k + 1
			for j < s.T1 && d.toks[j].Lower != "," {
				j++
			}
			if j < s.T1 {
				k = j
				continue
			}
		}
		if t.Lower == "," || t.Lower == ";" || t.Lower == ":" || t.Lower == "—" {
			break
		}
		if !t.Word {
			continue
		}
		if words == 0 && (t.Lower == "more" || t.Lower == "additional" || t.Lower == "others" || t.Lower == "other") {
			if t.Lower == "more" || t.Lower == "additional" {
				mq.increment = true
			}
		}
		if d.isQuantityStart(t.Start) {
			break
		}
		// "Three charged with manslaughter in death of ...": the people counted are the accused.
		if lex.is("charge_verb", t.Lower) {
			break
		}
		if m, end := measureAt(d.toks, k, s.T1); m != "" {
			if m == measureInjured && lex.is("hospital_transfer", d.toks[k].Lower) && q.Noun != "" && !personalNoun(q.Noun) {
				return mq, false // "fired a 9 mm pistol and was driven to the clinic": a calibre, no people
			}
			if k >= mq.T1 && words > 0 && strings.HasSuffix(d.toks[k].Lower, "ing") {
				// An active participle further on takes its own object: in "killing four
				// marchers and wounding 27 others", "wounding" counts the 27, not the four.
				break
			}
			if k < mq.T1 && k > t1 && m != measureHit && (strings.HasPrefix(d.toks[k].Lower, "wound") || strings.HasPrefix(d.toks[k].Lower, "injur")) {
				// A casualty word inside the counted noun counts that noun: "two gunshot
				// wounds" are wounds, not people.
				if _, ok := personNoun(d.text[d.toks[t1].Start:d.toks[k-1].End]); !ok {
					return mq, false
				}
			}
			if m == measureInjured && k > s.T0 && d.toks[k-1].Lower == "gunshot" && strings.HasPrefix(d.toks[k].Lower, "wound") {
				// People "with gunshot wounds" were hit; some may have died.
				m = measureHit
				mq.measure = m
				mq.span = testigo.Span{Start: q.Start, End: d.toks[end-1].End}
				mq.T1 = end
				return mq, true
			}
			if m == measureHit {
				// Only people are hit: "two men were shot", "three people shot"; "two men
				// ... shot a man" are the shooters, "shot at" is fired at, not hit.
				_, personal := personNoun(q.Noun)
				passive := words == 0 || k == mq.T1
				if k < mq.T1 {
					// The quantity stage read the participle as (part of) its noun: "two men
					// shot"; the people are the words between the number and it.
					passive = true
					personal = k > t1 && func() bool { _, ok := personNoun(d.text[d.toks[t1].Start:d.toks[k-1].End]); return ok }()
				}
				for j := k - 1; j >= mq.T1 && !passive; j-- {
					w := d.toks[j].Lower
					if lex.is("be", w) || w == "got" {
						// "two men were shot", "four people, including a boy, were shot".
						// "two people who were shot": a relative right after the noun.
						passive = j == mq.T1 || lex.is("be", d.toks[j-1].Lower) || lex.is("have", d.toks[j-1].Lower) || lex.is("modal", d.toks[j-1].Lower) || j-1 < mq.T1 || d.toks[j-1].Lower == "," ||
							j-1 == mq.T1 && (d.toks[j-1].Lower == "who" || d.toks[j-1].Lower == "that")
						continue
					}
					if !strings.HasSuffix(w, "ly") && w != "also" && w != "all" && w != "both" {
						break
					}
				}
				obj := end
				if obj+2 < s.T1 && d.toks[obj].Lower == "and" && strings.HasSuffix(d.toks[obj+1].Lower, "ed") {
					obj += 2 // "three officers shot and wounded a suspect"
				}
				if passive && k <= mq.T1 && obj < s.T1 && (isDeterminerLike(d.toks[obj].Lower) || d.toks[obj].Lower == "him" || d.toks[obj].Lower == "them") {
					// "two intruders shot the man": the participle has an object, so the
					// counted people are the shooters.
					passive = false
				}
				if !passive || q.Noun != "" && !personal || d.firedAt(end, s.T1) {
					return mq, false
				}
				if fm, fend := d.fatalAfter(end, s.T1); fm != "" {
					m, end = fm, fend
				}
			}
			mq.measure = m
			mq.span = testigo.Span{Start: q.Start, End: d.toks[end-1].End}
			mq.T1 = end
			return mq, true
		}
		words++
	}
	// Before, right against it: "killing 12", "killed at least 5", "death toll of 20".
	if k := t0 - 1; k >= s.T0 && d.toks[k].Word {
		w := d.toks[k].Lower
		m, _ := measureAt(d.toks, k, t0)
		if m == measureHit && t0-k == 1 && k-1 >= s.T0 && d.toks[k-1].Lower == "fatally" {
			m = measureDead
		}
		if m == measureHit {
			// "police shot three people": the people counted are those hit.
			if _, personal := personNoun(q.Noun); !personal {
				m = ""
			}
		}
		if m != "" && k-2 >= s.T0 && (d.toks[k-1].Lower == "or" || d.toks[k-1].Lower == "and/or") {
			// "killing or wounding 50": a figure of casualties, dead and injured together,
			// is neither the dead nor the injured.
			if m2, _ := measureAt(d.toks, k-2, k-1); m2 != "" && m2 != m {
				return mq, false
			}
		}
		if m != "" && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || w == "killed" || w == "held" || m == measureHit || d.shotDead(k, s.T0)) {
			mq.measure = m
			mq.span = testigo.Span{Start: d.toks[k].Start, End: d.toks[mq.T1-1].End}
			mq.T0 = k
			return mq, true
		}
		if w == "of" && k-1 >= s.T0 && lex.is("shootings_of", d.toks[k-1].Lower) && personalNoun(q.Noun) {
			// "the shooting of three people": those hit, some of whom may have died.
			mq.measure = measureHit
			mq.span = testigo.Span{Start: d.toks[k-1].Start, End: d.toks[mq.T1-1].End}
			mq.T0 = k - 1
			return mq, true
		}
		if (w == "of" || w == "to" || w == "at") && k-1 >= s.T0 && (d.toks[k-1].Lower == "toll" || d.toks[k-1].Lower == "tally" || d.toks[k-1].Lower == "bodies" || w == "of" && lex.is("deaths_of", d.toks[k-1].Lower) && personalNoun(q.Noun)) {
			mq.measure = measureDead
			mq.span = testigo.Span{Start: d.toks[k-1].Start, End: d.toks[mq.T1-1].End}
			mq.T0 = k - 1
			return mq, true
		}
	}
	for _, k := range d.prevWords(s.T0, t0, 1) {
		if d.toks[k].Lower == "another" {
			mq.increment = true
		}
	}
	return mq, false
}

// fatalAfter reads the outcome told right after "shot": "and killed", "dead", "to death",
// "and wounded". It returns the measure and the token after its words, or "".
func (d *document) fatalAfter(k, end int) (string, int) {
	for j := k; j < end && j <= k+2; j++ {
		w := d.toks[j].Lower
		if !d.toks[j].Word || w == "and" || w == "to" {
			continue
		}
		if m, e := measureAt(d.toks, j, end); m == measureDead || m == measureInjured {
			return m, e
		}
		if w == "fatally" {
			return measureDead, j + 1
		}
		if w == "death" {
			return measureDead, j + 1
		}
		return "", k
	}
	return "", k
}

// firedAt reports whether "at" at token k names a target fired at, not hit ("shot at him",
// "shot at her car"), rather than a place or time ("shot at the end of a vigil").
func (d *document) firedAt(k, end int) bool {
	if k >= end || d.toks[k].Lower != "at" {
		return false
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		w := d.toks[j].Lower
		if lex.is("fire_target", w) || lex.is("victim", w) || lex.is("victim", strings.TrimSuffix(w, "s")) {
			return true
		}
		if !d.toks[j].Word || lex.is("preposition", w) {
			break
		}
	}
	return false
}

// countNegated reports whether a casualty figure is denied: "neither of them nor their two
// children were hurt", "none of the three was injured".
func (d *document) countNegated(s sentence, m measured) bool {
	for k := max(s.T0, m.T0-8); k < m.T1; k++ {
		w := d.toks[k].Lower
		if w == "," && k < m.T0 {
			continue
		}
		if (lex.is("negation", w) || w == "none") && !(w == "not" && k+1 < len(d.toks) && d.toks[k+1].Lower == "only") {
			// A negation before a comma that ends its own clause is not this figure's.
			between := false
			for j := k + 1; j < m.T0; j++ {
				if d.toks[j].Lower == ";" || lex.is("subordinator", d.toks[j].Lower) || d.toks[j].Lower == "but" {
					between = true
				}
			}
			if !between {
				return true
			}
		}
	}
	return false
}

func (d *document) isQuantityStart(off int) bool {
	for _, q := range d.quants {
		if q.Start == off {
			return true
		}
		if q.Start > off {
			break
		}
	}
	return false
}

// countOf makes a Count of a measured quantity.
func (d *document) countOf(m measured) *testigo.Count {
	text := m.q.Text
	if m.q.NounSpan != nil && m.q.NounSpan.Start >= m.q.End && m.q.NounSpan.Start-m.q.End <= 12 {
		text = d.text[m.q.Start:m.q.NounSpan.End]
	}
	c := &testigo.Count{Value: m.q.Value, Max: m.q.Max, Qualifier: m.q.Qualifier, Text: text}
	if c.Qualifier == "" {
		c.Qualifier = testigo.QualExact
	}
	c.Reports = []testigo.CountReport{{Value: m.q.Value, Qualifier: c.Qualifier, Source: d.doc.ID, Evidence: testigo.NewEvidence(d.text, m.span)}}
	return c
}

// personalNoun reports whether a counted noun names people ("the deaths of two men").
func personalNoun(noun string) bool {
	_, ok := personNoun(noun)
	return ok
}

// personNoun reports whether a counted noun names people.
func personNoun(noun string) (participant, bool) {
	if noun == "" {
		return participant{}, false
	}
	ws := splitLower(noun)
	if len(ws) == 0 {
		return participant{}, false
	}
	last := ws[len(ws)-1]
	for _, p := range lex.participants[last] {
		if len(p.Words) == 1 {
			return p, true
		}
	}
	// A victim word in the plural: "brothers", "teens".
	if lex.is("victim", last) || lex.is("victim", strings.TrimSuffix(last, "s")) {
		return participant{Words: []string{last}, Sector: "CVL", Kind: testigo.KindGroup}, true
	}
	switch last {
	case "others", "persons", "individuals", "adults", "teenagers", "protesters", "demonstrators":
		return participant{Words: []string{last}, Sector: "CVL", Kind: testigo.KindGroup}, true
	}
	return participant{}, false
}

func splitLower(s string) []string {
	var out []string
	for _, t := range tokenize(s, 0, len(s), 0, nil) {
		if t.Word {
			out = append(out, t.Lower)
		}
	}
	return out
}

// sentenceCounts reads the counts of a sentence: casualties and arrests go to its events,
// crowd sizes to its protests, cumulative figures become tolls.
func (d *document) sentenceCounts(si int, s sentence) {
	var ms []measured
	for _, q := range d.quants {
		if q.Start < s.Start || q.End > s.End {
			continue
		}
		m, ok := d.measureOf(s, q)
		if !ok {
			m.measure = ""
			// "the total number of victims to at least 32": a total takes its measure from
			// the casualty words of its clause.
			c0, c1, _ := d.clause(s, m.T0, m.T1)
			_, personal := personNoun(q.Noun)
			if _, strong, cum := d.cumulative(s, c0, c1, m); cum && strong && (q.Noun == "" || personal) {
				for k := c0; k < c1 && m.measure == ""; k++ {
					if lex.is("deadloose", d.toks[k].Lower) {
						m.measure = measureDead
					} else if mm, _ := measureAt(d.toks, k, c1); mm != "" {
						m.measure = mm
					}
				}
				if m.measure != "" {
					m.span = testigo.Span{Start: d.toks[c0].Start, End: d.toks[c1-1].End}
				}
			}
		}
		ms = append(ms, m)
	}
	var sentCands []*cand
	for _, c := range d.cands {
		if c.Sent == si && !c.Dropped {
			sentCands = append(sentCands, c)
		}
	}
	defer d.pronounVictim(si, s, sentCands)
	defer d.singleVictims(s, sentCands)
	for _, m := range ms {
		if m.measure == "" {
			d.sizeCount(m, sentCands)
			continue
		}
		if (m.measure == measureDead || m.measure == measureInjured || m.measure == measureHit) && (d.countNegated(s, m) || d.acrossIncidents(s)) {
			continue
		}
		c0, c1, _ := d.clause(s, m.T0, m.T1)
		host := d.countHost(m, sentCands)
		if (host == nil || host.Trig.Weak || host.Trig.Attach) && (m.measure == measureDead || m.measure == measureInjured || m.measure == measureHit) {
			if prev := d.previousAttack(si, s); prev != nil {
				host = prev
			}
		}
		if since, strong, ok := d.cumulative(s, c0, c1, m); ok && m.measure == measureHit {
			// A running total of people shot is neither a toll of dead nor of injured.
			continue
		} else if ok {
			// "have left N dead" after a told attack is that attack's figure; a total ("the
			// toll rose to", "since May") or a count alone is a toll.
			ownVerb := host != nil && host.T0 >= m.T0 && host.T0 < m.T1+2
			if host == nil || host.Trig.Weak || host.Trig.Attach || strong || ownVerb {
				d.addToll(si, s, m, since, c0, c1, sentCands)
				// A running total ("this year", "since January") is no single attack's figure.
				if host == nil || host.Dropped || ownVerb || strong {
					continue
				}
			}
		}
		if host == nil {
			continue
		}
		count := d.countOf(m)
		if m.increment {
			count.Reports[0].Qualifier = "more"
		}
		switch m.measure {
		case measureDead:
			host.Dead = addCount(host.Dead, count, m.increment)
		case measureInjured:
			host.Injured = addCount(host.Injured, count, m.increment)
		case measureArrested:
			host.Arrested = addCount(host.Arrested, count, m.increment)
		case measureHit:
			host.Hit = addCount(host.Hit, count, m.increment)
		}
		// The counted people are the victims when nothing else names them.
		if p, ok := personNoun(m.q.Noun); ok && host.Type == "ASSAULT" && len(host.Recipient) == 0 && m.q.NounSpan != nil {
			host.Recipient = []testigo.Entity{{Name: d.text[m.q.NounSpan.Start:m.q.NounSpan.End], Text: d.text[m.q.NounSpan.Start:m.q.NounSpan.End], Sector: p.Sector, Kind: p.Kind, Country: d.ann.Country, Code: d.ann.Country}}
		}
		// A figure told in a later sentence is the count's evidence, not the event's: the
		// event is told where it happens.
		if host.Sent == si && !spanCovered(host.Evidence, m.span) {
			host.Evidence = append(host.Evidence, m.span)
		}
	}
}

// acrossIncidents reports whether a sentence sums the victims of several incidents: "two men
// were shot in separate shootings", "two overnight shootings left three wounded". Such a
// figure is no single event's; each incident is told on its own.
func (d *document) acrossIncidents(s sentence) bool {
	for k := s.T0; k < s.T1; k++ {
		w := d.toks[k].Lower
		if lex.is("separate", w) {
			return true
		}
		if w == "different" && k+1 < s.T1 && lex.is("incident_places", d.toks[k+1].Lower) {
			return true // "two men were shot at different locations"
		}
		if lex.is("incidents", w) {
			for j := k - 1; j >= s.T0 && j >= k-2; j-- {
				if d.isQuantityStart(d.toks[j].Start) || d.toks[j].Lower == "both" {
					return true
				}
			}
		}
	}
	return false
}

// spanCovered reports whether s lies inside one of spans.
func spanCovered(spans []testigo.Span, s testigo.Span) bool {
	for _, x := range spans {
		if x.Contains(s) {
			return true
		}
	}
	return false
}

// countHost picks the event of the sentence a casualty or arrest count belongs to.
func (d *document) countHost(m measured, cs []*cand) *cand {
	var best *cand
	bestDist := 1 << 30
	for _, c := range cs {
		ok := false
		switch m.measure {
		case measureDead, measureInjured, measureHit:
			ok = c.Type == "ASSAULT" || c.Type == "PROTEST" && c.Mode == "riot"
		case measureArrested:
			ok = c.Type == "COERCE" && c.Mode == "arrest"
		}
		if !ok {
			continue
		}
		dist := c.T0 - m.T0
		if dist < 0 {
			dist = -dist
		}
		// A told act ("killed", "massacre") before a vague mention ("violence").
		if c.Trig.Weak || c.Trig.Attach {
			dist += 1000
		}
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

// previousAttack returns the attack told in the sentence before, in the same paragraph: a
// figure given next ("Seven people died.") belongs to it.
func (d *document) previousAttack(si int, s sentence) *cand {
	if si == 0 || d.sents[si-1].Paragraph != s.Paragraph {
		return nil
	}
	for i := len(d.cands) - 1; i >= 0; i-- {
		c := d.cands[i]
		if c.Sent < si-1 {
			break
		}
		if c.Sent == si-1 && c.Type == "ASSAULT" && !c.Dropped && !c.Trig.Attach {
			return c
		}
	}
	return nil
}

// addCount folds a new figure into a count: an increment adds ("two more have died"),
// another report of the same measure keeps the larger figure.
func addCount(have, add *testigo.Count, increment bool) *testigo.Count {
	if have == nil {
		return add
	}
	out := *have
	out.Reports = append(append([]testigo.CountReport{}, have.Reports...), add.Reports...)
	switch {
	case increment:
		out.Value += add.Value
		if out.Max != nil && add.Max != nil {
			v := *out.Max + *add.Max
			out.Max = &v
		} else {
			out.Max = nil
		}
		if add.Qualifier != testigo.QualExact && out.Qualifier == testigo.QualExact {
			out.Qualifier = add.Qualifier
		}
	case add.Value > out.Value:
		out.Value, out.Max, out.Qualifier, out.Text = add.Value, add.Max, add.Qualifier, add.Text
	}
	return &out
}

// sizeCount gives a crowd figure to the protest of its sentence: "tens of thousands marched",
// "thousands of workers were marching".
func (d *document) sizeCount(m measured, cs []*cand) {
	// A verb read as the noun counted ("thousands marched") counts no noun.
	if strings.HasSuffix(m.q.Noun, "ed") {
		m.q.Noun, m.q.NounSpan = "", nil
	}
	var group *testigo.Entity
	if m.q.Noun != "" {
		if _, ok := personNoun(m.q.Noun); !ok {
			// A people named by the actor stage ("200 ethnic Albanians", "a thousand
			// farmers") is a crowd too.
			// Only as a subject, not after a preposition: "the deaths of two Valdorians"
			// are no crowd.
			if group = d.groupMentionAt(m.q.NounSpan); group == nil || m.T0 > 0 && lex.is("preposition", d.toks[m.T0-1].Lower) {
				return
			}
		}
	}
	var best *cand
	bestDist := 1 << 30
	for _, c := range cs {
		if c.Type != "PROTEST" {
			continue
		}
		dist := c.T0 - m.T0
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist && dist < 25 {
			best, bestDist = c, dist
		}
	}
	if best == nil || best.Size != nil && best.Size.Value >= m.q.Value {
		return
	}
	m.span = m.q.Span
	if m.q.NounSpan != nil && m.q.NounSpan.End > m.span.End {
		m.span.End = m.q.NounSpan.End
	}
	best.Size = d.countOf(m)
	if len(best.Actor) == 0 && group != nil {
		best.Actor = []testigo.Entity{*group}
	}
	if len(best.Actor) == 0 && m.q.NounSpan != nil {
		if p, ok := personNoun(m.q.Noun); ok {
			txt := d.text[m.q.NounSpan.Start:m.q.NounSpan.End]
			best.Actor = []testigo.Entity{{Name: txt, Text: txt, Sector: p.Sector, Kind: p.Kind, Country: d.ann.Country, Code: d.ann.Country}}
		}
	}
}

// groupMentionAt returns the actor mention of a group of people that ends where a counted
// noun ends ("ethnic Albanians" for "200 ethnic Albanians"), or nil.
func (d *document) groupMentionAt(noun *testigo.Span) *testigo.Entity {
	if noun == nil {
		return nil
	}
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.Start > noun.End {
			break
		}
		if m.End == noun.End && m.Start >= noun.Start && m.Entity.Kind == testigo.KindGroup {
			return &m.Entity
		}
	}
	return nil
}

// cumulative reports whether the clause of a count gives a running total: "the total",
// "the toll", "so far", "since November 10", "having left ... dead". It returns the day the
// period starts, if the text gives it.
func (d *document) cumulative(s sentence, c0, c1 int, m measured) (since string, strong bool, ok bool) {
	cue := false
	for k := s.T0; k < s.T1; k++ {
		w := d.toks[k].Lower
		if w == "since" {
			// "since May 3", "since the strike began on Sunday".
			lim := d.toks[min(s.T1-1, k+7)].End
			for _, t := range d.dates {
				if t.Span.Start >= d.toks[k].End && t.Span.Start <= lim && dayOf(t) != "" && d.quoteAt(t.Span.Start) == d.quoteAt(d.toks[k].Start) {
					since = dayOf(t)
					cue = true
					break
				}
			}
		}
	}
	for k := c0; k < c1; k++ {
		w := d.toks[k].Lower
		two := w
		if k+1 < c1 {
			two = w + " " + d.toks[k+1].Lower
		}
		switch {
		case w == "total" || w == "toll" || w == "tally" || w == "altogether" || w == "cumulative" || w == "overall":
			cue, strong = true, true
		case two == "so far" || two == "to date" || two == "in all" || two == "this year" || two == "this month" || two == "last year":
			cue, strong = true, true
		case (w == "having" || w == "have" || w == "has") && k+1 < c1 && d.toks[k+1].Lower == "left" && k < m.T0:
			cue = true
		}
	}
	// "nine people shot across the county, two of them fatally": casualties of a whole area
	// are a tally, the figure told before the area. A round-up "at sites throughout the
	// city" is still one operation.
	if m.measure != measureArrested && d.areaTally(s) {
		cue, strong = true, true
	}
	// "in five months of strikes", "over the past two years", "by the close of March": a figure
	// for a period of weeks or more, or as of a month or a year, is a running total.
	if d.countsPeople(s, m) && (d.periodIn(c0, c1) || d.totalAsOf(s) != "") {
		cue, strong = true, true
	}
	if since != "" {
		strong = true
	}
	// An increment ("two more have died") is no total.
	if m.increment && !cue {
		return "", false, false
	}
	return since, strong, cue
}

// areaTally reports whether a sentence spreads a figure over a whole area: a number, then
// "across the city" or "throughout the country".
func (d *document) areaTally(s sentence) bool {
	counted := false
	for k := s.T0; k+2 < s.T1; k++ {
		if d.isQuantityStart(d.toks[k].Start) {
			counted = true
		}
		if w := d.toks[k].Lower; counted && (w == "across" || w == "throughout") && d.toks[k+1].Lower == "the" && lex.is("area_noun", d.toks[k+2].Lower) {
			return true
		}
	}
	return false
}

// periodIn reports whether tokens [c0, c1) hold a period of weeks or more told as the span of
// what is counted: "in five months of strikes", "over the past two years", "during the
// last decade". A single unit needs "past", "last" or "previous" ("over the past year"); a
// day or a few hours ("in two days of clashes") may still be one happening.
func (d *document) periodIn(c0, c1 int) bool {
	for k := c0; k < c1; k++ {
		if !lex.is("period_preposition", d.toks[k].Lower) {
			continue
		}
		j := k + 1
		if j < c1 && d.toks[j].Lower == "the" {
			j++
		}
		recent := false
		if j < c1 && lex.is("period_recent", d.toks[j].Lower) {
			recent = true
			j++
		}
		counted := false
		if j < c1 && (lex.is("number_word", d.toks[j].Lower) || isDigits(d.toks[j].Lower)) {
			counted = true
			j++
		}
		if j >= c1 {
			continue
		}
		w := d.toks[j].Lower
		if lex.is("period_unit", w) && (recent || counted && strings.HasSuffix(w, "s")) {
			return true
		}
	}
	return false
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// countsPeople reports whether a figure counts people: its noun is a person ("300 people"),
// a casualty word ("13 slain"), or there is none and a verb follows ("310 had been killed").
// "questioned about several other crimes over the past years" counts no one.
func (d *document) countsPeople(s sentence, m measured) bool {
	if _, ok := personNoun(m.q.Noun); ok || lex.is("fatal", m.q.Noun) || lex.is("deadloose", m.q.Noun) {
		return true
	}
	if m.q.Noun != "" {
		return false
	}
	_, t1 := d.tokenRange(m.q.Span)
	if t1 >= s.T1 {
		return false
	}
	w := d.toks[t1].Lower
	return lex.is("be", w) || lex.is("have", w) || w == "had" || lex.is("fatal", w)
}

// periodOf reports whether the noun at token k names what fills a period: "five months of
// rail strikes", "the past year of fighting".
func (d *document) periodOf(s sentence, k int) bool {
	k = d.skipModifiers(s.T0, k, 3, false)
	return k-2 >= s.T0 && d.toks[k-1].Lower == "of" && lex.is("period_unit", d.toks[k-2].Lower)
}

// isDigits reports whether w is a number written in digits.
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// totalAsOf returns the last day of a month or a year that a sentence counts up to ("By the
// close of March, 300 had died", "by 2020, ..."), or "". A day ("by Friday") may be an
// attack's own count growing and is left to the other cues.
func (d *document) totalAsOf(s sentence) string {
	for k := s.T0; k+1 < s.T1; k++ {
		if d.toks[k].Lower != "by" {
			continue
		}
		for _, x := range d.dates {
			if x.Span.Start != d.toks[k+1].Start {
				continue
			}
			if (x.Precision == testigo.PrecisionYear || x.Precision == testigo.PrecisionMonth) && isoDayRE.MatchString(x.End) {
				return x.End[:10]
			}
		}
	}
	return ""
}

// addToll records a cumulative count and silences the events its clause would otherwise
// give ("the latest killings have brought the total to 32" is no new killing).
func (d *document) addToll(si int, s sentence, m measured, since string, c0, c1 int, cs []*cand) {
	// "310 had been killed, 120 of them children": a part of a total of the same measure told
	// in the sentence is no toll of its own ("nine shot, four of them fatally" is one).
	if k := m.T1; k+1 < s.T1 && d.toks[k].Lower == "of" && lex.is("partitive_pronoun", d.toks[k+1].Lower) {
		for _, t := range d.tolls {
			if t.Measure == m.measure && len(t.Evidence) > 0 && t.Evidence[0].Start >= s.Start && t.Evidence[0].Start < s.End {
				return
			}
		}
	}
	t := testigo.Toll{Measure: m.measure, Value: m.q.Value, Max: m.q.Max, Qualifier: m.q.Qualifier, Scope: testigo.TollScope{Country: d.ann.Country}}
	if t.Qualifier == "" {
		t.Qualifier = testigo.QualExact
	}
	for _, x := range d.dates {
		if x.Span.Start >= s.Start && x.Span.End <= s.End && dayOf(x) != "" && !d.isSinceDate(x) && x.Type != testigo.DateDuration && dayOf(x) != since {
			v := dayOf(x)
			t.AsOf = &v
			break
		}
	}
	if v := d.totalAsOf(s); v != "" {
		t.AsOf = &v
	}
	if t.AsOf == nil && d.doc.Published != "" {
		v := d.doc.Published
		t.AsOf = &v
	}
	if since != "" {
		// A weekday read forward ("since Monday" on a Monday) is the one before.
		if t.AsOf != nil && since > *t.AsOf {
			if day, err := time.Parse("2006-01-02", since); err == nil {
				for since > *t.AsOf {
					day = day.AddDate(0, 0, -7)
					since = day.Format("2006-01-02")
				}
			}
		}
		t.Since = &since
	}
	t.Source = d.sources[si]
	span := testigo.Span{Start: d.toks[c0].Start, End: d.toks[c1-1].End}
	for c0 < c1 && !d.toks[c0].Word {
		c0++
	}
	if c0 < c1 {
		span.Start = d.toks[c0].Start
	}
	if !span.Contains(m.span) {
		span = m.span
	}
	t.Evidence = []testigo.Evidence{testigo.NewEvidence(d.text, span)}
	d.tolls = append(d.tolls, t)
	d.tollSpans = append(d.tollSpans, span)
	for _, c := range cs {
		if c.T0 < c0 || c.T0 >= c1 {
			continue
		}
		// A running total told in the passive without an agent ("500 have been arrested")
		// is only a toll; one that names who did it ("raids have killed 8") is also an event.
		if c.Passive && len(c.Actor) == 0 || c.Trig.Attach || c.Trig.Weak || c.T0 > m.T0 {
			if (m.measure == measureArrested && c.Type == "COERCE" && c.Mode == "arrest") ||
				((m.measure == measureDead || m.measure == measureInjured) && c.Type == "ASSAULT") {
				c.Dropped = true
			}
		}
	}
	// "have died in five months of strikes": the strikes are the period the total runs
	// over, no one happening.
	for _, c := range cs {
		if c.T0 >= c0 && c.T0 < c1 && d.periodOf(s, c.T0) {
			c.Dropped = true
		}
	}
	// The weak event nouns of the sentence ("the latest killings") are the toll's, too,
	// unless something in the sentence is told as done.
	strongHere := false
	for _, c := range cs {
		if c.Type == "ASSAULT" && !c.Dropped && !c.Trig.Weak && !c.Trig.Attach {
			strongHere = true
		}
	}
	for _, c := range cs {
		if c.Type == "ASSAULT" && (c.Trig.Weak || c.Trig.Attach) && !strongHere {
			c.Dropped = true
		}
	}
}

// findTolls returns the tolls found while reading counts. One figure told twice (a headline
// and its lede: "toll rises to 39" ... "at least 39 people have been killed since June 18")
// is one toll with both spans: same measure, value and date, and no two different sources.
// The telling with more (a qualifier other than exact, a start date) gives those.
func (d *document) findTolls() []testigo.Toll {
	var out []testigo.Toll
	for _, t := range d.tolls {
		merged := false
		for i := range out {
			h := &out[i]
			if h.Measure != t.Measure || h.Value != t.Value || !sameStr(h.AsOf, t.AsOf) || h.Source != nil && t.Source != nil && h.Source.Name != t.Source.Name {
				continue
			}
			if h.Since != nil && t.Since != nil && *h.Since != *t.Since {
				continue
			}
			if h.Qualifier == testigo.QualExact && t.Qualifier != testigo.QualExact {
				h.Qualifier, h.Max = t.Qualifier, t.Max
			}
			if h.Since == nil {
				h.Since = t.Since
			}
			if h.Source == nil {
				h.Source = t.Source
			}
			h.Evidence = append(h.Evidence, t.Evidence...)
			merged = true
			break
		}
		if !merged {
			out = append(out, t)
		}
	}
	return out
}

func sameStr(a, b *string) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// singleVictims counts the one victim a sentence names without a number: "a man was shot
// and killed" is one dead, "a 25-year-old woman was stabbed" one injured.
func (d *document) singleVictims(s sentence, cs []*cand) {
	defer d.secondVictims(s, cs)
	for _, c := range cs {
		if c.Type != "ASSAULT" || c.Dropped || c.Dead != nil || c.Injured != nil || c.Hypothetical {
			continue
		}
		// The victim may stand before a clause that opens with "after": "A man was in
		// critical condition after being shot".
		lo, hi := max(s.T0, min(c.C0, c.T0-20)), c.T0
		if k := d.relativeBefore(s, c.T0); k > 0 {
			// "The woman, who lived with her son, was shot": the victim is the noun the
			// relative clause tells of, not one inside it.
			lo, hi = max(s.T0, k-8), k
		}
		// A gerund after an article is a noun ("after a shooting"): its victim stands before.
		nounUse := c.T0 > s.T0 && (d.toks[c.T0-1].Lower == "a" || d.toks[c.T0-1].Lower == "an" || d.toks[c.T0-1].Lower == "the")
		if !c.Passive && c.Trig.POS == 'v' && !c.Trig.Attach && !nounUse {
			lo, hi = c.T1, c.C1
		}
		v0, v1, ok := d.singleVictim(lo, hi)
		if ok && hi == c.T0 && (c.Passive || c.Trig.Attach) {
			// The subject of a passive or of casualty words is the victim right before
			// them: in "a woman was injured and her husband killed", the husband.
			// Not the second of a compound subject: "a man and his son were wounded".
			if w0, w1, near := d.subjectVictim(lo, hi); near && !(w0 == v1+1 && d.toks[v1].Lower == "and") {
				v0, v1 = w0, w1
			}
		}
		if ok && hi == c.T0 && (nounUse || c.Trig.POS == 'n') && !c.Passive && !c.Trig.Attach && !d.harmBetween(v1, c.T0) && !d.harmingClause(c.T1, s.T1) {
			// Before an attack named by a noun, a person is its victim only if their own
			// words tell harm ("a man was in critical condition after a shooting"); in "a man
			// is in jail in connection with the shooting" he is the suspect.
			ok = false
		}
		if !ok && (nounUse || c.Trig.POS == 'n') && !c.Passive && !c.Trig.Attach {
			// "A shooting left a man in critical condition", "gunfire wounded a boy": the
			// noun as subject.
			lo, hi = c.T1, c.C1
			v0, v1, ok = d.singleVictim(lo, hi)
			// Only a told outcome ("left", "critical condition") makes them its victim, not
			// "the shooting showed his daughter ...".
			outcome := false
			for k := c.T1; ok && k < c.C1; k++ {
				if w := d.toks[k].Lower; lex.is("harm", w) || lex.is("fatal", w) || w == "left" || w == "leaves" {
					outcome = true
				}
			}
			ok = ok && outcome
		}
		for k := min(c.T0, max(lo, v0-1)); ok && k < max(v1, c.T1); k++ {
			if lex.is("negation", d.toks[k].Lower) {
				// "the shot did not hit the suspect".
				ok = false
			}
		}
		for k := max(lo, v0-1); ok && k < v1; k++ {
			if d.toks[k].Lower == "at" {
				// "fired one shot at the suspect": fired at, not hit.
				ok = false
			}
		}
		if !ok && lo == c.T1 {
			// "found a juvenile shot": a participle after its noun.
			v0, v1, ok = d.singleVictim(max(c.C0, c.T0-4), c.T0)
			// Not the shooter of "the officer fired one shot": no verb or number between.
			for k := v1; ok && k < c.T0; k++ {
				if strings.HasSuffix(d.toks[k].Lower, "ed") || d.isQuantityStart(d.toks[k].Start) {
					ok = false
				}
			}
			if !ok {
				// "a 41-year-old man fatally shot while waiting": an age makes the noun
				// longer; the participle must then follow it, with only adverbs between.
				v0, v1, ok = d.singleVictim(max(c.C0, c.T0-9), c.T0)
				for k := v1; ok && k < c.T0; k++ {
					if !strings.HasSuffix(d.toks[k].Lower, "ly") {
						ok = false
					}
				}
				// Not the doer of "a 74-year-old man killed himself", "... shot her".
				if ok && c.T1 < s.T1 {
					if w := d.toks[c.T1].Lower; lex.is("reflexive", w) || lex.is("pronoun_person", w) || w == "her" || w == "us" || w == "me" {
						ok = false
					}
				}
			}
			// Nor the shooter of "a man shot his neighbor": the verb has an object.
			if ok && c.T1 < s.T1 {
				if w := d.toks[c.T1].Lower; isDeterminerLike(w) || w == "him" || w == "them" || w == "at" || lex.is("reflexive", w) {
					ok = false
				}
			}
		}
		if !ok && c.Trig.Attach {
			// "..., where 19-year-old John Doe was pronounced dead": a named subject right
			// before the casualty words, however far the clause reaches back.
			for _, i := range d.mentionsIn(lo, c.T0) {
				m := d.mentions[i]
				if m.Entity.Kind == testigo.KindPerson && !m.Generic && !isGenericName(m.Entity.Name) && m.T1 < c.T0 && d.onlyAuxiliaries(m.T1, c.T0) {
					v0, v1, ok = m.T0, m.T1, true
				}
			}
		}
		if !ok && c.Trig.Attach && c.T1-c.T0 > 2 {
			// "a bullet struck a man in the leg": the one hit stands inside the phrase.
			if w := d.toks[c.T0+1].Lower; w == "him" || w == "her" {
				v0, v1, ok = c.T0+1, c.T0+2, true
			} else {
				v0, v1, ok = d.singleVictim(c.T0+1, c.T1)
			}
		}
		if !ok {
			// "he died", "shot himself": a pronoun for one person.
			for k := min(c.C0, s.T0); k < c.C1 && !ok; k++ {
				w := d.toks[k].Lower
				// "He was rushed to a hospital but died": the subject of a death told later.
				subject := k == s.T0 && lex.is("die_verb", d.toks[c.T0].Lower)
				if (lex.is("reflexive", w) && k >= c.T1 && k <= c.T1+1) || (lex.is("pronoun_person", w) && k < c.T0 && (c.T0-k <= 3 && (c.Passive || c.Trig.Attach) || subject)) {
					v0, v1, ok = k, k+1, true
				}
			}
		}
		if !ok && !c.Passive && c.Trig.POS == 'v' && !nounUse && c.T1 < c.C1 && !d.chargeIn(s) && (d.toks[c.T1].Lower == "him" || d.toks[c.T1].Lower == "her" && (c.T1+1 >= c.C1 || !d.toks[c.T1+1].Word || lex.is("preposition", d.toks[c.T1+1].Lower))) {
			// "the gunman shot him in the leg": the object pronoun is the one hit ("her" as
			// an object, not "her brother").
			v0, v1, ok = c.T1, c.T1+1, true
		}
		if !ok {
			continue
		}
		fatal, harm, told := false, false, false
		for k := c.C0; k < c.C1; k++ {
			w := d.toks[k].Lower
			if w == "and" && k >= v1 && k >= c.T1 && k+1 < c.C1 && isDeterminerLike(d.toks[k+1].Lower) && told {
				// "... was injured and her husband killed": after the victim's own outcome,
				// another victim's ("left a father and his daughter dead" is one outcome of two).
				break
			}
			if lex.is("fatal", w) && k+1 < c.C1 && lex.is("reflexive", d.toks[k+1].Lower) && v0 >= c.T1 && !lex.is("reflexive", d.toks[v0].Lower) {
				// "shot his wife and then killed himself": the killer's death, not his
				// object's ("a man shot and killed himself" is the man's).
				continue
			}
			if (lex.is("fatal", w) || w == "murder") && d.deathDenied(s, k) {
				continue // "a non-fatal shooting", "attempted murder"
			}
			// "the murder of a man"; "charged with murder" tells of the suspect.
			if w == "murder" && k+1 < c.C1 && d.toks[k+1].Lower == "of" {
				fatal = true
			}
			if lex.is("fatal", w) && !d.bodyPart(k) || k+1 < c.C1 && lex.is("fatal", w+" "+d.toks[k+1].Lower) {
				fatal = true
			}
			if lex.is("harm", w) {
				harm = true
			}
			// An outcome told after the victim is the victim's own.
			told = told || k >= v1 && (harm || fatal)
		}
		if !fatal {
			fatal = d.victimDied(s, v0, v1, c)
		}
		// "a man and his wife were wounded": two victims joined before the trigger; "the
		// couple" are two.
		n := 1
		if d.toks[v1-1].Lower == "couple" {
			n = 2
		}
		if v1 < c.T0 && d.toks[v1].Lower == "and" && isDeterminerLike(d.toks[v0].Lower) && v1+1 < c.T0 && isDeterminerLike(d.toks[v1+1].Lower) {
			// Only as the attack's own subject: not "a woman and a man argued, and she was shot".
			if w0, w1, ok := d.singleVictim(v1+1, c.T0); ok && w0 == v1+1 && w1 <= c.T0 && d.onlyAuxiliaries(w1, c.T0) {
				v1, n = w1, 2
			}
		} else if v1+1 < c.T0 && d.toks[v1].Lower == "and" && isDeterminerLike(d.toks[v0].Lower) && lex.is("victim", d.toks[v1+1].Lower) && d.onlyAuxiliaries(v1+2, c.T0) {
			// "a man and woman were wounded": the second noun shares the first's article.
			v1, n = v1+2, 2
		}
		// "Another man was shot", "a woman was also wounded": one more victim.
		c.Another = d.toks[v0].Lower == "another" || (d.toks[v0].Lower == "a" || d.toks[v0].Lower == "an") && v1 <= c.T0 && d.onlyAuxiliaries(v1, c.T0) && d.hasWord(v1, c.T0, "also")
		span := testigo.Span{Start: d.toks[v0].Start, End: d.toks[v1-1].End}
		cnt := &testigo.Count{Value: n, Qualifier: testigo.QualExact, Text: d.text[span.Start:span.End]}
		ev := testigo.Span{Start: min(span.Start, d.toks[c.T0].Start), End: max(span.End, d.toks[c.T1-1].End)}
		cnt.Reports = []testigo.CountReport{{Value: n, Qualifier: testigo.QualExact, Source: d.doc.ID, Evidence: testigo.NewEvidence(d.text, ev)}}
		switch {
		case fatal:
			c.Dead, c.DeadInferred = cnt, true
			c.DiedLater = d.diedOfWounds(s)
			c.DeadSelf = lex.is("reflexive", d.toks[v0].Lower)
		case harm:
			c.Injured, c.InjuredInferred = cnt, true
			c.InjuredSelf = lex.is("reflexive", d.toks[v0].Lower)
		}
	}
}

// subjectVictim finds the one victim that ends right before token hi, with only
// auxiliaries and adverbs between ("her husband [was] killed"), the nearest first.
func (d *document) subjectVictim(lo, hi int) (int, int, bool) {
	for k := hi - 1; k >= lo && k >= hi-8; k-- {
		if d.toks[k].Lower == "," || d.toks[k].Lower == ";" {
			break
		}
		if !isDeterminerLike(d.toks[k].Lower) {
			continue
		}
		if v0, v1, ok := d.singleVictim(k, hi); ok && v0 == k && d.onlyAuxiliaries(v1, hi) {
			return v0, v1, true
		}
	}
	return 0, 0, false
}

// deathDenied reports whether a word of death at token k is denied or hedged by one of the
// three words before it: "non-fatal", "potentially fatal", "attempted first-degree murder".
func (d *document) deathDenied(s sentence, k int) bool {
	for j := k - 1; j >= s.T0 && j >= k-3; j-- {
		if lex.is("not_fatal", d.toks[j].Lower) {
			return true
		}
	}
	return false
}

// hasWord reports whether one of tokens [k0, k1) is w.
func (d *document) hasWord(k0, k1 int, w string) bool {
	for k := k0; k < k1; k++ {
		if d.toks[k].Lower == w {
			return true
		}
	}
	return false
}

// firstWordOfSentence reports whether token k is the first word of its sentence, with
// only punctuation before it ("— Man is in critical condition").
func (d *document) firstWordOfSentence(k int) bool {
	for j := d.sents[d.toks[k].Sent].T0; j < k; j++ {
		if d.toks[j].Word {
			return false
		}
	}
	return d.toks[k].Word
}

// relativeBefore returns the comma opening a relative clause that ends right before the verb
// at token t0, with only auxiliaries and adverbs between ("the woman, who lived nearby, was
// shot"), or 0.
func (d *document) relativeBefore(s sentence, t0 int) int {
	j := t0 - 1
	for j > s.T0 && d.onlyAuxiliaries(j, j+1) {
		j--
	}
	if j <= s.T0 || d.toks[j].Lower != "," {
		return 0
	}
	for k := j - 2; k > s.T0 && k >= j-30; k-- {
		if d.toks[k].Lower == "," && lex.is("relative", d.toks[k+1].Lower) {
			return k
		}
	}
	return 0
}

// namedVictimsDied turns the one victim an attack counted injured by name into a death when
// the document tells that person dead elsewhere: "the shooting of John Doe" ... "Doe died on
// the way to the hospital".
func (d *document) namedVictimsDied(cs []*cand) {
	for _, c := range cs {
		if c.Type != "ASSAULT" || c.Dead != nil || c.Injured == nil || !c.InjuredInferred || c.Injured.Value != 1 || c.Hypothetical {
			continue
		}
		name := lastName(c.Injured.Text)
		if name == "" {
			continue
		}
		for k := range d.toks {
			if d.text[d.toks[k].Start:d.toks[k].End] != name {
				continue
			}
			end := d.toldDeadAfter(k+1, d.sents[d.toks[k].Sent].T1)
			if end == 0 {
				continue
			}
			span := testigo.Span{Start: d.toks[k].Start, End: d.toks[end-1].End}
			cnt := &testigo.Count{Value: 1, Qualifier: testigo.QualExact, Text: c.Injured.Text}
			cnt.Reports = []testigo.CountReport{{Value: 1, Qualifier: testigo.QualExact, Source: d.doc.ID, Evidence: testigo.NewEvidence(d.text, span)}}
			c.Dead, c.DeadInferred = cnt, true
			break
		}
	}
}

// lastName returns the surname of a person named in a count's text ("Hunter Miller" →
// "Miller"), or "" when the text is no name ("a man", "The victim").
func lastName(text string) string {
	ws := strings.Fields(text)
	if len(ws) < 1 {
		return ""
	}
	for _, w := range ws {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
	}
	if isDeterminerLike(strings.ToLower(ws[0])) || lex.is("pronoun_person", strings.ToLower(ws[0])) {
		return ""
	}
	last := ws[len(ws)-1]
	if lex.is("victim", strings.ToLower(last)) {
		return ""
	}
	return last
}

// shotDead reports whether token k is the "dead" of "shot dead" / "shoot dead", whose
// object follows it: "police shot dead 19 people".
func (d *document) shotDead(k, lo int) bool {
	if d.toks[k].Lower != "dead" || k-1 < lo {
		return false
	}
	w := d.toks[k-1].Lower
	return w == "shot" || strings.HasPrefix(w, "shoot")
}

// toldDeadAfter reads a predicate of death starting at token k, before end: "died", "was
// pronounced dead", ", 26, was shot to death", "was killed". It returns the token after it,
// or 0.
func (d *document) toldDeadAfter(k, end int) int {
	for n := 0; k < end && n < 6; k, n = k+1, n+1 {
		w := d.toks[k].Lower
		if w == "," || isDigitAt(d.text, d.toks[k].Start) || lex.is("be", w) || lex.is("have", w) || strings.HasSuffix(w, "ly") || w == "later" {
			continue
		}
		switch {
		case lex.is("die_verb", w) || w == "killed" || w == "slain" || w == "murdered":
			return k + 1
		case (w == "pronounced" || w == "declared" || w == "found") && k+1 < end && (d.toks[k+1].Lower == "dead" || d.toks[k+1].Lower == "deceased"):
			return k + 2
		case w == "shot" && k+2 < end && d.toks[k+1].Lower == "to" && d.toks[k+2].Lower == "death":
			return k + 3
		case w == "shot" && k+1 < end && d.toks[k+1].Lower == "dead":
			return k + 2
		}
		return 0
	}
	return 0
}

// chargeIn reports whether a sentence tells a charge or suspicion ("is suspected of shooting
// her", "was charged with murder"): it retells an attack whose outcome is told elsewhere.
func (d *document) chargeIn(s sentence) bool {
	for k := s.T0; k < s.T1; k++ {
		if lex.is("charge", d.toks[k].Lower) {
			return true
		}
	}
	return false
}

// onlyAuxiliaries reports whether tokens [k0, k1) hold nothing but auxiliaries and adverbs
// ("were", "had been", "also", "critically"): what stands before them is the verb's subject.
func (d *document) onlyAuxiliaries(k0, k1 int) bool {
	for k := k0; k < k1; k++ {
		w := d.toks[k].Lower
		if !lex.is("be", w) && !lex.is("have", w) && !strings.HasSuffix(w, "ly") && w != "also" && w != "both" && w != "reportedly" && w != "allegedly" {
			return false
		}
	}
	return true
}

// harmingClause reports whether a relative clause at token k tells harm: "an attack that
// killed her", "the shooting which left him paralysed".
func (d *document) harmingClause(k, end int) bool {
	if k >= end || d.toks[k].Lower != "that" && d.toks[k].Lower != "which" {
		return false
	}
	return d.harmBetween(k+1, min(end, k+4))
}

// harmBetween reports whether tokens [k0, k1) tell that someone was harmed: "was in critical
// condition after", "died in", "is recovering from".
func (d *document) harmBetween(k0, k1 int) bool {
	for k := k0; k < k1; k++ {
		w := d.toks[k].Lower
		if w == "shooting" || w == "stabbing" {
			continue // another naming of the attack, not its outcome
		}
		if lex.is("harm", w) || lex.is("fatal", w) || lex.is("victim_state", w) {
			return true
		}
	}
	return false
}

// diedOfWounds reports whether a sentence tells a death that came after the wounding: "was
// rushed to a hospital, where he died", "later died of his injuries", "succumbed".
func (d *document) diedOfWounds(s sentence) bool {
	for k := s.T0; k < s.T1; k++ {
		if !lex.is("die_verb", d.toks[k].Lower) {
			continue
		}
		// The cue stands right by the verb: "later died", "where he died", "died at the
		// hospital", "died of his injuries"; a hospital told of someone else is not it.
		for j := max(s.T0, k-2); j < min(s.T1, k+5); j++ {
			if lex.is("died_later", d.toks[j].Lower) || j < k && d.toks[j].Lower == "where" {
				return true
			}
		}
	}
	return false
}

// victimDied reports whether the victim at tokens [v0, v1) is told dead outside the clause
// of the attack: as the subject of the sentence ("John Doe, 29, died in the hospital after
// being shot") or in a relative clause ("shot the suspect, who was later pronounced dead").
// Only words of dying count there: "a man who killed his wife was shot" is no death.
func (d *document) victimDied(s sentence, v0, v1 int, c *cand) bool {
	dying := func(k int) bool {
		w := d.toks[k].Lower
		return lex.is("die_verb", w) || w == "dead" || w == "deceased"
	}
	if v1 <= c.C0 {
		// The victim before the attack's clause: up to the clause, not past another subject.
		for k := v1; k < c.C0 && k < s.T1; k++ {
			if dying(k) {
				return true
			}
		}
	}
	k := v1
	if k < s.T1 && d.toks[k].Lower == "," {
		k++
	}
	if k < s.T1 && (d.toks[k].Lower == "who" || d.toks[k].Lower == "which") && v1 >= c.T1 {
		for k++; k < s.T1 && d.toks[k].Lower != "," && d.toks[k].Lower != ";"; k++ {
			if dying(k) {
				return true
			}
		}
	}
	return false
}

// pronounVictim gives the attack told just before, which named no casualty, the one person a
// sentence of its own tells the outcome of: "A shooting was reported on Elm Street. He was
// taken to a hospital in critical condition." "His injuries are not life-threatening" still
// tells injuries. The subject may also be "the victim", "the wounded man" or the victim's
// name, told a few sentences further on; and a single victim counted injured who is then
// told dead ("He was pronounced dead at the scene") is a death.
func (d *document) pronounVictim(si int, s sentence, cs []*cand) {
	for _, c := range cs {
		if c.Type == "ASSAULT" && !c.Trig.Attach && !c.Trig.Weak {
			return // the sentence tells an attack of its own
		}
	}
	if s.T1-s.T0 < 3 {
		return
	}
	subj1, reach := d.victimSubject(s)
	if subj1 == 0 {
		return
	}
	// The latest attack of the sentences before, in the same paragraph.
	var prev *cand
	for i := len(d.cands) - 1; i >= 0 && prev == nil; i-- {
		c := d.cands[i]
		// A casualty word with its victim ("found a man suffering from a gunshot wound") is
		// the attack's outcome and may be told dead next.
		if c.Sent < si && c.Sent >= si-reach && d.sents[c.Sent].Paragraph == s.Paragraph && c.Type == "ASSAULT" && !c.Dropped && (!c.Trig.Attach || c.Injured != nil) {
			prev = c
		}
	}
	if prev == nil || prev.Dead != nil || prev.Hit != nil || prev.Hypothetical || prev.Negated {
		return
	}
	measure, end := "", 0
	// A death told after the injury is the outcome: "was rushed to Mercy Hospital, where
	// he died".
	for k := subj1; k < s.T1 && measure != measureDead; k++ {
		w := d.toks[k].Lower
		if measure == "" && lex.is("negation", w) && !(k+1 < s.T1 && strings.HasPrefix(d.toks[k+1].Lower, "life") || k+2 < s.T1 && strings.HasPrefix(d.toks[k+2].Lower, "life")) {
			return // "he was not hurt"; but "not life-threatening" is hurt
		}
		if measure == "" && lex.is("charge", w) {
			return // "is charged with assault with intent to kill": the suspect
		}
		if w == "lives" || w == "who" || w == "whose" {
			continue // "lives in": not "lost their lives"; a relative clause tells no outcome
		}
		if m, e := measureAt(d.toks, k, s.T1); m == measureDead || m == measureInjured && measure == "" {
			measure, end = m, e
			k = e - 1
		}
	}
	if measure == "" {
		return
	}
	n := 1
	if d.toks[subj1-1].Lower == "couple" || d.toks[s.T0].Lower == "both" {
		n = 2 // "the couple were taken to a hospital", "both victims were treated"
	}
	if n == 2 && d.acrossIncidents(d.sents[prev.Sent]) {
		return // "Two shootings were reported ... Both victims were taken to hospitals"
	}
	// "Both" may count a second victim told beside one read off its noun.
	bothMore := n == 2 && measure == measureInjured && prev.Injured != nil && prev.InjuredInferred && prev.Injured.Value < 2
	if prev.Injured != nil && !(measure == measureDead && prev.InjuredInferred && prev.Injured.Value == 1) && !bothMore {
		return
	}
	span := testigo.Span{Start: d.toks[s.T0].Start, End: d.toks[end-1].End}
	cnt := &testigo.Count{Value: n, Qualifier: testigo.QualExact, Text: d.text[d.toks[s.T0].Start:d.toks[subj1-1].End]}
	cnt.Reports = []testigo.CountReport{{Value: n, Qualifier: testigo.QualExact, Source: d.doc.ID, Evidence: testigo.NewEvidence(d.text, span)}}
	if measure == measureDead {
		// The one injured, now told dead, is the dead: the event drops the injured figure.
		prev.Dead, prev.DeadInferred = cnt, true
	} else {
		prev.Injured, prev.InjuredInferred = cnt, true
	}
}

// victimSubject reads the subject a sentence opens with when it can be the one victim of an
// attack told before: "he", "his injuries", "the victim", "the wounded man", a person's name.
// It returns the token after the subject and how many sentences back the attack may be
// (a pronoun reaches less far than a definite noun or a name), or 0.
func (d *document) victimSubject(s sentence) (int, int) {
	w := d.toks[s.T0].Lower
	if w == "both" && s.T0+1 < s.T1 {
		// "Both victims were taken to a hospital", "Both were treated".
		next := d.toks[s.T0+1].Lower
		if lex.is("victim", strings.TrimSuffix(next, "s")) || next == "men" || next == "women" {
			return s.T0 + 2, 6
		}
		if lex.is("be", next) || lex.is("have", next) {
			return s.T0 + 1, 3
		}
		return 0, 0
	}
	if lex.is("pronoun_person", w) || w == "his" || w == "her" {
		return s.T0 + 1, 3
	}
	if w == "the" {
		for k := s.T0 + 1; k < s.T1 && k <= s.T0+3; k++ {
			t := d.toks[k]
			if !t.Word {
				return 0, 0
			}
			if lex.is("victim", t.Lower) {
				if lex.is("offender", t.Lower) || k+1 < s.T1 && !d.toks[k+1].Word && d.toks[k+1].Lower != "," {
					return 0, 0 // "the suspect", "the victim's friend"
				}
				return k + 1, 6
			}
		}
		return 0, 0
	}
	for _, i := range d.mentionsIn(s.T0, s.T1) {
		m := d.mentions[i]
		if m.T0 == s.T0 && m.Entity.Kind == testigo.KindPerson && !m.Generic && !isGenericName(m.Entity.Name) {
			return m.T1, 6
		}
	}
	return 0, 0
}

// secondVictims counts the one more victim a clause adds after its first with its own
// outcome: "a man was killed and another critically injured", "... and a woman wounded".
func (d *document) secondVictims(s sentence, cs []*cand) {
	if d.acrossIncidents(s) {
		return // "two shootings killed a man and wounded another": each incident is told apart
	}
	for _, c := range cs {
		if c.Type != "ASSAULT" || c.Dropped || c.Hypothetical || c.Dead == nil && c.Injured == nil {
			continue
		}
		// From the attack's verb, or from its casualty figure when that comes first: "One man
		// is dead and another hospitalized after a shooting".
		k0 := c.T1
		for _, cnt := range []*testigo.Count{c.Dead, c.Injured} {
			if cnt == nil {
				continue
			}
			for _, r := range cnt.Reports {
				if r.Evidence.Start >= s.Start && r.Evidence.End <= s.End {
					if _, t1 := d.tokenRange(testigo.Span{Start: r.Evidence.Start, End: r.Evidence.End}); t1 < k0 {
						k0 = t1
					}
				}
			}
		}
		for k := k0; k+2 < s.T1; k++ {
			// "One man killed, another wounded": a comma joins the second outcome too.
			if d.toks[k].Lower != "and" && !(d.toks[k].Lower == "," && d.toks[k+1].Lower == "another") {
				continue
			}
			if v := d.secondObject(k+1, s.T1); v.measure != "" {
				// "killing one man and injuring another", "killed one person and seriously
				// wounded another": the verb's object is one more.
				d.addSecondVictim(c, v.measure, testigo.Span{Start: d.toks[v.verb].Start, End: d.toks[v.v1-1].End}, testigo.Span{Start: d.toks[v.v0].Start, End: d.toks[v.v1-1].End})
				break
			}
			j := k + 1
			possessive := false
			switch d.toks[j].Lower {
			case "a", "an", "another", "one":
				j++
			case "his", "her", "their":
				// "... and his wife and daughter were injured": a victim noun must follow.
				j++
				possessive = true
			case "the":
				if d.toks[j+1].Lower != "other" {
					continue
				}
				j += 2
			default:
				continue
			}
			// The victim noun ("another man", "a 20-year-old woman"), or none ("another").
			v1 := j
			for n := 0; n < 4 && v1 < s.T1 && d.toks[v1].Lower != "," && !lex.is("be", d.toks[v1].Lower); n++ {
				if lex.is("victim", d.toks[v1].Lower) {
					v1++
					break
				}
				v1++
			}
			if v1 > j && !lex.is("victim", d.toks[v1-1].Lower) && d.toks[k+1].Lower != "another" && d.toks[k+1].Lower != "the" {
				continue
			}
			if v1 > j && !lex.is("victim", d.toks[v1-1].Lower) {
				v1 = j
			}
			if possessive && v1 == j {
				continue
			}
			// A second noun joined to the first: "his wife and daughter", "her son and a
			// neighbor" are two.
			n := 1
			if v1 > j && v1+1 < s.T1 && d.toks[v1].Lower == "and" {
				e := v1 + 1
				if isDeterminerLike(d.toks[e].Lower) && e+1 < s.T1 {
					e++
				}
				if lex.is("victim", d.toks[e].Lower) {
					v1, n = e+1, 2
				}
			}
			m, end := "", 0
			for e := v1; e < s.T1 && e <= v1+3; e++ {
				w := d.toks[e].Lower
				if lex.is("be", w) || strings.HasSuffix(w, "ly") {
					continue
				}
				m, end = measureAt(d.toks, e, s.T1)
				break
			}
			if m != measureInjured && m != measureDead {
				continue
			}
			d.addSecondVictims(c, m, n, testigo.Span{Start: d.toks[k+1].Start, End: d.toks[end-1].End},
				testigo.Span{Start: d.toks[k+1].Start, End: d.toks[max(v1, k+2)-1].End})
			break
		}
	}
}

// secondObj is the one more victim a casualty verb takes after "and": the verb's token, the
// measure and the victim's tokens.
type secondObj struct {
	verb    int
	measure string
	v0, v1  int
}

// secondObject reads a casualty verb at token k, after adverbs, with one more victim as its
// object: "injuring another", "seriously wounded another man", "injured a second person".
func (d *document) secondObject(k, end int) secondObj {
	for k < end && strings.HasSuffix(d.toks[k].Lower, "ly") {
		k++
	}
	if k >= end {
		return secondObj{}
	}
	m, e := measureAt(d.toks, k, end)
	w := d.toks[k].Lower
	if m != measureInjured && m != measureDead || e != k+1 || !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && w != "hurt" {
		return secondObj{}
	}
	v0, v1 := e, e
	switch {
	case v0 < end && d.toks[v0].Lower == "another":
		v1 = v0 + 1
	case v0+1 < end && (d.toks[v0].Lower == "a" || d.toks[v0].Lower == "one") && lex.is("other_victim", d.toks[v0+1].Lower):
		v1 = v0 + 2 // "a second person", "one other man"
	default:
		return secondObj{}
	}
	if v1 < end && (lex.is("victim", d.toks[v1].Lower) || d.toks[v1].Lower == "person") {
		v1++
	}
	return secondObj{verb: k, measure: m, v0: v0, v1: v1}
}

// addSecondVictim gives attack c the one more victim told in span: injured when it had none,
// or a second dead after a single inferred one. named is the victim's words, the count's text.
func (d *document) addSecondVictim(c *cand, m string, span, named testigo.Span) {
	d.addSecondVictims(c, m, 1, span, named)
}

// addSecondVictims is addSecondVictim for n more victims ("and his wife and daughter were
// injured" is two).
func (d *document) addSecondVictims(c *cand, m string, n int, span, named testigo.Span) {
	cnt := &testigo.Count{Value: n, Qualifier: testigo.QualExact, Text: d.text[named.Start:named.End]}
	cnt.Reports = []testigo.CountReport{{Value: n, Qualifier: testigo.QualExact, Source: d.doc.ID, Evidence: testigo.NewEvidence(d.text, span)}}
	if m == measureInjured && c.Injured == nil {
		c.Injured, c.InjuredInferred = cnt, false
	} else if m == measureDead && c.Dead != nil && c.Dead.Value == 1 && c.DeadInferred {
		c.Dead = addCount(c.Dead, cnt, true)
		c.DeadInferred = false
	}
}

// isDeterminerLike reports whether a word opens a victim noun phrase ("a", "the", "his").
func isDeterminerLike(w string) bool {
	switch w {
	case "a", "an", "one", "another", "the", "his", "her", "their":
		return true
	}
	return false
}

// bodyPart reports whether "body" at token k names a part of a living body, not a corpse:
// "hit in his lower body", "wounds to the upper body".
func (d *document) bodyPart(k int) bool {
	if d.toks[k].Lower != "body" || k == 0 {
		return false
	}
	switch d.toks[k-1].Lower {
	case "upper", "lower", "his", "her", "their", "my", "your":
		return true
	}
	return false
}

// singleVictim finds "a man", "the 25-year-old woman", "one person" among tokens [lo, hi)
// with no number of its own.
func (d *document) singleVictim(lo, hi int) (int, int, bool) {
	// A named person: "killed 32-year-old John Doe".
	for _, i := range d.mentionsIn(lo, hi) {
		m := d.mentions[i]
		if m.Entity.Kind == testigo.KindPerson && !m.Generic && !isGenericName(m.Entity.Name) && m.T0-lo <= 4 {
			return m.T0, m.T1, true
		}
	}
	for k := lo; k < hi; k++ {
		w := d.toks[k].Lower
		// "Man shot in ...": a headline's bare noun, maybe after a dash or bullet.
		if d.firstWordOfSentence(k) && lex.is("victim", w) {
			return k, k + 1, true
		}
		if w != "a" && w != "an" && w != "one" && w != "another" && w != "the" && w != "his" && w != "her" && w != "their" {
			continue
		}
		for j := k + 1; j < hi && j <= k+6; j++ {
			t := d.toks[j]
			if t.Lower == "," || t.Lower == "and" || lex.is("be", t.Lower) {
				break
			}
			// "shot a 16-year-old in the leg": an age alone names a person.
			if t.Lower == "old" && j-2 > k && (d.toks[j-1].Lower == "year" || d.toks[j-1].Lower == "years") && isDigitAt(d.text, d.toks[j-2].Start) {
				if n := j + 1; n >= hi || !d.toks[n].Word || lex.is("preposition", d.toks[n].Lower) || lex.is("be", d.toks[n].Lower) || lex.is("relative", d.toks[n].Lower) || d.toks[n].Lower == "and" {
					return k, j + 1, true
				}
			}
			// "one of two intruders", "one of the men": one of a plural group.
			oneOf := w == "one" && d.toks[k+1].Lower == "of" && lex.is("victim", strings.TrimSuffix(t.Lower, "s"))
			if lex.is("victim", t.Lower) || oneOf {
				if d.isQuantityStart(t.Start) {
					break
				}
				if j+1 < hi && d.toks[j+1].Lower == "involved" {
					break // "an officer-involved shooting": the noun modifies another
				}
				return k, j + 1, true
			}
		}
	}
	return 0, 0, false
}
