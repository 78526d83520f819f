package actor

import (
	"strings"

	"testigo"
)

// locatives before a country or a capital make it a place, not an actor.
var locatives = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "across": true, "throughout": true,
	"into": true, "of": true, "near": true, "around": true, "within": true, "outside": true,
	"inside": true, "toward": true, "towards": true, "via": true, "through": true, "over": true,
	"for": true, "on": true, "by": true, "out": true, "leave": true, "left": true, "visit": true,
	"visited": true, "entered": true, "reached": true, "fled": true, "arrived": true, "all": true,
}

// speechVerbs after a lone capitalized word make it a speaker ("Rojas said").
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "stated": true, "announced": true,
	"claimed": true, "asked": true, "declared": true, "insisted": true, "warned": true,
	"denied": true, "argued": true, "wrote": true, "tweeted": true, "explained": true,
	"replied": true, "charged": true, "accused": true, "called": true, "demanded": true,
	"threatened": true, "promised": true, "noted": true, "urged": true, "confirmed": true,
}

// capitalized reads the capitalized sequence at j (after the modifiers m): an organization,
// an acronym, a state, a group named by a demonym, or a person.
func (f *finder) capitalized(m mods, j int) int {
	start := m.start
	if !m.any {
		start = j // "re-instating Salvatierra", "the Senate": the words before are not part of it
	}
	t := f.tok(j)
	// "LA PAZ, Bolivia, 3 May (Andes Wire Service) -": the agency that files the story.
	if e := f.chunkEnd(j, true); f.datelineAgency(j, e) {
		return e
	}
	// Known organizations: "the United Nations", "Amnesty International". An acronym alone
	// that the text itself defined is the text's organization, whatever else it abbreviates
	// elsewhere.
	if e, n := f.knownOrg(f.toks, j); n > 0 && (n > 1 || t.upper() || !t.first) && !(n == 1 && f.defined(t.text)) {
		end := j + n
		if f.tok(end).is("office", "agency", "mission", "council", "commission") && !f.tok(end).cap() {
			end++
		}
		ent := testigo.Entity{Name: e.name, Sector: e.sector, Code: e.code, Kind: e.kind}
		if e.code == "NGO" || e.code == "IGO" || e.code == "UNO" || e.code == "EUR" || e.code == "IMG" {
			ent.Country = ""
		} else {
			ent.Country = e.code
		}
		// An office held by one person, then the holder's name: "UN Secretary-General Ana Ruiz".
		if e.kind == testigo.KindPerson {
			if name, ne := f.personName(end); ne > end+1 {
				ent.Name = name
				f.add(testigo.Span{Start: f.tok(start).start, End: f.tok(ne - 1).end}, ent, "person")
				return ne
			}
		}
		f.add(testigo.Span{Start: f.tok(start).start, End: f.tok(end - 1).end}, ent, "org")
		next := f.skipDefinition(end)
		for from := next; next < len(f.toks) && f.orgHead(next) && next-from < 2; {
			next++
		}
		return next
	}
	// Acronyms the text defined: "the MAS".
	if idx, ok := f.acronyms[t.text]; ok {
		d := f.defs[idx]
		ent := testigo.Entity{Name: d.name, Sector: d.sector, Country: d.country, Code: d.code, Kind: d.kind}
		end := j + 1
		for end < len(f.toks) && end-j < 3 && f.orgHead(end) {
			end++
		}
		f.add(testigo.Span{Start: t.start, End: f.tok(end - 1).end}, ent, "org")
		return end
	}
	// Countries: "Bolivia said", not "in Bolivia".
	if a, n := f.countryAt(j); n > 0 && !(f.tok(j+n).kind == tokWord && f.tok(j+n).cap() && f.hasOrgWord(j, f.chunkEnd(j, true))) {
		end := j + n
		if f.tok(end).kind == tokPoss {
			end++
		}
		if !locatives[f.prevWord(j).lower] && f.tok(j-1).kind != tokPoss && !(f.tok(end).kind == tokWord && f.tok(end).cap()) && !f.dateline(j, end) {
			if p := f.placeAt(t.start, f.tok(j+n-1).end); p == nil || !p.Literal || f.looksLikeSubject(j+n) {
				ent := testigo.Entity{Name: f.l.CountryName(a), Sector: "GOV", Country: a, Code: a, Kind: testigo.KindState}
				f.add(testigo.Span{Start: t.start, End: f.tok(j + n - 1).end}, ent, "state:"+a)
			}
		}
		return end
	}
	// An acronym nobody defined, used as a noun phrase ("the ABCD said", "called for the
	// ABCD to act"): an organization, its sector from an apposition ("the state energy
	// company, the ABCD,").
	if k := f.bareAcronym(j); k > j {
		return k
	}
	// "Bolivians", "Palestinians", "South Africans": the people of a country.
	if nx := f.tok(j + 1); nx.kind == tokWord && nx.cap() && f.l.plurals[t.lower+" "+nx.lower] {
		a := f.l.demonyms[t.lower+" "+nx.lower]
		ent := testigo.Entity{Name: f.text[t.start:nx.end], Sector: "CVL", Country: a, Code: a, Kind: testigo.KindGroup}
		f.add(testigo.Span{Start: t.start, End: nx.end}, ent, "")
		return j + 2
	}
	if f.l.plurals[t.lower] {
		a := f.l.demonyms[t.lower]
		ent := testigo.Entity{Name: t.text, Sector: "CVL", Country: a, Code: a, Kind: testigo.KindGroup}
		f.add(testigo.Span{Start: t.start, End: t.end}, ent, "")
		return j + 1
	}
	// A name holding an organization word: "Bolivian Workers Central", "the Ombudsman's Office".
	ce := f.chunkEnd(j, true)
	if m.country != "" && start < j {
		// the demonym belongs to the name: "Bolivian Workers Central"
		j0 := start
		for k := start; k < j; k++ {
			if f.toks[k].cap() {
				j0 = k
				break
			}
		}
		if f.hasOrgWord(j0, ce) {
			return f.orgMention(start, j0, ce, m.sector)
		}
	}
	// "James Zogby of the Arab American Institute": a name, then the body it belongs to.
	if c := f.firstConnector(j, ce); c > j+1 && !f.hasOrgWord(j, c) && f.hasOrgWord(c+1, ce) {
		if name, ne := f.personName(j); ne == c {
			kk := c + 1
			for kk < ce && f.toks[kk].kind == tokWord && connectors[f.toks[kk].lower] {
				kk++
			}
			def := f.describeOrg(f.toks[kk:ce])
			ent := testigo.Entity{Name: name, Sector: def.sector, Country: def.country, Code: def.code, Kind: testigo.KindPerson}
			if international(def.code) {
				ent.Country = ""
			}
			f.add(testigo.Span{Start: f.tok(j).start, End: f.tok(ne - 1).end}, ent, "person")
			return kk // the organization is read next
		}
	}
	if f.hasOrgWord(j, ce) && (ce-j > 1 || f.isRoleWord(t.lower)) {
		return f.orgMention(start, j, ce, m.sector)
	}
	if _, ok := f.l.demonyms[t.lower]; ok {
		return j + 1
	}
	// Places: a capital used for its government ("Washington said"), else not an actor.
	se := f.chunkEnd(j, false)
	if p := f.placeAt(t.start, f.tok(se-1).end); p != nil {
		pe := j
		for pe < se && f.toks[pe].start < p.End {
			pe++
		}
		if (!p.Literal || f.looksLikeSubject(pe)) && p.Country != "" && strings.HasPrefix(p.FeatureCode, "PPLC") && !locatives[f.prevWord(j).lower] && f.tok(pe).kind != tokPoss {
			ent := testigo.Entity{Name: p.Name, Sector: "GOV", Country: p.Country, Code: p.Country, Kind: testigo.KindState}
			f.add(testigo.Span{Start: p.Start, End: p.End}, ent, "state:"+p.Country)
		}
		return max(pe, j+1)
	}
	// People. A headline's capitals do not mark names.
	if f.headline && !m.any {
		return j + 1 // read on word by word: roles may follow
	}
	name, ne := f.personName(j)
	if ne == j {
		return se
	}
	// A name the text abbreviates right after ("Central Obrera Boliviana (COB)") is an
	// organization's, whatever its words.
	if f.tok(ne).text == "(" && f.tok(ne+2).text == ")" {
		if _, ok := f.acronyms[f.tok(ne+1).text]; ok {
			return f.orgMention(start, j, ne, m.sector)
		}
	}
	words := ne - j
	_, seen := f.byName[strings.ToLower(name)]
	_, last := f.byLast[strings.ToLower(f.toks[ne-1].text)]
	if words == 1 && !seen && !last && !speechVerbs[f.tok(ne).lower] && !(f.tok(ne).kind == tokPoss) {
		return ne
	}
	if words == 1 && t.first && f.vocab[t.lower] {
		return ne
	}
	sector, country, after, title := f.appositive(ne)
	if m.elite && sector == "" {
		sector = "ELI"
	}
	if country == "" {
		country = m.country
	}
	ent := testigo.Entity{Name: name, Sector: sector, Country: country, Code: country, Kind: testigo.KindPerson}
	f.add(testigo.Span{Start: f.tok(start).start, End: f.tok(ne - 1).end}, ent, "person")
	if after > ne {
		// The appositive is a mention of the same person, not a second actor: a clause that
		// opens after the comma ("the head of the union who resigned") finds this person in it.
		as := ne + 1
		if f.tok(as).is("the", "a", "an") {
			as++
		}
		f.addRef(testigo.Span{Start: f.tok(as).start, End: f.tok(after - 1).end}, ent, len(f.out)-1)
	}
	if title != "" {
		f.rememberTitle(title, sector == "ELI")
	}
	return max(ne, after)
}

