package actor

import (
	"sort"
	"strings"

	"testigo"
)

// mods are the words in front of a role or a title that place it: a determiner, "former", a
// demonym, a country's possessive, an organization ("the MAS senator").
type mods struct {
	start   int // token where the mention's span starts
	next    int // first token after the modifiers
	det     bool
	elite   bool
	country string
	org     *orgRef
	sector  string // a sector the modifiers impose: "rebel", "opposition"
	any     bool   // something besides a determiner was read
	owned   bool   // a possessive owner was read: "the union's", "Bolivia's"
}

// orgRef is an organization a title or a role belongs to.
type orgRef struct {
	name, sector, country, code string
}

func (f *finder) modifiers(i int) mods {
	m := mods{start: i, next: i}
	j := i
	if f.tok(j).is("the", "a", "an", "its", "their", "his", "her") {
		j++
		m.det = true
		m.start = j
	}
	for steps := 0; steps < 5; steps++ {
		t := f.tok(j)
		if t.kind != tokWord {
			break
		}
		switch {
		case !t.cap() && len(t.parts) > 0 && f.knownOrgLen(j) > 0 && (f.titleLen(j+1) > 0 || f.role(j+1) > 0 || f.l.heads[f.tok(j+1).lower]):
			// "al-Qaeda leaders", "al-Shabab fighters": a known name in lower case.
			m.org, _ = f.orgAt(j)
			m.any = true
			j++
			continue
		case !t.cap() && f.tok(j+1).kind == tokPoss && f.ownedHead(j+2) && f.roleOrgLen(j) == 1:
			// "the union's leader", "the party's chairman": the body owns the title.
			m.org, _ = f.roleOrg(j)
			m.any, m.owned = true, true
			j += 2
			continue
		case (!t.cap() || t.first) && f.roleOrgLen(j) == 1 && f.titleLen(j+1) > 0 && f.tok(j+1+f.titleLen(j+1)).cap():
			// "union secretary Hassan Omar", "party chairman Luis Paz": the body owns the title.
			m.org, _ = f.roleOrg(j)
			m.any, m.owned = true, true
			j++
			continue
		case t.cap() && f.tok(j+1).cap() && f.l.demonyms[t.lower+" "+f.tok(j+1).lower] != "":
			// Two-word demonyms: "South African troops", "New Zealand police"; the plural
			// ("South Africans") is a mention of its own.
			if f.l.plurals[t.lower+" "+f.tok(j+1).lower] {
				break
			}
			m.country = f.l.demonyms[t.lower+" "+f.tok(j+1).lower]
			m.any = true
			j += 2
			continue
		case (!t.cap() || t.first) && f.l.elite[t.lower]:
			m.elite = true
			j++
			m.any = true
			continue
		case (!t.cap() || t.first || f.headline) && f.l.adjectives[t.lower]:
			j++
			continue
		case !t.cap() && f.l.sectorWords[t.lower] != "" && (f.role(j+1) > 0 || f.titleLen(j+1) > 0 || f.tok(j+1).cap()):
			m.sector = f.l.sectorWords[t.lower]
			m.any = true
			j++
			continue
		case len(t.parts) > 1 && f.lowerEnd(t) && !f.isRoleWord(t.lower) && f.role(j) == 0:
			// anti-coup, pro-government, state-owned: a modifier.
			if strings.HasPrefix(t.lower, "ex-") {
				m.elite = true
				break // ex-president: the title is read from the parts below
			}
			j++
			continue
		case t.cap():
			if a, ok := f.l.demonyms[t.lower]; ok && !f.l.plurals[t.lower] {
				if _, isName := f.l.names[t.lower]; !isName || !f.tok(j+1).cap() {
					m.country = a
					m.any = true
					j++
					continue
				}
			}
			if a, n := f.countryAt(j); n > 0 && f.tok(j+n).kind == tokPoss {
				m.country = a
				m.any, m.owned = true, true
				j += n + 1
				continue
			}
			// "U.S. soldiers", "Russia troops": a country's name used as a demonym.
			if a, n := f.countryAt(j); n > 0 && (f.tok(j+n).isLowerWord() && (f.role(j+n) > 0 || f.titleLen(j+n) > 0) || f.tok(j+n).cap() && f.titleLen(j+n) > 0 && (f.tok(j+n+f.titleLen(j+n)).cap() || m.det)) {
				m.country = a
				m.any = true
				j += n
				continue
			}
			if ref, n := f.orgAt(j); n > 0 && (f.titleLen(j+n) > 0 || f.role(j+n) > 0 || f.l.heads[f.tok(j+n).lower]) {
				m.org = ref
				m.any = true
				j += n
				continue
			}
			// "the COB's head", "the MAS's leader": the organization owns the title.
			if ref, n := f.orgAt(j); n > 0 && f.tok(j+n).kind == tokPoss && f.ownedHead(j+n+1) {
				m.org = ref
				m.any, m.owned = true, true
				j += n + 1
				continue
			}
			// A capital before a role: "the Khartoum government".
			if p := f.placeAt(t.start, t.end); p != nil && p.Country != "" && strings.HasPrefix(p.FeatureCode, "PPLC") {
				pe := j
				for pe < len(f.toks) && f.toks[pe].start < p.End {
					pe++
				}
				if f.role(pe) > 0 {
					m.country = p.Country
					m.any = true
					j = pe
					continue
				}
			}
			// A capitalized adjective or a name before a lower-case title or role:
			// "Former Socialist prime minister", "the Bush administration".
			// A day or a month is not one ("on Thursday union delegates met").
			if !f.lexical(t) && !t.first && len(t.parts) == 0 && !notNames[t.lower] && f.tok(j+1).isLowerWord() && (f.titleLen(j+1) > 0 || f.role(j+1) > 0) {
				m.any = true
				j++
				continue
			}
		}
		break
	}
	m.next = j
	return m
}

