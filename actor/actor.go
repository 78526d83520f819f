// Package actor finds actors (people, organizations, groups, states) with their PLOVER sector
// and country, from lexicons kept as data files (data/*.tsv, embedded in the binary).
//
// What it reads, in each sentence:
//   - role nouns, with the modifiers that place them: "riot police", "Bolivian soldiers",
//     "anti-coup demonstrators", "Israel's cabinet", "MAS politicians";
//   - titled people: "Senator Luis Mamani", "the new interior minister Ana Rojas",
//     "the COB head, Juan Quispe", "former president X" (ELI), and a name followed by an
//     appositive title ("X, the minister of the presidency");
//   - organizations: known international ones (data/orgs.tsv), capitalized names holding an
//     organization word ("Bolivian Workers Central", "Chamber of Deputies": data/orgwords.tsv),
//     and acronyms the text defines ("Movement toward Socialism (MAS)");
//   - states (sector GOV): a country name used as an actor ("Bolivia said"), and capitals that the gazetteer
//     marks as not literal ("Washington said", the government of that country);
//   - plain names of people (two or more capitalized words that are not places, or one that
//     repeats a name given before).
//
// A compound of two roles ("military-police") gives one actor per part. A role listed with
// two sectors ("security forces": MIL+COP) takes one of them from the story: COP where
// forces police crowds and no soldiers or armed groups appear, MIL otherwise.
//
// Coreference stays inside the document: "Morales" after "Evo Morales", "the MAS" after its
// definition, "the office" after "the Ombudsman's Office". Actor.Ref is the index of the first
// mention in the returned list, or -1; the Name of every mention is the first mention's name.
package actor

import (
	"sort"
	"strings"

	"testigo"
)

// Find returns the actor mentions in text, in text order. sents are the sentences (the whole
// text is one sentence when there are none), places the place names found in text, and country
// the alpha-3 code of the country the text is mostly about, given to domestic roles that name
// no country of their own.
func (l *Lexicon) Find(text string, sents []testigo.Sentence, places []testigo.Place, country string) []testigo.Actor {
	if l == nil {
		return nil
	}
	sorted := make([]testigo.Place, len(places))
	copy(sorted, places)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	f := &finder{
		l: l, text: text, places: sorted, country: country,
		vocab:    map[string]bool{},
		acronyms: map[string]int{},
		byName:   map[string]int{},
		byLast:   map[string]int{},
		byHead:   map[string]int{},
		byTitle:  map[string]int{},
	}
	var sentToks [][]token
	if len(sents) == 0 {
		sentToks = append(sentToks, tokenize(text, 0, len(text)))
	} else {
		for _, s := range sents {
			start, end := max(s.Start, 0), min(s.End, len(text))
			if start < end {
				sentToks = append(sentToks, tokenize(text, start, end))
			}
		}
	}
	for _, toks := range sentToks {
		for _, t := range toks {
			if t.kind == tokWord && !t.cap() {
				f.vocab[t.lower] = true
			}
		}
	}
	f.readContext(sentToks)
	for _, toks := range sentToks {
		f.learnAcronyms(toks)
	}
	for _, toks := range sentToks {
		f.scan(toks)
	}
	f.shareSectors()
	return f.out
}

// finder holds the state of one Find call.
type finder struct {
	l       *Lexicon
	text    string
	places  []testigo.Place
	country string

	vocab    map[string]bool // words seen in lower case: a capitalized one at a sentence start is common
	acronyms map[string]int  // acronym -> index into defs
	defs     []orgDef
	out      []testigo.Actor
	byName   map[string]int // entity name -> first mention
	byLast   map[string]int // last word of a person's name -> first mention
	byHead   map[string]int // head word of an organization ("office") -> first mention
	byTitle  map[string]int // title ("interior minister") -> the person last named with it
	toks     []token
	// policing is true when the text speaks of police more than of the military: ranks
	// (sergeant, captain) are then police ranks, and with a sheriff, deputies are his.
	policing bool
	// crowdPolicing is true when the text tells of crowds (protesters, a rally, tear gas)
	// and of no soldiers or armed groups: "security forces" are then police.
	crowdPolicing bool
	// policeNamed is true when the text names the police ("police", "cops", a sheriff);
	// without them a nation's "officers" are military officers ("Syrian officers").
	policeNamed bool
	sheriff     bool
	headline    bool // the sentence is a headline in Title Case or capitals
}