// firstConnector returns the index of the first connector word in toks[j:e], or -1.
func (f *finder) firstConnector(j, e int) int {
	for k := j; k < e; k++ {
		if f.toks[k].kind == tokWord && connectors[f.toks[k].lower] {
			return k
		}
	}
	return -1
}

// prevWord returns the token before j, stepping back over "the".
func (f *finder) prevWord(j int) *token {
	k := j - 1
	if f.tok(k).is("northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "rural", "neighbouring", "neighboring") {
		k-- // "in southern Peru"
	}
	if f.tok(k).is("the") {
		k--
	}
	return f.tok(k)
}

// looksLikeSubject reports whether the word after a country name is a verb of saying or
// acting, which makes the country an actor even where the gazetteer saw a place.
func (f *finder) looksLikeSubject(k int) bool {
	t := f.tok(k)
	if t.kind != tokWord || t.cap() {
		return false
	}
	if t.is("along", "together") && f.tok(k+1).is("with") {
		return true // "Quito, along with its allies, demanded": a subject joined by others
	}
	return speechVerbs[t.lower] || strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "eed") || t.is("has", "have", "will", "would", "is", "was", "had", "must", "should", "can", "could", "may")
}

// hasOrgWord reports whether the capitalized name toks[j:e] is an organization's: its last
// word, or a word before "of" or a possessive, is an organization word ("Workers Central",
// "Movement toward Socialism", "Ombudsman's Office"). "Police Chief John Smith" is not.
func (f *finder) hasOrgWord(j, e int) bool {
	for k := j; k < e; k++ {
		t := f.toks[k]
		if t.kind != tokWord || !t.cap() {
			continue
		}
		if _, ok := f.l.orgWords[t.lower]; !ok {
			continue
		}
		if k == e-1 || f.toks[k+1].kind == tokPoss || f.toks[k+1].kind == tokWord && connectors[f.toks[k+1].lower] {
			return true
		}
		// "Liberation Tigers of Tamil Eelam": a longer name built with "of" or "for" (not for
		// words that open titles: "Police Chief John Smith of ...").
		if sec := f.l.orgWords[t.lower].sector; e-j >= 4 && (sec == "REB" || sec == "PRM" || sec == "PTY" || sec == "LAB") {
			for x := k + 1; x < e; x++ {
				if f.toks[x].is("of", "for") {
					return true
				}
			}
		}
	}
	return false
}