// lowerEnd reports whether a compound ends in a lower-case part: "pro-government",
// "US-backed" (modifiers), not "Guinea-Bissau".
func (f *finder) lowerEnd(t *token) bool {
	last := t.parts[len(t.parts)-1]
	r := f.text[last.start]
	return r >= 'a' && r <= 'z'
}

// isRoleWord reports whether a lower-case word is a role noun on its own.
func (f *finder) isRoleWord(w string) bool {
	v, n := f.l.roles.match(1, func(int) string { return w })
	return n == 1 && v != ""
}

// countryAt matches a country name at token j (up to four words, as written, capitalized).
func (f *finder) countryAt(j int) (string, int) {
	if !f.tok(j).cap() {
		return "", 0
	}
	most := f.l.nameHead[f.tok(j).lower]
	if most == 0 {
		return "", 0
	}
	if a, ok := f.l.names[f.tok(j).lower]; ok && most == 1 {
		return a, 1
	}
	for n := min(most, 4); n >= 1; n-- {
		if j+n > len(f.toks) {
			continue
		}
		ok := true
		var b strings.Builder
		for k := j; k < j+n; k++ {
			t := f.toks[k]
			if t.kind != tokWord {
				ok = false
				break
			}
			if k > j {
				b.WriteByte(' ')
			}
			b.WriteString(t.lower)
		}
		if !ok {
			continue
		}
		if a, found := f.l.names[b.String()]; found {
			return a, n
		}
	}
	return "", 0
}

// orgAt matches an organization at token j: a known one, or an acronym the text defined.
func (f *finder) orgAt(j int) (*orgRef, int) {
	t := f.tok(j)
	if t.kind != tokWord || !t.cap() && len(t.parts) == 0 { // "al-Qaeda" starts in lower case
		return nil, 0
	}
	if idx, ok := f.acronyms[t.text]; ok {
		d := f.defs[idx]
		return &orgRef{name: d.name, sector: d.sector, country: d.country, code: d.code}, 1
	}
	if e, n := f.knownOrg(f.toks, j); n > 0 {
		return &orgRef{name: e.name, sector: e.sector, code: e.code}, n
	}
	return nil, 0
}

func (f *finder) titleLenOnce(j int) int {
	_, n := f.l.titles.match(len(f.toks)-max(j, 0), func(k int) string { return f.titleKey(j + k) })
	return n
}

// titleLen returns the length of a title at token j, or 0.
func (f *finder) titleLen(j int) int {
	_, n := f.title(j)
	return n
}

// title matches a title at token j (any case): "interior minister", "President". A
// lower-case word before "minister" or "secretary" names the portfolio: "labour minister".
func (f *finder) title(j int) (string, int) {
	v, n := f.titleOnce(j)
	if n == 0 {
		return "", 0
	}
	// "Lt. Gen.", "Vice Foreign Minister": the last title of a chain gives the sector.
	for steps := 0; steps < 3; steps++ {
		// "Lt. Gen.": a point glued to a title joins it only when another title follows;
		// otherwise it ends the sentence ("the army's commander.").
		m := n
		if nx := f.tok(j + m); nx.kind == tokPunct && nx.text == "." && nx.start == f.tok(j+m-1).end {
			m++
			if _, abbr := f.l.titles[f.tok(j+n-1).lower+"."]; abbr {
				n = m // "Sgt.", "Gen.": the point belongs to the abbreviation
			}
		}
		v2, n2 := f.titleOnce(j + m)
		if n2 == 0 {
			break
		}
		v, n = v2, m+n2
	}
	return v, n
}

// titlePrefixes make a deputy of any title: "vice foreign minister", "deputy interior minister".
var titlePrefixes = map[string]bool{"vice": true, "deputy": true, "assistant": true, "junior": true, "under": true}

func (f *finder) titleOnce(j int) (string, int) {
	// "ex-president": a former title in one word.
	if t := f.tok(j); t.kind == tokWord && strings.HasPrefix(t.lower, "ex-") {
		rest := t.lower[3:]
		if _, n := f.l.titles.match(1, func(int) string { return rest }); n == 1 {
			return "ELI", 1
		}
	}
	if n := f.portfolioTitle(j); n > 0 {
		return "GOV", n
	}
	v, n := f.l.titles.match(len(f.toks)-max(j, 0), func(k int) string { return f.titleKey(j + k) })
	if n > 0 && !(n == 1 && titlePrefixes[f.tok(j).lower] && f.titleLenOnce(j+1) > 0) {
		return v, n
	}
	if titlePrefixes[f.tok(j).lower] {
		if v, n := f.titleOnce(j + 1); n > 0 {
			return v, n + 1
		}
	}
	if t := f.tok(j); t.kind == tokWord && f.tok(j+1).is("minister", "secretary") && (!t.cap() || f.tok(j+1).cap()) && !stopStarts[t.lower] {
		return "GOV", 2
	}
	return "", 0
}

