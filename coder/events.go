package coder

import (
	"strings"

	"testigo"
	"testigo/actor"
)

// cand is an event being coded: one trigger, then, after merging, one happening.
type cand struct {
	Type, Mode   string
	Trig         *trigger
	T0, T1       int // trigger tokens
	C0, C1       int // clause tokens
	Sent         int
	Sents        []int
	Passive      bool
	Negated      bool
	Hypothetical bool
	Opinion      bool
	Backgrounded bool // told in a subordinate clause, a purpose or a prepositional phrase
	Absorbed     bool
	Anaphor      bool // a definite noun naming a happening told before
	// Counts read off one named victim rather than a number: the same person shot, then
	// dead, is one dead, not one dead and one injured.
	DeadInferred, InjuredInferred bool
	// DiedLater: the dead were told dying of their wounds ("was rushed to a hospital, where
	// he died"): they are among the injured told before, not more people.
	DiedLater bool
	// Another: the one victim is told as one more ("Another man was also shot"): a victim of
	// the attack told before, not an attack of its own.
	Another bool
	// DeadSelf: the dead counted is the attacker himself ("killed himself after shooting his
	// wife"), never one of the victims read off their nouns.
	DeadSelf    bool
	InjuredSelf bool // the injured counted is the attacker himself ("shot himself")
	Dropped     bool
	Quote       int // index in document.quotes, or -1
	Actor       []testigo.Entity
	// ActorInferred: the actor is read off an adjective ("Israeli strikes"), not named; it
	// adds nothing to the confidence.
	ActorInferred bool
	Recipient     []testigo.Entity
	Evidence      []testigo.Span
	Date          *testigo.EventDate
	DateFrom      int // token where the date expression starts, -1 when none or implied
	Place         *testigo.Place
	PlaceText     string
	Dead          *testigo.Count
	Injured       *testigo.Count
	Hit           *testigo.Count // people shot, dead or not: see measureHit
	Arrested      *testigo.Count
	Size          *testigo.Count
	Source        *testigo.Source
	Context       []string
	Confidence    float64
}

// match is a trigger found at tokens [T0, T1).
type match struct {
	trig   *trigger
	T0, T1 int
}

// matchTriggers finds the triggers of sentence s, longest first, without overlaps.
func (d *document) matchTriggers(s sentence) []match {
	var out []match
	for i := s.T0; i < s.T1; i++ {
		t := d.toks[i]
		if !t.Word {
			continue
		}
		cands := lex.byFirst[t.Lower]
		// A bare verb form after an article is a noun: "issued a ban on". After a possessive
		// it is too when the word has a noun reading: "the union's march", "their strike"
		// (a word with none, "the board's veto", keeps its verb reading as the act).
		afterArticle, afterPossessive := false, false
		if i > s.T0 {
			switch d.toks[i-1].Lower {
			case "a", "an", "the", "this", "that", "any", "no":
				afterArticle = true
			case "'s", "its", "their", "his", "our", "my", "your":
				afterPossessive = true
			case "'":
				afterPossessive = i-2 >= s.T0 && d.toks[i-2].End == d.toks[i-1].Start && strings.HasSuffix(d.toks[i-2].Lower, "s")
			}
		}
		plural := d.pluralNounContext(s, i)
		for k := range cands {
			tr := &cands[k]
			if tr.Base && (afterArticle || afterPossessive && hasNounReading(cands, tr)) {
				continue
			}
			// "in anti-tax protests", "the street marches": an -s form read as a plural noun.
			if tr.POS == 'v' && !tr.Base && plural && strings.HasSuffix(t.Lower, "s") && hasNounReading(cands, tr) {
				continue
			}
			if end, ok := d.matchWords(i, s.T1, tr.Words); ok {
				out = append(out, match{trig: tr, T0: i, T1: end})
				i = end - 1
				break
			}
		}
	}
	return out
}

// afterBareFigure reports whether token k follows a figure that ends right before it and
// counts no noun of its own: "627 arrested", "at least 12 killed".
func (d *document) afterBareFigure(k int) bool {
	if k == 0 || d.toks[k-1].Sent != d.toks[k].Sent {
		return false
	}
	end := d.toks[k-1].End
	for _, q := range d.quants {
		// The quantity stage may take the participle for the noun counted: "12 detained"
		// (a regular one: "one shot" is a noun).
		if q.End == end && q.Noun == "" || q.NounSpan != nil && q.NounSpan.Start == d.toks[k].Start && q.NounSpan.End == d.toks[k].End && q.Start < d.toks[k].Start && strings.HasSuffix(d.toks[k].Lower, "ed") {
			return true
		}
	}
	return false
}

// objectLike reports whether token k can open a verb's object: an article or determiner, an
// object pronoun, a figure or a name.
func (d *document) objectLike(k int) bool {
	t := d.toks[k]
	if !t.Word {
		return false
	}
	switch t.Lower {
	case "him", "them", "us", "me", "it", "those":
		return true
	}
	return lex.is("determiner", t.Lower) || isDeterminerLike(t.Lower) || t.Upper || d.isQuantityStart(t.Start)
}

// pluralNounContext reports whether the word at token i stands where a noun does, not a
// verb: after an article, a preposition, a possessive or a figure, or after one modifier
// that follows one of those or is joined by a hyphen ("in anti-tax protests", "the street
// marches").
func (d *document) pluralNounContext(s sentence, i int) bool {
	nounBefore := func(k int) bool {
		if k < s.T0 {
			return k == s.T0-1 // the sentence start
		}
		w := d.toks[k].Lower
		return lex.is("determiner", w) && w != "that" || lex.is("preposition", w) || w == "'s" || w == "during" || d.isQuantityStart(d.toks[k].Start) || d.toks[k].Word && w[0] >= '0' && w[0] <= '9'
	}
	if i-1 < s.T0 {
		return false
	}
	if nounBefore(i - 1) {
		return i-1 >= s.T0
	}
	prev := d.toks[i-1]
	if !prev.Word || prev.Upper || lex.is("be", prev.Lower) || lex.is("have", prev.Lower) || lex.is("modal", prev.Lower) {
		return false
	}
	if i-2 >= s.T0 && d.toks[i-2].End < prev.Start && strings.ContainsAny(d.text[d.toks[i-2].End:prev.Start], "-‐") {
		return true
	}
	return i-2 >= s.T0 && nounBefore(i-2)
}

// hasNounReading reports whether a trigger of the same words read as a noun is among cands.
func hasNounReading(cands []trigger, v *trigger) bool {
	for k := range cands {
		if t := &cands[k]; t.POS == 'n' && strings.Join(t.Words, " ") == strings.Join(v.Words, " ") {
			return true
		}
	}
	return false
}

// matchWords matches trigger words at token i; "_" skips up to four words of the clause.
func (d *document) matchWords(i, end int, ws []string) (int, bool) {
	j := i
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		if w == "_" {
			if k+1 >= len(ws) {
				return 0, false
			}
			next := ws[k+1]
			found := false
			for g := 0; g <= 4 && j+g < end; g++ {
				t := d.toks[j+g]
				if t.Lower == next {
					j += g + 1
					found = true
					break
				}
				// A possessive apostrophe stays inside the gap: "broke up the nurses' march".
				if !t.Word && !(t.Lower == "'" && j+g > i && d.toks[j+g-1].End == t.Start) {
					break
				}
			}
			if !found {
				return 0, false
			}
			k++
			continue
		}
		if k > 0 && j < end && d.toks[j].Lower != w {
			// A short date told inside a phrasal verb ("called Friday on the
			// clans to", "met on Monday with") leaves the phrase whole.
			if e := d.dateAt(j, end); e > j && e < end && d.toks[e].Lower == w {
				j = e
			}
		}
		if j >= end || d.toks[j].Lower != w {
			return 0, false
		}
		j++
	}
	return j, true
}

// dateAt returns the token after a short date expression (at most three tokens, "Thursday",
// "on Monday", "last week") that starts at token j before end, or j when none does.
func (d *document) dateAt(j, end int) int {
	k := j
	if d.toks[k].Lower == "on" {
		k++
	}
	if k >= end {
		return j
	}
	for _, x := range d.dates {
		if x.Span.Start > d.toks[k].Start {
			break
		}
		if x.Span.Start != d.toks[k].Start {
			continue
		}
		e := k
		for e < end && d.toks[e].End <= x.Span.End {
			e++
		}
		if e > k && e-j <= 3 {
			return e
		}
	}
	return j
}

