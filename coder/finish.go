package coder

import (
	"fmt"
	"sort"
	"strings"

	"testigo"
)

// finishEvents merges the mentions of one happening, then classifies, scores and sorts the
// events.
func (d *document) finishEvents() []testigo.Event {
	var cs []*cand
	for _, c := range d.cands {
		if !c.Dropped {
			cs = append(cs, c)
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].T0 < cs[j].T0 })
	d.namedVictimsDied(cs)
	cs = d.attachCasualties(cs)
	cs = d.mergeAnaphors(cs)
	cs = d.mergeHeadline(cs)
	cs = d.mergeSame(cs)
	cs = d.mergeAnother(cs)
	d.shareDates(cs)
	d.ledeDate(cs)
	out := make([]testigo.Event, 0, len(cs))
	for _, c := range cs {
		out = append(out, d.event(c))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Evidence[0].Start != out[j].Evidence[0].Start {
			return out[i].Evidence[0].Start < out[j].Evidence[0].Start
		}
		return out[i].Type < out[j].Type
	})
	prefix := d.doc.ID
	if prefix == "" {
		prefix = "doc"
	}
	for i := range out {
		out[i].ID = fmt.Sprintf("%s-e%d", prefix, i+1)
	}
	return out
}

// attachCasualties folds casualty words ("were injured", "have died") into the attack told
// in the same or a nearby sentence; alone, they make an attack only if they carry a count or
// an actor.
func (d *document) attachCasualties(cs []*cand) []*cand {
	var out []*cand
	for _, c := range cs {
		if !c.Trig.Attach || c.Type != "ASSAULT" {
			out = append(out, c)
			continue
		}
		var host *cand
		for i := len(out) - 1; i >= 0; i-- {
			h := out[i]
			if h.Type != "ASSAULT" {
				continue
			}
			last := h.Sents[len(h.Sents)-1]
			if last == c.Sent || (c.Sent-last <= 2 && d.sents[last].Paragraph == d.sents[c.Sent].Paragraph) || c.Sent-last == 1 {
				host = h
			} else if c.Sent-last <= 5 && len(c.Actor) == 0 && !h.Hypothetical && samePlace(h, c) && sameDate(h, c) {
				// A death told a few sentences on, by no one and at no other place or day,
				// is a casualty of the attack told before.
				host = h
			}
			break
		}
		if host == nil {
			// A later attack in the same sentence takes it.
			for _, h := range cs {
				if h != c && h.Type == "ASSAULT" && !h.Trig.Attach && h.Sent == c.Sent && !h.Dropped {
					host = h
					break
				}
			}
			if host != nil {
				d.mergeInto(host, c)
				continue
			}
		}
		if host != nil && d.isAnotherVictim(c) && (host.Dead != nil || host.Injured != nil) && !d.toldIn(host, c.Sent) {
			// "A man was shot dead on Friday. Another man was wounded": one more victim.
			addAnother(host, c)
			continue
		}
		if host != nil {
			if !d.toldIn(host, c.Sent) {
				// Deaths and injuries told after the attack are its counts, which keep
				// their own evidence; the event's evidence tells the attack.
				c.Evidence = nil
			}
			d.mergeInto(host, c)
			continue
		}
		if c.Dead != nil || c.Injured != nil || len(c.Actor) > 0 && !c.Passive {
			out = append(out, c)
		}
	}
	return out
}

// toldIn reports whether one of an event's evidence spans lies in sentence si.
func (d *document) toldIn(c *cand, si int) bool {
	for _, e := range c.Evidence {
		if d.sentenceOf(e.Start) == si {
			return true
		}
	}
	return false
}

// shareDates dates an attack told without a day by the day of the other attacks of the
// text, when they all fall on one day: a report of one incident names its day once.
func (d *document) shareDates(cs []*cand) {
	day := ""
	var dated *testigo.EventDate
	for _, c := range cs {
		if c.Type != "ASSAULT" || c.Date == nil || c.Date.Start == nil || c.Date.Precision != testigo.PrecisionDay || c.Hypothetical {
			continue
		}
		if day != "" && *c.Date.Start != day {
			return
		}
		day, dated = *c.Date.Start, c.Date
	}
	if dated == nil {
		return
	}
	for _, c := range cs {
		if c.Type == "ASSAULT" && !c.Hypothetical && (c.Date == nil || c.Date.Start == nil || c.Date.Precision == testigo.PrecisionWeek) {
			x := *dated
			c.Date = &x
		}
	}
}