// readContext sets the document-wide facts that decide ambiguous roles.
func (f *finder) readContext(sentToks [][]token) {
	police, military, crowd, armed := 0, 0, 0, 0
	for _, toks := range sentToks {
		for _, t := range toks {
			switch t.lower {
			case "police", "policeman", "policemen", "officers", "sheriff", "sheriff's", "deputies", "detectives", "cops":
				police++
				if t.lower != "officers" {
					f.policeNamed = true
				}
			case "army", "military", "soldiers", "troops", "soldier", "armed forces":
				military++
			case "insurgents", "rebels", "militants", "guerrillas", "shelled", "shelling", "airstrikes":
				armed++
			case "protesters", "protestors", "demonstrators", "marchers", "crowd", "crowds", "rally",
				"rallies", "demonstration", "demonstrations", "rioters", "riot", "riots", "gas":
				crowd++
			}
			if t.lower == "sheriff" {
				f.sheriff = true
			}
		}
	}
	f.policing = police > military
	// PLOVER coders file "security forces" as military, except where they police crowds
	// and no soldiers or armed groups are in the story.
	f.crowdPolicing = crowd > 0 && military == 0 && armed == 0
}

// orgDef is an organization the text defines with an acronym: "Movement toward Socialism (MAS)".
type orgDef struct {
	name, sector, country, code, kind string
}

// learnAcronyms finds "Capitalized Name (ACR)" and "ACR (Capitalized Name)" definitions.
func (f *finder) learnAcronyms(toks []token) {
	f.toks = toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].text != "(" || toks[i+2].text != ")" || toks[i+1].kind != tokWord || !toks[i+1].upper() {
			continue
		}
		acr := toks[i+1].text
		if _, ok := f.acronyms[acr]; ok {
			continue
		}
		start := f.nameStart(toks, i)
		if start < 0 {
			continue
		}
		for start < i && (toks[start].is("the") || toks[start].kind != tokWord) {
			start++
		}
		if start >= i {
			continue
		}
		words := toks[start:i]
		if !initialsFit(acr, words) {
			continue
		}
		def := f.describeOrg(words)
		f.acronyms[acr] = len(f.defs)
		f.defs = append(f.defs, def)
	}
}

// nameStart returns where the capitalized name that ends before token end begins, or -1.
func (f *finder) nameStart(toks []token, end int) int {
	start := -1
	for k := end - 1; k >= 0 && end-k <= 10; k-- {
		t := toks[k]
		switch {
		case t.kind == tokWord && t.cap():
			start = k
		case t.kind == tokPoss && k > 0 && toks[k-1].cap():
		case t.kind == tokWord && connectors[t.lower] && k > 0 && start >= 0:
		default:
			return start
		}
	}
	return start
}

// initialsFit reports whether the acronym plausibly abbreviates the words. English acronyms
// follow the initials in order ("Movement toward Socialism" MAS); acronyms from another
// language ("Bolivian Workers Central" COB, from Central Obrera Boliviana) at least start with
// the initial of one of the words and use only letters found in them.
func initialsFit(acr string, words []token) bool {
	var initials []byte
	for _, w := range words {
		if w.kind != tokWord || connectors[w.lower] {
			continue
		}
		initials = append(initials, strings.ToUpper(w.text[:1])[0])
	}
	if len(initials) == 0 {
		return false
	}
	a := strings.ToUpper(acr)
	letters := strings.ToUpper(joinWords(words))
	// in order
	k := 0
	for i := 0; i < len(a) && k < len(letters); k++ {
		if letters[k] == a[i] {
			i++
			if i == len(a) && (a[0] == initials[0] || len(initials) > 1 && a[0] == initials[1]) {
				return true
			}
		}
	}
	// any order, starting with some word's initial
	if strings.IndexByte(string(initials), a[0]) < 0 || len(a) > len(initials)+1 {
		return false
	}
	for i := 0; i < len(a); i++ {
		if strings.IndexByte(string(initials), a[i]) < 0 && strings.IndexByte(letters, a[i]) < 0 {
			return false
		}
	}
	return true
}

func joinWords(ws []token) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(w.text)
	}
	return b.String()
}

// connectors may stand inside an organization's name.
var connectors = map[string]bool{
	"of": true, "for": true, "the": true, "on": true, "in": true, "toward": true,
	"towards": true, "to": true, "against": true, "de": true, "del": true, "la": true, "el": true,
	"los": true, "las": true, "des": true, "du": true, "&": true, "without": true,
}

