package coder

import (
	"strings"

	"testigo"
)

// Event words that tell no particular happening: a habit or a trait ("militias that routinely
// kidnap"), a purpose or a capability ("drones used to drop bombs", "trained to carry out
// attacks"), an activity named as a topic ("Shooting down drones is one option", "a film about
// the massacre"), a background cause ("fled due to ethnic clashes"), an inquiry told in passing
// ("lied in a terrorism investigation") and an attack already told that a reaction is about
// ("condemned the cowardly attack"). A monitor lists none of them as an event of its own.

// nonSpecific reports why a trigger tells no particular happening, or "" when it may.
func (d *document) nonSpecific(s sentence, c *cand) string {
	switch {
	case d.habitual(s, c):
		return "habitual"
	case d.speculated(s, c):
		return "speculation"
	case d.purposeOnly(s, c):
		return "purpose"
	case d.gerundSubject(s, c):
		return "gerund"
	case d.mediaTopic(s, c):
		return "media"
	case d.kindOf(s, c):
		return "kind"
	case d.backgroundCause(s, c):
		return "cause"
	case d.inquiryInPassing(s, c):
		return "inquiry"
	case d.chargeInPassing(s, c):
		return "charge"
	case d.reactionTo(s, c):
		return "reaction"
	}
	return ""
}

// phraseEndingAt returns where an entry of a word category made of up to four tokens ends
// just before token k, and whether there is one.
func (d *document) phraseEndingAt(lo, k int, category string) (int, bool) {
	for n := 4; n >= 1; n-- {
		if k-n < lo {
			continue
		}
		words := make([]string, 0, n)
		ok := true
		for j := k - n; j < k; j++ {
			if !d.toks[j].Word {
				ok = false
				break
			}
			words = append(words, d.toks[j].Lower)
		}
		if ok && lex.is(category, strings.Join(words, " ")) {
			return k - n, true
		}
	}
	return 0, false
}

// nominal reports whether a trigger is used as a noun: a noun trigger, or a verb form after
// an article or a possessive ("the bombing", "Saturday's attacks").
func (d *document) nominal(s sentence, c *cand) bool {
	if c.Trig.POS == 'n' {
		return true
	}
	if c.T0 <= s.T0 {
		return false
	}
	p := d.toks[c.T0-1].Lower
	return p == "'s" || p == "’s" || lex.is("determiner", p) && p != "that"
}

// datedClause reports whether the clause of a trigger names the day something happened: a
// habit or a capability told with its day ("on Monday they used a drone to ...") is one
// happening.
func (d *document) datedClause(c *cand) bool {
	if c.C0 >= c.C1 {
		return false
	}
	lo, hi := d.toks[c.C0].Start, d.toks[c.C1-1].End
	for _, x := range d.dates {
		if x.Span.Start >= lo && x.Span.Start < hi && usableDate(x) && (x.Precision == testigo.PrecisionDay || narrativeDay.MatchString(strings.TrimSpace(x.Text))) {
			return true
		}
	}
	return false
}

// isPresentForm reports whether a verb trigger is written in the present simple: its bare
// form ("kidnap") or the bare form with -s ("kidnaps", "ambushes").
func isPresentForm(c *cand, w string) bool {
	if c.Trig.Base {
		return true
	}
	for _, stem := range []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")} {
		if stem == w || strings.HasSuffix(stem, "s") && !strings.HasSuffix(w, "es") {
			continue
		}
		for _, t := range lex.byFirst[stem] {
			if t.Base && t.Type == c.Trig.Type {
				return true
			}
		}
	}
	return false
}