// orgMention adds the organization named by toks[j:e], its span starting at token start.
func (f *finder) orgMention(start, j, e int, sector string) int {
	// Trim trailing connectors (none should remain) and a leading "The".
	if f.toks[j].is("the") {
		j++
	}
	def := f.describeOrg(f.toks[j:e])
	// An acronym right after ("(MAS)") was learned already; the definition's name wins.
	if f.tok(e).text == "(" && f.tok(e+2).text == ")" {
		if idx, ok := f.acronyms[f.tok(e+1).text]; ok {
			def = f.defs[idx]
		}
	}
	ent := testigo.Entity{Name: def.name, Sector: def.sector, Country: def.country, Code: def.code, Kind: def.kind}
	if ent.Name == "" {
		ent.Name = f.text[f.toks[j].start:f.toks[e-1].end]
	}
	if sector != "" {
		ent.Sector = sector
	}
	next := f.skipDefinition(e)
	end, from := e, next
	for next < len(f.toks) && next-from < 2 && f.orgHead(next) {
		next++
		if from == e {
			end = next // no "(ACR)" in between: the word joins the span
		}
	}
	f.add(testigo.Span{Start: f.tok(start).start, End: f.tok(end - 1).end}, ent, "org")
	return next
}

// orgHead reports whether token k is a lower-case organization word that only says what the
// organization before it is: "the MAS party", "the COB union confederation".
func (f *finder) orgHead(k int) bool {
	t := f.tok(k)
	if t.kind != tokWord || t.cap() {
		return false
	}
	if _, ok := f.l.orgWords[t.lower]; !ok {
		return false
	}
	// "the party leader": the word starts a title instead.
	nx := f.tok(k + 1)
	return !(nx.kind == tokWord && !nx.cap() && (f.l.heads[nx.lower] || f.titleLen(k+1) > 0))
}