// clause returns the clause around tokens [t0, t1) inside sentence s: bounded by strong
// punctuation, by a subordinating word and by a comma before a relative pronoun.
func (d *document) clause(s sentence, t0, t1 int) (int, int, bool) {
	c0 := t0
	relative := false
	for c0 > s.T0 {
		p := d.toks[c0-1]
		if isClauseBreak(p) && p.Lower != ")" {
			break
		}
		// "reported that ...": the report's content is a clause of its own.
		if p.Lower == "that" && c0-1 > s.T0 {
			speech := false
			for _, k := range d.prevWords(s.T0, c0-1, 3) {
				if lex.is("speech", d.toks[k].Lower) || d.toks[k].Lower == "warned" || d.toks[k].Lower == "vowed" {
					speech = true
				}
			}
			if speech {
				break
			}
		}
		if p.Word && lex.is("relative", p.Lower) && !(c0-2 >= s.T0 && d.toks[c0-2].Lower == ",") {
			// A restrictive relative ("the man who fired") keeps its antecedent as subject.
			c0--
			continue
		}
		// "as thousands marched", "as they fled": "as" opens a clause before a subject.
		if p.Lower == "as" && c0 < t0 && (d.isQuantityStart(d.toks[c0].Start) || lex.is("pronoun_person", d.toks[c0].Lower) || lex.is("pronoun_group", d.toks[c0].Lower) || d.toks[c0].Lower == "we") {
			c0--
			break
		}
		if p.Word && (lex.is("subordinator", p.Lower) || lex.is("relative", p.Lower)) {
			if lex.is("relative", p.Lower) {
				relative = true
			}
			c0--
			break
		}
		// A short parenthesis ("(CNI)") is part of the clause.
		if p.Lower == ")" {
			k := c0 - 2
			for k > s.T0 && k > c0-8 && d.toks[k].Lower != "(" {
				k--
			}
			if k >= s.T0 && d.toks[k].Lower == "(" {
				c0 = k
				continue
			}
		}
		c0--
	}
	// A subordinate clause that opens the sentence ends at its comma: "After X happened,
	// the demonstrators blockaded it" has its own subject.
	if c0 < t0 && (c0 == s.T0 || c0 == s.T0+1 || c0 > s.T0 && d.toks[c0-1].Lower == ",") && lex.is("subordinator", d.toks[c0].Lower) {
		for k := t0 - 1; k > c0; k-- {
			if d.toks[k].Lower == "," {
				c0 = k + 1
				break
			}
		}
	}
	c1 := t1
	for c1 < s.T1 {
		t := d.toks[c1]
		if t.Lower == "(" {
			k := c1 + 1
			for k < s.T1 && k < c1+8 && d.toks[k].Lower != ")" {
				k++
			}
			if k < s.T1 && d.toks[k].Lower == ")" {
				c1 = k + 1
				continue
			}
		}
		if isClauseBreak(t) {
			break
		}
		// A subordinate clause ends at its comma: "When X happened, Y ...".
		if t.Lower == "," && c0 < t0 && lex.is("subordinator", d.toks[c0].Lower) {
			break
		}
		if t.Lower == "," && c1+1 < s.T1 {
			n := d.toks[c1+1]
			if lex.is("subordinator", n.Lower) || lex.is("relative", n.Lower) || n.Lower == "but" || n.Lower == "and" && c1+2 < s.T1 && lex.is("subordinator", d.toks[c1+2].Lower) {
				break
			}
		}
		if t.Word && c1 > t1 && lex.is("subordinator", t.Lower) && t.Lower != "since" {
			break
		}
		c1++
	}
	return c0, c1, relative
}

// prevWords returns up to n word tokens before i inside [lo, i), nearest first.
func (d *document) prevWords(lo, i, n int) []int {
	var out []int
	for k := i - 1; k >= lo && len(out) < n; k-- {
		if d.toks[k].Word {
			out = append(out, k)
		}
	}
	return out
}

// isSubheading reports whether a sentence inside the text is a section title ("Pending
// charges", "Calls for calm"): a few capitalized-first words without sentence-final
// punctuation. It names what the section tells, no happening of its own.
func (d *document) isSubheading(s sentence) bool {
	txt := strings.TrimSpace(d.text[s.Start:s.End])
	if txt == "" || strings.ContainsAny(txt[len(txt)-1:], ".!?:;,\"”'’)") {
		return false
	}
	n := d.countWords(s.T0, s.T1)
	return n > 0 && n <= 5 && d.toks[s.T0].Upper
}

// findEvents codes the events of every sentence.
func (d *document) findEvents() {
	for si, s := range d.sents {
		txt := d.text[s.Start:s.End]
		if strings.HasPrefix(txt, "==") && strings.HasSuffix(txt, "==") {
			// A wiki heading ("== The attack ==") names a section, not a happening.
			continue
		}
		// A list item ("* 2014 Kabul airport bombing") names things; only a verb in it
		// tells a happening.
		bullet := strings.HasPrefix(txt, "*") || strings.HasPrefix(txt, "•")
		if si > 0 && d.isSubheading(s) {
			continue
		}
		ms := d.matchTriggers(s)
		linkStart, linkEnd := d.linkedStory(s)
		var sc []*cand
		for _, m := range ms {
			if st := d.toks[m.T0].Start; st >= linkStart && st < linkEnd {
				continue // another article's title
			}
			if bullet && (m.trig.POS != 'v' || m.trig.Base || strings.HasSuffix(d.toks[m.T0].Lower, "ing")) {
				continue
			}
			c := d.newCand(si, s, m)
			if c != nil {
				sc = append(sc, c)
			}
		}
		d.reducedPassives(sc)
		d.governs(s, sc)
		d.topics(s, sc)
		for _, c := range sc {
			if c.Absorbed {
				continue
			}
			d.modality(s, c)
		}
		d.verbsHere, d.forceVerbsHere = d.verbsHere[:0], d.forceVerbsHere[:0]
		for _, c := range sc {
			if !c.Absorbed && c.Trig.POS != 'n' {
				d.verbsHere = append(d.verbsHere, c.T0)
				if c.Type == "ASSAULT" || c.Type == "COERCE" {
					d.forceVerbsHere = append(d.forceVerbsHere, c.T0)
				}
			}
		}
		for _, c := range sc {
			if c.Absorbed || c.Dropped {
				continue
			}
			d.arguments(s, c)
			if c.Type == "ASSAULT" && strings.HasPrefix(d.toks[c.T0].Lower, "raid") && policeOnly(c.Actor) {
				// A police raid searches and seizes: COERCE, not an attack.
				c.Type, c.Mode = "COERCE", "seize"
			}
			if c.Trig.Official && !officialActor(c.Actor) && !d.officialSubject(c) {
				continue
			}
			if c.Type == "ASSAULT" && !strings.HasPrefix(d.toks[c.T0].Lower, "clash") {
				d.protesterViolence(c)
			}
			if c.Type == "ASSAULT" && strings.HasPrefix(d.toks[c.T0].Lower, "clash") {
				d.protestClash(c)
			}
			// "voted in a local referendum", "under the new law": a vague policy noun
			// behind a preposition is the setting of something else unless an office-holder
			// or a state is its actor.
			if c.Type == "DECREE" && c.Trig.Weak && c.Trig.POS == 'n' && (c.Backgrounded || d.afterPreposition(s, c.T0)) && !officialActor(c.Actor) {
				continue
			}
			if len(c.Actor) == 0 && (c.Type == "DECREE" && c.Trig.Weak || needsActor(c) && (c.Passive && !d.stanceTo(c) || !d.hasSubject(c))) {
				continue
			}
			d.cands = append(d.cands, c)
		}
		d.sentenceCounts(si, s)
	}
}