// habitual reports whether a verb trigger tells a habit: a frequency adverb or "continue to"
// before it ("routinely kidnap", "continue to ambush"), or a relative clause in the present
// simple that says what someone is like ("militias that kidnap travellers"). A clause that
// names a day tells a happening all the same.
func (d *document) habitual(s sentence, c *cand) bool {
	if d.nominal(s, c) || c.Trig.Attach || d.datedClause(c) {
		return false
	}
	// Only deeds go on as habits: a verbal act or a stance in the present ("the party, which
	// accuses the mayor of fraud", "we continue to welcome the talks") is held now.
	deed := false
	switch c.Type {
	case "ASSAULT", "COERCE", "MOBILIZE", "PROTEST":
		deed = true
	}
	// "the farm where the smugglers gather and store their guns": a place named by what is
	// done there in the present simple.
	if (deed || c.Type == "CONSULT") && isPresentForm(c, d.toks[c.T0].Lower) && d.wherePresent(s, c.T0) {
		return true
	}
	k := c.T0
	for steps := 0; steps < 2 && k > s.T0; steps++ {
		start, ok := d.phraseEndingAt(s.T0, k, "habitual")
		if !ok && deed {
			start, ok = d.phraseEndingAt(s.T0, k, "ongoing")
		}
		if ok {
			// "would continue to", "plans to regularly": modality reads a plan or a promise.
			return start == s.T0 || !lex.is("modal", d.toks[start-1].Lower) && d.toks[start-1].Lower != "to"
		}
		if !strings.HasSuffix(d.toks[k-1].Lower, "ly") {
			break
		}
		k--
	}
	// "who kidnap", "that routinely attacks": a relative word just before the verb (an adverb
	// between), the verb in the present.
	if !deed {
		return false
	}
	w := d.toks[c.T0].Lower
	if !isPresentForm(c, w) {
		return false
	}
	k = c.T0 - 1
	for k > s.T0 && strings.HasSuffix(d.toks[k].Lower, "ly") {
		k--
	}
	if k <= s.T0 {
		return false
	}
	r := d.toks[k].Lower
	if r == "who" || r == "which" {
		return true
	}
	// "that" is a relative pronoun after a noun; after a verb of saying it opens reported
	// speech ("said that rebels attack ...").
	if r == "that" {
		p := d.toks[k-1]
		return p.Word && !lex.is("speech", p.Lower) && !lex.is("be", p.Lower) && !strings.HasSuffix(p.Lower, "ed") && p.Lower != "so" && p.Lower != "such" && p.Lower != "now"
	}
	return false
}

// wherePresent reports whether the verb at token k opens a relative clause of place: "where"
// and up to five words of its subject before it, or a verb coordinated with one ("where they
// meet and plan").
func (d *document) wherePresent(s sentence, k int) bool {
	// "where small skirmishes can trigger wars": a plural noun before a modal or "be" is the
	// subject, no verb.
	if k+1 < s.T1 && (lex.is("modal", d.toks[k+1].Lower) || lex.is("be", d.toks[k+1].Lower)) {
		return false
	}
	for j := k - 1; j >= s.T0 && j >= k-6; j-- {
		t := d.toks[j]
		if t.Lower == "where" {
			return j < k-1 // a subject between
		}
		if !t.Word || lex.is("be", t.Lower) || lex.is("have", t.Lower) || lex.is("modal", t.Lower) || strings.HasSuffix(t.Lower, "ed") {
			return false
		}
	}
	return false
}

// speculated reports whether a trigger is told inside what someone guesses may come ("Some
// analysts suggest that tariffs will deepen the slump", "analysts predict the army could
// attack the port"): a verb of guessing before it in the sentence and a modal of the future
// or the possible in its clause. "Officers think the stabbing may have been a robbery"
// guesses about a happening told: the modal with "have" looks back, and stays.
func (d *document) speculated(s sentence, c *cand) bool {
	guess := -1
	for k := s.T0; k < c.T0; k++ {
		t := d.toks[k]
		if lex.is("speculation_verb", t.Lower) {
			guess = k
		}
		if guess >= 0 && (t.Lower == ";" || t.Lower == ":" || isQuote(t)) {
			guess = -1
		}
	}
	if guess < 0 {
		return false
	}
	// A definite noun ("the attack") names a happening told, whatever is guessed of it.
	if j := d.skipModifiers(s.T0, c.T0, 3, true); j < c.T0 && d.nominal(s, c) && lex.is("determiner", d.toks[j].Lower) && d.toks[j].Lower != "a" && d.toks[j].Lower != "an" {
		return false
	}
	for k := guess + 1; k < s.T1 && k <= c.T1+8; k++ {
		t := d.toks[k]
		if isClauseBreak(t) && k > c.T1 {
			break
		}
		if (t.Lower == "will" || t.Lower == "would" || t.Lower == "could" || t.Lower == "might" || t.Lower == "may") && !(k+1 < s.T1 && d.toks[k+1].Lower == "have") && !(t.Lower == "may" && t.Upper) {
			return true
		}
	}
	return false
}