// skipDefinition steps over "(ACR)" after an organization's name.
func (f *finder) skipDefinition(e int) int {
	if f.tok(e).text == "(" && f.tok(e+2).text == ")" && f.tok(e+1).upper() {
		return e + 3
	}
	return e
}

// appositive reads ", the minister of the presidency" after a name at k; it returns the sector
// and country the title gives, or "", the index after the appositive (k when none), and the
// title itself.
func (f *finder) appositive(k int) (string, string, int, string) {
	// "Ana Ruiz, her deputy": a possessive pronoun points back to the name, so the title is
	// another person's.
	if f.tok(k).text != "," || f.tok(k+1).is("his", "her", "its", "their") {
		return "", "", k, ""
	}
	m := f.modifiers(k + 1)
	if !m.det && !m.any {
		return "", "", k, ""
	}
	j := m.next
	sector, n := f.title(j)
	if n == 0 {
		if f.l.heads[f.tok(j).lower] && (m.org != nil || m.country != "" || f.tok(j+1).is("of")) {
			sector, n = "", 1
		} else if rs, rj, rn := f.apposedRole(j); rn > 0 {
			// "X, Chile's leading rights activist,": a role noun for one person says what X is.
			sector, j, n = rs, rj, rn
		} else {
			return "", "", k, ""
		}
	}
	country := m.country
	org := m.org
	e := j + n
	after := e
	// "of the union"; for a spokesman, "for the army" too.
	if f.tok(e).is("of") || f.tok(e).is("for") && spokesWords[strings.ToLower(f.tok(e-1).text)] {
		if a, ref, oe := f.ofOwner(e); oe > e {
			if a != "" {
				country = a
			} else {
				org = ref
			}
			after = oe
		}
	}
	if org != nil && (f.l.heads[strings.ToLower(f.text[f.tok(j).start:f.tok(e-1).end])] || sector == "") {
		sector = org.sector
		if country == "" {
			country = org.country
		}
	}
	if sector == "" && country != "" {
		sector = "GOV"
	}
	if m.elite {
		sector = "ELI"
	}
	return sector, country, after, strings.ToLower(f.text[f.tok(j).start:f.tok(j+n-1).end])
}