func (d *document) newCand(si int, s sentence, m match) *cand {
	if m.trig.Type == "NONE" {
		return nil
	}
	if m.trig.Attach && m.trig.POS == 'p' && m.T1-m.T0 == 3 && d.toks[m.T1-1].Lower == "head" {
		// "slipped and hit his head": one's own head knocked in a fall, no attack.
		if w := d.toks[m.T0+1].Lower; w == "his" || w == "her" || w == "their" {
			return nil
		}
	}
	if m.trig.Intrans && m.T1 < s.T1 {
		n := d.toks[m.T1].Lower
		if lex.is("determiner", n) || n == "how" || n == "what" || n == "its" || n == "his" || n == "her" || n == "their" || n == "them" || n == "him" || n == "it" || n == "support" {
			return nil
		}
	}
	// "the suicide bomber", "being a suicide bomber": a doer noun that is definite (the
	// attacker already told) or a predicate names a person, not an attack.
	if m.trig.Agent && m.T0 > s.T0 {
		for _, k := range d.prevWords(s.T0, m.T0, 5) {
			w := d.toks[k].Lower
			if w == "the" || w == "this" || w == "that" || lex.is("be", w) || w == "being" {
				return nil
			}
			if w != "a" && w != "an" && (lex.is("determiner", w) || lex.is("preposition", w)) {
				break
			}
		}
	}
	if m.trig.Guest && !d.hasGuest(s, m) {
		return nil
	}
	// A vague noun set in quotation marks is someone's label for a thing ("called the vote
	// a “coup”"), not a report that it happened.
	if m.trig.Weak && m.trig.POS == 'n' && m.T0 > s.T0 && m.T1 < s.T1 && isQuote(d.toks[m.T0-1]) && isQuote(d.toks[m.T1]) {
		return nil
	}
	// A capitalized word inside a sentence is a name or a month ("US Bomb Squad", "1 March"),
	// unless the sentence is a headline in title case.
	if t := d.toks[m.T0]; t.Upper && m.T0 > s.T0 && !isQuote(d.toks[m.T0-1]) && d.toks[m.T0-1].Lower != ":" && d.toks[m.T0-1].Lower != "—" && !d.titleCase(s) {
		return nil
	}
	for _, x := range d.dates {
		if x.Span.Start <= d.toks[m.T0].Start && d.toks[m.T0].End <= x.Span.End {
			return nil
		}
	}
	// A trigger word inside a proper name ("the Law Society", "the Protest Party") is none.
	for _, x := range d.mentions {
		if x.T0 <= m.T0 && m.T1 <= x.T1 && !x.Generic && !isGenericName(x.Entity.Name) && d.toks[m.T0].Upper && x.T1-x.T0 > m.T1-m.T0 {
			return nil
		}
	}
	c := &cand{Type: m.trig.Type, Mode: m.trig.Mode, Trig: m.trig, T0: m.T0, T1: m.T1, Sent: si, Sents: []int{si}, Quote: d.quoteAt(d.toks[m.T0].Start), DateFrom: -1}
	c.Context = append(c.Context, m.trig.Context...)
	var relative bool
	c.C0, c.C1, relative = d.clause(s, m.T0, m.T1)
	first := d.toks[m.T0].Lower
	// Passive: a participle after a form of "be" (adverbs between), or followed by "by".
	if m.trig.POS != 'n' && (strings.HasSuffix(first, "ed") || strings.HasSuffix(first, "en") || isIrregularParticiple(m.trig, first)) {
		for _, k := range d.prevWords(c.C0, m.T0, 3) {
			w := d.toks[k].Lower
			if lex.is("be", w) || w == "got" || w == "get" || w == "gets" {
				c.Passive = true
				break
			}
			if !strings.HasSuffix(w, "ly") && w != "then" && w != "also" && w != "reportedly" && w != "allegedly" && w != "all" {
				break
			}
		}
		if m.T1 < c.C1 && d.toks[m.T1].Lower == "by" {
			c.Passive = true
		}
		// "was taken to a cell and charged with fraud": a participle joined by "and" to a
		// passive shares its "was", when no object follows it. (Casualty verbs such as "was
		// shot and wounded" are left to the casualty rules.)
		if !c.Passive && c.Type != "ASSAULT" && (m.T1 >= s.T1 || !d.objectLike(m.T1) || len(m.trig.Words) > 1 && lex.is("preposition", m.trig.Words[len(m.trig.Words)-1])) && d.coordinatedPassive(s, m.T0) {
			c.Passive = true
		}
		// "... were injured and 627 arrested": a participle right after a bare figure, with
		// no object after it, is a passive whose "were" is left out.
		if d.afterBareFigure(m.T0) && (m.T1 >= c.C1 || !d.objectLike(m.T1)) {
			c.Passive = true
		}
		// "the six soldiers killed were ...": a participle between a noun and its verb is a
		// reduced relative clause, a passive that names the victims, not the killers.
		if m.T1 < c.C1 && m.T0 > c.C0 && lex.is("be", d.toks[m.T1].Lower) && d.toks[m.T0-1].Word && !lex.is("be", d.toks[m.T0-1].Lower) && !lex.is("have", d.toks[m.T0-1].Lower) {
			c.Passive = true
		}
	}
	if m.trig.Words[len(m.trig.Words)-1] == "by" {
		c.Passive = true
	}
	// "was killed" with no one named as killer reports a death: a casualty of the attack
	// told around it, like "died", not an attack of its own.
	if c.Passive && c.Type == "ASSAULT" && !m.trig.Attach && isDeathVerb(first) && !d.agentAfter(c) {
		t := *m.trig
		t.Attach = true
		c.Trig = &t
	}
	if c.Type == "ASSAULT" && (d.naturalDeath(c) || d.accidental(c) || d.mishap(c) || d.metaphor(c)) {
		return nil
	}
	if m.trig.Blast && !d.blastNear(si) {
		return nil
	}
	if m.trig.Person && !d.personUndergoes(c) {
		return nil
	}
	// "The floods forced thousands to flee", "the strike forced the firm to": a happening,
	// not someone, made them act. Making people act needs someone doing it before the verb.
	if m.trig.Person && !m.trig.Official && len(m.trig.Words) > 1 && m.trig.Words[1] == "_" && !d.agentBefore(c) {
		return nil
	}
	// "forced them to the negotiating table": "to" before a noun phrase, not a verb, takes
	// them somewhere; what happens there is the event.
	if m.trig.Person && m.trig.Words[len(m.trig.Words)-1] == "to" && m.T1 < c.C1 && lex.is("determiner", d.toks[m.T1].Lower) {
		return nil
	}
	// "rules by coercion and violence", "a deepening of repression": an abstract noun of
	// violence tells of a happening only with something concrete in its clause (a number,
	// a date, a place, a named party).
	// A party named as the noun's modifier ("official repression", "police violence") is
	// no more concrete than the noun.
	if c.Type == "ASSAULT" && m.trig.POS == 'n' && lex.is("abstract_violence", d.toks[m.T1-1].Lower) && !d.concreteIn(c.C0, m.T0-1) && !d.concreteIn(m.T1, c.C1) {
		return nil
	}
	if m.trig.Asks && !d.asksOf(c) {
		if m.T1 < c.C1 && d.toks[m.T1].Lower == "to" {
			return nil
		}
		// What is sought has not happened ("sought a referendum"): the verb still governs
		// its object, so a trigger there is absorbed, but it is no request of its own.
		c.Dropped = true
	}
	// "a villager who asked not to be named", "an aide who requested anonymity": a source
	// shielding its name is how the report is sourced, no request made of anyone.
	if c.Type == "REQUEST" && d.anonymityAsked(m.T0, s.T1) {
		return nil
	}
	if m.trig.Cued && !d.protestCueIn(s.T0, s.T1) {
		return nil
	}
	if m.trig.Venue && d.speechVenue(s, c) {
		return nil
	}
	// "Alleged" opening a sentence qualifies a noun ("Alleged Fraud Leaves ..."): no one alleges.
	if first == "alleged" && (m.T0 == s.T0 || !d.toks[m.T0-1].Word) {
		return nil
	}
	// So does "alleged" after an article or a preposition: "a report on alleged bribery",
	// "the alleged abuses" tell what someone may have done, not an accusation made here.
	if first == "alleged" && m.T0 > s.T0 && m.T1 < s.T1 && d.attributive(m.T0-1, m.T1) {
		return nil
	}
	// "suggested that" reports an inference ("the figures suggest that prices rose") unless
	// what follows is something someone should do.
	if strings.HasPrefix(first, "suggest") && m.T1 < s.T1 && d.toks[m.T1].Lower == "that" && !d.oughtAfter(m.T1, s.T1) {
		return nil
	}
	// "conceded that the port lacks fuel", "“We lost,” she conceded": a verb of
	// conceding or accepting that takes a clause, or reports what was said, admits a fact;
	// it yields nothing to anyone and accepts no offer.
	if lex.is("admission_verb", first) && (m.T1+1 < s.T1 && d.toks[m.T1].Lower == "that" && d.clauseStart(m.T1+1) || d.quoteBefore(s, m.T0)) {
		return nil
	}
	// Background told in a non-restrictive relative clause ("X, who resigned in 2019, ...")
	// is not coded for the attitudes and cooperation it mentions in passing.
	// A death told in a non-restrictive relative clause ("X, who died in 2013, ...") is
	// background about a person.
	if relative && c.Trig.Attach {
		return nil
	}
	if relative {
		switch c.Type {
		case "SUPPORT", "REJECT", "RETREAT", "AGREE", "CONCEDE", "COOPERATE", "AID":
			return nil
		}
	}
	// "on trial on charges of fraud": the charges of a trial under way are no new
	// accusation; they still govern what they name ("of murder"), which is no attack.
	if c.Type == "ACCUSE" && m.trig.POS != 'v' && d.trialCharges(s, m.T0) {
		c.Dropped = true
	}
	// "the threat of a rail strike", "the risk of a coup": what is only threatened or
	// feared has not happened. A threat word governing it still takes its mode from it.
	if d.irrealisOf(s, m.T0) || d.plannedObject(s, m) {
		c.Dropped = true
	}
	// "Such threats", "these two warnings", "ignored the warnings", "in defiance of
	// warnings": a threat named again or brushed aside is one told before, no new one.
	if c.Type == "THREATEN" && m.trig.POS == 'n' && m.trig.Weak && d.warningRecalled(s, m.T0) {
		return nil
	}
	// Releasing a photo or a report frees no one.
	if c.Type == "RETREAT" && c.Mode == "release" && m.trig.POS == 'v' {
		for k := m.T1; k < s.T1 && k <= m.T1+3; k++ {
			if lex.is("release_object", d.toks[k].Lower) {
				return nil
			}
		}
		for _, k := range d.prevWords(s.T0, m.T0, 1) {
			if lex.is("release_object", d.toks[k].Lower) {
				return nil
			}
		}
	}
	// "The police beat the marchers, the group protested on Friday": "protest" after what was
	// said, with nothing but a day or a place word after it, reports a complaint (ACCUSE).
	if c.Type == "PROTEST" && m.trig.POS == 'v' && strings.HasPrefix(first, "protest") && d.reportsProtest(s, m) {
		c.Type, c.Mode = "ACCUSE", "disapprove"
	}
	// "Israeli strikes killed nine", "army strikes on the port": a strike made by a state or
	// an armed force, or one that kills or wrecks, is a military strike, not a walkout.
	if c.Type == "PROTEST" && c.Mode == "strike" && m.trig.POS == 'n' && m.trig.Weak && d.militaryStrike(s, m) {
		c.Type, c.Mode = "ASSAULT", ""
	}
	// "The militia denied the charge": an accusation named as the object of a denial is one
	// made by others before; the denier makes none.
	if c.Type == "ACCUSE" && m.trig.POS == 'n' {
		for _, k := range d.prevWords(s.T0, m.T0, 3) {
			w := d.toks[k].Lower
			if lex.is("denial", w) {
				return nil
			}
			if !lex.is("determiner", w) && w != "all" && w != "such" {
				break
			}
		}
	}
	// "insisted the figures were right" asserts; "insisted on talks" or "insisted that
	// the army must withdraw" demands.
	if strings.HasPrefix(first, "insist") && c.Type == "REQUEST" && m.T1 < s.T1 {
		n := d.toks[m.T1].Lower
		if n != "on" && n != "upon" && !d.oughtAfter(m.T1, s.T1) {
			return nil
		}
	}
	// "must" is a demand only before a verb-like word and not as an inference ("must have").
	if first == "must" {
		n := m.T1
		for n < c.C1 && (strings.HasSuffix(d.toks[n].Lower, "ly") || lex.is("time_adverb", d.toks[n].Lower)) {
			n++ // "must now be enforced"
		}
		if n >= c.C1 || !d.toks[n].Word || d.toks[n].Lower == "have" || d.toks[n].Lower == "be" {
			return nil
		}
		c.Opinion = true
	}
	// A noun trigger that is a modifier of another noun names no happening ("protest leaders",
	// "strike committee") unless the next word is a casualty word.
	if (m.trig.POS == 'n' || m.trig.Base) && m.T1 < c.C1 {
		n := d.toks[m.T1]
		if n.Word && (n.Lower == "leader" || n.Lower == "leaders" || n.Lower == "movement" || n.Lower == "organizers" || n.Lower == "committee" || n.Lower == "group" || n.Lower == "groups") {
			return nil
		}
	}
	// A noun trigger naming the kind of an inquiry, a trial or a suspect ("the bomb probe", "a
	// murder trial", "the attack suspects") tells the inquiry, not a happening of its own.
	// A bare verb form is such a noun only with nothing before it or after an article: "discuss
	// hoax threats" is a verb and its object.
	bareNoun := m.trig.Base && (m.T0 == s.T0 || lex.is("determiner", d.toks[m.T0-1].Lower) || d.toks[m.T0-1].Lower == "'s" || d.toks[m.T0-1].Lower == "’s")
	if (m.trig.POS == 'n' || bareNoun || d.toks[m.T0].Upper && d.titleCase(s)) && m.T1 < c.C1 && lex.is("modified_head", d.toks[m.T1].Lower) {
		return nil
	}
	// A noun trigger after "to" with an object after it is a verb of another sense: "raised
	// his stick to strike the wolf", "hoped to strike a bargain" tell no strike.
	if m.trig.POS == 'n' && m.trig.Weak && !m.trig.Attach && m.T0 > s.T0 && d.toks[m.T0-1].Lower == "to" && m.T1 < c.C1 && d.dateAt(m.T1, s.T1) == m.T1 {
		n := d.toks[m.T1]
		if n.Word && !lex.is("preposition", n.Lower) && !lex.is("subordinator", n.Lower) && n.Lower != "and" && n.Lower != "or" && !lex.is("time_adverb", n.Lower) {
			return nil
		}
	}
	// A noun modifying a noun trigger of its type names no happening of its own: "protest
	// blockades" are blockades. A verb form with no subject before it (opening the sentence,
	// or after an article) is such a noun too: "Protest blockades closed the roads".
	nounForm := m.trig.POS == 'n' || m.trig.POS == 'v' && (m.T0 == s.T0 || lex.is("determiner", d.toks[m.T0-1].Lower))
	if nounForm && m.T1 < s.T1 {
		for _, t := range lex.byFirst[d.toks[m.T1].Lower] {
			// Not before a casualty word, which starts no event of its own: "the shooting
			// deaths of two men" is the shooting.
			if t.Type == m.trig.Type && t.POS == 'n' && (m.trig.POS == 'n' || !t.Attach) {
				if _, ok := d.matchWords(m.T1, s.T1, t.Words); ok {
					return nil
				}
			}
		}
	}
	// A definite noun ("the massacre", "this decree") names a happening already told.
	// A participle used as an adjective ("a freshly appointed envoy") tells no act.
	// So is one coordinated with another adjective or raised by a degree word ("a very
	// frightened and intimidated crowd"): a passive verb takes no "very".
	if m.trig.POS == 'v' && strings.HasSuffix(first, "ed") {
		// Glued by a hyphen to the word before, it is a compound adjective: "rebel-occupied
		// villages", "army-backed militias", "a Norway-brokered accord".
		if m.T0 > s.T0 {
			gap := d.text[d.toks[m.T0-1].End:d.toks[m.T0].Start]
			if gap == "-" || gap == "‐" {
				return nil
			}
		}
		prev := d.prevWords(s.T0, m.T0, 6)
		adverbsOnly := len(prev) > 0
		for i := 0; i < len(prev); i++ {
			w := d.toks[prev[i]].Lower
			if lex.is("determiner", w) {
				return nil
			}
			if (w == "and" || w == "or") && i+1 < len(prev) && strings.HasSuffix(d.toks[prev[i+1]].Lower, "ed") {
				i++
				continue
			}
			if !strings.HasSuffix(w, "ly") && !lex.is("degree", w) {
				adverbsOnly = false
				break
			}
		}
		// "Recently elected Mayor X has said ...": only adverbs between the sentence
		// start and the participle, and a noun after it, make an adjective too. "Arrested on
		// Monday, the men ..." has no adverb and a preposition after it.
		if adverbsOnly && len(prev) > 0 && prev[len(prev)-1] == d.firstWord(s) && m.T1 < s.T1 {
			if n := d.toks[m.T1]; n.Word && !lex.is("preposition", n.Lower) && !lex.is("time_adverb", n.Lower) && d.dateAt(m.T1, s.T1) == m.T1 && d.finiteAfter(s, m.T1) {
				return nil
			}
		}
	}
	if m.T0 > s.T0 {
		k := m.T0 - 1
		for k > s.T0 && (!d.toks[k].Word || d.toks[k].Lower == "so" || d.toks[k].Lower == "called" || d.toks[k].Lower == "latest" || d.toks[k].Lower == "recent") {
			k--
		}
		p := d.toks[k].Lower
		if p == "the" || p == "this" || p == "that" || p == "these" || p == "those" {
			for _, e := range d.cands {
				if e.Type == c.Type && !e.Dropped {
					c.Anaphor = true
				}
			}
		}
	}
	// Told in the background: "after a jet shot down", "to halt attacks", "in retaliation for
	// an air raid". Such mentions rank below the sentence's main act.
	if c.C0 < m.T0 && (lex.is("subordinator", d.toks[c.C0].Lower) || lex.is("relative", d.toks[c.C0].Lower)) {
		c.Backgrounded = true
	}
	if m.T0 > s.T0 {
		p := d.toks[m.T0-1].Lower
		// A gerund after a preposition ("over his part in looting") is a noun.
		gerund := m.trig.POS != 'n' && strings.HasSuffix(first, "ing")
		if p == "to" && m.trig.POS == 'v' || (m.trig.POS == 'n' || gerund) && lex.is("preposition", p) {
			c.Backgrounded = true
		}
		if m.trig.POS == 'n' && m.T0-2 >= s.T0 && lex.is("determiner", p) && lex.is("preposition", d.toks[m.T0-2].Lower) {
			c.Backgrounded = true
		}
	}
	// A habit, a purpose, a topic or a reaction tells no happening of its own (generic.go).
	if d.nonSpecific(s, c) != "" {
		return nil
	}
	c.Evidence = []testigo.Span{d.evidenceSpan(c)}
	return c
}