// infinitiveTo returns the "to" of the infinitive a trigger belongs to ("to ambush", "to carry
// out attacks", "to make roadside bombs"), or -1.
func (d *document) infinitiveTo(s sentence, c *cand) int {
	if c.T0 <= s.T0 {
		return -1
	}
	if !d.nominal(s, c) && d.toks[c.T0-1].Lower == "to" {
		return c.T0 - 1
	}
	// A noun object of an infinitive: "to", a verb, a few more words, then the noun.
	for k := c.T0 - 1; k > s.T0 && k >= c.T0-5; k-- {
		t := d.toks[k]
		if !t.Word {
			return -1
		}
		if t.Lower == "to" {
			if k+1 < c.T0 && !lex.is("determiner", d.toks[k+1].Lower) && d.toks[k+1].Word {
				return k
			}
			return -1
		}
		if lex.is("preposition", t.Lower) && t.Lower != "out" || lex.is("relative", t.Lower) {
			return -1
		}
	}
	return -1
}

// purposeOnly reports whether a trigger names what something is for or what someone can do
// rather than a deed: an infinitive after a word of capability or design ("trained to carry
// out attacks", "designed to kill"), "used to" with nothing between ("drones used to drop
// bombs", "he used to beat them"), an infinitive after a use told as a habit or in general
// ("have been using drones to", "are used to", "use IEDs to"), and a gerund after "ways of",
// "options for", "capable of". A use told with its day ("used a drone on Tuesday to") is a
// deed.
func (d *document) purposeOnly(s sentence, c *cand) bool {
	if d.datedClause(c) {
		return false
	}
	if !d.nominal(s, c) && strings.HasSuffix(d.toks[c.T0].Lower, "ing") && c.T0-2 >= s.T0 {
		p := d.toks[c.T0-1].Lower
		if (p == "for" || p == "of") && lex.is("capability", d.toks[c.T0-2].Lower) {
			return true
		}
	}
	to := d.infinitiveTo(s, c)
	if to <= s.T0 {
		return false
	}
	g := d.toks[to-1].Lower
	if lex.is("capability", g) {
		return true
	}
	// "a bill that aims to curb strikes", "a bill intended to ban strikes": what a
	// text is for is no act of anyone's yet, nor a threat.
	if lex.is("aim_verb", g) {
		for k := to - 2; k >= s.T0 && k >= to-4; k-- {
			w := d.toks[k].Lower
			if lex.is("document_noun", w) {
				return true
			}
			if w != "that" && w != "which" && !lex.is("be", w) && !strings.HasSuffix(w, "ly") {
				break
			}
		}
	}
	if g == "used" {
		// "drones used to drop bombs", "he used to beat them"; but "the evidence used to
		// convict him" tells one use, of a definite thing.
		for k := to - 2; k >= s.T0 && k >= to-8; k-- {
			t := d.toks[k]
			if t.Lower == "," {
				continue // "the sketchy, circumstantial evidence used to"
			}
			if lex.is("be", t.Lower) && k > s.T0 && (lex.is("pronoun_person", d.toks[k-1].Lower) || lex.is("pronoun_group", d.toks[k-1].Lower)) && t.Lower != "are" && t.Lower != "is" {
				return false // "it was used to kill him": one weapon, one use
			}
			if !t.Word || lex.is("preposition", t.Lower) || lex.is("be", t.Lower) {
				break
			}
			if lex.is("determiner", t.Lower) {
				return t.Lower == "a" || t.Lower == "an" || t.Lower == "some" || t.Lower == "any"
			}
		}
		return true
	}
	// A use with its object between: "using cheap drones to", "use home-made IEDs to".
	for k := to - 2; k >= s.T0 && k >= to-10; k-- {
		t := d.toks[k]
		if isClauseBreak(t) || t.Word && (lex.is("relative", t.Lower) || lex.is("subordinator", t.Lower)) {
			return false
		}
		switch t.Lower {
		case "using":
			return k > s.T0 && d.toks[k-1].Lower == "been"
		case "use", "uses":
			// The bare form after "to" or a modal is a plan or a threat, which modality reads.
			return k == s.T0 || !(d.toks[k-1].Lower == "to" || lex.is("modal", d.toks[k-1].Lower))
		case "used":
			if k == s.T0 {
				return false
			}
			p := d.toks[k-1].Lower
			if p == "already" && k-1 > s.T0 {
				p = d.toks[k-2].Lower
			}
			// "are used to", "has already used X to": a general or experiential use.
			return lex.is("be", p) || lex.is("have", p)
		}
	}
	return false
}