// spokesWords are titles that name whom they speak for with "for": "a spokesman for the army".
var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// apposedRole reads a role noun for one person ("activist", "teacher") at j, after at most
// two lower-case words that qualify it ("rights activist", "retired school teacher"), which
// ends the noun phrase of an apposition. It returns the role's sector, where it starts and its
// length, or a zero length.
func (f *finder) apposedRole(j int) (string, int, int) {
	for s := 0; s <= 2; s++ {
		k := j + s
		if v, n := f.roleMatch(k); n > 0 {
			info := f.l.roleInfo[v]
			if info.kind != testigo.KindPerson || !f.phraseEnd(k+n) {
				return "", 0, 0
			}
			sectors := info.sectors
			if len(sectors) == 2 {
				sectors = []string{f.forcesSector(sectors)}
			}
			return sectors[0], k, n
		}
		t := f.tok(k)
		if !t.isLowerWord() || connectors[t.lower] || stopStarts[t.lower] || speechVerbs[t.lower] {
			break
		}
	}
	return "", 0, 0
}

// phraseEnd reports whether token k can end a noun phrase in apposition: a punctuation mark,
// the end of the sentence, or a word that opens what qualifies the noun ("of", "who").
func (f *finder) phraseEnd(k int) bool {
	t := f.tok(k)
	return t.kind != tokWord && t.kind != tokPoss || t.is("of", "for", "from", "in", "at", "with", "who", "whose")
}

// add appends a mention, linking it to an earlier mention of the same entity. key says how to
// look for one: "person", "org", "state:XXX", or "" for none (groups).
func (f *finder) add(sp testigo.Span, e testigo.Entity, key string) {
	e.Text = sp.Text(f.text)
	ref := -1
	switch {
	case key == "person":
		lname := strings.ToLower(e.Name)
		e.Name = strings.TrimSpace(e.Name)
		words := strings.Fields(lname)
		if r, ok := f.byName[lname]; ok {
			ref = r
		} else if len(words) == 1 {
			if r, ok := f.byLast[lname]; ok {
				ref = r
			}
		} else if r, ok := f.byName[words[len(words)-1]]; ok && f.out[r].Kind == testigo.KindPerson && len(strings.Fields(f.out[r].Name)) == 1 {
			// "Morales" came first, then "Evo Morales": link back to the short form.
			ref = r
		}
		if ref < 0 {
			f.byName[lname] = len(f.out)
			if len(words) > 1 {
				last := words[len(words)-1]
				if _, ok := f.byLast[last]; !ok {
					f.byLast[last] = len(f.out)
				}
			}
		}
	case key == "org":
		lname := strings.ReplaceAll(strings.ToLower(e.Name), "’", "'")
		short := lname // without a leading demonym: "Bolivian Ombudsman's Office"
		if w := strings.Fields(lname); len(w) > 2 {
			if _, ok := f.l.demonyms[w[0]]; ok {
				short = strings.Join(w[1:], " ")
			}
		}
		if r, ok := f.byName[lname]; ok {
			ref = r
		} else if r, ok := f.byName["org:"+short]; ok {
			ref = r
		} else {
			f.byName[lname] = len(f.out)
			f.byName["org:"+short] = len(f.out)
			words := strings.Fields(lname)
			if len(words) > 1 {
				// the head noun: the last word, or the word before "of" ("Federation of ...")
				heads := []string{strings.Trim(words[len(words)-1], "'’")}
				for x := 1; x < len(words); x++ {
					if words[x] == "of" {
						heads = append(heads, words[x-1])
						break
					}
				}
				for _, head := range heads {
					if _, ok := f.byHead[head]; !ok {
						f.byHead[head] = len(f.out)
					}
				}
			}
		}
	case strings.HasPrefix(key, "state:"):
		if r, ok := f.byName[key]; ok {
			ref = r
		} else {
			f.byName[key] = len(f.out)
		}
	}
	if blocCodes[e.Code] && e.Kind == testigo.KindOrganization && e.Sector != "JUD" {
		// "the bloc" later names the intergovernmental body told last.
		if ref >= 0 {
			f.byHead["bloc"] = ref
		} else {
			f.byHead["bloc"] = len(f.out)
		}
	}
	if ref >= 0 {
		f.addRef(sp, e, ref)
		return
	}
	f.out = append(f.out, testigo.Actor{Span: sp, Entity: e, Ref: -1})
}