// portfolioTitle reads "Minister of Interior", "Secretary for Home Affairs", "Minister of
// the Economy and Finance" at j and returns its length, or 0. The portfolio is one
// capitalized word, two when the second is a portfolio word ("Foreign Affairs") or after
// "and"; what follows is the holder's name.
func (f *finder) portfolioTitle(j int) int {
	t := f.tok(j)
	if t.kind != tokWord || !t.cap() || !t.is("minister", "secretary") || !f.tok(j+1).is("of", "for") {
		return 0
	}
	k := j + 2
	if f.tok(k).is("the") {
		k++
	}
	if !f.tok(k).cap() || f.tok(k).kind != tokWord {
		return 0
	}
	k++
	for steps := 0; steps < 2; steps++ {
		switch {
		case f.tok(k).cap() && portfolioWords[f.tok(k).lower]:
			k++
		case f.tok(k).is("and") && f.tok(k+1).cap():
			k += 2
		default:
			return k - j
		}
	}
	return k - j
}

// portfolioWords end a ministry's name after its first word: "Foreign Affairs", "Public Works".
var portfolioWords = map[string]bool{
	"affairs": true, "security": true, "development": true, "relations": true, "resources": true,
	"works": true, "trade": true, "industry": true, "planning": true, "services": true,
	"protection": true, "welfare": true, "safety": true, "policy": true, "administration": true,
}

func (f *finder) titleKey(k int) string {
	t := f.tok(k)
	if t.kind == tokPunct && t.text == "." && k > 0 {
		return ""
	}
	if t.kind != tokWord {
		return ""
	}
	// "Sen." and "Gen.": the point belongs to the abbreviation.
	if nx := f.tok(k + 1); nx.kind == tokPunct && nx.text == "." && nx.start == t.end && len(t.text) <= 4 {
		if _, ok := f.l.titles[t.lower+"."]; ok {
			return t.lower + "."
		}
	}
	return t.lower
}

// role matches a role noun at token j. Roles are read in lower case; a capitalized role word
// counts only at a sentence start or in a headline ("Police fired"), since inside a sentence
// it belongs to a name ("National Police").
func (f *finder) role(j int) int {
	_, n := f.roleMatch(j)
	return n
}

func (f *finder) roleMatch(j int) (string, int) {
	v, n := f.roleOrThing(j)
	// "a press conference", "the press club": the role word only modifies a thing.
	if n > 0 && f.l.roleInfo[v].kind == roleThing {
		return "", 0
	}
	return v, n
}

// roleThing is the kind of a roles.tsv phrase whose role word only modifies a thing.
const roleThing = "thing"

func (f *finder) roleOrThing(j int) (string, int) {
	t := f.tok(j)
	if t.kind != tokWord {
		return "", 0
	}
	if t.cap() && !f.headline && !(t.first && (f.common(t) || !f.tok(j+1).cap() && !f.lexical(t))) {
		// "Catholic hierarchy": a capitalized adjective may open a phrase of lower-case words.
		if t.upper() || !f.tok(j+1).isLowerWord() {
			return "", 0
		}
		v, n := f.l.roles.match(len(f.toks)-j, func(k int) string {
			w := f.tok(j + k)
			if k > 0 && w.cap() {
				return ""
			}
			return w.lower
		})
		if n < 2 {
			return "", 0
		}
		return v, n
	}
	return f.l.roles.match(len(f.toks)-j, func(k int) string {
		w := f.tok(j + k)
		if k > 0 && w.cap() && !f.headline {
			return ""
		}
		if w.kind == tokPoss {
			return "'s"
		}
		return w.lower
	})
}

// stopStarts are words that start sentences and are never names.
var stopStarts = map[string]bool{
	"the": true, "a": true, "an": true, "as": true, "in": true, "on": true, "at": true,
	"after": true, "before": true, "when": true, "while": true, "but": true, "and": true,
	"however": true, "meanwhile": true, "amid": true, "despite": true, "according": true,
	"this": true, "that": true, "these": true, "those": true, "it": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "his": true, "her": true, "their": true, "our": true,
	"there": true, "here": true, "some": true, "many": true, "most": true, "all": true,
	"yesterday": true, "today": true, "last": true, "earlier": true, "later": true, "also": true,
	"both": true, "during": true, "since": true, "for": true, "from": true, "with": true,
	"without": true, "by": true, "to": true, "if": true, "although": true, "though": true,
	"because": true, "so": true, "then": true, "thus": true, "instead": true, "under": true,
	"over": true, "what": true, "who": true, "why": true, "how": true, "where": true,
	"which": true, "following": true, "more": true, "other": true, "such": true, "only": true,
	"even": true, "still": true, "now": true, "not": true, "no": true, "yes": true, "or": true,
	"each": true, "every": true, "any": true, "several": true, "dozens": true, "hundreds": true,
	"thousands": true, "its": true, "my": true, "your": true, "one": true, "two": true,
	"three": true, "another": true, "nor": true, "until": true, "once": true, "about": true,
	"around": true, "among": true, "against": true, "between": true, "into": true, "through": true,
	"tonight": true, "tomorrow": true, "again": true, "just": true, "please": true,
	"neither": true, "either": true, "nobody": true, "everyone": true, "someone": true,
	"whether": true, "unless": true, "whatever": true, "whoever": true, "anyone": true,
	"everybody": true, "somebody": true, "nothing": true, "everything": true, "something": true,
	"police": true, "authorities": true, "officials": true, "witnesses": true, "investigators": true,
	// boilerplate imperatives: "Contact Tim Knauss at ...", "Follow Ana Ruiz on ..."
	"contact": true, "follow": true, "read": true, "watch": true, "click": true, "share": true,
	"subscribe": true, "sign": true, "email": true, "call": true, "see": true, "view": true,
	"listen": true, "download": true, "reach": true, "send": true, "like": true,
}