// gerundSubject reports whether a verb in -ing with an object opens the sentence as its
// subject ("Capturing drones with nets is one option", "Attacking aid convoys would be a
// crime"): it names an activity, not a deed. "Killing two guards, the men fled" is a deed: a
// comma ends the phrase before any verb.
func (d *document) gerundSubject(s sentence, c *cand) bool {
	if d.nominal(s, c) || !strings.HasSuffix(d.toks[c.T0].Lower, "ing") {
		return false
	}
	start := s.T0
	for start < c.T0 && !d.toks[start].Word {
		start++
	}
	if c.T0 != start || c.T1 >= s.T1 {
		return false
	}
	// Its object is a common noun phrase: "Shooting 3900 Main Street" or "Shooting Victim
	// Named" is a heading.
	if n := d.toks[c.T1]; !n.Word || n.Upper || n.Lower[0] >= '0' && n.Lower[0] <= '9' || lex.is("preposition", n.Lower) || lex.is("be", n.Lower) || lex.is("modal", n.Lower) {
		return false
	}
	for k := c.T1; k < s.T1 && k < c.T1+15; k++ {
		t := d.toks[k]
		if !t.Word {
			return false
		}
		if lex.is("be", t.Lower) || lex.is("modal", t.Lower) || t.Lower == "remains" || t.Lower == "seems" {
			return true
		}
	}
	return false
}

// skipModifiers walks back from token k over up to n determiners, possessives and modifiers
// of a noun ("the", "'s", "deadly", "last year's") and returns where they start.
func (d *document) skipModifiers(lo, k, n int, articles bool) int {
	for steps := 0; steps < n && k > lo; steps++ {
		t := d.toks[k-1]
		switch {
		case lex.is("determiner", t.Lower) && articles, t.Lower == "'s" && articles, t.Lower == "’s" && articles:
		case t.Word && !lex.is("determiner", t.Lower) && !lex.is("preposition", t.Lower) && !lex.is("be", t.Lower) && !lex.is("relative", t.Lower):
		default:
			return k
		}
		k--
	}
	return k
}

// mediaTopic reports whether a noun trigger is what a picture, a film, a book or a search is
// about ("footage of the blast", "a film about the massacre", "searches related to the
// attacks"): the work is told, not the happening.
func (d *document) mediaTopic(s sentence, c *cand) bool {
	if !d.nominal(s, c) {
		return false
	}
	for k := c.T0; k >= c.T0-4 && k > s.T0; k-- {
		start, ok := d.phraseEndingAt(s.T0, k, "media_link")
		if !ok {
			if k < c.T0 && !d.toks[k].Word && d.toks[k].Lower != "'s" && d.toks[k].Lower != "’s" {
				return false
			}
			continue
		}
		// The work just before the link, or one word before it ("video clips showing").
		for j := start - 1; j >= s.T0 && j >= start-2; j-- {
			if lex.is("media_noun", d.toks[j].Lower) {
				return true
			}
			if !d.toks[j].Word {
				break
			}
		}
		return false
	}
	return false
}