// blocCodes are the codes of intergovernmental bodies that news calls "the bloc" (the
// European Union, the African Union, regional economic communities).
var blocCodes = map[string]bool{"IGO": true, "EUR": true}

// addRef appends a mention of the entity first mentioned at index ref: it takes that
// mention's name and, where it has none of its own, its sector and country.
func (f *finder) addRef(sp testigo.Span, e testigo.Entity, ref int) {
	first := f.out[ref]
	for first.Ref >= 0 {
		ref = first.Ref
		first = f.out[ref]
	}
	e.Text = sp.Text(f.text)
	if e.Kind == testigo.KindPerson && len(strings.Fields(e.Name)) > len(strings.Fields(first.Name)) {
		f.out[ref].Name = e.Name // "Morales" first, "Evo Morales" later: keep the full name
	}
	e.Name = f.out[ref].Name
	if e.Sector == "" {
		e.Sector = first.Sector
	}
	if e.Country == "" {
		e.Country, e.Code = first.Country, first.Code
	}
	if e.Kind == "" {
		e.Kind = first.Kind
	}
	f.out = append(f.out, testigo.Actor{Span: sp, Entity: e, Ref: ref})
	// A later mention may tell more about the first one ("Evo Morales" ... "former president Morales").
	if f.out[ref].Sector == "" && e.Sector != "" {
		f.out[ref].Sector = e.Sector
	}
}

// shareSectors gives every mention of an entity a sector and a country when one mention has
// one, and the fullest name any of its mentions gives ("Morales" then "Evo Morales").
func (f *finder) shareSectors() {
	for i := range f.out {
		a := f.out[i]
		if a.Ref >= 0 && a.Kind == testigo.KindPerson {
			first := &f.out[a.Ref]
			if len(strings.Fields(a.Name)) > len(strings.Fields(first.Name)) {
				first.Name = a.Name
			}
		}
	}
	for i := range f.out {
		if r := f.out[i].Ref; r >= 0 {
			f.out[i].Name = f.out[r].Name
		}
	}
	for i := range f.out {
		a := &f.out[i]
		if a.Ref < 0 {
			continue
		}
		first := f.out[a.Ref]
		if a.Sector == "" {
			a.Sector = first.Sector
		}
		if a.Country == "" {
			a.Country = first.Country
			a.Code = first.Code
		}
	}
	for i := range f.out {
		a := &f.out[i]
		if a.Kind == testigo.KindPerson && a.Country == "" && a.Code == "" && a.Sector != "" {
			a.Country, a.Code = f.country, f.country
		}
	}
}

// notOrgAcronyms are capitals that name no organization: units, times, diseases, titles.
var notOrgAcronyms = map[string]bool{
	"TV": true, "AM": true, "PM": true, "GMT": true, "UTC": true, "ID": true, "OK": true,
	"GDP": true, "HIV": true, "AIDS": true, "DNA": true, "SUV": true, "ATM": true, "IT": true,
	"COVID": true, "SARS": true, "CEO": true, "CFO": true, "MP": true, "MPS": true, "VIP": true,
	"PR": true, "IQ": true, "IPO": true, "URL": true, "PDF": true, "SMS": true, "GPS": true,
}

// stateOwned words make a business a government body: "the state-owned oil company".
var stateOwned = map[string]bool{
	"state": true, "state-owned": true, "state-run": true, "state-operated": true,
	"state-controlled": true, "government-owned": true, "government-run": true,
	"government-controlled": true, "nationalized": true, "nationalised": true, "public-sector": true,
}