// describeOrg gives an organization's sector, country and code from the words of its name.
func (f *finder) describeOrg(words []token) orgDef {
	// "Bolivia's National Chamber of Industries": the country is not part of the name.
	if len(words) > 2 && words[1].kind == tokPoss {
		if a, ok := f.l.names[words[0].lower]; ok {
			def := f.describeOrg(words[2:])
			def.country = a
			if !international(def.code) {
				def.code = a
			}
			return def
		}
	}
	name := strings.TrimSpace(f.text[words[0].start:words[len(words)-1].end])
	def := orgDef{name: name, kind: testigo.KindOrganization}
	if e, n := f.knownOrg(words, 0); n == len(words) {
		def.sector, def.code = e.sector, e.code
		def.name = e.name
		if e.kind != "" {
			def.kind = e.kind
		}
		return def
	}
	best := 0
	for _, w := range words {
		if ow, ok := f.l.orgWords[w.lower]; ok && ow.weight > best {
			best, def.sector = ow.weight, ow.sector
		}
		if w.kind == tokWord && w.cap() {
			if a, ok := f.l.demonyms[w.lower]; ok && def.country == "" {
				def.country = a
			} else if a, ok := f.l.names[w.lower]; ok && def.country == "" {
				def.country = a
			}
		}
	}
	if def.country == "" {
		// "London University": the place in the name tells the country.
		if p := f.placeAt(words[0].start, words[len(words)-1].end); p != nil && p.Country != "" && f.country == "" {
			def.country = p.Country
		} else {
			def.country = f.country
		}
	}
	def.code = def.country
	return def
}

// knownOrg matches a known organization at toks[i:]; n is 0 when none does.
func (f *finder) knownOrg(toks []token, i int) (orgEntry, int) {
	v, n := f.l.orgs.match(len(toks)-i, func(k int) string { return toks[i+k].text })
	if n == 0 {
		return orgEntry{}, 0
	}
	idx := 0
	for _, c := range v {
		idx = idx*10 + int(c-'0')
	}
	return f.l.orgList[idx], n
}

// scan reads the actors of one sentence.
func (f *finder) scan(toks []token) {
	f.toks = toks
	f.headline = titleCase(toks)
	for i := 0; i < len(toks); {
		if next := f.anaphorAt(i); next > i {
			i = next
			continue
		}
		if next := f.at(i); next > i {
			i = next
		} else {
			i++
		}
	}
}

// titleCase reports whether most long words of a sentence are capitalized, as in a headline
// ("Police Fire On Marchers In Capital"), where capitals do not mark names.
func titleCase(toks []token) bool {
	capital, lower := 0, 0
	for _, t := range toks {
		if t.kind != tokWord {
			continue
		}
		if t.cap() {
			capital++
		} else {
			lower++
		}
	}
	return capital >= 4 && lower*3 <= capital
}

func (f *finder) tok(i int) *token {
	if i < 0 || i >= len(f.toks) {
		return &noToken
	}
	return &f.toks[i]
}

// noToken stands for the positions outside the sentence; nothing writes to it.
var noToken = token{kind: -1}

// anaphorAt matches "the bloc", "the alliance" at token i and, when an organization of the
// kind it names was mentioned before, adds a mention of it; it returns the token after the
// noun, or i. "The EU adopted sanctions. The bloc has also threatened tariffs": the bloc is
// the EU.
func (f *finder) anaphorAt(i int) int {
	if !f.tok(i).is("the") {
		return i
	}
	for _, a := range f.l.anaphors {
		n := len(a.words)
		match := true
		for k, w := range a.words {
			if t := f.tok(i + 1 + k); !t.isLowerWord() || t.lower != w {
				match = false
				break
			}
		}
		// "the bloc" before a capitalized name is part of that name ("the bloc Quebecois").
		if !match || f.tok(i+1+n).kind == tokWord && f.tok(i+1+n).cap() {
			continue
		}
		for r := len(f.out) - 1; r >= 0; r-- {
			root := r
			for f.out[root].Ref >= 0 {
				root = f.out[root].Ref
			}
			if !a.codes[f.out[root].Code] {
				continue
			}
			sp := testigo.Span{Start: f.tok(i + 1).start, End: f.tok(i + n).end}
			f.addRef(sp, testigo.Entity{Kind: f.out[root].Kind}, root)
			return i + 1 + n
		}
		return i
	}
	return i
}