// naturalDeath reports whether a death is told as one of illness, age or mishap ("died of
// an unknown disease", "dying of diabetes", "died of natural causes"): no one attacked.
// Wounds, burns and the like ("died of his injuries") are an attack's casualties.
//
// The cause may come later in the clause ("the deaths may have been caused
// by a fever") or as the noun's modifier ("cholera deaths").
func (d *document) naturalDeath(c *cand) bool {
	w := d.toks[c.T0].Lower
	if !lex.is("fatal", w) && !lex.is("fatal", strings.TrimSuffix(w, "s")) && w != "dying" && w != "die" {
		return false
	}
	if c.T0 > c.C0 && lex.is("natural_death", d.toks[c.T0-1].Lower) {
		return true
	}
	for k := c.T1; k < c.C1 && k <= c.T1+14; k++ {
		w := d.toks[k].Lower
		if isClauseBreak(d.toks[k]) || w == "," {
			break
		}
		if w != "of" && w != "from" && w != "by" && w != "to" {
			continue
		}
		for j := k + 1; j < c.C1 && j <= k+5; j++ {
			t := d.toks[j]
			if !t.Word {
				break
			}
			if lex.is("natural_death", t.Lower) || j+1 < c.C1 && lex.is("natural_death", t.Lower+" "+d.toks[j+1].Lower) {
				return true
			}
		}
	}
	return false
}

// mishap reports whether a casualty word is told as the outcome of a crash, a flood or the
// like ("was killed in a car crash", "died after a landslide", "injured in the collision"):
// no one attacked.
func (d *document) mishap(c *cand) bool {
	if !c.Trig.Attach {
		return false
	}
	for k := c.T1; k < c.C1 && k <= c.T1+3; k++ {
		switch d.toks[k].Lower {
		case "in", "during", "from", "after", "when", "by":
		default:
			continue
		}
		for j := k + 1; j < c.C1 && j <= k+5; j++ {
			t := d.toks[j]
			if !t.Word || lex.is("preposition", t.Lower) && j > k+1 {
				break
			}
			if lex.is("mishap", t.Lower) {
				return true
			}
		}
		return false
	}
	return false
}

// finiteAfter reports whether a form of "be" or "have", a modal or a verb of saying comes
// after token k in the sentence, before any preposition or comma: the sentence's own verb, which a participle opening it as
// an adjective leaves to come ("Recently elected Mayor X has said"); a headline
// or a list item with its subject left out ("Falsely accused the mayor of fraud") has none.
func (d *document) finiteAfter(s sentence, k int) bool {
	for j := k; j < s.T1; j++ {
		w := d.toks[j].Lower
		// The subject the participle qualifies is a plain noun phrase: "accused the mayor of
		// fraud" goes on with the verb's own complement.
		if lex.is("preposition", w) || w == "," || isClauseBreak(d.toks[j]) {
			return false
		}
		if lex.is("be", w) && w != "be" && w != "been" && w != "being" || lex.is("have", w) && w != "having" || lex.is("modal", w) || lex.is("speech", w) {
			return true
		}
	}
	return false
}