// notNames are capitalized words that are never people: days, months, and the like.
var notNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "god": true, "internet": true,
	"covid": true, "covid-19": true, "twitter": true, "facebook": true, "whatsapp": true,
	"tv": true, "ap": true, "afp": true, "reuters": true, "copyright": true, "mr": true,
	"america": true, "africa": true, "europe": true, "asia": true, "oceania": true, "latin": true,
	"antarctica": true, "caribbean": true, "mideast": true,
	"mrs": true, "ms": true, "dr": true, "christmas": true, "easter": true, "jr": true, "sr": true,
}

// calendarWords are the days and months: after "on" or "in" they open a date, never a name.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// common reports whether a capitalized sentence-initial token is an ordinary word.
func (f *finder) common(t *token) bool {
	return stopStarts[t.lower] || f.vocab[t.lower] && !f.lexical(t)
}

// lexical reports whether a capitalized token is a country, a demonym, or an acronym.
func (f *finder) lexical(t *token) bool {
	if _, ok := f.l.names[t.lower]; ok {
		return true
	}
	if _, ok := f.l.demonyms[t.lower]; ok {
		return true
	}
	_, ok := f.acronyms[t.text]
	return ok
}

// at tries to read an actor mention at token i; it returns the index after it, or i.
func (f *finder) at(i int) int {
	t := f.tok(i)
	if t.kind != tokWord {
		return i
	}
	// Most lower-case words start nothing: skip them at once.
	if !t.cap() && len(t.parts) == 0 && !f.l.starts[t.lower] && !f.headline {
		return i
	}
	if len(t.parts) > 1 && !t.cap() {
		if n := f.compoundRoles(i); n > i {
			return n
		}
	}
	// "the office" after "the Ombudsman's Office"
	if t.is("the") {
		if n := f.headRef(i); n > i {
			return n
		}
	}
	if t.first && t.cap() && f.common(t) && f.role(i) == 0 && f.titleLen(i) == 0 && !t.is("the", "a", "an") && f.l.demonyms[t.lower+" "+f.tok(i+1).lower] == "" {
		return i + 1
	}
	// A known organization of several words wins over its first word read as a modifier:
	// "the UN refugee agency" is not "UN" and "refugee".
	if _, n := f.knownOrg(f.toks, i+boolInt(t.is("the"))); n > 1 {
		if k := f.capitalized(mods{start: i, next: i}, i+boolInt(t.is("the"))); k > i {
			return k
		}
	}
	// "al-Qaeda said": a known organization whose name starts in lower case.
	if !t.cap() && len(t.parts) > 0 && f.knownOrgLen(i) > 0 && f.role(i+1) == 0 && f.titleLen(i+1) == 0 && !f.l.heads[f.tok(i+1).lower] {
		return f.capitalized(mods{start: i, next: i}, i)
	}
	// "the ABCD union": an acronym nobody defined, named by the organization words after it.
	if k := i + boolInt(t.is("the")); k > i && f.orgHead(k+1) && !f.defined(f.tok(k).text) && f.knownOrgLen(k) == 0 && f.countryLen(k) == 0 {
		if e := f.bareAcronym(k); e > k {
			return e
		}
	}
	m := f.modifiers(i)
	j := m.next
	if sector, n := f.title(j); n > 0 && !(f.tok(j).cap() && f.hasOrgWord(j, f.chunkEnd(j, true)) && f.chunkEnd(j, true) > j+n) {
		if k := f.titled(m, j, n, sector); k > j {
			return k
		}
	}
	if f.l.heads[f.tok(j).lower] && (m.org != nil || m.country != "" || m.det && f.namedAfterOwner(j)) && !f.tok(j).cap() && f.role(j) == 0 {
		if k := f.titled(m, j, 1, ""); k > j {
			return k
		}
	}
	if v, n := f.roleMatch(j); n > 0 {
		return f.roleMention(m, j, n, v)
	}
	// ("the Nigerian Union of Teachers" goes on as a name: "of" and a capital follow)
	if tj := f.tok(j); m.country != "" && tj.kind == tokWord && tj.cap() && !f.tok(j+1).cap() && f.tok(j+1).kind != tokPoss && !(connectors[f.tok(j+1).lower] && f.tok(j+2).cap()) {
		if v, n := f.l.roles.match(1, func(int) string { return tj.lower }); n == 1 {
			return f.roleMention(m, j, n, v) // "Israel's Cabinet", "Bolivian Army"
		}
	}
	if f.tok(j).kind == tokWord && f.tok(j).cap() {
		if k := f.capitalized(m, j); k > j {
			return k
		}
		return max(j, i+1)
	}
	if m.country != "" && j > i {
		return j
	}
	return i
}

// compoundRoles reads "military-police" as two actors, one per part.
func (f *finder) compoundRoles(i int) int {
	t := f.tok(i)
	type hit struct {
		sp     span
		sector string
	}
	var hits []hit
	for _, p := range t.parts {
		w := strings.ToLower(f.text[p.start:p.end])
		v, n := f.l.roles.match(1, func(int) string { return w })
		if n == 1 {
			for _, s := range f.l.roleInfo[v].sectors {
				hits = append(hits, hit{p, s})
			}
		}
	}
	if len(hits) < 2 {
		return i
	}
	for _, h := range hits {
		e := testigo.Entity{
			Name: strings.ToLower(f.text[h.sp.start:h.sp.end]), Text: f.text[h.sp.start:h.sp.end],
			Sector: h.sector, Country: f.country, Code: f.country, Kind: testigo.KindGroup,
		}
		f.add(testigo.Span{Start: h.sp.start, End: h.sp.end}, e, "")
	}
	return i + 1
}