// kindOf reports whether a noun trigger names a kind of happening ("a new kind of protest
// movement", "this form of attack"): a class, not a happening.
func (d *document) kindOf(s sentence, c *cand) bool {
	if !d.nominal(s, c) && !(c.T0 > s.T0 && d.toks[c.T0-1].Lower == "of") {
		return false
	}
	k := d.skipModifiers(s.T0, c.T0, 2, false)
	_, ok := d.phraseEndingAt(s.T0, k, "kind_of")
	return ok
}

// backgroundCause reports whether a bare plural noun of violence is given as the cause of
// something else, with no day named ("fled due to ethnic clashes"): a background condition,
// not an event told. "Roads closed because of the protests" (definite: a happening told
// before), "due to clashes on Monday" and "because of clashes between two clans" stay.
func (d *document) backgroundCause(s sentence, c *cand) bool {
	if !d.nominal(s, c) && !(c.T0 > s.T0 && d.toks[c.T0-1].Word) || !strings.HasSuffix(d.toks[c.T1-1].Lower, "s") || d.datedClause(c) {
		return false
	}
	// "due to clashes between herders and farmers": a happening with its parties named is one
	// the writer can point at.
	if c.T1 < s.T1 {
		switch d.toks[c.T1].Lower {
		case "between", "by", "against", "with":
			return false
		}
	}
	k := d.skipModifiers(s.T0, c.T0, 3, false)
	_, ok := d.phraseEndingAt(s.T0, k, "cause_link")
	return ok
}

// inquiryInPassing reports whether an investigation noun is only the setting of something
// else, as the object of a preposition ("lied to agents in a terrorism investigation",
// "evidence gathered during the inquiry"): no one opens, widens or closes it there. "Put under
// investigation" is a step against someone and stays.
func (d *document) inquiryInPassing(s sentence, c *cand) bool {
	if c.Type != "ACCUSE" || c.Mode != "investigate" || !d.nominal(s, c) {
		return false
	}
	// "hampering the bomb probe", "Obstructing Harbour Arson Probe": what is obstructed goes on.
	for k := c.T0 - 1; k >= s.T0 && k >= c.T0-4; k-- {
		t := d.toks[k]
		if lex.is("obstruct", t.Lower) {
			return true
		}
		if !t.Word || lex.is("preposition", t.Lower) {
			break
		}
	}
	// The article of the noun phrase, and the word before it.
	k := c.T0 - 1
	for k > s.T0 && k >= c.T0-4 && d.toks[k].Word && !lex.is("determiner", d.toks[k].Lower) && !lex.is("preposition", d.toks[k].Lower) {
		k--
	}
	if k <= s.T0 || !lex.is("determiner", d.toks[k].Lower) {
		return false
	}
	p := d.toks[k-1].Lower
	// "the launch of an investigation", "the results of the inquiry", "became the subject of
	// a manhunt": a step of it is told.
	if k-2 >= s.T0 && lex.is("inquiry_step", d.toks[k-2].Lower) || d.datedClause(c) {
		return false
	}
	// "an investigation of the city police": the inquiry names whom it looks at.
	if c.T1 < s.T1 {
		if n := d.toks[c.T1].Lower; n == "of" || n == "into" || n == "against" {
			for _, m := range d.mentions {
				if m.T0 > c.T1 && m.T0 <= c.T1+3 {
					return false
				}
			}
			if d.concreteIn(c.T1+1, min(c.T1+4, s.T1)) || c.T1+1 < s.T1 && d.toks[c.T1+1].Upper {
				return false
			}
		}
	}
	// "impeding the investigation": what is obstructed goes on; the obstruction is told.
	return lex.is("preposition", p) && p != "under" && p != "against" && p != "to" || lex.is("obstruct", p)
}

// chargeInPassing reports whether a charge noun is only the ground of something else, after
// "on" ("awaiting trial on murder charges", "arrested on charges of fraud", "five years in jail
// on the conspiracy charge"): the charging is not told there; a verb ("charged him with")
// tells it.
func (d *document) chargeInPassing(s sentence, c *cand) bool {
	if c.Type != "ACCUSE" || c.Mode != "allege" || !strings.HasPrefix(d.toks[c.T0].Lower, "charge") || !d.nominal(s, c) && !(c.T0 > s.T0 && d.toks[c.T0-1].Word) {
		return false
	}
	k := d.skipModifiers(s.T0, c.T0, 3, true)
	return k > s.T0 && k < c.T0 && d.toks[k-1].Lower == "on"
}