// plannedObject reports whether an event noun is the object of a verb of planning ("is
// preparing a spring offensive", "plan their raids", "the planned deployment"): it has not
// happened yet.
func (d *document) plannedObject(s sentence, m match) bool {
	if m.trig.POS != 'n' && !m.trig.Base && !strings.HasSuffix(d.toks[m.T0].Lower, "s") {
		return false
	}
	definite := false
	for j := m.T0 - 1; j >= s.T0 && j >= m.T0-4; j-- {
		t := d.toks[j]
		if lex.is("planning_verb", t.Lower) {
			if j == m.T0-1 && m.trig.POS != 'n' {
				return false // "the plan calls for": a noun and its verb
			}
			// "those who planned the coup were killed": a planned happening told as
			// definite in the past took place.
			return !(definite && strings.HasSuffix(t.Lower, "ed"))
		}
		if lex.is("determiner", t.Lower) && t.Lower != "a" && t.Lower != "an" && t.Lower != "some" && t.Lower != "any" {
			definite = true
		}
		if !t.Word || lex.is("preposition", t.Lower) || lex.is("be", t.Lower) {
			return false
		}
	}
	return false
}

// firstWord returns the first word token of a sentence, or -1.
func (d *document) firstWord(s sentence) int {
	for k := s.T0; k < s.T1; k++ {
		if d.toks[k].Word {
			return k
		}
	}
	return -1
}

// irrealisOf reports whether the noun phrase at token k is what a threat, a risk or a
// prospect is of: "the threat of a rail strike", "fears of fresh attacks".
func (d *document) irrealisOf(s sentence, k int) bool {
	j := d.skipModifiers(s.T0, k, 3, true)
	return j-2 >= s.T0 && d.toks[j-1].Lower == "of" && lex.is("irrealis_head", d.toks[j-2].Lower)
}

// afterPreposition reports whether the noun phrase of the noun at token k follows a
// preposition: "in a local referendum".
func (d *document) afterPreposition(s sentence, k int) bool {
	j := d.skipModifiers(s.T0, k, 3, true)
	return j > s.T0 && j < k && lex.is("preposition", d.toks[j-1].Lower)
}

// clauseStart reports whether token k can open a clause after "that": an article, a
// pronoun, a name or a number ("that the army", "that they", "that Lima"), not a noun that
// "that" points at ("accepted that offer").
func (d *document) clauseStart(k int) bool {
	t := d.toks[k]
	if t.Upper || isDigits(t.Lower) {
		return true
	}
	switch t.Lower {
	case "i", "we", "you", "there", "it", "them":
		return true
	}
	return t.Lower != "that" && (lex.is("determiner", t.Lower) || lex.is("pronoun_person", t.Lower) || lex.is("pronoun_group", t.Lower))
}

// quoteBefore reports whether a quotation mark comes within the four tokens before k: the
// verb reports the words quoted ("“We lost,” the mayor conceded").
func (d *document) quoteBefore(s sentence, k int) bool {
	for j := k - 1; j >= s.T0 && j >= k-4; j-- {
		if isQuote(d.toks[j]) {
			return true
		}
	}
	return false
}

// accidental reports whether a trigger is told as an accident ("the device detonated
// accidentally", "an accidental explosion"): a mishap, not an attack. An accidental shooting
// stays: gun-violence records count its casualties.
func (d *document) accidental(c *cand) bool {
	if c.Mode == "firearms" {
		return false
	}
	for k := max(c.C0, c.T0-2); k < c.C1 && k <= c.T1+1; k++ {
		if lex.is("accident", d.toks[k].Lower) {
			return true
		}
	}
	return false
}

// hasGuest reports whether a trigger such as "host" has a guest or a meeting after it: a
// named party or a meeting word within four words ("hosted the Chilean minister", "will host
// the summit"), or its agent ("a lunch hosted by the ambassador").
func (d *document) hasGuest(s sentence, m match) bool {
	for k := m.T1; k < s.T1 && k <= m.T1+4; k++ {
		t := d.toks[k]
		if k == m.T1 && t.Lower == "by" || lex.is("meeting_noun", t.Lower) {
			return true
		}
		for _, x := range d.mentions {
			if x.T0 == k && !x.Generic {
				return true
			}
		}
		if isClauseBreak(t) || t.Lower == "," {
			break
		}
	}
	return false
}

// personUndergoes reports whether a person or a group undergoes the act of c: the object
// after an active verb ("executed the activist", "executed him"), the subject before a
// passive one ("three men were executed", "he was executed"), the object in the gap of a
// phrase ("forced the villagers to"), the "of" phrase after a noun or its possessor ("the
// execution of the activist", "before his execution").
func (d *document) personUndergoes(c *cand) bool {
	mentionAt := func(k int) bool {
		for _, x := range d.mentions {
			if x.T0 <= k && k < x.T1 {
				return true
			}
		}
		return false
	}
	gapObject := len(c.Trig.Words) > 1 && c.Trig.Words[1] == "_"
	if c.Passive && !gapObject {
		for k := c.T0 - 1; k >= c.C0; k-- {
			if mentionAt(k) || lex.is("pronoun_person", d.toks[k].Lower) || d.toks[k].Lower == "they" {
				return true
			}
		}
		return false
	}
	k := c.T1
	if gapObject {
		// "allowed the refugees to return": the object is in the phrase's gap, and a
		// passive with none there ("were forced to close") names no one made to act.
		k = c.T0 + 1
	}
	if c.Trig.POS == 'n' {
		if k < c.C1 && d.toks[k].Lower == "of" {
			k++
		} else {
			p := c.T0 - 1
			return p >= c.C0 && (lex.is("possessive_person", d.toks[p].Lower) || mentionAt(p))
		}
	}
	if gapObject {
		// Someone named anywhere in the gap is made to act: "obliging state workers to".
		// A gap closed by the "to" of a number ("allow up to 900 exiles to") reads on.
		end := c.T1
		if d.inQuantity(c.T1 - 1) {
			end = min(c.C1, c.T1+6)
		}
		for ; k < end; k++ {
			if mentionAt(k) || lex.is("object_person", d.toks[k].Lower) {
				return true
			}
		}
		return false
	}
	for ; k < c.C1 && k <= c.T1+4; k++ {
		w := d.toks[k].Lower
		if mentionAt(k) || lex.is("object_person", w) {
			return true
		}
		if !lex.is("determiner", w) && !d.inQuantity(k) {
			return false
		}
	}
	return false
}

// blastNear reports whether an explosion is told in sentence si or the two before it.
func (d *document) blastNear(si int) bool {
	for i := max(0, si-2); i <= si; i++ {
		s := d.sents[i]
		for k := s.T0; k < s.T1; k++ {
			if lex.is("blast_word", d.toks[k].Lower) {
				return true
			}
		}
	}
	return false
}

// agentBefore reports whether someone is named in the clause before a trigger: an actor
// mention or a personal pronoun.
func (d *document) agentBefore(c *cand) bool {
	for _, x := range d.mentions {
		if x.T0 < c.T0 && x.T1 > c.C0 {
			return true
		}
	}
	for k := c.C0; k < c.T0; k++ {
		w := d.toks[k].Lower
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // "they're", "we’ve"
		}
		if lex.is("pronoun_person", w) || lex.is("pronoun_subject", w) {
			return true
		}
	}
	return false
}

// inQuantity reports whether token k is part of a number or a vague quantity ("up to
// 13,000", "dozens of").
func (d *document) inQuantity(k int) bool {
	t := d.toks[k]
	for _, q := range d.quants {
		if q.Start <= t.Start && t.End <= q.End {
			return true
		}
	}
	return false
}

// metaphor reports whether a word of attack has an illness, a fire or a social ill as its
// target ("to attack the virus", "no disease to battle"): a figure of speech.
func (d *document) metaphor(c *cand) bool {
	for k := max(c.C0, c.T0-3); k < c.C1 && k <= c.T1+3; k++ {
		if k >= c.T0 && k < c.T1 {
			continue
		}
		if lex.is("metaphor_target", d.toks[k].Lower) {
			return true
		}
	}
	return false
}

// oughtAfter reports whether a "should", "must" or "ought" comes within the fifteen tokens
// after k.
func (d *document) oughtAfter(k, end int) bool {
	for j := k + 1; j < end && j <= k+15; j++ {
		switch d.toks[j].Lower {
		case "should", "must", "ought", "shall":
			return true
		}
	}
	return false
}

// policeOnly reports whether every actor of a list is police and there is one.
func policeOnly(actors []testigo.Entity) bool {
	for _, a := range actors {
		if a.Sector != "COP" {
			return false
		}
	}
	return len(actors) > 0
}

// concreteIn reports whether a place, a date, a number or a named party lies in tokens
// [t0, t1).
func (d *document) concreteIn(t0, t1 int) bool {
	if t0 >= t1 {
		return false
	}
	lo, hi := d.toks[t0].Start, d.toks[t1-1].End
	in := func(sp testigo.Span) bool { return sp.Start >= lo && sp.Start < hi }
	for _, p := range d.places {
		if in(p.Span) {
			return true
		}
	}
	for _, x := range d.dates {
		if in(x.Span) && usableDate(x) && len(x.Value) >= 4 {
			return true
		}
	}
	for _, q := range d.quants {
		if in(q.Span) {
			return true
		}
	}
	for _, m := range d.mentions {
		if in(m.Span) && !m.Generic {
			return true
		}
	}
	return false
}

// needsActor reports whether an event is only coded with someone holding or giving it: an
// attitude, a promise or a help told in the passive with no agent ("a deal had been offered")
// or with no subject ("I don't agree" in an unnamed voice) is no happening a coder can record.
func needsActor(c *cand) bool {
	switch c.Type {
	case "AGREE", "SUPPORT", "REJECT", "CONCEDE", "COOPERATE", "MOBILIZE", "AID":
		return true
	}
	return false
}

// stanceTo reports whether a participle states a stance towards something ("is opposed to",
// "is committed to"): an adjective, not a passive.
func (d *document) stanceTo(c *cand) bool {
	return c.T1 < c.C1 && d.toks[c.T1].Lower == "to"
}