// headRef reads "the office", "the party", "the union" after an organization of that head word.
func (f *finder) headRef(i int) int {
	w := f.tok(i + 1)
	if w.kind != tokWord || w.cap() {
		return i
	}
	ref, ok := f.byHead[w.lower]
	if !ok {
		return i
	}
	// "the party leader" is a title, not the party.
	if nx := f.tok(i + 2); nx.kind == tokWord && !nx.cap() && (f.l.heads[nx.lower] || f.titleLen(i+2) > 0 || f.role(i+2) > 0) {
		return i
	}
	e := f.out[ref].Entity
	e.Text = w.text
	f.addRef(testigo.Span{Start: w.start, End: w.end}, e, ref)
	// "the federation's leader, Abel Quispe": a title under that organization.
	if f.tok(i+2).kind == tokPoss && f.tok(i+3).kind == tokWord && !f.tok(i+3).cap() {
		if f.l.heads[f.tok(i+3).lower] || f.titleLen(i+3) > 0 {
			sector, n := f.title(i + 3)
			if n == 0 {
				n = 1
			}
			m := mods{start: i + 3, next: i + 3, det: true, any: true,
				org: &orgRef{name: e.Name, sector: e.Sector, country: e.Country, code: e.Code}}
			if k := f.titled(m, i+3, n, sector); k > i+3 {
				return k
			}
		}
	}
	return i + 2
}

// titled reads a titled person: the title is toks[j:j+n] with the given sector.
func (f *finder) titled(m mods, j, n int, sector string) int {
	k := j + n
	titleText := f.text[f.tok(j).start:f.tok(k-1).end]
	titleLower := strings.ToLower(titleText)
	country := m.country
	org := m.org
	// "president of Bolivia", "head of the COB", "minister of the presidency" (a title itself)
	if f.tok(k).is("of") {
		if a, ref, e := f.ofOwner(k); e > k {
			if a != "" {
				country = a
			} else {
				org = ref
			}
			k = e
		}
		// "the presidents of the Senate and Chamber of Deputies"
		if org != nil && f.tok(k).is("and") {
			if on := f.orgChunkLen(k + 1); on > 0 {
				k += 1 + on
			} else if _, on := f.orgAt(k + 1); on > 0 {
				k += 1 + on
			}
		}
	}
	if org != nil && (f.l.heads[titleLower] || sector == "") {
		sector = org.sector
		if country == "" {
			country = org.country
		}
	}
	if sector == "" && country != "" && f.l.heads[titleLower] {
		sector = "GOV"
	}
	if m.sector != "" {
		sector = m.sector
	}
	if sector == "MIL" && f.policing && policeRanks[titleLower] {
		sector = "COP" // "Sgt. Tom Lee" in a police story
	}
	if f.sheriff && (titleLower == "deputy" || titleLower == "deputies") {
		sector = "COP"
	}
	if m.elite || strings.HasPrefix(titleLower, "ex-") || f.deposed(m.start) {
		sector = "ELI"
	}
	code := ""
	if org != nil && international(org.code) {
		code = org.code
	}
	// The name: "Senator Luis Mamani", "the MAS Senator, Luis Mamani".
	nk := k
	if f.tok(nk).text == "," {
		nk++
	}
	name, ne := f.personName(nk)
	if ne > nk && (nk == k || m.det || m.org != nil || m.country != "" || f.tok(j).cap()) {
		if country == "" && org != nil {
			country = org.country
		}
		e := f.entity(name, sector, country, testigo.KindPerson)
		if code != "" {
			e.Country, e.Code = "", code
		}
		f.add(testigo.Span{Start: f.tok(m.start).start, End: f.tok(ne - 1).end}, e, "person")
		f.rememberTitle(titleLower, m.elite)
		// "..., Eva Copa and Sergio Choque": more names under the same title.
		for ne < len(f.toks) && (f.tok(ne).is("and") || f.tok(ne).text == ",") && strings.HasSuffix(titleLower, "s") {
			name2, ne2 := f.personName(ne + 1)
			if ne2 == ne+1 {
				break
			}
			e2 := e
			e2.Name = name2
			f.add(testigo.Span{Start: f.tok(ne + 1).start, End: f.tok(ne2 - 1).end}, e2, "person")
			ne = ne2
		}
		return ne
	}
	// A title with no name: "the interior minister", "Bolivian President". Titles that are
	// also adjectives ("a general strike", "the chief concern") need a name.
	if n == 1 && ambiguousTitles[titleLower] && !m.owned {
		return j // an owner makes it a noun: "the union's leader", "Bolivia's leader"
	}
	if nx := f.tok(k); nx.kind == tokWord && !nx.cap() && (nounLike(nx.lower) || f.role(k) > 0) {
		return j
	}
	// "Sheriff said ...": a capitalized title alone opening a sentence, before a verb.
	bare := f.tok(j).first && f.tok(j).cap() && f.tok(k).isLowerWord() && (speechVerbs[f.tok(k).lower] || strings.HasSuffix(f.tok(k).lower, "ed"))
	if (m.det || m.any || org != nil) && !f.tok(j).cap() || m.any && f.tok(j).cap() || bare {
		if !strings.HasSuffix(titleLower, "s") || sector != "" {
			span := testigo.Span{Start: f.tok(m.start).start, End: f.tok(k - 1).end}
			kind := testigo.KindPerson
			if _, isTitle := f.l.titles[titleLower]; !isTitle && strings.HasSuffix(titleLower, "s") {
				kind = testigo.KindGroup // "MAS representatives"
			}
			e := f.entity(strings.ToLower(span.Text(f.text)), sector, country, kind)
			if code != "" {
				e.Country, e.Code = "", code
			}
			// "the interior minister" after "Interior Minister Ana Vela": the same person.
			if r, ok := f.byTitle[titleLower]; ok && kind == testigo.KindPerson && m.det && !m.elite && m.country == "" && org == nil {
				e.Kind = testigo.KindPerson
				f.addRef(span, e, r)
				return k
			}
			f.add(span, e, "")
			return k
		}
	}
	return j
}