// bareAcronym reads an undefined all-capitals word after "the", standing as a noun phrase
// of its own (not before a capitalized word: "the NBA Finals"), as an organization. It
// returns the index after it, or j when it is not one.
func (f *finder) bareAcronym(j int) int {
	t := f.tok(j)
	if f.headline || t.kind != tokWord || !t.upper() || len(t.parts) > 0 || len(t.text) > 8 || notOrgAcronyms[t.text] {
		return j
	}
	for _, r := range t.text {
		if r < 'A' || r > 'Z' {
			return j // "U.S.", "G7": not a bare acronym
		}
	}
	if !f.tok(j-1).is("the") || f.tok(j+1).kind == tokWord && f.tok(j+1).cap() {
		return j
	}
	sector := f.appositionSector(j-3, -1)
	if sector == "" && f.tok(j+1).text == "," && f.tok(j+2).is("the", "a", "an") {
		sector = f.appositionSector(j+3, 1)
	}
	// "the ABCD union", "the ABCD party": organization words after it say what it is.
	end := j + 1
	for end-j < 3 && f.orgHead(end) {
		if sector == "" {
			sector = f.l.orgWords[f.tok(end).lower].sector
		}
		end++
	}
	ent := testigo.Entity{Name: t.text, Sector: sector, Country: f.country, Code: f.country, Kind: testigo.KindOrganization}
	f.add(testigo.Span{Start: t.start, End: f.tok(end - 1).end}, ent, "org")
	return end
}

// appositionSector reads a lower-case noun phrase in apposition to an acronym and returns
// the sector its head noun gives, GOV for a state-owned business. With dir -1 the phrase
// ends at token k and is followed by ", the ACR"; with dir 1 it starts at k after "ACR, the".
func (f *finder) appositionSector(k, dir int) string {
	if dir < 0 && f.tok(k+1).text != "," {
		return ""
	}
	var words []*token
	for n := 0; n < 6; n++ {
		t := f.tok(k + dir*n)
		if t.kind != tokWord || t.cap() && !t.first || t.is("the", "a", "an", "and", "of", "by", "for") {
			break
		}
		words = append(words, t)
	}
	if len(words) == 0 {
		return ""
	}
	head := words[0]
	if dir > 0 {
		head = words[len(words)-1]
	}
	sector := ""
	if v, n := f.l.roles.match(1, func(int) string { return head.lower }); n == 1 {
		if s := f.l.roleInfo[v].sectors; len(s) == 1 {
			sector = s[0]
		}
	}
	if sector == "" {
		if ow, ok := f.l.orgWords[head.lower]; ok {
			sector = ow.sector
		}
	}
	if sector == "BUS" {
		for _, w := range words {
			if stateOwned[w.lower] {
				return "GOV"
			}
		}
	}
	return sector
}

// datelineAgency reports whether toks[j:end] is the news agency of a dateline: in brackets
// right before a dash, after a place in capitals that opens the sentence.
func (f *finder) datelineAgency(j, end int) bool {
	if j < 3 || f.tok(j-1).text != "(" || f.tok(end).text != ")" {
		return false
	}
	switch f.tok(end + 1).text {
	case "-", "—", "–", "--":
	default:
		return false
	}
	first := f.tok(0)
	return first.kind == tokWord && first.upper() && len(first.text) > 1 && f.tok(1).text == ","
}

// dateline reports whether toks[j:end] is the country of a dateline: after a place in
// capitals and a comma at the sentence start, before a bracket or a dash ("LA PAZ, Bolivia
// (Reuters) -", "TARIJA, Bolivia —").
func (f *finder) dateline(j, end int) bool {
	if j < 2 || f.tok(j-1).text != "," {
		return false
	}
	for k := 0; k < j-1; k++ {
		if t := f.tok(k); t.kind == tokWord && !t.upper() && !(len(t.text) == 1 && t.cap()) {
			return false
		}
	}
	switch f.tok(end).text {
	case "(", "-", "—", "–", ":":
		return true
	case ",":
		// a date between: "SUCRE, Bolivia, 4 May 2025 (Wire) -"
		for k := end + 1; k <= end+6; k++ {
			switch t := f.tok(k); {
			case t.text == "(" || t.text == "-" || t.text == "—" || t.text == "–":
				return k > end+1
			case t.kind != tokWord && t.text != "," && t.text != ".":
				return false
			}
		}
	}
	return false
}
