package coder

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"testigo"
	"testigo/actor"
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
	p, _ := d.governedAt(m, lo)
	return p
}

// governedAt is governedBy that also returns the token of the preposition (-1 when none).
func (d *document) governedAt(m mention, lo int) (string, int) {
	for k, n := m.T0-1, 0; k >= lo && n < 3; k, n = k-1, n+1 {
		t := d.toks[k]
		if !t.Word {
			if t.Lower == "," || isQuote(t) {
				return "", -1
			}
			continue
		}
		if lex.is("preposition", t.Lower) {
			return t.Lower, k
		}
		if lex.is("determiner", t.Lower) || t.Lower == "'s" {
			continue
		}
		// A date is the whole phrase of the preposition before it: in "on Thursday union
		// delegates met", the delegates are the subject.
		if n > 0 || d.inDate(k) {
			return "", -1
		}
	}
	return "", -1
}

// inDate reports whether token k lies inside a date expression.
func (d *document) inDate(k int) bool {
	start := d.toks[k].Start
	// d.dates is sorted by start: the last date starting at or before the token.
	i := sort.Search(len(d.dates), func(i int) bool { return d.dates[i].Span.Start > start }) - 1
	return i >= 0 && start < d.dates[i].Span.End
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

// hasEntity reports whether an entity of e's name is in list.
func hasEntity(list []testigo.Entity, e testigo.Entity) bool {
	for _, x := range list {
		if strings.EqualFold(x.Name, e.Name) {
			return true
		}
	}
	return false
}

// side is the mentions picked for one side of an event (its actors or its recipients), in
// order. A mention, by its span, stands on one side of an event only.
type side struct {
	ents []testigo.Entity
	ms   []int // mention indexes, -1 for an entity that is no mention of the clause
}

// add appends mention i unless it, or an entity of the same name, is there.
func (d *document) add(sd *side, i int) {
	if sd.has(i) {
		return
	}
	n := len(sd.ents)
	sd.ents = addEntity(sd.ents, d.canonical(i))
	if len(sd.ents) > n {
		sd.ms = append(sd.ms, i)
	}
}

func (sd *side) has(i int) bool {
	for _, j := range sd.ms {
		if j == i && i >= 0 {
			return true
		}
	}
	return false
}

func (sd *side) set(ents []testigo.Entity, ms []int) {
	sd.ents, sd.ms = ents, ms
}

var armed = map[string]bool{"MIL": true, "COP": true, "PRM": true, "REB": true, "UAF": true, "SPY": true}

// recipientPreps returns the prepositions that, after the trigger of an event of type typ,
// introduce its recipient: "talks with X", "aid to X", "demanded an apology from X".
// "against", "on", "at" and "upon" do for every type.
func recipientPreps(typ string) map[string]bool {
	p := map[string]bool{"against": true, "on": true, "at": true, "upon": true}
	switch typ {
	case "CONSULT", "COOPERATE", "AGREE", "SUPPORT", "CONCEDE", "REJECT", "RETREAT":
		p["with"] = true
	}
	switch typ {
	case "AID", "CONSULT", "COOPERATE", "AGREE", "SUPPORT", "CONCEDE", "REJECT", "RETREAT", "REQUEST", "SANCTION":
		// "offered troops to X", "appealed to X", "cut supplies to X"
		p["to"] = true
	}
	switch typ {
	case "REQUEST", "REJECT", "CONCEDE", "AGREE", "SUPPORT", "COERCE", "RETREAT":
		// "sought help from X", "dismissed an appeal from X", "seized arms from X"
		p["from"] = true
	}
	switch typ {
	case "REQUEST":
		p["for"] = true
	case "ASSAULT":
		p["into"] = true
	}
	return p
}

// ofIsPatient reports whether "of X" after a noun trigger names who undergoes the act
// ("the killing of two guards", "the expulsion of diplomats") rather than who does it
// ("a strike of dockers", "the withdrawal of the troops").
func ofIsPatient(c *cand) bool {
	switch c.Type {
	case "ASSAULT", "COERCE", "SANCTION", "AID":
		return true
	}
	return false
}

// arguments fills the actors, recipients, place, date and source of an event.
func (d *document) arguments(s sentence, c *cand) {
	ms := d.mentionsIn(c.C0, c.C1)
	// An act told inside a quotation that opens its sentence takes no party from the
	// attribution after it: in "'They shot at us,' a farmer said", the farmer tells it.
	// (A phrase quoted inside narration keeps the narration's parties.)
	if c.Quote >= 0 && d.quotes[c.Quote].Open <= s.T0 {
		kept := ms[:0:0]
		for _, i := range ms {
			if d.mentions[i].T0 < d.quotes[c.Quote].Close {
				kept = append(kept, i)
			}
		}
		ms = kept
	}
	var before, after []int
	for _, i := range ms {
		m := d.mentions[i]
		if d.newsAudience(m) {
			continue
		}
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
		// "State" in "Secretary of State" is part of a name, not a speech verb.
		if lex.is("speech", d.toks[k].Lower) && !isVerbal(c.Type) && !d.insideMention(ms, k) {
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
	subject := func() side {
		var out, named side
		// A participle right after a noun tells what that noun does, whatever governs the
		// noun: in "fired at nurses protesting", the nurses protest.
		if !c.Passive && c.Trig.POS == 'v' && strings.HasSuffix(d.toks[c.T0].Lower, "ing") && len(before) > 0 && d.mentions[before[0]].T1 == c.T0 &&
			!lex.is("determiner", d.toks[max(c.C0, c.T0-1)].Lower) && c.T0 > 0 && d.toks[c.T0-1].Word {
			d.add(&out, before[0])
			return out
		}
		// "nurses who had marched to the ministry to demand": a verb of a subject relative
		// clause is its antecedent's, whatever the main clause says of it.
		if i, ok := d.relativeAntecedent(c, before); ok {
			d.add(&out, i)
			return out
		}
		for _, i := range before {
			p := d.governedBy(d.mentions[i], c.C0)
			if p == "of" && (d.afterQuantity(d.mentions[i]) || d.afterCollective(d.mentions[i])) && !d.quantityAfterPreposition(d.mentions[i]) {
				p = "" // "thousands of workers marched", "a group of diplomats met": they did
			}
			if p != "" && p != "by" {
				continue
			}
			if lastVerb >= 0 && d.mentions[i].T0 > lastVerb && d.coordinatedAfter(d.mentions[i].T1, c.T0) {
				continue
			}
			// The same with a verb that is no trigger: in "the junta suspended the parties
			// and banned rallies" or "the president dissolved parliament by decree", the
			// parties and parliament are what the first verb acted on.
			if d.coordinatedAfter(d.mentions[i].T1, c.T0) && d.objectOfEarlierVerb(d.mentions[i], c.C0) {
				continue
			}
			// "Police fired at people marching": once the subject after the earlier verb is
			// found, the earlier verb's own subject is not this one's.
			if lastVerb >= 0 && d.mentions[i].T0 < lastVerb && len(out.ms) > 0 && d.mentions[out.ms[0]].T0 > lastVerb {
				break
			}
			if d.mentions[i].T0 >= 2 && d.toks[d.mentions[i].T0-1].Lower == "to" && d.toks[d.mentions[i].T0-2].Lower == "according" {
				continue
			}
			e := d.canonical(i)
			if isVerbal(c.Type) && !d.mentions[i].Generic && !isGenericName(e.Name) {
				d.add(&named, i)
			}
			d.add(&out, i)
			if len(out.ents) == 4 {
				break
			}
		}
		// A verbal act is a named speaker's before a generic noun's.
		if len(named.ents) > 0 {
			for _, i := range out.ms {
				d.add(&named, i)
			}
			out = named
		}
		// A relative clause's subject is its antecedent: "the federation, which demanded".
		if len(out.ents) == 0 && c.C0 > 0 && lex.is("relative", d.toks[c.C0].Lower) {
			for k := len(d.mentions) - 1; k >= 0; k-- {
				m := d.mentions[k]
				if m.T1 <= c.C0 && m.T1 >= c.C0-3 {
					d.add(&out, k)
					break
				}
			}
		}
		return out
	}
	// object returns the recipients after the trigger: a direct object, or a mention after
	// one of preps or "of"; never a mention already on the actor side.
	inRelative := d.relativeWord(c) >= 0
	object := func(preps map[string]bool, actors side) side {
		var out side
		for _, i := range after {
			if actors.has(i) {
				continue
			}
			// A participle clause after a comma that closes a relative clause is the main
			// verb's: in "fired at miners who marched to demand higher pay, killing two men",
			// the men are no recipients of the demand.
			if inRelative && d.participleClauseBetween(c.T1, d.mentions[i].T0) {
				break
			}
			// "suspended aid and the bank paused loans": a mention after "and" right
			// before another verb trigger is that verb's subject, and this clause ends there.
			if d.subjectOfNextVerb(d.mentions[i]) {
				break
			}
			// ", the office said": who reports it is no recipient.
			if d.reporter(d.mentions[i]) {
				continue
			}
			p, k := d.governedAt(d.mentions[i], c.T1)
			if p == "to" && k > 0 && d.toks[k-1].Lower == "according" {
				continue
			}
			// "rejected calls by X", "crimes committed by X": in an active clause, the author of
			// what the act is about is its recipient.
			byAuthor := p == "by" && !c.Passive && k > c.T1
			// "threatened to ban opposition candidates": the "to" of an infinitive after a
			// governing verb, then its verb; the mention is that verb's object.
			if p == "to" && k == c.T1 && c.Trig.Gov && d.mentions[i].T0 == k+2 && d.toks[k+1].Word && !d.toks[k+1].Upper {
				p = ""
			}
			if p != "" && !preps[p] && p != "of" && !byAuthor {
				continue
			}
			d.add(&out, i)
			if len(out.ents) == 3 {
				break
			}
		}
		return out
	}
	// A gerund after a determiner is a noun: "the killing of two guards". So is a bare verb
	// form after a preposition other than "to": "died as a result of torture", whose subject
	// is no torturer.
	nominal := c.Trig.POS == 'n' || c.Trig.POS == 'v' && strings.HasSuffix(d.toks[c.T0].Lower, "ing") && c.T0 > 0 && lex.is("determiner", d.toks[c.T0-1].Lower) ||
		c.Trig.Base && c.T0 > 0 && d.toks[c.T0-1].Lower != "to" && lex.is("preposition", d.toks[c.T0-1].Lower)
	byAgent := func() side {
		var out side
		for _, i := range after {
			if p, k := d.governedAt(d.mentions[i], c.T1); p == "by" && (!nominal || d.nounAgent(c.T1, k)) {
				d.add(&out, i)
			}
		}
		return out
	}
	var actor, recipient side
	preps := recipientPreps(c.Type)
	switch {
	case c.Passive:
		recipient = subject()
		actor = byAgent()
		if len(actor.ents) == 0 && c.Type == "ASSAULT" {
			for _, i := range after {
				if armed[d.mentions[i].Entity.Sector] {
					d.add(&actor, i)
				}
			}
		}
	case nominal:
		// A noun: a modifier before it ("police raid"), an agent after it ("by", "of",
		// "that X mounted"), else the subject of its clause. "Of" names the patient of an
		// attack or an arrest ("the killing of two guards"), and of a protest told with
		// "in protest of".
		ofPatient := ofIsPatient(c) || c.T0 > 0 && d.toks[c.T0-1].Lower == "in"
		if len(before) > 0 && d.modifies(d.mentions[before[0]], c.T0) {
			d.add(&actor, before[0])
			// Modifiers joined by a hyphen or slash are joint agents: "police-military
			// repression", "army/militia raids".
			for j := 1; j < len(before); j++ {
				prev, cur := d.mentions[before[j]], d.mentions[before[j-1]]
				if prev.T1 != cur.T0 && prev.T1+1 != cur.T0 || cur.Start != prev.End+1 || !strings.ContainsAny(d.text[prev.End:cur.Start], "-/") {
					break
				}
				d.add(&actor, before[j])
			}
		}
		if len(actor.ents) == 0 {
			actor = byAgent()
		}
		if len(actor.ents) == 0 {
			for _, i := range after {
				m := d.mentions[i]
				if m.T0-c.T1 > 4 {
					continue
				}
				// "of" right after the noun: "a strike of dockers", not "a strike in protest of X".
				if p, k := d.governedAt(m, c.T1); p == "of" && k == c.T1 && !ofPatient || d.precededBy(m, c.T1, "that", "which") {
					d.add(&actor, i)
					break
				}
			}
		}
		// The subject of a clause that names an attack or an arrest with a noun is
		// seldom its agent ("the report highlights another massacre").
		if len(actor.ents) == 0 && c.Type != "ASSAULT" && c.Type != "COERCE" && !d.forcedUpon(c) {
			actor = subject()
		}
		recipient = object(preps, actor)
	case c.Trig.Attach && c.Trig.Mode == "":
		// "two farmers died": the subject of a casualty word is its victim. A weapon that
		// attaches ("police fired tear gas at ...") is used by its subject, like a verb.
		recipient = subject()
	default:
		actor = subject()
		switch {
		case c.T0 > c.C0 && d.toks[c.T0-1].Lower == ",":
			// "X, who fled after troops fired, returned": the subject stands before the
			// relative clause that closes right before the verb.
			if i, ok := d.subjectBeforeRelative(s, c); ok {
				actor = side{}
				d.add(&actor, i)
			}
		case c.T0 >= s.T0+2 && d.toks[c.T0-1].Lower == "and" && d.toks[c.T0-2].Lower == ",":
			// "The office said N were hurt, and accused the police": a verb after ", and"
			// with no subject of its own shares the sentence's subject.
			if i, ok := d.sentenceSubject(s, c.T0); ok {
				actor = side{}
				d.add(&actor, i)
			} else if len(actor.ms) > 0 && actor.ms[0] >= 0 && d.speechBefore(s.T0, d.mentions[actor.ms[0]].T0) {
				// A name inside what the unnamed subject said is not who acts.
				actor = side{}
			}
		}
		recipient = object(preps, actor)
	}
	d.reportedClauseTarget(s, c, &actor, &recipient)
	// Words inside a trigger with a gap are its object: "charged X with", "expelled two
	// Russian diplomats" (a mention that starts inside the trigger).
	for _, i := range ms {
		m := d.mentions[i]
		if m.T0 > c.T0 && m.T0 < c.T1 && !actor.has(i) {
			d.add(&recipient, i)
		}
	}
	// "The union, which had backed the government, met the minister": the subject stands
	// before the relative clause that the verb's clause follows.
	if len(actor.ents) == 0 && !c.Passive && !nominal && c.Trig.POS != 'n' {
		if i, ok := d.subjectBeforeRelative(s, c); ok && !recipient.has(i) {
			d.add(&actor, i)
		}
	}
	// A pronoun subject: the last actor named before, of a matching kind.
	if len(actor.ents) == 0 && !c.Passive {
		if i, ok := d.pronounSubjectAt(c); ok && !recipient.has(i) {
			d.add(&actor, i)
		}
	}
	c.Actor, c.Recipient = actor.ents, recipient.ents
	// Inside a quotation, a verbal act is the speaker's.
	if c.Quote >= 0 && isVerbal(c.Type) {
		if q := d.quotes[c.Quote]; q.speaker != nil && (len(c.Actor) == 0 || firstPerson(d, c)) {
			c.Actor = append([]testigo.Entity{}, q.speakers...)
			actor = side{ents: c.Actor, ms: make([]int, len(c.Actor))}
			for k := range actor.ms {
				actor.ms[k] = -1
			}
		}
	}
	// A threat read off a report ("X said he would face charges") is the reporter's, and so
	// is a demand told with "must" ("X said the union must end its strike"): who is to act is
	// its recipient. When the one to act is the sayer ("X said he would impose a curfew"),
	// the recipient is the object of the act.
	if c.Type == "THREATEN" && c.Trig.Type != "THREATEN" || c.Type == "REQUEST" && isModalTrigger(c.Trig) {
		// The speech verb may open the clause ("X said the union must") or stand before it.
		if sayer, si := d.sayerBefore(s, c.T0); len(sayer) > 0 {
			doer := actor
			if len(doer.ents) == 0 {
				if i, ok := d.pronounSubjectAt(c); ok {
					d.add(&doer, i)
				}
			}
			var rest side
			for k, i := range doer.ms {
				if i != si && !strings.EqualFold(doer.ents[k].Name, sayer[0].Name) {
					rest.ents = append(rest.ents, doer.ents[k])
					rest.ms = append(rest.ms, i)
				}
			}
			if len(rest.ents) == 0 {
				rest = recipient
			}
			c.Recipient = rest.ents
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
	if len(c.Recipient) == 0 && hitsPlace(c) && !c.Trig.Attach {
		if p := d.targetTown(c); p != nil {
			c.Recipient = []testigo.Entity{{Name: p.Name, Text: p.Text, Sector: "CVL", Kind: testigo.KindGroup, Country: p.Country, Code: p.Country}}
		}
	}
	d.place(s, c)
	d.date(s, c)
	c.Source = d.sources[c.Sent]
	c.Context = append(c.Context, d.sentenceContexts(c.Sent)...)
}

// reportedClauseTarget handles a criticism, a demand or a denial told after what it is about:
// "The mayor is failing the flood victims, a residents' group protested". The subject of the
// clause before the comma is the act's target, not its author: when the sentence opens with a
// mention followed by three words or more before the comma that opens ", the group
// protested", the mentions before the comma leave the actor side and the first becomes the
// recipient.
func (d *document) reportedClauseTarget(s sentence, c *cand, actor, recipient *side) {
	if c.Passive || c.Trig.POS != 'v' || len(actor.ms) == 0 {
		return
	}
	switch c.Type {
	case "ACCUSE", "REQUEST", "REJECT":
	default:
		return
	}
	near := -1
	for _, i := range actor.ms {
		if i >= 0 && (near < 0 || d.mentions[i].T0 > d.mentions[near].T0) {
			near = i
		}
	}
	if near < 0 {
		return
	}
	m0 := d.mentions[near]
	k := m0.T0 - 1
	if k >= 0 && lex.is("determiner", d.toks[k].Lower) {
		k--
	}
	if k <= s.T0 || d.toks[k].Lower != "," || m0.T1 > c.T0 || c.T0-m0.T1 > 2 {
		return
	}
	// The clause's subject opens the sentence.
	first := -1
	if ms := d.mentionsIn(s.T0, k); len(ms) > 0 && d.mentions[ms[0]].T0 <= s.T0+1 {
		first = ms[0]
	}
	if first < 0 || k-d.mentions[first].T1 < 3 || recipient.has(first) {
		return
	}
	// Every mention of that clause leaves the actor side; its subject is the target.
	var kept side
	for n, i := range actor.ms {
		if i < 0 || d.mentions[i].T1 > k {
			kept.ents = append(kept.ents, actor.ents[n])
			kept.ms = append(kept.ms, i)
		}
	}
	*actor = kept
	d.add(recipient, first)
}

// subjectBeforeRelative returns the mention that opens the sentence and is followed by a
// non-restrictive relative clause (", which ...", ", who ..."), when the trigger's clause comes
// after that relative clause: that mention is the subject of the main verb.
func (d *document) subjectBeforeRelative(s sentence, c *cand) (int, bool) {
	for _, i := range d.mentionsIn(s.T0, c.C0) {
		m := d.mentions[i]
		if m.T0 > s.T0+1 || m.T1+1 >= c.C0 {
			return -1, false
		}
		if d.toks[m.T1].Lower != "," || !lex.is("relative", d.toks[m.T1+1].Lower) || d.governedBy(m, s.T0) != "" {
			return -1, false
		}
		// The relative clause must have closed with a comma before the trigger.
		for k := m.T1 + 2; k < c.T0; k++ {
			if d.toks[k].Lower == "," {
				return i, true
			}
		}
		return -1, false
	}
	return -1, false
}

// reporter reports whether a mention is the subject of a speech verb that follows it, past
// a word or a short place phrase: ", the office said", ", relief officials in the capital
// said".
func (d *document) reporter(m mention) bool {
	if m.T1+1 < len(d.toks) && (lex.is("speech", d.toks[m.T1].Lower) || lex.is("speech", d.toks[m.T1+1].Lower)) {
		return true
	}
	// The first of two reporters: ", residents and a local rights group said".
	if d.firstOfReporters(m) {
		return true
	}
	// A place phrase between: "in the capital", "in Nairobi".
	k := m.T1
	if k >= len(d.toks) || d.toks[k].Lower != "in" && d.toks[k].Lower != "from" && d.toks[k].Lower != "at" {
		return false
	}
	for j := k + 1; j < len(d.toks) && j <= k+4; j++ {
		t := d.toks[j]
		if !t.Word {
			return false
		}
		if lex.is("speech", t.Lower) {
			return true
		}
	}
	return false
}

// firstOfReporters reports whether mention m, after a comma, is joined by "and" or "or" to
// a short noun phrase that a speech verb follows: ", residents and a local rights group
// said". A speech word after a determiner is a noun ("the state").
func (d *document) firstOfReporters(m mention) bool {
	if m.T0 == 0 || d.toks[m.T0-1].Lower != "," && !(m.T0 >= 2 && d.toks[m.T0-2].Lower == "," && lex.is("determiner", d.toks[m.T0-1].Lower)) {
		return false
	}
	k := m.T1
	if k >= len(d.toks) || d.toks[k].Lower != "and" && d.toks[k].Lower != "or" {
		return false
	}
	for j := k + 2; j < len(d.toks) && j <= k+6; j++ {
		t := d.toks[j]
		if !t.Word {
			return false
		}
		if lex.is("speech", t.Lower) && !lex.is("determiner", d.toks[j-1].Lower) {
			return true
		}
	}
	return false
}

// hitsPlace reports whether an event of c's type and mode, told with a town and no one else
// it is done to, is done to the people of the town: a town shelled, put under curfew,
// blockaded, cut off from aid (PLOVER codes its civilians as the recipient).
func hitsPlace(c *cand) bool {
	switch c.Type {
	case "ASSAULT", "AID":
		return true
	case "COERCE", "THREATEN":
		// An arrest, a deportation or a sentence is done to people, not to where it happens.
		return c.Mode != "arrest" && c.Mode != "deport" && c.Mode != "expel"
	case "SANCTION":
		return c.Mode == "discontinue" || c.Mode == "withdraw"
	case "PROTEST":
		return c.Mode == "obstruct"
	}
	return false
}

// townPreps are the words that put a town after a trigger as where the act lands: "shelled
// Juba", "a curfew in Abidjan", "fired at targets near the port", "the town of Cizre".
var townPreps = map[string]bool{"": true, "in": true, "on": true, "at": true, "near": true, "into": true, "of": true, "across": true, "throughout": true, "around": true, "to": true}

// targetTown returns the first town (a populated place, named literally) after the trigger in
// the clause that the act lands on, or nil.
func (d *document) targetTown(c *cand) *testigo.Place {
	for i := range d.places {
		p := &d.places[i]
		if !p.Literal || !strings.HasPrefix(p.FeatureCode, "PPL") {
			continue
		}
		t0, t1 := d.tokenRange(p.Span)
		// Near the trigger: a town told farther on belongs to another phrase ("in
		// retaliation for a raid on X").
		if t0 < c.T1 || t1 > c.C1 || t0-c.T1 > 8 || t1 < len(d.toks) && lex.is("speech", d.toks[t1].Lower) {
			continue
		}
		prep := ""
		for k, n := t0-1, 0; k >= c.T1 && n < 4; k, n = k-1, n+1 {
			w := d.toks[k].Lower
			if !d.toks[k].Word {
				if w == "," {
					break
				}
				continue
			}
			if lex.is("preposition", w) {
				prep = w
				break
			}
		}
		if townPreps[prep] {
			return p
		}
		return nil
	}
	return nil
}

// coordinatedAfter reports whether a coordinator or a preposition stands between tokens t0
// and t1: in "police arrested X and deported Y", X is the object of the first verb, not the
// subject of the second; in "the newly appointed minister X refused", X is the subject.
func (d *document) coordinatedAfter(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		switch d.toks[k].Lower {
		case "and", "or", "but", "then", ",", ";":
			return true
		}
		// "wounded two soldiers in a bomb attack": the soldiers are the verb's object.
		if lex.is("preposition", d.toks[k].Lower) {
			return true
		}
	}
	return false
}

// objectOfEarlierVerb reports whether mention m is the object of a past-tense verb that
// follows another mention of the clause: "the junta suspended the activities of all
// parties", "the governor closed the university". Only words of a noun phrase ("the",
// "activities", "of") may stand between the verb and m, and only an adverb between the
// earlier mention and the verb.
func (d *document) objectOfEarlierVerb(m mention, c0 int) bool {
	k := m.T0 - 1
	for n := 0; k > c0 && n < 6; k, n = k-1, n+1 {
		t := d.toks[k]
		if !t.Word || t.Upper {
			return false
		}
		if len(t.Lower) > 4 && strings.HasSuffix(t.Lower, "ed") && !lex.is("preposition", t.Lower) {
			break
		}
	}
	if k <= c0 || !strings.HasSuffix(d.toks[k].Lower, "ed") || len(d.toks[k].Lower) <= 4 {
		return false
	}
	j := k - 1
	if w := d.toks[j].Lower; strings.HasSuffix(w, "ly") || lex.is("time_adverb", w) || w == "also" {
		j--
	}
	for _, i := range d.mentionsIn(c0, j+1) {
		if d.mentions[i].T1 == j+1 {
			return true
		}
	}
	return false
}

// insideMention reports whether token k lies inside one of the mentions ms.
func (d *document) insideMention(ms []int, k int) bool {
	for _, i := range ms {
		if d.mentions[i].T0 <= k && k < d.mentions[i].T1 {
			return true
		}
	}
	return false
}

// nounAgent reports whether "by" at token k still belongs to the noun trigger that ends
// before token t1: right after it ("an attack by gunmen") or after its "of" phrase ("the
// killing of two guards by rebels"), not after another phrase ("a strike in protest
// against abuses by the police").
func (d *document) nounAgent(t1, k int) bool {
	for j := t1; j < k; j++ {
		t := d.toks[j]
		if !t.Word || lex.is("preposition", t.Lower) && t.Lower != "of" || k-t1 > 6 {
			return false
		}
	}
	return true
}

// defaultActors gives a finished event, its parts merged, the actor news leaves unnamed: a
// bombing no one is named for is by unidentified attackers (ACLED's unidentified armed group,
// PLOVER's UAF).
func (d *document) defaultActors(c *cand) {
	if len(c.Actor) == 0 && c.Type == "ASSAULT" && !c.Hypothetical && !c.Negated {
		if e, ok := d.stateOfWeapon(c); ok {
			c.Actor = []testigo.Entity{e}
			c.ActorInferred = true
			return
		}
	}
	if len(c.Actor) == 0 && c.Type == "ASSAULT" && c.Mode == "explosives" && !c.Hypothetical && !c.Negated {
		c.Actor = []testigo.Entity{{Name: "unidentified attackers", Sector: "UAF", Kind: testigo.KindGroup, Country: d.ann.Country, Code: d.ann.Country}}
	}
}

// isModalTrigger reports whether a trigger is a modal of obligation ("must"), whose subject
// is told what to do rather than doing it.
func isModalTrigger(t *trigger) bool {
	return t != nil && len(t.Words) == 1 && (t.Words[0] == "must" || t.Words[0] == "should")
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

// pronounSubject resolves a pronoun subject before the trigger to the entity of the last
// actor named before its sentence.
func (d *document) pronounSubject(c *cand) (testigo.Entity, bool) {
	i, ok := d.pronounSubjectAt(c)
	if !ok {
		return testigo.Entity{}, false
	}
	return d.canonical(i), true
}

// pronounSubjectAt resolves a pronoun subject before the trigger to the last actor named
// before its sentence, and returns that mention.
func (d *document) pronounSubjectAt(c *cand) (int, bool) {
	var pron string
	for _, k := range d.prevWords(c.C0, c.T0, 4) {
		w := d.toks[k].Lower
		if lex.is("pronoun_person", w) || lex.is("pronoun_group", w) {
			pron = w
			break
		}
	}
	if pron == "" {
		return -1, false
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
	// "Where he sought asylum, Morales ...": a pronoun in a subordinate clause that opens the
	// sentence looks forward to the subject that follows it. A main clause does not ("They
	// fired at us as if we were thieves").
	if si := d.toks[c.C0].Sent; c.C0 <= d.sents[si].T0+3 && c.C1 < d.sents[si].T1 && d.opensSubordinate(si, c.C0) {
		for _, i := range d.mentionsIn(c.C1, d.sents[si].T1) {
			m := d.mentions[i]
			e := d.canonical(i)
			if d.governedBy(m, c.C1) == "" && kindOK(e, m.Generic || isGenericName(e.Name)) {
				return i, true
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
				return i, true
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
			return i, true
		}
	}
	return -1, false
}

// relativeAntecedent finds the antecedent of a subject relative clause ("who", "which")
// that holds the trigger: the relative word is the last one before the trigger in its
// clause, no comma closes it before the trigger, no mention stands between it and the
// trigger but after a preposition (one that is not would be the relative clause's own
// subject: "the office which police raided"), and a mention ends right before it, or before a comma right before it.
func (d *document) relativeAntecedent(c *cand, before []int) (int, bool) {
	r := d.relativeWord(c)
	if r < 0 {
		return -1, false
	}
	at := r
	if d.toks[r-1].Lower == "," {
		at = r - 1
	}
	for _, i := range before {
		m := d.mentions[i]
		if m.T0 > r && m.T0 < c.T0 && d.governedBy(m, r+1) == "" {
			return -1, false
		}
		if m.T1 == at {
			return i, true
		}
	}
	return -1, false
}

// relativeWord returns the token of the subject relative word ("who", "which") that opens
// the relative clause holding the trigger, or -1: the last one before the trigger in its
// clause, with no comma, semicolon or quotation mark between them.
func (d *document) relativeWord(c *cand) int {
	for k := c.T0 - 1; k > c.C0; k-- {
		w := d.toks[k].Lower
		if w == "," || w == ";" || isQuote(d.toks[k]) {
			return -1
		}
		if w == "who" || w == "which" {
			return k
		}
	}
	return -1
}

// forcedUpon reports whether a noun trigger is what a verb of force before it in its clause
// is done to: in "police used tear gas to disperse a march", the police do not march.
func (d *document) forcedUpon(c *cand) bool {
	for _, v := range d.forceVerbsHere {
		if v >= c.C0 && v < c.T0 {
			return true
		}
	}
	return false
}

// subjectOfNextVerb reports whether a mention opens a coordinated clause as the subject of
// the verb trigger right after it: "and the bank paused", ", but rebels fired".
func (d *document) subjectOfNextVerb(m mention) bool {
	if m.T0 == 0 {
		return false
	}
	k := m.T0 - 1
	if lex.is("determiner", d.toks[k].Lower) && k > 0 {
		k--
	}
	if w := d.toks[k].Lower; w != "and" && w != "but" && w != "while" {
		return false
	}
	for _, v := range d.verbsHere {
		if v == m.T1 || v == m.T1+1 && lex.is("have", d.toks[m.T1].Lower) {
			return true
		}
	}
	return false
}

// sentenceSubject returns the mention that opens sentence s as its subject (after an
// article at most, not after a preposition), when it stands before token t0.
func (d *document) sentenceSubject(s sentence, t0 int) (int, bool) {
	for _, i := range d.mentionsIn(s.T0, t0) {
		m := d.mentions[i]
		if m.T0 > s.T0+1 || m.T0 == s.T0+1 && !lex.is("determiner", d.toks[s.T0].Lower) {
			return -1, false
		}
		return i, true
	}
	return -1, false
}

// speechBefore reports whether a speech verb stands in tokens [t0, t1).
func (d *document) speechBefore(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if lex.is("speech", d.toks[k].Lower) {
			return true
		}
	}
	return false
}

// modifies reports whether a mention stands right before token t0 as its modifier or its
// possessor: "police raid", "the nurses' march", "the union's strike".
func (d *document) modifies(m mention, t0 int) bool {
	if m.T1 == t0 {
		return true
	}
	if m.T1+1 != t0 {
		return false
	}
	w := d.toks[m.T1].Lower
	return w == "'s" || w == "'" && strings.HasSuffix(d.toks[m.T1-1].Lower, "s")
}

// participleClauseBetween reports whether a comma followed by an -ing word stands in
// tokens [t0, t1).
func (d *document) participleClauseBetween(t0, t1 int) bool {
	for k := t0; k+1 < t1; k++ {
		if d.toks[k].Lower == "," && d.toks[k+1].Word && len(d.toks[k+1].Lower) > 5 && strings.HasSuffix(d.toks[k+1].Lower, "ing") {
			return true
		}
	}
	return false
}

// opensSubordinate reports whether sentence si opens with a subordinate clause that starts
// at or before token c0: a subordinator among its first words.
func (d *document) opensSubordinate(si, c0 int) bool {
	for k := d.sents[si].T0; k <= c0 && k < d.sents[si].T1; k++ {
		if lex.is("subordinator", d.toks[k].Lower) {
			return true
		}
	}
	return false
}

// sayerBefore returns the actor of a speech verb before token t0 in sentence s ("X said
// that ..."), or nil, and the mention it is (-1 when none).
func (d *document) sayerBefore(s sentence, t0 int) ([]testigo.Entity, int) {
	for k := t0 - 1; k >= s.T0; k-- {
		w := d.toks[k].Lower
		if !lex.is("speech", w) && w != "warned" {
			continue
		}
		for _, i := range d.mentionsIn(s.T0, k) {
			if d.governedBy(d.mentions[i], s.T0) == "" {
				return []testigo.Entity{d.canonical(i)}, i
			}
		}
		sc := &cand{C0: s.T0, T0: k}
		if i, ok := d.pronounSubjectAt(sc); ok {
			return []testigo.Entity{d.canonical(i)}, i
		}
	}
	return nil, -1
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
		t0, t1 := d.tokenRange(t.Span)
		// "accused the firm of breaking a 2024 agreement": a year modifying a noun dates
		// that noun only ("the 2021 coup"), not the acts around it.
		if d.yearModifier(t) && (c.T0 < t1 || c.T0 > t1+1) {
			continue
		}
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
			if t.Span.Start >= ps.Start && t.Span.End <= ps.End && usableDate(t) && !d.isSinceDate(t) && !d.yearModifier(t) {
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

// yearModifier reports whether a date is a year standing between an article and a noun:
// "a 2024 agreement", "the 2021 coup".
func (d *document) yearModifier(t testigo.Date) bool {
	if t.Precision != testigo.PrecisionYear {
		return false
	}
	t0, t1 := d.tokenRange(t.Span)
	return t0 > 0 && t1 < len(d.toks) && lex.is("determiner", d.toks[t0-1].Lower) && d.toks[t1].Word && !d.toks[t1].Upper &&
		d.toks[t1].Sent == d.toks[t0].Sent
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

// collectives are nouns of a body of people whose "of" phrase says who they are: "a group of
// diplomats", "a delegation of ministers", "members of the union".
var collectives = map[string]bool{"group": true, "groups": true, "delegation": true, "delegations": true,
	"member": true, "members": true, "team": true, "teams": true, "band": true, "contingent": true, "crowd": true}

// afterCollective reports whether a mention follows "a group of", "members of" and the like.
func (d *document) afterCollective(m mention) bool {
	k := m.T0 - 1
	for k >= 0 && d.toks[k].Lower != "of" && m.T0-k <= 3 {
		k--
	}
	return k > 0 && d.toks[k].Lower == "of" && collectives[d.toks[k-1].Lower]
}

// quantityAfterPreposition reports whether the figure or group word before "of X" is itself
// the object of a preposition other than "by": in "fired at thousands of people", the people
// are the ones fired at, not the subject of what follows.
func (d *document) quantityAfterPreposition(m mention) bool {
	k := m.T0 - 1
	for k >= 0 && d.toks[k].Lower != "of" && m.T0-k <= 3 {
		k--
	}
	if k <= 0 || d.toks[k].Lower != "of" {
		return false
	}
	// Back over the figure or group word ("thousands", "at least 200", "a group").
	j := k - 1
	for _, q := range d.quants {
		if q.End == d.toks[k-1].End {
			j, _ = d.tokenRange(q.Span)
			j--
			break
		}
	}
	if j == k-1 {
		j = k - 2 // "a group of", "a crowd of": the noun, then its article
	}
	for j >= 0 && j > k-6 && d.toks[j].Word && lex.is("determiner", d.toks[j].Lower) {
		j--
	}
	return j >= 0 && d.toks[j].Word && lex.is("preposition", d.toks[j].Lower) && d.toks[j].Lower != "by" && d.toks[j].Lower != "of"
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

// newsAudience reports whether a mention is the press only as the channel of the report: a
// news outlet credited in parentheses ("LAGOS, 3 May (Reuters) -") or told the news ("an
// official told AFP", "the minister told reporters"). It does nothing in the event it reports.
func (d *document) newsAudience(m mention) bool {
	if m.Entity.Sector != "JRN" || m.T0 == 0 {
		return false
	}
	if d.toks[m.T0-1].Lower == "(" && m.T1 < len(d.toks) && d.toks[m.T1].Lower == ")" {
		return true
	}
	k := m.T0 - 1
	if lex.is("determiner", d.toks[k].Lower) && k > 0 {
		k--
	}
	switch d.toks[k].Lower {
	case "told", "tell", "tells", "telling":
		return true
	}
	return false
}

// stateOfWeapon returns the state whose forces an attack with no named doer is told by the
// adjective on its weapon or fire: "Israeli strikes killed", "Pakistani shelling killed", "died
// in Indian artillery fire", "a Turkish drone strike". The adjective must stand right before
// the means of attack (or before a noun trigger itself), so "killed a Turkish farmer" names a
// victim, not a doer.
func (d *document) stateOfWeapon(c *cand) (testigo.Entity, bool) {
	if c.T0 <= 0 || c.T0 >= len(d.toks) {
		return testigo.Entity{}, false
	}
	lo := d.sents[c.Sent].T0
	k := c.T0 - 1
	means := 0
	if lex.is("attack_means", d.toks[c.T0].Lower) {
		means++ // "shelling", "bombardment": the trigger is the means itself
	}
	for k >= lo && means < 3 && lex.is("attack_means", d.toks[k].Lower) {
		k--
		means++
	}
	nounTrigger := c.Trig != nil && (c.Trig.POS == 'n' || c.Trig.Base)
	if k < lo || means == 0 && !nounTrigger || !d.toks[k].Word || !d.toks[k].Upper {
		return testigo.Entity{}, false
	}
	word := d.text[d.toks[k].Start:d.toks[k].End]
	lx, err := actor.Default()
	if err != nil {
		return testigo.Entity{}, false
	}
	code, ok := lx.CountryCode(word)
	if !ok || code == "" {
		return testigo.Entity{}, false
	}
	name := lx.CountryName(code)
	if name == "" {
		name = word
	}
	return testigo.Entity{Name: name, Text: word, Sector: "MIL", Country: code, Code: code, Kind: testigo.KindState}, true
}