// ofOwner reads the owner of a title in "of Bolivia", "of the COB", "of the union" at k (the
// "of", or "for" after a spokesman): a country's code or an organization, and the index after
// it (k when none).
func (f *finder) ofOwner(k int) (string, *orgRef, int) {
	kk := k + 1
	if f.tok(kk).is("the") {
		kk++
	}
	if a, cn := f.countryAt(kk); cn > 0 {
		return a, nil, kk + cn
	}
	if ref, on := f.orgAt(kk); on > 0 {
		return "", ref, kk + on
	}
	if on := f.orgChunkLen(kk); on > 0 {
		def := f.describeOrg(f.toks[kk : kk+on])
		return "", &orgRef{name: def.name, sector: def.sector, country: def.country, code: def.code}, kk + on
	}
	if ref, rn := f.roleOrg(kk); rn > 0 && f.tok(kk-1).is("the") {
		return "", ref, kk + rn // "the head of the union", "the president of the court"
	}
	// "a member of the Chilean senate": a body placed by a demonym.
	if m := f.modifiers(kk); f.tok(kk-1).is("the") && m.country != "" && m.org == nil && m.sector == "" && !m.elite {
		if ref, rn := f.roleOrg(m.next); rn > 0 {
			ref.country = m.country
			return "", ref, m.next + rn
		}
	}
	return "", nil, k
}

// namedAfterOwner reports whether the head word at j ("member", "spokesman") is followed by
// its owner and, between commas, a person's name: "a member of the Senate, Ana Ruiz,". The
// name closes the apposition with a comma or the sentence end, so "a member of the Senate,
// Ana Ruiz and Luis Paz" (a list) is left alone.
func (f *finder) namedAfterOwner(j int) bool {
	if !f.tok(j + 1).is("of") {
		return false
	}
	_, _, e := f.ofOwner(j + 1)
	if e == j+1 || f.tok(e).text != "," {
		return false
	}
	_, ne := f.personName(e + 1)
	return ne > e+1 && (f.tok(ne).text == "," || f.tok(ne).kind == -1)
}

// rememberTitle links a title to the person just added, for "the minister" later on.
func (f *finder) rememberTitle(title string, elite bool) {
	if elite || len(f.out) == 0 || strings.HasSuffix(title, "s") {
		return
	}
	r := len(f.out) - 1
	if f.out[r].Ref >= 0 {
		r = f.out[r].Ref
	}
	f.byTitle[title] = r
}

// ambiguousTitles are titles that are also common adjectives or nouns.
var ambiguousTitles = map[string]bool{
	"general": true, "major": true, "captain": true, "father": true, "justice": true,
	"deputy": true, "representative": true, "speaker": true, "chief": true, "commander": true,
	"officer": true, "secretary": true, "head": true, "leader": true, "executive": true,
	"member": true, "official": true, "student": true, "doctor": true, "activist": true,
	"journalist": true, "reporter": true, "editor": true, "candidate": true, "king": true,
	"queen": true, "prince": true, "director": true, "chair": true,
}

// nounLike reports whether a lower-case word after a title looks like a noun it modifies
// ("a general strike", "the minister's office" is handled by the possessive).
func nounLike(w string) bool {
	switch w {
	case "strike", "strikes", "election", "elections", "office", "palace", "residence",
		"candidate", "race", "term", "decree", "campaign", "guard", "staff", "order", "orders":
		return true
	}
	return false
}

// roleOrg reads a lower-case role noun that names a body ("union", "supreme court") at j.
func (f *finder) roleOrg(j int) (*orgRef, int) {
	v, n := f.roleMatch(j)
	if n == 0 {
		return nil, 0
	}
	info := f.l.roleInfo[v]
	if info.kind != testigo.KindOrganization {
		return nil, 0
	}
	sector := info.sectors[0]
	return &orgRef{name: strings.ToLower(f.text[f.tok(j).start:f.tok(j+n-1).end]), sector: sector}, n
}

// deposed reports whether the words before token i speak of an office holder's fall ("the
// overthrow of President X", "the coup against X"): PLOVER then files X as ELI.
func (f *finder) deposed(i int) bool {
	k := i - 1
	if f.tok(k).is("the", "a") {
		k--
	}
	if f.tok(k).is("of") {
		if !f.tok(k-1).is("overthrow", "ouster", "toppling", "removal", "resignation", "fall", "downfall", "deposition") {
			return false
		}
		// "demanded the removal of President X": a fall called for, not one that happened;
		// X still holds the office.
		for d := 2; d <= 6; d++ {
			if demandWords[f.tok(k-d).lower] {
				return false
			}
		}
		return true
	}
	if f.tok(k).is("against") {
		return f.tok(k-1).is("coup", "putsch")
	}
	return false
}