// hasSubject reports whether the clause has words before its trigger that can name who
// acts: a name, a noun, a third-person pronoun; not "I", "it", "there" or function words.
func (d *document) hasSubject(c *cand) bool {
	for k := c.C0; k < c.T0; k++ {
		t := d.toks[k]
		if !t.Word {
			continue
		}
		switch t.Lower {
		case "i", "we", "you", "it", "there", "also", "then", "still", "now":
			continue
		}
		if lex.is("determiner", t.Lower) || lex.is("modal", t.Lower) || lex.is("be", t.Lower) || lex.is("have", t.Lower) ||
			lex.is("negation", t.Lower) || lex.is("subordinator", t.Lower) || lex.is("relative", t.Lower) || lex.is("preposition", t.Lower) ||
			strings.HasSuffix(t.Lower, "ly") || t.Lower == "t" || t.Lower == "n't" || t.Lower == "do" || t.Lower == "did" || t.Lower == "does" || t.Lower == "don" {
			continue
		}
		return true
	}
	return false
}

// isDeathVerb reports whether a participle tells a death: "killed", "slain", "murdered".
func isDeathVerb(w string) bool {
	switch w {
	case "killed", "slain", "murdered":
		return true
	}
	return false
}

// agentAfter reports whether a passive trigger names its agent: "killed by gunmen", "killed
// in an air strike" (a means that is itself an attack), "killed when a bomb exploded".
func (d *document) agentAfter(c *cand) bool {
	for k := c.T1; k < c.C1 && k < c.T1+8; k++ {
		w := d.toks[k].Lower
		if w == "by" && k+1 < len(d.toks) {
			return true
		}
	}
	return false
}

// isIrregularParticiple reports whether a verb form is a participle listed in the lexicon
// (the third of a "base/past/participle/..." entry).
func isIrregularParticiple(t *trigger, w string) bool {
	switch w {
	case "shot", "beaten", "slain", "hurt", "withdrawn", "struck", "sought", "held", "taken", "hit", "seen", "given", "sworn", "forced", "blown", "thrown", "freed", "set":
		return true
	}
	return false
}

// governs lets a governing trigger (asked, threatened, refused, agreed ...) take the mode of
// its complement and absorb the triggers inside it: "demanded that X resign" is one REQUEST.
func (d *document) governs(s sentence, sc []*cand) {
	for i, g := range sc {
		if !g.Trig.Gov || g.Absorbed {
			continue
		}
		end := d.complementEnd(s, g)
		var inner []*cand
		for _, c := range sc[i+1:] {
			if c.T0 >= g.T1 && c.T0 < end && !c.Absorbed {
				c.Absorbed = true
				inner = append(inner, c)
			}
		}
		// "is prepared to impose martial law": readiness to coerce is a threat.
		if g.Type == "AGREE" && len(inner) > 0 {
			switch inner[0].Type {
			case "ASSAULT", "COERCE", "SANCTION", "MOBILIZE":
				g.Type = "THREATEN"
			}
		}
		if g.Mode == "" {
			g.Mode = d.complementMode(g, inner, g.T1, end)
		}
		if g.Type == "REQUEST" || g.Type == "REJECT" || g.Type == "THREATEN" || g.Type == "AGREE" {
			g.C1 = max(g.C1, end)
			g.Evidence = []testigo.Span{d.evidenceSpan(g)}
		}
	}
}

// complementEnd returns where the complement of a governing trigger ends.
func (d *document) complementEnd(s sentence, g *cand) int {
	end := g.T1
	words := 0
	for end < s.T1 && words < 16 {
		t := d.toks[end]
		if t.Lower == ";" || t.Lower == "—" || t.Lower == "–" || t.Lower == "(" || t.Lower == ")" {
			break
		}
		if t.Lower == "," && words > 0 {
			break
		}
		if t.Word {
			words++
		}
		end++
	}
	return end
}

// complementMode returns the mode a governing trigger takes from what it governs.
func (d *document) complementMode(g *cand, inner []*cand, t0, t1 int) string {
	for _, c := range inner {
		if m := modeFromInner(g.Type, c); m != "" {
			return m
		}
	}
	best, bestAt := "", t1+1
	for _, cue := range lex.modes {
		if cue.Type != g.Type || cue.Where != 'c' {
			continue
		}
		for k := t0; k < t1 && k < bestAt; k++ {
			if _, ok := cueAt(d.toks, k, t1, cue.Words); ok {
				best, bestAt = cue.Mode, k
				break
			}
		}
	}
	return best
}

// modeFromInner maps the type of a governed event onto the governing type's mode.
func modeFromInner(gov string, c *cand) string {
	switch gov {
	case "THREATEN":
		switch {
		case c.Type == "COERCE" && c.Mode == "arrest", c.Type == "ACCUSE" && c.Mode == "allege", c.Type == "SANCTION" && c.Mode == "convict":
			return "arrest"
		case c.Type == "COERCE" && c.Mode == "deport", c.Type == "SANCTION" && c.Mode == "expel":
			return "expel"
		case c.Type == "ASSAULT", c.Type == "MOBILIZE":
			return "violence"
		case c.Type == "COERCE", c.Type == "PROTEST" && (c.Mode == "obstruct" || c.Mode == "strike" || c.Mode == "boycott"):
			return "restrict"
		case c.Type == "SANCTION":
			return "relations"
		}
	case "REQUEST", "REJECT":
		switch {
		case c.Type == "RETREAT" && c.Mode == "resign":
			return "change"
		case c.Type == "CONSULT":
			return "meet"
		case c.Type == "RETREAT", c.Type == "CONCEDE":
			return "yield"
		case c.Type == "AID":
			return "assist"
		}
	}
	return ""
}

// modality reads negation, modal verbs and conditions before a trigger: a negated event is
// dropped, a threatened arrest becomes THREATEN, a promised cooperation AGREE, a hypothetical
// one is flagged.
func (d *document) modality(s sentence, c *cand) {
	prev := d.prevWords(c.C0, c.T0, 7)
	var modal, possible, epistemic, cond, neg, verbNeg bool
	for n, k := range prev {
		w := d.toks[k].Lower
		if lex.is("negation", w) && n < 4 {
			// "not only" is no negation, nor is a plea of "not guilty" to a charge.
			if !(w == "not" && k+1 < len(d.toks) && (d.toks[k+1].Lower == "only" || d.toks[k+1].Lower == "guilty")) {
				neg = true
				if n < 3 && w != "no" && w != "without" && w != "neither" && w != "nor" {
					verbNeg = true
				}
			}
		}
		if lex.is("modal", w) && n < 6 && !(w == "may" && d.toks[k].Upper) {
			modal = true
			if w == "can" || w == "could" || w == "may" || w == "might" {
				possible = true
			}
			if k+1 < len(d.toks) && d.toks[k+1].Lower == "have" {
				epistemic = true
			}
		}
	}
	for k := c.C0; k < c.T0; k++ {
		w := d.toks[k].Lower
		if lex.is("hypothesis", w) {
			cond = true
		}
		// "neither she nor her two sons were hurt": a denied casualty.
		if (w == "neither" || w == "nor") && c.T0-k <= 8 && c.Trig.Attach {
			neg = true
		}
		if (w == "no" || w == "without") && c.T0-k <= 6 {
			neg = true
		}
		if k+1 < c.T0 && (lex.is("negverb", w+" "+d.toks[k+1].Lower) || lex.is("intention", w+" "+d.toks[k+1].Lower)) && c.T0-k <= 6 {
			if lex.is("negverb", w+" "+d.toks[k+1].Lower) {
				neg = true
			} else {
				modal = true
			}
		}
	}
	if neg {
		// Refusing to cooperate is a rejection: "will not accept", "would not meet".
		switch c.Type {
		case "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID":
			if c.Trig.POS != 'n' && verbNeg && !c.Trig.Weak {
				c.Type, c.Mode = "REJECT", ""
				return
			}
		}
		c.Negated = true
		c.Dropped = true
		return
	}
	if !modal && !cond {
		return
	}
	if epistemic || (c.Trig.Weak && (c.Type == "ASSAULT" || c.Type == "PROTEST")) {
		// A vague word under a modal ("there may be a battle") is no threat, and no event
		// to record either: nothing says it happened or anyone means to do it.
		c.Hypothetical = true
		if c.Trig.Weak && (c.Type == "ASSAULT" || c.Type == "PROTEST") {
			c.Dropped = true
		}
		return
	}
	// "if he is convicted": a condition with no one's will in it is no threat.
	// "where they can face prison sentences": a court's possible verdict threatens no one.
	if cond && !modal || possible && c.Type == "SANCTION" && c.Mode == "convict" {
		c.Hypothetical = true
		return
	}
	// "announced it would freeze the junta's assets": a sanction announced as decided is imposed, not
	// threatened (a warning or a condition still makes it a threat).
	if c.Type == "SANCTION" && c.Mode != "convict" && !cond && d.announcedBefore(s, c) {
		return
	}
	switch {
	case c.Type == "COERCE" && c.Mode == "arrest", c.Type == "ACCUSE" && c.Mode == "allege", c.Type == "SANCTION" && c.Mode == "convict":
		c.Type, c.Mode = "THREATEN", "arrest"
	case c.Type == "COERCE" && c.Mode == "deport":
		c.Type, c.Mode = "THREATEN", "expel"
	case c.Type == "THREATEN", c.Type == "REQUEST", c.Type == "AGREE", c.Type == "REJECT", c.Type == "ACCUSE":
		// Verbal acts stay what they are: "will not accept" is still a rejection.
		if cond {
			c.Hypothetical = true
		}
	case cond:
		c.Hypothetical = true
	case c.Type == "ASSAULT" || c.Type == "MOBILIZE":
		c.Type, c.Mode = "THREATEN", "violence"
	case c.Type == "SANCTION":
		c.Type, c.Mode = "THREATEN", "relations"
	case c.Type == "COERCE" || (c.Type == "PROTEST" && c.Mode != "demo"):
		c.Type, c.Mode = "THREATEN", "restrict"
	case c.Type == "RETREAT" && c.Mode == "withdraw":
		c.Type, c.Mode = "THREATEN", "relations"
	case c.Type == "CONSULT" || c.Type == "AID" || c.Type == "COOPERATE" || c.Type == "CONCEDE" || c.Type == "SUPPORT" || c.Type == "RETREAT" && c.Mode == "release":
		c.Type, c.Mode = "AGREE", ""
	default:
		c.Hypothetical = true
	}
}