// ledeDate dates the events told without a day by the day the report's opening names (its
// dateline or lede: "KANDAHAR, Oct. 3 --", "... shot on Saturday night"): a report tells the
// happening of that day unless it says otherwise. Only the first six sentences are read
// (a short report names its day once, often after the event's first telling); a time of a
// day ("late Saturday night") names its day too; a day after publication, inside a
// quotation or starting a period is no such day.
func (d *document) ledeDate(cs []*cand) {
	var lede *testigo.Date
	for i := range d.dates {
		t := d.dates[i]
		si := d.sentenceOf(t.Span.Start)
		if si < 0 || si > 5 {
			break
		}
		day := dayOf(t)
		if t.Type != testigo.DateDate && t.Type != testigo.DateTime || len(day) != 10 || len(t.Value) < 10 || d.quoteAt(t.Span.Start) >= 0 || d.isSinceDate(t) ||
			d.doc.Published != "" && day > d.doc.Published {
			continue
		}
		if t0, _ := d.tokenRange(t.Span); d.saidOn(t0) {
			continue
		}
		lede = &d.dates[i]
		break
	}
	if lede == nil {
		return
	}
	for _, c := range cs {
		if c.Hypothetical || c.Date != nil && c.Date.Start != nil && c.Date.Precision != testigo.PrecisionWeek {
			continue
		}
		switch c.Type {
		case "ASSAULT", "PROTEST", "COERCE":
			c.Date = d.eventDate(*lede)
		}
	}
}

// isHeadline reports whether sentence si is a headline: the text's first line, short and
// without final punctuation.
func (d *document) isHeadline(si int) bool {
	if si != 0 || len(d.sents) < 2 {
		return false
	}
	s := d.sents[0]
	txt := strings.TrimSpace(d.text[s.Start:s.End])
	if txt == "" || strings.ContainsAny(txt[len(txt)-1:], ".!?\"”") || strings.Contains(txt, "\n\n") {
		return false
	}
	return d.countWords(s.T0, s.T1) <= 20
}