// demandWords ask for something that has not happened: "demanded the resignation of".
var demandWords = map[string]bool{
	"demand": true, "demands": true, "demanded": true, "demanding": true, "call": true, "calls": true,
	"called": true, "calling": true, "urge": true, "urged": true, "urging": true, "seek": true,
	"seeks": true, "sought": true, "seeking": true, "want": true, "wants": true, "wanted": true,
	"push": true, "pushed": true, "pushing": true, "press": true, "pressed": true, "pressing": true,
	"must": true, "should": true, "threatened": true, "plot": true, "plotted": true, "plotting": true,
}

// policeRanks are ranks that police forces share with armies.
var policeRanks = map[string]bool{
	"sergeant": true, "sgt.": true, "sgt": true, "lieutenant": true, "lt.": true, "lt": true,
	"captain": true, "capt.": true, "capt": true, "major": true, "commander": true,
	"corporal": true, "cpl.": true, "officer": true, "colonel": true, "col.": true,
}

// name0 returns the lower-case words of toks[j:k].
func name0(f *finder, j, k int) string {
	return strings.ToLower(f.text[f.tok(j).start:f.tok(k-1).end])
}

// international reports whether a PLOVER code is not a country's.
func international(code string) bool {
	switch code {
	case "IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC":
		return true
	}
	return false
}

// entity fills an Entity, giving the document's country when none is known.
func (f *finder) entity(name, sector, country, kind string) testigo.Entity {
	if country == "" {
		country = f.country
	}
	return testigo.Entity{Name: name, Sector: sector, Country: country, Code: country, Kind: kind}
}

// roleMention reads a role noun phrase: toks[j:j+n] is the role, v its lexicon value.
func (f *finder) roleMention(m mods, j, n int, v string) int {
	info := f.l.roleInfo[v]
	sectors, kind := info.sectors, info.kind
	k := j + n
	if kind == testigo.KindOrganization && !m.any && locatives[f.prevWord(m.start).lower] && f.tok(m.start-1).kind == tokWord {
		return k // "died in hospital", "appeared in court": a place
	}
	country := m.country
	// "police in Bolivia": the country named right after.
	if f.tok(k).is("in", "of", "from") {
		if a, cn := f.countryAt(k + 1); cn > 0 && country == "" {
			country = a
		}
	}
	if m.org != nil {
		// "the COB union confederation", "the MAS party": the organization itself.
		// An organization defined without a sector takes the role's ("the COB union" after
		// "Central Obrera Boliviana (COB)"); further organization words stay in the span
		// ("the COB union confederation").
		if ow, ok := f.l.orgWords[f.tok(j+n-1).lower]; ok && (ow.sector == m.org.sector || m.org.sector == "") {
			for k-(j+n) < 2 && f.orgHead(k) {
				k++
			}
			sector := m.org.sector
			if sector == "" {
				sector = ow.sector
			}
			ent := testigo.Entity{Name: m.org.name, Sector: sector, Country: m.org.country, Code: m.org.code, Kind: testigo.KindOrganization}
			f.add(testigo.Span{Start: f.tok(m.start).start, End: f.tok(k - 1).end}, ent, "org")
			return k
		}
		if f.l.heads[f.tok(j+n-1).lower] || len(sectors) == 1 && sectors[0] == "" {
			sectors = []string{m.org.sector}
		}
		if country == "" {
			country = m.org.country
		}
	}
	if len(sectors) == 2 {
		sectors = []string{f.forcesSector(sectors)}
	}
	if m.country != "" && !f.policeNamed && (name0(f, j, k) == "officers" || name0(f, j, k) == "officer") {
		sectors = []string{"MIL"} // "Syrian officers" in a story without police
	}
	if m.sector != "" {
		sectors = []string{m.sector}
	}
	if f.sheriff && (name0(f, j, k) == "deputies" || name0(f, j, k) == "deputy") {
		sectors = []string{"COP"} // a sheriff's deputies
	}
	if m.elite {
		sectors = []string{"ELI"}
	}
	span := testigo.Span{Start: f.tok(m.start).start, End: f.tok(k - 1).end}
	name := strings.ToLower(f.text[f.tok(j).start:f.tok(k-1).end])
	for _, s := range sectors {
		e := f.entity(name, s, country, kind)
		if m.org != nil && international(m.org.code) && m.country == "" {
			e.Country, e.Code = "", m.org.code // "U.N. peacekeepers", "Hamas militants"
		}
		e.Text = span.Text(f.text)
		f.add(span, e, "")
	}
	return k
}