// evidenceSpan returns a clause-sized span around a trigger: from the subject (or the
// clause start) to the end of the clause, trimmed of punctuation.
func (d *document) evidenceSpan(c *cand) testigo.Span {
	c0, c1 := c.C0, c.C1
	// Keep long clauses readable: at most 12 words before and 30 after the trigger, and
	// never across a line break (a headline run into its first sentence).
	for k := c.T0 - 1; k >= c0; k-- {
		if strings.Contains(d.text[d.toks[k].End:d.toks[k+1].Start], "\n") {
			c0 = k + 1
			break
		}
	}
	limit := 12
	if c.Trig.POS == 'n' && c.Type != "PROTEST" {
		// A noun's evidence starts at the words that govern it: "ordering the expulsion".
		limit = 3
	}
	if n := d.countWords(c0, c.T0); n > limit {
		for n > limit && c0 < c.T0 {
			if d.toks[c0].Word {
				n--
			}
			c0++
		}
	}
	if n := d.countWords(c.T1, c1); n > 30 {
		k, w := c.T1, 0
		for k < c1 && w < 30 {
			if d.toks[k].Word {
				w++
			}
			k++
		}
		c1 = k
	}
	// Do not start inside a name or a number: "Security forces", "Hundreds of farmers".
	for _, m := range d.mentions {
		if m.T0 < c0 && c0 < m.T1 && m.T0 >= c.C0 {
			c0 = m.T0
		}
	}
	for _, q := range d.quants {
		if q0, q1 := d.tokenRange(q.Span); q0 < c0 && c0 <= q1+1 && q0 >= c.C0 {
			c0 = q0
		}
	}
	// Never start on a possessive 's, which the limit above may reach: its owner comes
	// with it ("the army's side of", not "'s side of").
	if c0 < c.T0 && d.toks[c0].Lower == "'s" {
		if c0 > c.C0 {
			c0--
		} else {
			c0++
		}
	}
	for c0 < c.T0 && !d.toks[c0].Word && !isQuote(d.toks[c0]) {
		c0++
	}
	// Skip a leading subordinator or relative word: the clause starts after it.
	if c0 < c.T0 && (lex.is("subordinator", d.toks[c0].Lower) || lex.is("relative", d.toks[c0].Lower)) && c0+1 < c.T0 {
		c0++
	}
	for c1 > c.T1 && !d.toks[c1-1].Word && !isQuote(d.toks[c1-1]) && d.toks[c1-1].Lower != "." {
		c1--
	}
	if c1 <= c0 {
		c1 = c.T1
	}
	return testigo.Span{Start: d.toks[c0].Start, End: d.toks[c1-1].End}
}

func (d *document) countWords(t0, t1 int) int {
	n := 0
	for k := t0; k < t1; k++ {
		if d.toks[k].Word {
			n++
		}
	}
	return n
}