// reactionTo reports whether an attack already told is named again only as what a reaction
// is about ("condemned the cowardly attack", "responded to the bombing", "condolences to the
// families of those killed in the attack"): the condemnation is an event of its own, the attack
// is not a new one.
func (d *document) reactionTo(s sentence, c *cand) bool {
	if !d.toldAgain(s, c) {
		return false
	}
	// The reaction word governs the mention from anywhere in its clause: "condolences to the
	// families of the six soldiers killed and to those injured in today's attack".
	for k := c.T0; k > s.T0 && k >= c.T0-25; k-- {
		if p := d.toks[k-1]; isClauseBreak(p) || p.Word && (lex.is("relative", p.Lower) || lex.is("subordinator", p.Lower) || p.Lower == "that") {
			return false
		}
		if _, ok := d.phraseEndingAt(s.T0, k, "evaluative"); ok {
			return true
		}
		if start, ok := d.phraseEndingAt(s.T0, k, "response"); ok {
			return !d.respondersBefore(s, start)
		}
	}
	return false
}

// respondersBefore reports whether police, soldiers or rescuers are the subject of a verb of
// responding that starts at token k: "Deputies responded to the shooting" tells who came to
// the scene, not a reaction to the news.
func (d *document) respondersBefore(s sentence, k int) bool {
	for j := k - 1; j >= s.T0 && j >= k-3; j-- {
		if lex.is("responder", d.toks[j].Lower) {
			return true
		}
		for _, m := range d.mentions {
			if m.T0 <= j && j < m.T1 && (m.Entity.Sector == "COP" || m.Entity.Sector == "MIL") {
				return true
			}
		}
	}
	return false
}

// toldAgain reports whether an attack mention refers back to one already told, with nothing
// of its own: an attack was coded before, the mention is definite ("the bombing", "Monday's
// attack") or a casualty participle ("those killed"), and no relative clause tells it anew.
func (d *document) toldAgain(s sentence, c *cand) bool {
	if c.Type != "ASSAULT" {
		return false
	}
	told := false
	for _, e := range d.cands {
		if e.Type == "ASSAULT" && !e.Dropped && !e.Hypothetical {
			told = true
			break
		}
	}
	if !told {
		return false
	}
	// The mention refers back: a definite noun, or a casualty word ("those killed", "the
	// soldiers killed").
	k := d.skipModifiers(s.T0, c.T0, 3, true)
	definite := k < c.T0 && (lex.is("determiner", d.toks[k].Lower) && d.toks[k].Lower != "a" && d.toks[k].Lower != "an" || d.toks[k+1].Lower == "'s" || d.toks[k+1].Lower == "’s")
	if d.nominal(s, c) && !definite {
		return false
	}
	// "the six soldiers killed": a participle after its noun, not a verb with a subject.
	w := d.toks[c.T0].Lower
	participle := strings.HasSuffix(w, "ed") && c.T0 > s.T0 && d.toks[c.T0-1].Word && !lex.is("pronoun_group", d.toks[c.T0-1].Lower) && !lex.is("pronoun_person", d.toks[c.T0-1].Lower)
	if !definite && !c.Trig.Attach && !c.Passive && !participle {
		return false
	}
	// "the killing of a shopkeeper": a mention that names its own victim tells an attack, not a
	// reference back to the one already coded.
	if c.T1 < s.T1 && d.toks[c.T1].Lower == "of" {
		return false
	}
	// "the attacks that have taken place in the last day": a relative clause tells the attack
	// again, with something of its own.
	for k := c.T1; k < s.T1 && k < c.T1+6; k++ {
		if t := d.toks[k]; isClauseBreak(t) || t.Lower == "," || t.Lower == "and" || t.Lower == "or" || t.Lower == "but" {
			break
		} else if t.Lower == "that" || lex.is("relative", t.Lower) {
			return false
		}
	}
	return true
}