// personName reads a person's name at token k: capitalized words, with particles inside
// ("José Luis Flores", "Carlos de la Cruz"). It returns the name and the end index.
func (f *finder) personName(k int) (string, int) {
	e := k
	for e < len(f.toks) && e-k < 6 {
		t := f.toks[e]
		if t.kind == tokWord && t.cap() && !t.upper() && !notNames[t.lower] {
			if _, ok := f.l.names[t.lower]; ok && (e == k || len(t.text) > 3) {
				break // "Young Algerians": a country or a people ends a name
			}
			if _, ok := f.l.demonyms[t.lower]; ok {
				break
			}
			if _, ok := f.l.orgWords[t.lower]; ok && f.l.orgWords[t.lower].weight >= 4 {
				return "", k
			}
			if f.placeAt(t.start, t.end) != nil && e == k {
				break
			}
			e++
			continue
		}
		if t.kind == tokWord && e > k && particles[t.lower] && f.tok(e+1).cap() {
			e++
			continue
		}
		// initials that open a name: "F.W. Smith", "J.R. de Souza"; not "U.S." or "U.N."
		if f.dottedInitials(t) && e == k && (f.tok(e+1).cap() && !f.tok(e+1).upper() || particles[f.tok(e+1).lower] && f.tok(e+2).cap()) &&
			!f.lexical(&f.toks[e]) && f.knownOrgLen(e) == 0 && f.countryLen(e) == 0 && f.titleLen(e+1) == 0 {
			e++
			continue
		}
		// a middle initial: "George W. Bush"
		if t.kind == tokPunct && t.text == "." && e > k && len(f.toks[e-1].text) == 1 && f.toks[e-1].cap() && f.tok(e+1).cap() && f.tok(e+1).kind == tokWord {
			e++
			continue
		}
		break
	}
	if e == k {
		return "", k
	}
	for x := k; x < e; x++ {
		if f.l.placeEnd[f.toks[x].lower] {
			return "", k // "Brushwood Drive", "Lore City"
		}
	}
	// Words that the text also uses in lower case are words, not a name ("Sheriff Calls",
	// "View Photos Thousands"): a lone one, the last one, or half of them.
	inVocab := 0
	for x := k; x < e; x++ {
		if f.vocab[f.toks[x].lower] {
			inVocab++
		}
	}
	if e-k > 4 || f.vocab[f.toks[e-1].lower] || 2*inVocab >= e-k {
		return "", k
	}
	return f.text[f.toks[k].start:f.toks[e-1].end], e
}

// particles stand inside names: "de la Cruz", "bin Salman", "van der Berg".
var particles = map[string]bool{"de": true, "del": true, "la": true, "da": true, "dos": true, "das": true, "van": true, "von": true, "der": true, "den": true, "bin": true, "al": true, "el": true, "y": true, "di": true, "le": true, "ibn": true, "abu": true}

// dottedInitials reports whether a word is two or three initials with their dots: "F.W.".
func (f *finder) dottedInitials(t token) bool {
	if t.kind != tokWord || len(t.text) < 4 || len(t.text) > 6 || len(t.text)%2 != 0 {
		return false
	}
	for i := 0; i < len(t.text); i += 2 {
		if c := t.text[i]; c < 'A' || c > 'Z' || t.text[i+1] != '.' {
			return false
		}
	}
	return true
}

// placeAt returns the place whose span overlaps [start, end), or nil.
func (f *finder) placeAt(start, end int) *testigo.Place {
	// places are sorted by Start: look at the few that start before end.
	i := sort.Search(len(f.places), func(i int) bool { return f.places[i].Start >= end })
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		p := &f.places[k]
		if p.Start < end && start < p.End {
			return p
		}
	}
	return nil
}

// orgChunkLen returns the length of a capitalized name at j that holds an organization word.
func (f *finder) orgChunkLen(j int) int {
	e := f.chunkEnd(j, true)
	for k := j; k < e; k++ {
		if _, ok := f.l.orgWords[f.toks[k].lower]; ok && f.toks[k].cap() {
			return e - j
		}
	}
	return 0
}

// chunkEnd returns the end of the capitalized sequence at j; with connectors, "of", "the",
// possessives and the like may join capitalized words ("Chamber of Deputies", "Ombudsman's Office").
func (f *finder) chunkEnd(j int, withConnectors bool) int {
	e := j
	for e < len(f.toks) {
		t := f.toks[e]
		if t.kind == tokWord && t.cap() && !notNames[t.lower] {
			e++
			continue
		}
		if e > j && withConnectors && (t.kind == tokPoss || t.kind == tokWord && connectors[t.lower]) {
			// a connector must be followed by a capitalized word
			k := e + 1
			for k < len(f.toks) && f.toks[k].kind == tokWord && connectors[f.toks[k].lower] && k-e < 3 {
				k++
			}
			// a day or month after the connector starts a date, not more name ("the Court on Tuesday")
			if k < len(f.toks) && f.toks[k].kind == tokWord && f.toks[k].cap() && !f.toks[k].first && !calendarWords[f.toks[k].lower] {
				e = k
				continue
			}
		}
		break
	}
	return e
}

// forcesSector chooses between the two sectors of a role like "security forces" (MIL+COP):
// COP in a story of crowds policed without soldiers or armed groups, MIL otherwise.
func (f *finder) forcesSector(sectors []string) string {
	want := "MIL"
	if f.crowdPolicing {
		want = "COP"
	}
	for _, s := range sectors {
		if s == want {
			return s
		}
	}
	return sectors[0]
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ownedHead reports whether token k is a lower-case title or head noun that an owner before
// it can hold: "leader", "chairman", "spokesman".
func (f *finder) ownedHead(k int) bool {
	t := f.tok(k)
	return t.kind == tokWord && !t.cap() && (f.l.heads[t.lower] || f.titleLen(k) > 0)
}

// roleOrgLen is the length of the body-naming role noun at j ("union"), or 0.
func (f *finder) roleOrgLen(j int) int {
	_, n := f.roleOrg(j)
	return n
}

func (f *finder) knownOrgLen(j int) int {
	_, n := f.knownOrg(f.toks, j)
	return n
}

func (f *finder) countryLen(j int) int {
	_, n := f.countryAt(j)
	return n
}

// defined reports whether the text defined acronym acr ("Movement toward Socialism (MAS)").
func (f *finder) defined(acr string) bool {
	_, ok := f.acronyms[acr]
	return ok
}