// mergeHeadline folds an event of the headline into the same happening told in the body.
func (d *document) mergeHeadline(cs []*cand) []*cand {
	var out []*cand
	for i, c := range cs {
		if c.Sent == 0 && d.isHeadline(0) {
			var host *cand
			for _, h := range cs[i+1:] {
				if h.Sent > 0 && h.Type == c.Type && compatibleMode(h, c) && !h.Hypothetical {
					host = h
					break
				}
			}
			if host != nil {
				addEvidence(host, c.Evidence)
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// mergeAnaphors folds a definite mention ("the explosion", "the talks") into the latest
// event of its type told before it, adding only its evidence.
func (d *document) mergeAnaphors(cs []*cand) []*cand {
	var out []*cand
	for _, c := range cs {
		if c.Anaphor {
			var host *cand
			for i := len(out) - 1; i >= 0; i-- {
				if out[i].Type == c.Type && !out[i].Hypothetical && compatibleMode(out[i], c) {
					host = out[i]
					break
				}
			}
			if host != nil {
				addEvidence(host, c.Evidence)
				if c.Dead != nil && host.Dead == nil {
					host.Dead, host.DeadInferred, host.DiedLater, host.DeadSelf = c.Dead, c.DeadInferred, c.DiedLater, c.DeadSelf
				}
				if c.Injured != nil && host.Injured == nil {
					host.Injured, host.InjuredInferred, host.InjuredSelf = c.Injured, c.InjuredInferred, c.InjuredSelf
				}
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// mergeAnother adds the one more victim of "Another man was also shot" to the attack with
// casualties told before it.
func (d *document) mergeAnother(cs []*cand) []*cand {
	var out []*cand
	for _, c := range cs {
		if d.isAnotherVictim(c) {
			var host *cand
			for i := len(out) - 1; i >= 0; i-- {
				h := out[i]
				if h.Type == c.Type && !h.Hypothetical && compatibleMode(h, c) && (h.Dead != nil || h.Injured != nil) {
					if sameDate(h, c) {
						host = h // one more victim told on another day is another incident's
					}
					break
				}
			}
			if host != nil {
				addEvidence(host, c.Evidence)
				addAnother(host, c)
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// addAnother adds the one more victim of c ("another man was also shot") to host's counts.
func addAnother(host, c *cand) {
	if c.Dead != nil {
		host.Dead = addCount(host.Dead, c.Dead, true)
		host.DeadInferred = false
		return
	}
	// The one more did not die of wounds: the host's later death is not theirs.
	if host.InjuredInferred && host.Dead != nil && host.Injured != nil && host.Injured.Value <= host.Dead.Value {
		// The injured read off the dead's own noun are the dead: the one more is the
		// only injured.
		host.Injured, host.InjuredInferred, host.DiedLater = c.Injured, false, false
		return
	}
	if host.Injured == nil {
		host.DiedLater = false
	}
	host.Injured = addCount(host.Injured, c.Injured, true)
	host.InjuredInferred = false
}

// isAnotherVictim reports whether an attack tells the one victim of "another man was shot":
// one more than those told before it.
// "Another man was wounded in a shooting on Monday" names its own attack: another incident.
func (d *document) isAnotherVictim(c *cand) bool {
	if !c.Another || c.Type != "ASSAULT" || c.Hypothetical || (c.Dead == nil) == (c.Injured == nil) {
		return false
	}
	for _, si := range c.Sents {
		for k := d.sents[si].T0; k+1 < d.sents[si].T1; k++ {
			if w := d.toks[k].Lower; (w == "a" || w == "an") && lex.is("incident", d.toks[k+1].Lower) {
				return false
			}
		}
	}
	return true
}

// compatibleMode reports whether two modes can be one event's.
func compatibleMode(a, b *cand) bool {
	if a.Mode == "" || b.Mode == "" || a.Mode == b.Mode {
		return true
	}
	if isVerbal(a.Type) {
		return true
	}
	return false
}

func samePlace(a, b *cand) bool {
	if a.Place == nil || b.Place == nil {
		return true
	}
	if a.Place.GeonamesID != 0 && a.Place.GeonamesID == b.Place.GeonamesID {
		return true
	}
	return strings.EqualFold(a.Place.Name, b.Place.Name)
}

func sameDate(a, b *cand) bool {
	if a.Date == nil || b.Date == nil || a.Date.Start == nil || b.Date.Start == nil {
		return true
	}
	if a.Date.Precision != testigo.PrecisionDay || b.Date.Precision != testigo.PrecisionDay {
		return true
	}
	return *a.Date.Start == *b.Date.Start
}

func shareActor(a, b *cand) bool {
	for _, x := range a.Actor {
		for _, y := range b.Actor {
			if strings.EqualFold(x.Name, y.Name) {
				return true
			}
		}
	}
	return false
}

// mergeSame merges events of one type that tell one happening: in the same sentence; in
// sentences close together in a paragraph, at the same place and date; a protest or attack
// at the same named place anywhere in the text; a verbal act by the same actor in the next
// sentence.
func (d *document) mergeSame(cs []*cand) []*cand {
	var out []*cand
	for _, c := range cs {
		merged := false
		for i := len(out) - 1; i >= 0; i-- {
			h := out[i]
			if h.Type != c.Type || h.Hypothetical != c.Hypothetical {
				continue
			}
			// A counter-protest is another crowd's protest.
			if d.isCounter(h) != d.isCounter(c) {
				continue
			}
			last := h.Sents[len(h.Sents)-1]
			if last != c.Sent && d.isAnotherVictim(c) && (h.Dead != nil || h.Injured != nil) {
				// "Another man was also shot" after an attack with casualties is one more
				// victim, not a retelling whose larger figure stands: mergeAnother adds it.
				break
			}
			samePara := d.sents[last].Paragraph == d.sents[c.Sent].Paragraph
			ok := false
			switch {
			case last == c.Sent && compatibleMode(h, c):
				// Two parties doing alike in one sentence are two acts ("the union
				// suspended talks and the bank suspended loans"), save an exchange of fire.
				ok = c.Type == "ASSAULT" || len(h.Actor) == 0 || len(c.Actor) == 0 || shareActor(h, c)
			case !compatibleMode(h, c) && !(c.Type == "PROTEST" && h.Place != nil && c.Place != nil && samePlace(h, c)):
				ok = false
			case samePara && c.Sent-last <= 2 && samePlace(h, c) && sameDate(h, c):
				ok = true
			case (c.Type == "PROTEST" || c.Type == "ASSAULT") && h.Place != nil && c.Place != nil && samePlace(h, c) && sameDate(h, c) && !isCountry(*c.Place):
				ok = true
			case c.Type == "CONSULT" && c.Sent-last == 1:
				ok = true
			case isVerbal(c.Type) && c.Sent-last <= 1 && shareActor(h, c) && sameDate(h, c):
				ok = true
			}
			if ok {
				d.mergeInto(h, c)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}

// isCounter reports whether a trigger is prefixed with "counter-": "a counter-demonstration".
func (d *document) isCounter(c *cand) bool {
	if c.T0 == 0 || d.toks[c.T0-1].Lower != "counter" {
		return false
	}
	gap := d.text[d.toks[c.T0-1].End:d.toks[c.T0].Start]
	return gap == "-" || gap == "" || gap == "‐"
}

// addEvidence gives h the spans of evs it does not cover yet.
func addEvidence(h *cand, evs []testigo.Span) {
	for _, e := range evs {
		if !spanCovered(h.Evidence, e) {
			h.Evidence = append(h.Evidence, e)
		}
	}
}

// mergeInto folds event c into h.
func (d *document) mergeInto(h, c *cand) {
	addEvidence(h, c.Evidence)
	for _, s := range c.Sents {
		found := false
		for _, x := range h.Sents {
			if x == s {
				found = true
			}
		}
		if !found {
			h.Sents = append(h.Sents, s)
		}
	}
	sort.Ints(h.Sents)
	if h.Mode == "" {
		h.Mode = c.Mode
	}
	if h.Date == nil || h.Date.Start == nil || (h.Date.Precision != testigo.PrecisionDay && c.Date != nil && c.Date.Start != nil && c.Date.Precision == testigo.PrecisionDay) {
		if c.Date != nil && c.Date.Start != nil {
			h.Date = c.Date
		}
	}
	if h.Place == nil {
		h.Place = c.Place
	}
	// A participant keeps the side the host put it on: one trigger's actor is not made the
	// other's recipient too.
	for _, e := range c.Actor {
		if !hasEntity(h.Recipient, e) {
			h.Actor = addEntity(h.Actor, e)
		}
	}
	for _, e := range c.Recipient {
		if !hasEntity(h.Actor, e) {
			h.Recipient = addEntity(h.Recipient, e)
		}
	}
	// A killer dead by his own hand and the victims he killed are all dead: "killed himself
	// after murdering his neighbor" is two.
	selfAndVictims := h.Dead != nil && c.Dead != nil && (h.DeadSelf && victimsIntroduced(c.Dead) || c.DeadSelf && victimsIntroduced(h.Dead))
	if c.Dead != nil {
		h.DeadInferred = (h.Dead == nil || h.DeadInferred) && c.DeadInferred
		h.DiedLater = h.DiedLater || c.DiedLater
		h.DeadSelf = (h.Dead == nil || h.DeadSelf) && c.DeadSelf
	}
	if c.Injured != nil {
		h.InjuredInferred = (h.Injured == nil || h.InjuredInferred) && c.InjuredInferred
		h.InjuredSelf = (h.Injured == nil || h.InjuredSelf) && c.InjuredSelf
	}
	// A second sentence's casualty figure that says "more" adds; otherwise the larger stands.
	if c.Dead != nil {
		h.Dead = addCount(h.Dead, c.Dead, isIncrement(c.Dead) || selfAndVictims)
	}
	if c.Injured != nil {
		h.Injured = addCount(h.Injured, c.Injured, isIncrement(c.Injured))
	}
	if c.Hit != nil {
		h.Hit = addCount(h.Hit, c.Hit, isIncrement(c.Hit))
	}
	if c.Arrested != nil {
		h.Arrested = addCount(h.Arrested, c.Arrested, isIncrement(c.Arrested))
	}
	if c.Size != nil && (h.Size == nil || c.Size.Value > h.Size.Value) {
		h.Size = c.Size
	}
	if h.Source == nil {
		h.Source = c.Source
	}
	h.Context = append(h.Context, c.Context...)
	h.Confidence = max(h.Confidence, c.Confidence)
	if !c.Trig.Weak && !c.Trig.Attach && (h.Trig.Weak || h.Trig.Attach) {
		// A told act names the mode better than a vague word did; but what "X must ..." asks
		// is read off its own complement ("must abandon their positions").
		if c.Mode != "" && h.Type != "PROTEST" && !(isModalTrigger(h.Trig) && h.Mode != "") {
			h.Mode = c.Mode
		}
		h.Trig = c.Trig
	}
}

// injuredOfHit gives an event whose figure says how many were shot the injured it implies:
// those shot less those who died ("two people were shot, one fatally" is one injured).
func (d *document) injuredOfHit(c *cand) {
	if c.Hit == nil {
		return
	}
	dead := 0
	if c.Dead != nil {
		dead = c.Dead.Value
	}
	v := c.Hit.Value - dead
	if v <= 0 || c.Injured != nil && c.Injured.Value >= v {
		return
	}
	x := *c.Hit
	x.Value, x.Max = v, nil
	if dead > 0 {
		x.Reports = append(append([]testigo.CountReport{}, c.Hit.Reports...), c.Dead.Reports...)
	}
	c.Injured, c.InjuredInferred = &x, false
}

// distinctVictims reports whether the dead and the injured, each read off a victim's noun,
// are told as different people: of another sex ("a man was killed ... a woman was wounded"),
// another age ("a 20-year-old ... a 31-year-old"), or as one more ("the second victim", "the
// other man", "was also wounded") where the dead were not. Pronouns and names are left out:
// a pronoun may be a speaker's, and a recap names the victims of other incidents.
func (d *document) distinctVictims(dead, injured *testigo.Count) bool {
	dw, iw := splitLower(dead.Text), splitLower(injured.Text)
	if len(dw) == 0 || len(iw) == 0 || lex.is("pronoun_person", dw[0]) || lex.is("pronoun_person", iw[0]) {
		return false
	}
	if ds, is := victimSex(dw), victimSex(iw); ds != "" && is != "" && ds != is {
		return true
	}
	if da, ia := victimAge(dw), victimAge(iw); da != "" && ia != "" && da != ia {
		return true
	}
	if introducesVictim(dw[0]) && introducesVictim(iw[0]) && d.apartInOneSentence(dead, injured) {
		// "a nurse was injured and a guard killed", "a nurse was injured and her husband
		// killed": two victims introduced apart in one sentence are two people.
		return true
	}
	if iw[0] == "the" && dw[len(dw)-1] == iw[len(iw)-1] {
		return false // "the woman was also hit" is the woman told before
	}
	return d.toldAsOneMore(injured) && !d.toldAsOneMore(dead)
}

// victimsIntroduced reports whether a count's victims are told as someone's ("his wife",
// "her neighbor"): not "he", "the man" or "a man", who may be the killer himself.
func victimsIntroduced(c *testigo.Count) bool {
	ws := splitLower(c.Text)
	return len(ws) > 0 && (ws[0] == "his" || ws[0] == "her" || ws[0] == "their")
}

// introducesVictim reports whether a victim's first word introduces a person not told before:
// an indefinite article or a possessive ("a nurse", "her husband").
func introducesVictim(w string) bool {
	switch w {
	case "a", "an", "his", "her", "their":
		return true
	}
	return false
}

// apartInOneSentence reports whether two counts have reports in one sentence whose
// evidence does not overlap.
func (d *document) apartInOneSentence(a, b *testigo.Count) bool {
	for _, x := range a.Reports {
		for _, y := range b.Reports {
			if d.sentenceOf(x.Evidence.Start) == d.sentenceOf(y.Evidence.Start) && (x.Evidence.End <= y.Evidence.Start || y.Evidence.End <= x.Evidence.Start) {
				return true
			}
		}
	}
	return false
}

// toldAsOneMore reports whether a count's evidence tells its victim as one more than one
// told before: "the second victim", "the other man", "was also wounded".
func (d *document) toldAsOneMore(c *testigo.Count) bool {
	for _, r := range c.Reports {
		t0, t1 := d.tokenRange(testigo.Span{Start: r.Evidence.Start, End: r.Evidence.End})
		for k := t0; k < t1; k++ {
			if lex.is("other_victim", d.toks[k].Lower) {
				return true
			}
		}
	}
	return false
}

// victimSex returns "male" or "female" as the last word of a victim's words that tells it
// ("his wife" is a woman), or "".
func victimSex(ws []string) string {
	for i := len(ws) - 1; i >= 0; i-- {
		switch {
		case lex.is("male", ws[i]):
			return "male"
		case lex.is("female", ws[i]):
			return "female"
		}
	}
	return ""
}

// victimAge returns the age a victim's words give ("a 25-year-old man" → "25"), or "".
func victimAge(ws []string) string {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i+1] == "year" || ws[i+1] == "years" {
			if w := ws[i]; w != "" && w[0] >= '0' && w[0] <= '9' {
				return w
			}
		}
	}
	return ""
}

func isIncrement(c *testigo.Count) bool {
	return len(c.Reports) == 1 && c.Reports[0].Qualifier == "more"
}

// event builds the output event of a merged candidate.
func (d *document) event(c *cand) testigo.Event {
	// Victims read off their nouns ("a man and a woman were found with gunshot wounds") who
	// are no more than the dead are the dead themselves, not more people.
	// Unless the words tell two people: "a man was killed ... a woman was wounded".
	if c.InjuredInferred && c.Dead != nil && c.Injured != nil && c.Injured.Value <= c.Dead.Value && (!c.DeadSelf || c.InjuredSelf) && (c.DeadInferred || c.Injured.Value > 1 || c.Dead.Value > 1) && !d.distinctVictims(c.Dead, c.Injured) {
		c.Injured = nil
	}
	// The injured who later died of their wounds are the dead: "One person was injured ...
	// He died at the hospital" is one dead.
	if c.DiedLater && c.Dead != nil && c.Injured != nil && c.Hit == nil {
		if c.Injured.Value <= c.Dead.Value {
			c.Injured = nil
		} else {
			x := *c.Injured
			x.Value, x.Max = x.Value-c.Dead.Value, nil
			c.Injured = &x
		}
	}
	d.injuredOfHit(c)
	d.defaultActors(c)
	e := testigo.Event{Type: c.Type, Context: []string{}, Actor: c.Actor, Recipient: c.Recipient,
		Dead: c.Dead, Injured: c.Injured, Arrested: c.Arrested, Size: c.Size, Source: c.Source,
		Negated: c.Negated, Hypothetical: c.Hypothetical, CAMEO: cameo(c)}
	if e.Actor == nil {
		e.Actor = []testigo.Entity{}
	}
	if e.Recipient == nil {
		e.Recipient = []testigo.Entity{}
	}
	if c.Type == "ASSAULT" && (c.Mode == "" || c.Mode == "crowd-control") {
		// A tear-gas trigger's own mode yields to live fire named in its sentence too.
		if m, lethal := d.sentenceMode(c); c.Mode == "" || lethal {
			c.Mode = m
		}
		// Killing a named office or command ("killed the deputy chief", "murdered the
		// mayor") picks its victim: a targeted killing, when no weapon says more.
		if c.Mode == "" && c.Trig.POS != 'n' && lex.is("killing_verb", d.toks[c.T0].Lower) && d.leaderVictim(c) {
			c.Mode = "targeted"
		}
	}
	if c.Mode != "" {
		m := c.Mode
		e.Mode = &m
	}
	seen := map[string]bool{}
	for _, x := range c.Context {
		if !seen[x] {
			seen[x] = true
			e.Context = append(e.Context, x)
		}
	}
	sort.Strings(e.Context)
	if c.Date != nil {
		e.Date = *c.Date
	} else {
		e.Date = testigo.EventDate{Precision: testigo.PrecisionUnknown}
	}
	if c.Place != nil {
		p := c.Place
		e.Place = &testigo.EventPlace{Name: p.Name, GeonamesID: p.GeonamesID, Lat: p.Lat, Lon: p.Lon, Country: p.Country,
			Admin1: p.Admin1, Admin2: p.Admin2, Precision: p.Precision, Text: p.Text}
		if e.Place.Precision == 0 {
			e.Place.Precision = placePrecision(*p)
		}
	}
	sort.Slice(c.Evidence, func(i, j int) bool {
		if c.Evidence[i].Start != c.Evidence[j].Start {
			return c.Evidence[i].Start < c.Evidence[j].Start
		}
		return c.Evidence[i].End > c.Evidence[j].End
	})
	// Two triggers of one clause give its span once, and overlapping spans (both inside one
	// sentence) are given as their union, so a reader sees each passage highlighted once.
	var spans []testigo.Span
	for _, s := range c.Evidence {
		if n := len(spans); n > 0 && s.Start < spans[n-1].End {
			spans[n-1].End = max(spans[n-1].End, s.End)
			continue
		}
		spans = append(spans, s)
	}
	for _, s := range spans {
		e.Evidence = append(e.Evidence, testigo.NewEvidence(d.text, s))
	}
	e.ACLED = d.acled(c)
	e.Confidence = d.confidence(c)
	// Counts keep the order of the text in their reports.
	return e
}

func placePrecision(p testigo.Place) int {
	switch {
	case strings.HasPrefix(p.FeatureCode, "PPL"):
		return 1
	case strings.HasPrefix(p.FeatureCode, "ADM2"), strings.HasPrefix(p.FeatureCode, "ADM3"):
		return 2
	default:
		return 3
	}
}

// sentenceMode reads how an attack was carried out from the words of its sentences; lethal
// reports live fire named in the event's own sentence beside a crowd-control weapon.
func (d *document) sentenceMode(c *cand) (mode string, lethal bool) {
	best, bestAt := "", 1<<30
	firearmsAt := 1 << 30
	for _, si := range c.Sents {
		s := d.sents[si]
		for _, cue := range lex.modes {
			if cue.Type != c.Type || cue.Where != 's' {
				continue
			}
			for k := s.T0; k < s.T1; k++ {
				if _, ok := cueAt(d.toks, k, s.T1, cue.Words); ok {
					dist := k - c.T0
					if dist < 0 {
						dist = -dist
					}
					if si != c.Sent {
						// Any other sentence is farther than every word of the event's own,
						// whether it comes before or after it.
						dist += 1000 * max(si-c.Sent, c.Sent-si)
					}
					if dist < bestAt {
						best, bestAt = cue.Mode, dist
					}
					if cue.Mode == "firearms" && lethalCue[cue.Words[0]] {
						firearmsAt = min(firearmsAt, dist)
					}
					break
				}
			}
		}
	}
	if best == "crowd-control" && firearmsAt < 1000 {
		// Live fire named beside tear gas or rubber bullets is what made it lethal: the
		// attack is with firearms ("fired live ammunition and tear gas at marchers").
		return "firearms", true
	}
	return best, false
}

// leaderVictim reports whether the victim of a killing is named by a title of leadership
// or office ("the deputy chief of the militia", "two rebel commanders", "the mayor was
// shot"): a word of the object's noun phrase after an active verb, or of the subject before
// a passive one, up to the first preposition ("the bodyguards of the mayor" and "the
// chief's son" are no leader).
func (d *document) leaderVictim(c *cand) bool {
	if c.Passive {
		for k := c.T0 - 1; k >= c.C0 && k >= c.T0-8; k-- {
			w := d.toks[k].Lower
			if lex.is("leader_title", w) && !d.possessor(k) {
				return true
			}
			if !d.toks[k].Word || lex.is("preposition", w) && w != "of" {
				break
			}
		}
		return false
	}
	for k := c.T1; k < c.C1 && k <= c.T1+6; k++ {
		w := d.toks[k].Lower
		if lex.is("leader_title", w) && !d.possessor(k) {
			return true
		}
		if !d.toks[k].Word || lex.is("preposition", w) || w == "and" {
			break
		}
	}
	return false
}

// possessor reports whether token k owns the noun after it ("the chief's son").
func (d *document) possessor(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	n := d.toks[k+1].Lower
	return n == "'s" || n == "’s" || n == "'" || n == "’"
}

// lethalCue holds the first words of firearms cues that cannot name a crowd-control weapon
// ("fired" can: "fired tear gas"; "bullets" can: "rubber bullets").
var lethalCue = map[string]bool{"live": true, "gunfire": true, "firearm*": true, "rifle*": true, "sniper*": true, "gunshot*": true}

// cameo returns the CAMEO root code of an event type.
func cameo(c *cand) string {
	switch c.Type {
	case "AGREE":
		return "03"
	case "CONSULT":
		return "04"
	case "SUPPORT":
		return "05"
	case "COOPERATE":
		return "06"
	case "AID":
		return "07"
	case "CONCEDE", "RETREAT":
		return "08"
	case "REQUEST":
		return "10"
	case "ACCUSE":
		return "11"
	case "REJECT":
		return "12"
	case "THREATEN":
		return "13"
	case "PROTEST":
		return "14"
	case "MOBILIZE":
		return "15"
	case "SANCTION":
		return "16"
	case "COERCE":
		return "17"
	case "ASSAULT":
		switch c.Mode {
		case "heavy-weapons", "aerial", "drone":
			return "19"
		}
		return "18"
	}
	return ""
}

// confidence ranks events: concrete material events with actor, place, date and counts
// first, vague nominal mentions and opinions last.
func (d *document) confidence(c *cand) float64 {
	x := 0.5
	if c.Trig.Weak || c.Trig.Attach {
		x = 0.3
	}
	if c.Trig.POS == 'n' && !c.Trig.Weak {
		x = 0.45
	}
	if len(c.Actor) > 0 && !c.ActorInferred {
		x += 0.1
	}
	if len(c.Recipient) > 0 {
		x += 0.05
	}
	if c.Place != nil {
		x += 0.1
	}
	if c.Date != nil && c.Date.Start != nil {
		x += 0.1
	}
	if c.Dead != nil || c.Injured != nil || c.Arrested != nil || c.Size != nil {
		x += 0.1
	}
	if len(c.Evidence) > 1 {
		x += 0.05
	}
	switch c.Type {
	case "ASSAULT", "PROTEST", "COERCE":
		x += 0.05
	}
	if c.Quote >= 0 {
		x -= 0.1
	}
	if c.Opinion {
		x -= 0.25
	}
	if c.Backgrounded {
		x -= 0.2
	}
	if c.Hypothetical {
		x *= 0.5
	}
	if x < 0.05 {
		x = 0.05
	}
	if x > 0.95 {
		x = 0.95
	}
	return float64(int(x*100+0.5)) / 100
}

// inter returns ACLED's actor category of an entity: 1 state forces, 2 rebels, 3 political
// militias, 5 rioters, 6 protesters, 7 civilians, 8 external forces.
func (d *document) inter(e testigo.Entity, protester, rioter bool) int {
	switch e.Sector {
	case "MIL", "COP", "GOV", "JUD", "LEG", "SPY":
		if e.Country != "" && d.ann.Country != "" && e.Country != d.ann.Country {
			return 8
		}
		return 1
	case "REB":
		return 2
	case "PRM", "UAF":
		return 3
	}
	if e.Code == "UNO" || e.Code == "IGO" || e.Code == "EUR" {
		return 8
	}
	if rioter {
		return 5
	}
	if protester {
		return 6
	}
	return 7
}

var protestWords = map[string]bool{"protest": true, "protests": true, "protesters": true, "protestors": true, "protesting": true,
	"demonstrators": true, "demonstration": true, "demonstrations": true, "marchers": true, "marching": true, "march": true,
	"rally": true, "siege": true, "blockade": true, "blockades": true, "strikers": true}

// acled classifies an event in ACLED's scope; verbal acts, threats and hypothetical events
// are out of it.
func (d *document) acled(c *cand) *testigo.ACLED {
	if c.Hypothetical || c.Negated {
		return nil
	}
	protestCtx := false
	for _, si := range c.Sents {
		s := d.sents[si]
		for k := s.T0; k < s.T1; k++ {
			if protestWords[d.toks[k].Lower] {
				protestCtx = true
			}
		}
	}
	state := false
	for _, e := range c.Actor {
		if d.inter(e, false, false) == 1 {
			state = true
		}
	}
	first := func(list []testigo.Entity, protester, rioter bool) int {
		if len(list) == 0 {
			return 0
		}
		best := 0
		for _, e := range list {
			v := d.inter(e, protester, rioter)
			if best == 0 || v < best {
				best = v
			}
		}
		return best
	}
	a := &testigo.ACLED{}
	switch c.Type {
	case "PROTEST":
		if c.Mode == "riot" || c.Mode == "vandalize" {
			a.EventType, a.SubEventType = "Riots", "Violent demonstration"
			a.Inter1 = 5
		} else {
			a.EventType, a.SubEventType = "Protests", "Peaceful protest"
			a.Inter1 = 6
		}
	case "ASSAULT":
		a.Inter1 = first(c.Actor, false, false)
		a.Inter2 = first(c.Recipient, protestCtx, false)
		casualties := c.Dead != nil && c.Dead.Value > 0 || c.Injured != nil && c.Injured.Value > 0
		switch {
		case protestCtx && (state || len(c.Actor) == 0) && (casualties || c.Mode == "firearms"):
			a.EventType, a.SubEventType = "Protests", "Excessive force against protesters"
			a.Inter1, a.Inter2 = 1, 6
		case protestCtx && state:
			a.EventType, a.SubEventType = "Protests", "Protest with intervention"
			a.Inter1, a.Inter2 = 1, 6
		case c.Mode == "suicide-attack":
			a.EventType, a.SubEventType = "Explosions/Remote violence", "Suicide bomb"
		case c.Mode == "aerial" || c.Mode == "drone":
			a.EventType, a.SubEventType = "Explosions/Remote violence", "Air/drone strike"
		case c.Mode == "heavy-weapons":
			a.EventType, a.SubEventType = "Explosions/Remote violence", "Shelling/artillery/missile attack"
		case c.Mode == "explosives":
			a.EventType, a.SubEventType = "Explosions/Remote violence", "Remote explosive/landmine/IED"
			if d.sentenceHas(c, "grenade", "grenades") {
				a.SubEventType = "Grenade"
			}
		case c.Mode == "sexual":
			a.EventType, a.SubEventType = "Violence against civilians", "Sexual violence"
		case c.Mode == "abduct":
			a.EventType, a.SubEventType = "Violence against civilians", "Abduction/forced disappearance"
		case c.Mode == "destroy":
			a.EventType, a.SubEventType = "Strategic developments", "Looting/property destruction"
		case a.Inter1 != 0 && a.Inter2 != 0 && a.Inter1 <= 3 && a.Inter2 <= 3 || d.sentenceHas(c, "clash", "clashes", "clashed", "battle", "fighting", "firefight", "gunbattle"):
			a.EventType, a.SubEventType = "Battles", "Armed clash"
		default:
			a.EventType, a.SubEventType = "Violence against civilians", "Attack"
			if a.Inter2 == 0 {
				a.Inter2 = 7
			}
		}
	case "COERCE":
		switch c.Mode {
		case "arrest":
			a.EventType, a.SubEventType = "Strategic developments", "Arrests"
		case "seize", "destroy":
			a.EventType, a.SubEventType = "Strategic developments", "Looting/property destruction"
		default:
			return nil
		}
		a.Inter1 = first(c.Actor, false, false)
		a.Inter2 = first(c.Recipient, false, false)
	case "AGREE":
		if !d.sentenceHas(c, "ceasefire", "truce", "peace", "cease-fire") {
			return nil
		}
		a.EventType, a.SubEventType = "Strategic developments", "Agreement"
		a.Inter1 = first(c.Actor, false, false)
		a.Inter2 = first(c.Recipient, false, false)
	default:
		return nil
	}
	if a.Inter1 == 0 && a.Inter2 != 0 {
		a.Inter1, a.Inter2 = a.Inter2, 0
	}
	lo, hi := a.Inter1, a.Inter2
	if hi != 0 && hi < lo {
		lo, hi = hi, lo
	}
	a.Interaction = lo*10 + hi
	return a
}

// sentenceHas reports whether a sentence of the event holds one of words.
func (d *document) sentenceHas(c *cand, words ...string) bool {
	for _, si := range c.Sents {
		s := d.sents[si]
		for k := s.T0; k < s.T1; k++ {
			for _, w := range words {
				if d.toks[k].Lower == w {
					return true
				}
			}
		}
	}
	return false
}