// titleCase reports whether most words of a sentence are capitalized (a headline).
func (d *document) titleCase(s sentence) bool {
	words, caps := 0, 0
	for k := s.T0; k < s.T1; k++ {
		if t := d.toks[k]; t.Word && len(t.Lower) > 3 {
			words++
			if t.Upper {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*6
}

// asksOf reports whether a verb of seeking asks something of another party: a thing one is
// given by others (help, asylum, the release of prisoners, an official's ouster) within a few
// words after it, or "from" in its clause ("sought guarantees from the envoy"). "Sought to
// widen the road" (an attempt), "sought a second term" and "what the chairman wants from
// the charter" ask nothing of anyone.
func (d *document) asksOf(c *cand) bool {
	if c.T1 < c.C1 && d.toks[c.T1].Lower == "to" {
		return false // an attempt: "sought to widen the road"
	}
	for k := c.T1; k < c.C1; k++ {
		w := d.toks[k].Lower
		if w == "from" {
			return true
		}
		if k < c.T1+5 && lex.is("ask_object", w) {
			return true
		}
	}
	return false
}

// speechVenue reports whether a gathering noun only places a speech by someone in office or
// by an unnamed "he": "speaking at a rally of port staff, he said ...", "the governor told
// a rally in the harbour". A rally told with a protest word in its clause ("at a rally against the new
// law") or where a named union, party or group speaks is still a protest.
func (d *document) speechVenue(s sentence, c *cand) bool {
	for k := c.C0; k < c.C1; k++ {
		w := d.toks[k].Lower
		if lex.is("protest_cue", w) || strings.HasPrefix(w, "anti-") {
			return false
		}
	}
	venue := false
	for _, k := range d.prevWords(s.T0, c.T0, 3) {
		w := d.toks[k].Lower
		if w == "at" || w == "during" || w == "addressed" || w == "addressing" || w == "told" || w == "addresses" {
			venue = true
			break
		}
		if !lex.is("determiner", w) && !d.toks[k].Word {
			break
		}
	}
	if !venue {
		return false
	}
	for k := s.T0; k < s.T1; k++ {
		w := d.toks[k].Lower
		if !lex.is("speech", w) && w != "told" && !strings.HasPrefix(w, "address") && !strings.HasPrefix(w, "spoke") {
			continue
		}
		// The speaker: a mention right before the verb or, inverted, right after it.
		after := k + 1
		if after < s.T1 && lex.is("determiner", d.toks[after].Lower) {
			after++
		}
		for _, i := range d.mentionsIn(s.T0, s.T1) {
			m := d.mentions[i]
			if m.T1 == k || m.T0 == after {
				return officialActor([]testigo.Entity{m.Entity}) && m.Entity.Sector != "OPP" && m.Entity.Sector != "PTY"
			}
		}
		return true
	}
	return false
}

// officialActor reports whether one of an event's actors holds office or speaks for a state
// or an international body: a person or organization of government, legislature, judiciary,
// the military or intelligence, a state, or an intergovernmental body. A unit ("troops") is
// a group: its arrival is a deployment, not a visit.
func officialActor(actors []testigo.Entity) bool {
	for _, e := range actors {
		if e.Kind == testigo.KindState || e.Code == "UNO" || e.Code == "IGO" || e.Code == "EUR" {
			return true
		}
		if e.Kind == testigo.KindGroup {
			continue
		}
		switch e.Sector {
		case "GOV", "LEG", "JUD", "MIL", "SPY", "PTY", "OPP":
			return true
		}
	}
	return false
}

// protestClash recodes a clash that demonstrators take part in: in ACLED demonstrators who
// engage in violence riot (Riots, Violent demonstration), a clash between armed forces is a
// battle; in PLOVER a violent demonstration is PROTEST riot. The demonstrators become the
// actor, the side they clashed with the recipient.
func (d *document) protestClash(c *cand) {
	protesters := func(list []testigo.Entity) bool {
		for _, e := range list {
			f := strings.Fields(strings.ToLower(e.Name))
			if len(f) > 0 && lex.is("protest_participant", f[len(f)-1]) {
				return true
			}
		}
		return false
	}
	switch {
	case protesters(c.Actor):
	case protesters(c.Recipient):
		c.Actor, c.Recipient = c.Recipient, c.Actor
	default:
		return
	}
	c.Type, c.Mode = "PROTEST", "riot"
}

// protesterViolence recodes an attack done by demonstrators with their hands, stones or
// fire: in ACLED a violent demonstration (Riots), in PLOVER PROTEST riot, or vandalize when
// it destroys property ("protesters stormed the parliament", "marchers set fire to the
// town hall"). Weapons of war keep it an attack.
func (d *document) protesterViolence(c *cand) {
	if len(c.Actor) == 0 {
		return
	}
	for _, e := range c.Actor {
		f := strings.Fields(strings.ToLower(e.Name))
		if len(f) == 0 || !lex.is("protest_participant", f[len(f)-1]) {
			return
		}
	}
	switch c.Mode {
	case "":
		c.Type, c.Mode = "PROTEST", "riot"
	case "destroy":
		c.Type, c.Mode = "PROTEST", "vandalize"
	}
}

// topics absorbs the events named as the topic of talks: "talks on a withdrawal of border guards",
// "talks over a ceasefire", "discussed sanctions" tell a meeting, not a withdrawal, a truce
// or sanctions. The topic is the phrase after "on", "over", "about" (or the object of a
// verb of discussing) up to the next comma or subordinate clause; a date there ("talks on
// Monday") is no topic and is skipped.
func (d *document) topics(s sentence, sc []*cand) {
	for _, g := range sc {
		if g.Type != "CONSULT" || g.Absorbed || g.T1 >= s.T1 {
			continue
		}
		start := g.T1
		if e := d.dateAt(start, s.T1); e > start && e < s.T1 {
			start = e // "talks yesterday on ...", "talks on Monday over ..."
		}
		w := d.toks[start].Lower
		switch {
		case w == "on" || w == "over" || w == "about" || w == "regarding" || w == "concerning":
			start++
		case g.Trig.POS == 'v' && strings.HasPrefix(d.toks[g.T0].Lower, "discuss"):
		default:
			continue
		}
		end := start
		for end < s.T1 && end < start+12 {
			t := d.toks[end]
			if t.Lower == "," || isClauseBreak(t) || lex.is("subordinator", t.Lower) || lex.is("relative", t.Lower) {
				break
			}
			end++
		}
		for _, c := range sc {
			if c != g && !c.Absorbed && c.T0 >= start && c.T0 < end && (c.Trig.POS == 'n' || c.Trig.Base) {
				c.Absorbed = true
			}
		}
	}
}

// reportsProtest reports whether a verb of protest closes a sentence as a reporting verb: a
// comma a few words before it, at least four words of what was said before that comma (a
// main clause, not an opening phrase), at most three words after it, none a preposition,
// and no crowd as its subject ("..., the guild protested on Friday"; not "...,
// thousands protested in the capital" nor "After the vote, students protested").
func (d *document) reportsProtest(s sentence, m match) bool {
	after := 0
	for k := m.T1; k < s.T1; k++ {
		t := d.toks[k]
		if !t.Word {
			continue
		}
		if e := d.dateAt(k, s.T1); e > k {
			after++ // "on Tuesday"
			k = e - 1
			continue
		}
		if lex.is("preposition", t.Lower) || t.Lower == "outside" || t.Lower == "against" {
			return false
		}
		after++
	}
	if after > 3 {
		return false
	}
	// What comes before the comma must be a main clause, not "After the vote, ...".
	k0 := s.T0
	for k0 < m.T0 && !d.toks[k0].Word {
		k0++
	}
	if w := d.toks[k0].Lower; lex.is("subordinator", w) || lex.is("preposition", w) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	for k := m.T0 - 1; k > k0 && k >= m.T0-8; k-- {
		w := d.toks[k].Lower
		if w == "," {
			return d.countWords(s.T0, k) >= 4
		}
		// "..., thousands protested": a crowd protests in the street.
		if lex.is("protest_participant", w) || lex.is("crowd_word", w) || w == "and" || w == "but" || !d.toks[k].Word && !isQuote(d.toks[k]) && w != "'" {
			return false
		}
	}
	return false
}

// announcedBefore reports whether a verb announcing a decision ("announced", "decided")
// comes within ten tokens before a trigger, with no word of warning or threat between and
// no condition after it.
func (d *document) announcedBefore(s sentence, c *cand) bool {
	found := false
	for k := max(s.T0, c.T0-10); k < c.T0; k++ {
		w := d.toks[k].Lower
		if lex.is("decision_verb", w) {
			found = true
		}
		if strings.HasPrefix(w, "warn") || strings.HasPrefix(w, "threat") || lex.is("hypothesis", w) {
			return false
		}
	}
	if !found {
		return false
	}
	for k := c.T1; k < s.T1; k++ {
		if lex.is("hypothesis", d.toks[k].Lower) {
			return false // "... would suspend aid if the vote went ahead"
		}
	}
	return true
}

// officialSubject reports whether the words before a trigger in its clause name an
// office-holder or an official party the actor stage left unnamed ("a delegation from the
// union arrived in ...").
func (d *document) officialSubject(c *cand) bool {
	for k := c.C0; k < c.T0; k++ {
		if lex.is("official_noun", d.toks[k].Lower) {
			return true
		}
	}
	return false
}

// trialCharges reports whether the charge noun at token k is the ground of a trial: "trial
// on charges", "trial for a charge of".
func (d *document) trialCharges(s sentence, k int) bool {
	if k > s.T0 && (d.toks[k-1].Lower == "a" || d.toks[k-1].Lower == "the") {
		k--
	}
	if k-2 < s.T0 {
		return false
	}
	p, t := d.toks[k-1].Lower, d.toks[k-2].Lower
	return (p == "on" || p == "for") && (t == "trial" || t == "trials")
}

// warningRecalled reports whether the threat noun at token k is named again or brushed
// aside: within three words before it, "such", "these" or "those", or a word of defiance
// ("ignored", "despite").
func (d *document) warningRecalled(s sentence, k int) bool {
	for _, j := range d.prevWords(s.T0, k, 3) {
		w := d.toks[j].Lower
		if lex.is("warning_recalled", w) || lex.is("warning_dismissed", w) {
			return true
		}
	}
	return false
}

// anonymityAsked reports whether the request at t0 is for a source's anonymity: "asked
// not to be named", "requested anonymity", "asked that he not be identified".
func (d *document) anonymityAsked(t0, end int) bool {
	negated := false
	for k := t0 + 1; k < end && k <= t0+8; k++ {
		w := d.toks[k].Lower
		switch {
		case lex.is("anonymity", w):
			return true
		case lex.is("negation", w):
			negated = true
		case negated && lex.is("anonymity_participle", w) && lex.is("be", d.toks[k-1].Lower):
			return true
		}
	}
	return false
}

// attributive reports whether the word between tokens prev and next is an adjective before a
// noun: an article or a preposition before it, a lower-case word after it that opens no
// clause ("the alleged abuses", "on alleged bribery"; not "alleged that", "alleged the").
func (d *document) attributive(prev, next int) bool {
	p, n := d.toks[prev], d.toks[next]
	if !p.Word || !(lex.is("determiner", p.Lower) && p.Lower != "that" || lex.is("preposition", p.Lower)) {
		return false
	}
	return n.Word && !n.Upper && !lex.is("determiner", n.Lower) && !lex.is("preposition", n.Lower) &&
		!lex.is("pronoun_subject", n.Lower) && !lex.is("pronoun_person", n.Lower) && !lex.is("object_person", n.Lower)
}

// protestCueIn reports whether a protest word ("demanding", "against", "anti-") stands
// among tokens t0..t1.
func (d *document) protestCueIn(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if w := d.toks[k].Lower; lex.is("protest_cue", w) || strings.HasPrefix(w, "anti-") {
			return true
		}
	}
	return false
}

// coordinatedPassive reports whether the participle at t0 follows "and" that closes a
// passive clause: a form of "be" then a participle ("was taken ... and charged"), with no
// other verb form or clause break between.
func (d *document) coordinatedPassive(s sentence, t0 int) bool {
	if t0-1 <= s.T0 || d.toks[t0-1].Lower != "and" {
		return false
	}
	for k := t0 - 2; k > s.T0 && k >= t0-12; k-- {
		t := d.toks[k]
		if !t.Word || lex.is("subordinator", t.Lower) || lex.is("relative", t.Lower) || t.Lower == "and" {
			return false
		}
		if lex.is("be", t.Lower) {
			n := d.toks[k+1].Lower
			return strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") || isIrregularParticiple(nil, n)
		}
	}
	return false
}

// militaryStrike reports whether the bare noun "strike(s)" at m is an armed strike: the verb
// right after it kills or wrecks ("strikes killed", "the strike destroyed"), or the word before
// it names a country ("Israeli strikes", "Turkish strikes") or an armed force ("army
// strikes", "the coalition's strikes"). "Rail strikes hit commuters" stays a walkout: "hit"
// is too common a verb of disruption to count.
func (d *document) militaryStrike(s sentence, m match) bool {
	if m.T1 < s.T1 {
		if w := d.toks[m.T1].Lower; lex.is("fatal", w) || lex.is("strike_damage", w) {
			return true
		}
	}
	k := m.T0 - 1
	if k >= s.T0 && (d.toks[k].Lower == "'s" || d.toks[k].Lower == "’s") {
		k--
	}
	if k < s.T0 || !d.toks[k].Word {
		return false
	}
	// "French strikes over pensions" are walkouts: a country word counts only in a sentence
	// with no word of work or pay.
	if code, ok := actor.CountryCode(d.text[d.toks[k].Start:d.toks[k].End]); ok && code != "" {
		for j := s.T0; j < s.T1; j++ {
			if lex.is("labour_cue", d.toks[j].Lower) {
				return false
			}
		}
		return true
	}
	for _, i := range d.mentionsIn(s.T0, m.T0) {
		if mt := d.mentions[i]; mt.T1 == k+1 && mt.Entity.Sector == "MIL" {
			return true
		}
	}
	return false
}

// reducedPassives marks as passive a participle that follows the object of an earlier verb
// of its clause with no object of its own: in "kidnappers freed 14 passengers seized on the
// road", the passengers were seized; they seized no one.
func (d *document) reducedPassives(sc []*cand) {
	for _, c := range sc {
		if c.Passive || c.Absorbed || c.Trig.POS != 'v' || c.T0 == 0 {
			continue
		}
		first := d.toks[c.T0].Lower
		if !strings.HasSuffix(first, "ed") && !strings.HasSuffix(first, "en") && !isIrregularParticiple(c.Trig, first) {
			continue
		}
		prev := d.toks[c.T0-1]
		if !prev.Word || prev.Upper && c.T0-1 == c.C0 || lex.is("be", prev.Lower) || lex.is("have", prev.Lower) || lex.is("pronoun_subject", prev.Lower) || lex.is("relative", prev.Lower) {
			continue
		}
		if c.T1 < c.C1 && d.objectLike(c.T1) && d.dateAt(c.T1, c.C1) == c.T1 {
			continue // "seized the town": an object of its own
		}
		// The noun before must be a mention, the one that undergoes the act.
		named := false
		for _, i := range d.mentionsIn(c.C0, c.T0) {
			if d.mentions[i].T1 == c.T0 {
				named = true
			}
		}
		if !named {
			continue
		}
		for _, v := range sc {
			if v == c || v.Absorbed || v.Trig.POS == 'n' || v.Trig.Base || v.T1 >= c.T0 || v.T0 < c.C0 || v.Sent != c.Sent {
				continue
			}
			// Only words of one noun phrase between the verb and the participle.
			plain := true
			for k := v.T1; k < c.T0; k++ {
				t := d.toks[k]
				if !t.Word || t.Lower == "and" || t.Lower == "or" || t.Lower == "that" || lex.is("preposition", t.Lower) || lex.is("subordinator", t.Lower) || lex.is("relative", t.Lower) || lex.is("pronoun_subject", t.Lower) {
					plain = false
					break
				}
			}
			if plain {
				c.Passive = true
				break
			}
		}
	}
}
