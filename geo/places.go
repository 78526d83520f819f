package geo

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"testigo"
)

// lexicon holds the word lists of data/lexicon.tsv, by class.
type lexicon struct {
	class map[string]map[string]bool
}

func (l *lexicon) add(f []string) error {
	if l.class == nil {
		l.class = map[string]map[string]bool{}
	}
	m := l.class[f[0]]
	if m == nil {
		m = map[string]bool{}
		l.class[f[0]] = m
	}
	for _, w := range strings.Split(f[1], "|") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return nil
}

func (l *lexicon) finish() {
	for _, c := range []string{"connector", "speech", "auxiliary", "org", "title", "locative", "partof", "nearby", "stop", "namedafter", "nearfacility", "street"} {
		if l.class[c] == nil {
			l.add([]string{c, ""})
		}
	}
}

func (l *lexicon) is(class, word string) bool { return l.class[class][word] }

// maxNameWords bounds the length of a name looked up in the text.
const maxNameWords = 8

// mention is a place name found in the text, before and after resolution.
type mention struct {
	t0, t1  int // tokens [t0, t1)
	key     string
	cands   []int32
	demonym bool
	dotted  bool // an abbreviation with its period: "Calif."
	near    bool // names a facility in or near the place: "Lelystad Airport"
	literal bool
	best    int32
	scores  []float64 // per candidate
	// within is set for a name the gazetteer lacks, placed inside another mention.
	within *mention
}

// doc is the state of one call of Places.
type doc struct {
	g      *Gazetteer
	text   string
	toks   []token
	starts []bool // token begins a sentence or a quotation
	sentOf []int  // sentence index of each token
	lower  map[string]bool
	person map[string]bool // folded words seen as parts of person names
	// placedWords are single capitalised words the text puts right after "in", "near" or
	// "outside" somewhere ("in Dewsbury"): a place everywhere, even before "said".
	placedWords map[string]bool
	ms          []*mention
	byTok       []int // token → index in ms, or -1
}

func (d *doc) sep(i int) string { // separator between token i and i+1
	return d.text[d.toks[i].end:d.toks[i+1].start]
}

// spaced reports whether tokens i and i+1 are separated by plain spaces only.
func (d *doc) spaced(i int) bool {
	if i < 0 || i+1 >= len(d.toks) {
		return false
	}
	s := d.sep(i)
	return s != "" && strings.Trim(s, " \u00a0") == "" && len(s) <= 2
}

// Places finds the places in text and the alpha-3 code of the country the text is mostly about.
func (g *Gazetteer) Places(text string, sents []testigo.Sentence) ([]testigo.Place, string) {
	if g == nil || len(g.entries) == 0 || text == "" {
		return nil, ""
	}
	d := &doc{g: g, text: text, toks: tokenize(text), lower: map[string]bool{}, person: map[string]bool{}}
	if len(d.toks) == 0 {
		return nil, ""
	}
	d.markSentences(sents)
	for _, t := range d.toks {
		if t.caps == lower {
			d.lower[t.folded] = true
		}
	}
	d.findPersons()
	d.find()
	focus, votes := d.vote()
	d.resolve(focus, votes)
	unknown := d.findUnknown()
	unknown = append(unknown, d.findStreets(unknown)...)
	places := d.output(unknown)
	country := ""
	if c := g.countries[focus]; c != nil {
		country = c.Alpha3
	}
	return places, country
}

// markSentences records which tokens begin a sentence (or follow a colon or an opening
// quotation mark, where a capital says nothing about a proper noun either).
func (d *doc) markSentences(sents []testigo.Sentence) {
	d.starts = make([]bool, len(d.toks))
	d.sentOf = make([]int, len(d.toks))
	d.byTok = make([]int, len(d.toks))
	for i := range d.byTok {
		d.byTok[i] = -1
	}
	d.starts[0] = true
	for i := 1; i < len(d.toks); i++ {
		s := d.sep(i - 1)
		if strings.ContainsAny(s, ".!?:\n“\"‘") {
			if s == "." || s == "'" || s == "’" { // "U.S.", "St.Louis", "O'Brien"
				continue
			}
			d.starts[i] = true
		}
	}
	si, n := 0, 0
	for i, t := range d.toks {
		for si < len(sents) && sents[si].End <= t.start {
			si++
		}
		if si < len(sents) && sents[si].Start <= t.start && (i == 0 || d.toks[i-1].end <= sents[si].Start) {
			d.starts[i] = true
		}
		if len(sents) > 0 {
			d.sentOf[i] = si
			continue
		}
		if i > 0 && strings.ContainsAny(d.sep(i-1), ".!?\n") && d.sep(i-1) != "." {
			n++
		}
		d.sentOf[i] = n
	}
}

// nameTokenOK reports whether token i may stand at position pos (first, inner, last) of a name.
func (d *doc) nameTokenOK(i int, first, last bool) bool {
	t := d.toks[i]
	if t.caps != lower {
		return true
	}
	if first || last {
		return false
	}
	return d.g.lex.is("connector", t.folded)
}

// find collects the candidate mentions: the longest name at each capitalised word.
func (d *doc) find() {
	g := d.g
	maxW := max(1, min(g.maxWords, maxNameWords))
	var key []byte
	for i := 0; i < len(d.toks); {
		if d.toks[i].caps == lower {
			i++
			continue
		}
		var m *mention
		longest := 1 // names starting with this word have at most this many words
		if w, ok := g.multi[d.toks[i].folded]; ok {
			longest = int(w)
		}
		for n := min(maxW, longest, len(d.toks)-i); n >= 1 && m == nil; n-- {
			ok := true
			key = key[:0]
			for j := i; j < i+n; j++ {
				if !d.nameTokenOK(j, j == i, j == i+n-1) || j > i && !joinable(d.sep(j-1)) {
					ok = false
					break
				}
				if j > i {
					key = append(key, ' ')
				}
				key = append(key, d.toks[j].folded...)
			}
			if !ok {
				continue
			}
			_, isName := g.names[string(key)] // no allocation for the lookup
			_, isDotted := g.dotted[string(key)]
			_, isDemonym := g.demonyms[string(key)]
			if !isName && !isDotted && !isDemonym && !(n <= 3 && key[len(key)-1] == 's') {
				continue
			}
			k := string(key)
			if n <= 3 {
				if e, ok := d.demonymOf(k); ok {
					m = &mention{t0: i, t1: i + n, key: k, cands: []int32{e}, demonym: true}
					break
				}
			}
			if e, ok := g.dotted[k]; ok && strings.HasPrefix(d.text[d.toks[i+n-1].end:], ".") {
				m = &mention{t0: i, t1: i + n, key: k, cands: []int32{e}, dotted: true, literal: true}
				break
			}
			if c := g.names[k]; len(c) > 0 {
				m = &mention{t0: i, t1: i + n, key: k, cands: c, literal: true}
			}
		}
		if m == nil {
			i++
			continue
		}
		d.divisionSuffix(m)
		d.divisionPrefix(m)
		if d.accept(m) {
			d.byTokSet(m)
			d.ms = append(d.ms, m)
		}
		i = m.t1
	}
}

// divisionWords follow a name to say it is a division: "Nyanza Province", "Washington State".
var divisionWords = map[string]bool{"county": true, "province": true, "state": true, "region": true, "district": true,
	"department": true, "governorate": true, "oblast": true, "prefecture": true, "parish": true, "municipality": true}

// divisionSuffix takes "X Province" as the division X when the gazetteer has one: the
// mention grows to cover the word and keeps only the divisions among its candidates. News
// often writes the word in lower case ("Hebei province", "Washington state"): it still says
// which X is meant, but then the word stays outside the name.
func (d *doc) divisionSuffix(m *mention) {
	if m.demonym || m.t1 >= len(d.toks) || !d.spaced(m.t1-1) || !divisionWords[d.toks[m.t1].folded] {
		return
	}
	if d.keepDivisions(m) && d.toks[m.t1].caps == title {
		m.t1++
	}
}

// divisionPrefix keeps only the divisions among m's candidates when the text calls it one
// first: "the state of Washington", "the province of Nyanza" (but "a county of Taiwan" is a
// part of it).
func (d *doc) divisionPrefix(m *mention) {
	if m.demonym || m.t0 < 3 || d.toks[m.t0-1].folded != "of" || !divisionWords[d.toks[m.t0-2].folded] ||
		d.toks[m.t0-3].folded != "the" || !d.spaced(m.t0-1) || !d.spaced(m.t0-2) || !d.spaced(m.t0-3) {
		return
	}
	d.keepDivisions(m)
}

// keepDivisions narrows m's candidates to the first- and second-level divisions among them,
// when there are any, and reports whether there were.
func (d *doc) keepDivisions(m *mention) bool {
	var divs []int32
	for _, c := range m.cands {
		if k := d.g.entries[c].kind; k == kindAdmin1 || k == kindAdmin2 {
			divs = append(divs, c)
		}
	}
	if len(divs) == 0 {
		return false
	}
	m.cands = divs
	return true
}

func (d *doc) byTokSet(m *mention) {
	for j := m.t0; j < m.t1; j++ {
		d.byTok[j] = len(d.ms)
	}
}

func (d *doc) demonymOf(k string) (int32, bool) {
	if e, ok := d.g.demonyms[k]; ok {
		return e, true
	}
	if strings.HasSuffix(k, "s") && len(k) > 4 { // "Bolivians"
		if e, ok := d.g.demonyms[k[:len(k)-1]]; ok {
			return e, true
		}
	}
	return 0, false
}

// bigKind reports whether an entry is a country, a region or a first-level division.
func (g *Gazetteer) bigKind(i int32) bool {
	k := g.entries[i].kind
	return k == kindCountry || k == kindRegion || k == kindAdmin1
}

// maxPop returns the largest population among the candidates, and whether one is a
// country, region or first-level division.
func (d *doc) maxPop(m *mention) (int, bool) {
	pop, big := 0, false
	for _, c := range m.cands {
		if d.g.bigKind(c) {
			big = true
		}
		pop = max(pop, d.g.entries[c].pop)
	}
	return pop, big
}

// accept applies the recognition rules: capitalisation, common words, person names.
func (d *doc) accept(m *mention) bool {
	g := d.g
	n := m.t1 - m.t0
	first := d.toks[m.t0]
	pop, big := d.maxPop(m)
	if m.demonym || m.dotted {
		return first.caps != lower
	}
	// Capitals: headlines and datelines ("WASHINGTON —") only for well-known places and
	// abbreviations; a short abbreviation only in capitals ("US", not "Us").
	upper, singleLetters := true, true
	for j := m.t0; j < m.t1; j++ {
		t := d.toks[j]
		if t.caps != allUpper {
			upper = false
		}
		if t.end-t.start != 1 || t.caps == lower {
			singleLetters = false
		}
	}
	if g.abbrevs[m.key] && !upper && !singleLetters {
		return false
	}
	if upper && !g.abbrevs[m.key] && (!big && pop < 100000 && !d.dateline(m) || n == 1 && first.end-first.start <= 3) {
		return false // "FAO", "SEO" are acronyms, not places
	}
	if n == 1 && first.end-first.start < 3 && !g.abbrevs[m.key] && !big {
		return false // "Lu", "Yi": too short to tell from a surname
	}
	if singleLetters && !g.abbrevs[m.key] {
		return false
	}
	if n == 1 && (g.lex.is("stop", m.key) || g.lex.is("title", m.key) || g.lex.is("org", m.key)) && !d.hasKind(m, kindCountry, kindRegion) {
		return false
	}
	// "O'Leary", "D'Souza": a surname.
	if m.t0 > 0 && d.toks[m.t0-1].end-d.toks[m.t0-1].start == 1 && d.toks[m.t0-1].caps != lower {
		if s := d.sep(m.t0 - 1); s == "'" || s == "’" {
			return false
		}
	}
	// A name known only as another spelling of a small place ("Marc" for March) is too weak.
	if !big && pop < 10000 {
		own := false
		for _, c := range m.cands {
			if g.entries[c].key == m.key || g.articleless[c] == m.key {
				own = true
				break
			}
		}
		if !own {
			return false
		}
	}
	if m.t1 < len(d.toks) && d.spaced(m.t1-1) && d.toks[m.t1].caps != lower && g.lex.is("nearfacility", d.toks[m.t1].folded) {
		m.near = true
	}
	// A phrase named after the place: "Marburg virus", "Minsk agreement".
	if m.t1 < len(d.toks) && d.spaced(m.t1-1) && g.lex.is("namedafter", d.toks[m.t1].folded) {
		return false
	}
	// A natural feature named like a town ("Fraser Valley", "Islington Bay") is not the town;
	// one named after a division or a big city lies in or by it ("Swat Valley", "Jordan Valley").
	if m.t1 < len(d.toks) && d.spaced(m.t1-1) && d.toks[m.t1].caps == title && g.lex.is("landform", d.toks[m.t1].folded) &&
		!big && pop < 100000 {
		return false
	}
	if n == 1 && !d.afterLocative(m.t0) && !d.placeFollows(m.t1) {
		// A first name alone ("Keith recalled") is a person unless it is the own name of a
		// big place ("Julia" is an old name of Plovdiv, not enough).
		if g.firstNames[m.key] && !big && ownPop(d, m) < 100000 {
			return false
		}
		// "in Dewsbury" elsewhere: "who was from Dewsbury said" is the town too.
		placed := d.placedWords[m.key]
		if d.person[m.key] && !placed {
			return false
		}
		// "Bassett said": a small place does not speak; a person does.
		if !big && pop < 100000 && !placed && d.speechFollows(m) {
			d.person[m.key] = true
			return false
		}
	}
	// A common word ("Police", "Reading", "Split") is a place only when big and not at the
	// start of a sentence, unless it names a country or a division.
	common := true
	for j := m.t0; j < m.t1; j++ {
		w := d.toks[j].folded
		if !(g.words[w] || d.lower[w] || g.lex.is("connector", w)) {
			common = false
		}
	}
	if common && !upper {
		// A common word matches a place by its own name only, not by an alternate
		// name or translation ("White House" is not Casablanca, "Human" not Uman).
		var own []int32
		for _, c := range m.cands {
			if g.entries[c].key == m.key || g.articleless[c] == m.key || g.entries[c].kind == kindCountry {
				own = append(own, c)
			}
		}
		if len(own) == 0 {
			return false
		}
		if n == 1 && (g.lex.is("stop", m.key) || d.lower[m.key]) { // "West", "Central", "Capital": generic division names
			var keep []int32
			for _, c := range own {
				if k := g.entries[c].kind; k != kindAdmin1 && k != kindAdmin2 {
					keep = append(keep, c)
				}
			}
			own = keep
		}
		if len(own) == 0 {
			return false
		}
		m.cands = own
		pop, big = d.maxPop(m)
		// "Orange County is" is still a place, and so is "Buffalo, New York".
		if d.starts[m.t0] && !big && (n == 1 || pop < 10000) && !(pop >= 10000 && d.placeFollows(m.t1)) {
			return false
		}
		// "in Paisley": after a locative preposition a town of ten thousand will do.
		if n == 1 && !big && (pop < 100000 && !d.afterLocative(m.t0) || pop < 10000) {
			return false
		}
		// "Green Park" is a village of a few hundred people only when the text places it:
		// "near New Quay", "New Quay, Ceredigion".
		if n > 1 && !big && pop < 1000 && !d.hasKind(m, kindAdmin2) && !d.afterLocative(m.t0) && !d.placeFollows(m.t1) {
			return false
		}
		// "the White House": a determiner makes plain words a common noun phrase, unless they
		// name a city of a hundred thousand ("the Gold Coast").
		if n > 1 && !big && pop < 100000 && m.t0 > 0 && d.toks[m.t0-1].folded == "the" && !divisionWords[d.toks[m.t1-1].folded] && // "the Walker County sheriff"
			!(m.t1 < len(d.toks) && g.lex.is("partof", d.toks[m.t1].folded)) { // "the Crown Heights neighborhood"
			return false
		}
	}
	// Person names: "Evo Morales", "President Morales", "Morales Ayma", "Morales said".
	hasCountry := false
	for _, c := range m.cands {
		if k := g.entries[c].kind; k == kindCountry || k == kindRegion {
			hasCountry = true
		}
	}
	if !hasCountry && m.t0 > 0 && d.spaced(m.t0-1) && d.byTok[m.t0-1] < 0 {
		p := d.toks[m.t0-1]
		if p.caps == title && isAlpha(d.text[p.start:p.end]) && (g.lex.is("title", p.folded) || g.firstNames[p.folded] && cityPop(d, m) < 1000000 || !g.words[p.folded] && !g.lex.is("stop", p.folded) && len(g.names[p.folded]) == 0) {
			d.person[m.key] = true
			return false
		}
	}
	// A name particle before a surname: "Van Dyke", "De Gaulle".
	if n == 1 && g.lex.is("connector", m.key) && m.t1 < len(d.toks) && d.spaced(m.t1-1) && d.toks[m.t1].caps == title {
		return false
	}
	// Part of a longer proper name: "Mega Millions", "Riverdale Lukoil".
	if n == 1 && !big && pop < 100000 && m.t1 < len(d.toks) && d.spaced(m.t1-1) && d.toks[m.t1].caps == title &&
		!g.lex.is("stop", d.toks[m.t1].folded) && len(g.names[d.toks[m.t1].folded]) == 0 && !d.starts[m.t1] {
		return false
	}
	if !hasCountry && cityPop(d, m) < 1000000 && m.t1 < len(d.toks) && d.spaced(m.t1-1) {
		nx := d.toks[m.t1]
		if nx.caps == title && isAlpha(d.text[nx.start:nx.end]) && !g.words[nx.folded] && !g.lex.is("org", nx.folded) && !g.big(nx.folded) && !g.lex.is("stop", nx.folded) {
			d.person[m.key] = true
			return false
		}
	}
	return true
}

// hasKind reports whether one of m's candidates is of one of the kinds.
func (d *doc) hasKind(m *mention, kinds ...kind) bool {
	for _, c := range m.cands {
		for _, k := range kinds {
			if d.g.entries[c].kind == k {
				return true
			}
		}
	}
	return false
}

func isAlpha(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return len(w) >= 2
}

// cityPop returns the largest population among m's populated places.
func cityPop(d *doc, m *mention) int {
	pop := 0
	for _, c := range m.cands {
		if e := &d.g.entries[c]; e.kind == kindCity {
			pop = max(pop, e.pop)
		}
	}
	return pop
}

// dateline reports whether m, in capitals, opens a line and is followed by a dash, a comma
// or a parenthesis: "HELENA, Mont. —", "WAUSAU (AP) —".
func (d *doc) dateline(m *mention) bool {
	if m.t1 >= len(d.toks) || d.toks[m.t0].caps != allUpper {
		return false
	}
	start := d.toks[m.t0].start
	if start > 0 && !strings.ContainsAny(d.text[max(0, start-3):start], "\n") {
		// Stories run together without line breaks: "... he said. WASHINGTON (AP) - ..."
		// "... an event. IMMOKALEE – The congressman ...": a parenthesis or a spaced dash.
		after := d.text[d.toks[m.t1-1].end:]
		rest := strings.TrimLeft(after, " ")
		dash := len(rest) < len(after) && (strings.HasPrefix(rest, "– ") || strings.HasPrefix(rest, "— ") || strings.HasPrefix(rest, "- "))
		return d.starts[m.t0] && (strings.HasPrefix(rest, "(") || dash)
	}
	return strings.ContainsAny(d.sep(m.t1-1), "—–-,(")
}

// placeFollows reports whether token i is ", " then a capitalised word ("Keith, Moray").
func (d *doc) placeFollows(i int) bool {
	if i >= len(d.toks) || i == 0 || strings.TrimSpace(d.sep(i-1)) != "," || d.toks[i].caps == lower {
		return false
	}
	k := d.toks[i].folded
	_, dotted := d.g.dotted[k]
	if dotted && strings.HasPrefix(d.text[d.toks[i].end:], ".") {
		return true
	}
	for j := i; j < len(d.toks) && j < i+3; j++ { // "Keith, Moray", "Buffalo, New York"
		if j > i {
			if !d.spaced(j-1) || d.toks[j].caps == lower {
				break
			}
			k += " " + d.toks[j].folded
		}
		for _, c := range d.g.names[k] {
			if k := d.g.entries[c].kind; k == kindCountry || k == kindAdmin1 || k == kindAdmin2 {
				return true // a division that can hold the town
			}
		}
	}
	return false
}

// afterLocative reports whether token i follows a locative preposition ("in Morales").
func (d *doc) afterLocative(i int) bool {
	if i == 0 || d.toks[i-1].caps != lower {
		return false
	}
	w := d.toks[i-1].folded
	if w == "of" && i >= 2 && d.g.lex.is("partof", d.toks[i-2].folded) {
		return true // "the town of Kasba Bonli"
	}
	return d.g.lex.is("locative", w) && w != "to" && w != "from" // "loyal to Morales", "a call from Morales"
}

// findPersons marks the words of two-word capitalised names that look like a person's
// ("Evo Morales", "President Morales", "Mark Zuckerberg"), so that a later or earlier lone
// "Morales" is not taken for a town.
func (d *doc) findPersons() {
	g := d.g
	// A pair the text puts after "in" somewhere ("in Kasba Bonli") names a place everywhere.
	placed := map[string]bool{}
	for i := 0; i+1 < len(d.toks); i++ {
		if d.toks[i].caps == title && d.toks[i+1].caps == title && d.afterLocative(i) {
			placed[d.toks[i].folded+" "+d.toks[i+1].folded] = true
		}
	}
	d.placedWords = map[string]bool{}
	for i := 1; i < len(d.toks); i++ {
		w := d.toks[i-1].folded
		if d.toks[i].caps != title || !(w == "in" || w == "near" || w == "outside") || !d.spaced(i-1) {
			continue
		}
		if i+1 < len(d.toks) && (d.toks[i+1].caps != lower && d.spaced(i) || strings.HasPrefix(d.sep(i), "'") || strings.HasPrefix(d.sep(i), "’")) {
			continue // part of a longer name, or a possessive ("in Morales's cabinet")
		}
		d.placedWords[d.toks[i].folded] = true
	}
	for i := 0; i+1 < len(d.toks); i++ {
		a, b := d.toks[i], d.toks[i+1]
		// "Mohammed bin Salman", "Ibn Saud": the name after a patronymic particle.
		if g.lex.is("patronymic", a.folded) && b.caps == title && d.spaced(i) && (a.caps == title || i > 0 && d.toks[i-1].caps == title && d.spaced(i-1)) {
			d.person[b.folded] = true
			continue
		}
		if a.caps != title || b.caps != title || d.starts[i+1] && !g.lex.is("title", a.folded) {
			continue
		}
		if !d.spaced(i) && !(g.lex.is("title", a.folded) && strings.TrimSpace(d.sep(i)) == ".") { // "Dr. Frieden"
			continue
		}
		if !isAlpha(d.text[a.start:a.end]) || !isAlpha(d.text[b.start:b.end]) || d.afterLocative(i) {
			continue
		}
		if len(g.names[a.folded+" "+b.folded]) > 0 || g.big(b.folded) || g.huge(a.folded) || placed[a.folded+" "+b.folded] {
			continue
		}
		if g.words[b.folded] && !g.firstNames[a.folded] || g.lex.is("stop", b.folded) || g.lex.is("org", b.folded) || g.lex.is("title", b.folded) {
			continue
		}
		switch {
		case g.lex.is("title", a.folded):
			d.person[b.folded] = true
		case g.lex.is("stop", a.folded) || g.lex.is("org", a.folded) || g.lex.is("connector", a.folded):
		case g.words[a.folded] && d.starts[i]:
		default:
			d.person[a.folded] = true
			d.person[b.folded] = true
		}
	}
}

// big reports whether a folded name names a country, region or division, or a city of a
// million people or more.
func (g *Gazetteer) big(key string) bool {
	for _, c := range g.names[key] {
		if g.bigKind(c) || g.entries[c].pop >= 1000000 {
			return true
		}
	}
	return false
}

// huge reports whether a folded name names a country, a region or a city of a million.
func (g *Gazetteer) huge(key string) bool {
	for _, c := range g.names[key] {
		if k := g.entries[c].kind; k == kindCountry || k == kindRegion || g.entries[c].pop >= 1000000 {
			return true
		}
	}
	return false
}

// vote counts the countries the mentions point to; the most named is the document's focus.
func (d *doc) vote() (string, map[string]float64) {
	votes := map[string]float64{}
	firstSeen := map[string]int{}
	for i, m := range d.ms {
		cc, w := d.voteOf(m)
		if cc == "" {
			continue
		}
		votes[cc] += w
		if _, ok := firstSeen[cc]; !ok {
			firstSeen[cc] = i
		}
	}
	focus, top := "", 0.0
	for cc, v := range votes {
		if v > top || v == top && firstSeen[cc] < firstSeen[focus] {
			focus, top = cc, v
		}
	}
	if top < 0.5 {
		focus = ""
	}
	return focus, votes
}

// voteOf returns the country a mention speaks for, and how strongly: a country name (2), a
// demonym or a name all of whose places lie in one country (1), or a big place far larger than
// its namesakes (0.5).
func (d *doc) voteOf(m *mention) (string, float64) {
	g := d.g
	for _, c := range m.cands {
		if e := g.entries[c]; e.kind == kindCountry {
			if m.demonym {
				return e.cc, 1
			}
			return e.cc, 2
		}
	}
	cc := g.entries[m.cands[0]].cc
	for _, c := range m.cands[1:] {
		if g.entries[c].cc != cc {
			cc = ""
			break
		}
	}
	if cc != "" {
		return cc, 1
	}
	// The largest place of each country: one country's far larger than any other's.
	byCountry := map[string]int{}
	for _, c := range m.cands {
		e := &g.entries[c]
		byCountry[e.cc] = max(byCountry[e.cc], e.pop)
	}
	best, bestPop, second := "", -1, 0
	for c, p := range byCountry {
		switch {
		case p > bestPop || p == bestPop && c < best:
			second = max(second, bestPop)
			best, bestPop = c, p
		default:
			second = max(second, p)
		}
	}
	if best != "" && bestPop >= 500000 && bestPop >= 20*second {
		return best, 0.5
	}
	return "", 0
}

// prior scores an entry before context: countries and regions first, then divisions and
// cities by population and rank.
func (g *Gazetteer) prior(i int32, ownName bool) float64 {
	e := &g.entries[i]
	switch e.kind {
	case kindRegion:
		return 10.5
	case kindCountry:
		return 11
	}
	s := math.Log10(float64(e.pop) + 10)
	switch e.kind {
	case kindAdmin1: // its population is that of its places
		return max(s+1, 6)
	case kindAdmin2:
		return max(s+0.5, 4.5)
	}
	if !ownName {
		// Known here by an alternate or former name ("Salisbury" for Harare, "Victoria"
		// for Hong Kong): its rank does not carry over to the name.
		if e.pop < 1000000 {
			return s - 2.5
		}
		return s - 1.5
	}
	switch e.fcode {
	case "PPLC", "PPLG":
		s += 2.5
	case "PPLA":
		s += 1.5
	case "PPLA2":
		s += 0.7
	case "PPLX":
		s -= 0.5
	}
	if e.id == 0 {
		s -= 0.3 // prefer the GeoNames record over a same-place supplement
	}
	return s
}

// cityNamed reports whether m may also name a town of ten thousand in country cc.
func (d *doc) cityNamed(m *mention, cc string) bool {
	for _, c := range m.cands {
		if e := &d.g.entries[c]; e.kind == kindCity && e.cc == cc && e.pop >= 10000 {
			return true
		}
	}
	return false
}

// ownName reports whether key names a place by its own folded name f, or its name without a
// last word ("New York" for "New York City"), rather than by an alternate name.
func ownName(f, key string) bool {
	return f == key || strings.HasPrefix(f, key+" ") && strings.Count(f, " ") == strings.Count(key, " ")+1
}

// contains reports whether entry outer contains entry inner (a country its divisions and
// places, a division its places).
func (g *Gazetteer) contains(outer, inner int32) bool {
	o, in := &g.entries[outer], &g.entries[inner]
	if outer == inner || o.cc == "" || o.cc != in.cc {
		return false
	}
	switch o.kind {
	case kindCountry:
		return in.kind != kindCountry
	case kindAdmin1:
		return in.kind > kindAdmin1 && o.a1 == in.a1
	case kindAdmin2:
		return in.kind == kindCity && o.a1 == in.a1 && o.a2 == in.a2
	case kindCity:
		return in.kind == kindCity && Distance(o.lat, o.lon, in.lat, in.lon) < 30
	}
	return false
}

// resolve picks one entry per mention, the same for every mention of a name.
func (d *doc) resolve(focus string, votes map[string]float64) {
	g := d.g
	// Divisions named in the document without doubt.
	type div struct{ cc, a1 string }
	admins := map[div]string{}   // division → the name that named it
	siblings := map[string]int{} // country → divisions named in it
	for _, m := range d.ms {
		for _, c := range m.cands {
			if e := &g.entries[c]; e.kind == kindAdmin1 && (len(m.cands) == 1 || e.cc == focus) {
				if _, ok := admins[div{e.cc, e.a1}]; !ok && !d.cityNamed(m, e.cc) {
					siblings[e.cc]++
				}
				admins[div{e.cc, e.a1}] = m.key
			}
		}
	}
	// anchored: candidates the text ties to a place by a local pattern ("X, Y", a dateline).
	anchored := map[int32]bool{}
	var named []div // divisions among a mention's candidates
	for _, m := range d.ms {
		m.scores = make([]float64, len(m.cands))
		hasCountry := d.hasKind(m, kindCountry)
		named = named[:0]
		for _, c := range m.cands {
			if e := &g.entries[c]; e.kind == kindAdmin1 {
				named = append(named, div{e.cc, e.a1})
			}
		}
		for ci, c := range m.cands {
			e := &g.entries[c]
			own := m.demonym || m.dotted || g.own(c, m.key)
			s := g.prior(c, own)
			if e.cc != "" {
				if e.cc == focus {
					s += 3
				} else if v := votes[e.cc]; v > 0 {
					s += 1.5 * math.Min(1, v/2)
				}
				if e.kind != kindAdmin1 && len(admins) > 0 {
					if by := admins[div{e.cc, e.a1}]; by != "" && by != m.key {
						s += 2.5
					}
				}
			}
			if own && e.kind == kindCity && !hasCountry && (e.fcode == "PPLA" || e.fcode == "PPLC" || e.fcode == "PPLG" || e.pop >= 1000000) {
				// A seat or a big city named like its division: news means the city ("Cochabamba").
				for _, o := range named {
					if o.cc == e.cc && o.a1 == e.a1 {
						s += 2
						break
					}
				}
			}
			if e.kind == kindCity && d.dateline(m) {
				s += 4 // a dateline names the town the story was filed from
				anchored[c] = true
			}
			if e.kind == kindAdmin1 && siblings[e.cc] > 1 {
				// "Georgia" among other US states, "Ontario" among Canadian provinces (in a
				// story about the United States too).
				s += 2
				if e.cc != focus && !hasCountry {
					s += 1.5
				}
			}
			m.scores[ci] = s
		}
	}
	// Local patterns: "Quillacollo, Cochabamba", "Villa Esperanza in El Alto", "X, a suburb of Y".
	for mi, m := range d.ms {
		if mi+1 >= len(d.ms) {
			break
		}
		n := d.ms[mi+1]
		if !d.containerAfter(m, n) {
			continue
		}
		if mi+2 < len(d.ms) && d.listed(n, d.ms[mi+2]) && d.sameDivisionKind(n, d.ms[mi+2]) {
			continue // "Washington, Pennsylvania and California": a list of states
		}
		// A town and its state or country alone, not two items of a list of places
		// ("Georgia, Oklahoma, Pennsylvania and Wisconsin").
		pair := !d.hasKind(m, kindCountry, kindRegion, kindAdmin1) && !(mi > 0 && d.listed(d.ms[mi-1], m)) &&
			!(mi+2 < len(d.ms) && d.listed(n, d.ms[mi+2]))
		for ci, c := range m.cands {
			for cj, o := range n.cands {
				if g.contains(o, c) {
					m.scores[ci] += 5
					if k := g.entries[o].kind; (k == kindAdmin1 || k == kindCountry) && g.entries[c].kind == kindCity && pair {
						// "London, California": news names the state or country to say which
						// namesake it means, and that outweighs any fame of another.
						m.scores[ci] += 5
					}
					n.scores[cj] += 2
					anchored[c] = true
				}
			}
		}
	}
	// Lists: "Utah, Virginia, Washington and Wyoming" names states, so Washington is the
	// state; a neighbour in the list whose places are all of one kind (and country) says
	// what kind of place this name is.
	for mi, m := range d.ms {
		for _, ni := range []int{mi - 1, mi + 1} {
			if ni < 0 || ni >= len(d.ms) || !d.listed(d.ms[min(mi, ni)], d.ms[max(mi, ni)]) {
				continue
			}
			n := d.ms[ni]
			if n.demonym || len(n.cands) == 0 {
				continue
			}
			k, cc := g.entries[n.cands[0]].kind, g.entries[n.cands[0]].cc
			for _, c := range n.cands[1:] {
				if e := &g.entries[c]; e.kind != k {
					k = 255
				} else if e.cc != cc {
					cc = ""
				}
			}
			if k != kindAdmin1 && k != kindAdmin2 {
				continue
			}
			for ci, c := range m.cands {
				if e := &g.entries[c]; e.kind == k && (cc == "" || e.cc == cc) {
					m.scores[ci] += 2
				}
			}
		}
	}
	// One sense per discourse: add up the scores of every mention of a name.
	total := map[string]map[int32]float64{}
	count := map[string]float64{} // mentions of each name: scores add up over them
	var keys []string
	for _, m := range d.ms {
		count[m.key]++
		if total[m.key] == nil {
			total[m.key] = map[int32]float64{}
			keys = append(keys, m.key)
		}
		for ci, c := range m.cands {
			total[m.key][c] += m.scores[ci]
		}
	}
	best := map[string]int32{}
	bestScore := map[string]float64{}
	const maxBonus = 0.6*3 + 1.5 // the most the second look can add
	pick := func(bonus func(key string, c int32) float64) {
		for _, k := range keys {
			if bonus != nil {
				if kd := g.entries[best[k]].kind; kd == kindCountry || kd == kindRegion {
					continue // a country name stays the country
				}
			}
			b, bs := int32(-1), math.Inf(-1)
			floor := bestScore[k] - maxBonus*count[k]
			for c, s := range total[k] {
				if bonus != nil {
					if s < floor {
						continue // cannot catch up with the first choice
					}
					s += bonus(k, c) * count[k]
				}
				if s > bs || s == bs && c < b {
					b, bs = c, s
				}
			}
			best[k] = b
			if bonus == nil {
				bestScore[k] = bs
			}
		}
	}
	pick(nil)
	// Second look, with what the other names were taken to be: a place in a country the
	// other places lie in, or near one of them, is likelier ("Manchester" among English towns).
	type point struct {
		key      string
		lat, lon float64
	}
	support := map[string]map[string]bool{} // country → names placed in it
	var points []point
	for _, k := range keys {
		e := &g.entries[best[k]]
		if e.cc != "" {
			if support[e.cc] == nil {
				support[e.cc] = map[string]bool{}
			}
			support[e.cc][k] = true
		}
		if e.kind == kindCity || e.kind == kindAdmin2 {
			points = append(points, point{k, e.lat, e.lon})
		}
	}
	if len(keys) > 1 {
		pick(func(key string, c int32) float64 {
			e := &g.entries[c]
			n := len(support[e.cc])
			if support[e.cc][key] {
				n--
			}
			s := 0.6 * float64(min(n, 3))
			if e.kind == kindCity || e.kind == kindAdmin2 {
				for _, p := range points {
					if p.key != key && math.Abs(e.lat-p.lat) < 1.4 && Distance(e.lat, e.lon, p.lat, p.lon) < 150 {
						s += 1.5
						break
					}
				}
			}
			return s
		})
	}
	for _, k := range keys {
		if w := g.worldCity(best[k], k, total[k], anchored); w >= 0 {
			best[k] = w
		}
	}
	for _, m := range d.ms {
		m.best = best[m.key]
	}
	for _, m := range d.ms {
		if !m.demonym {
			d.literalUse(m)
		}
	}
}

// worldCity returns the world city a bare name means when context alone chose a namesake a
// thousand times smaller: "based in London" in a story about California is the capital of the
// United Kingdom, not the hamlet of London, California. The country the story is about and the
// divisions it names add a few points each; a thousandfold population should outweigh them unless the
// text ties the name to the small place ("London, California"). It returns -1 to keep the choice.
func (g *Gazetteer) worldCity(chosen int32, key string, cands map[int32]float64, anchored map[int32]bool) int32 {
	if chosen < 0 || anchored[chosen] {
		return -1
	}
	e := &g.entries[chosen]
	if e.kind != kindCity {
		return -1
	}
	w := int32(-1)
	for c := range cands {
		o := &g.entries[c]
		if o.kind != kindCity || !ownName(o.key, key) || !(o.fcode == "PPLC" || o.pop >= 1000000) || o.pop < 1000*max(e.pop, 1) {
			continue
		}
		if w < 0 || o.pop > g.entries[w].pop || o.pop == g.entries[w].pop && c < w {
			w = c
		}
	}
	return w
}

// listed reports whether m and the next mention n stand side by side in a list: only a
// comma, "and" or "or" between them.
func (d *doc) listed(m, n *mention) bool {
	if n.t0 < m.t1 || n.t0-m.t1 > 1 {
		return false
	}
	if n.t0 == m.t1 {
		return strings.TrimSpace(d.sep(m.t1-1)) == ","
	}
	w := d.toks[m.t1].folded
	s := strings.TrimSpace(d.sep(m.t1 - 1))
	return (w == "and" || w == "or") && (s == "" || s == ",") && strings.TrimSpace(d.sep(m.t1)) == ""
}

// sameDivisionKind reports whether two mentions can both be first-level divisions of one
// country ("Pennsylvania and California").
func (d *doc) sameDivisionKind(a, b *mention) bool {
	if a.demonym || b.demonym {
		return false
	}
	for _, c := range a.cands {
		ea := &d.g.entries[c]
		if ea.kind != kindAdmin1 {
			continue
		}
		for _, o := range b.cands {
			if eb := &d.g.entries[o]; eb.kind == kindAdmin1 && eb.cc == ea.cc {
				return true
			}
		}
	}
	return false
}

// containerAfter reports whether n names the place containing m, by the words between them:
// "m, n", "m in n", "m outside of n", "m, a suburb of n", "m near n".
func (d *doc) containerAfter(m, n *mention) bool {
	if n.t0 <= m.t1-1 || n.demonym {
		return false
	}
	if n.t0 == m.t1 {
		s := d.sep(m.t1 - 1)
		return strings.TrimSpace(s) == "," || strings.TrimSpace(s) == "("
	}
	gap := n.t0 - m.t1
	if gap > 4 {
		return false
	}
	for j := m.t1 - 1; j < n.t0; j++ {
		s := strings.TrimSpace(d.sep(j))
		if s != "" && s != "," {
			return false
		}
	}
	last := d.toks[n.t0-1].folded
	if d.g.lex.is("nearby", last) || last == "of" {
		for j := m.t1; j < n.t0; j++ {
			w := d.toks[j].folded
			if !(d.g.lex.is("nearby", w) || d.g.lex.is("partof", w) || w == "a" || w == "the" || w == "of" || w == "city" || w == "town") {
				return false
			}
		}
		return true
	}
	return false
}

// ownPop returns the largest population among the places m names by their own name.
func ownPop(d *doc, m *mention) int {
	pop := 0
	for _, c := range m.cands {
		if e := &d.g.entries[c]; d.g.own(c, m.key) {
			pop = max(pop, e.pop)
		}
	}
	return pop
}

// speechFollows reports whether m is followed by a speech or decision verb, perhaps after
// auxiliaries: "Moscow rejected", "Washington has said".
func (d *doc) speechFollows(m *mention) bool {
	g := d.g
	j := m.t1
	for j < len(d.toks) && d.spaced(j-1) && g.lex.is("auxiliary", d.toks[j].folded) {
		j++
	}
	return j < len(d.toks) && j > m.t0 && d.spaced(j-1) && g.lex.is("speech", d.toks[j].folded)
}

// literalUse marks metonymic uses ("Moscow rejected", "Washington has said") and names
// inside organisation names ("Bank of America", "University of Texas", "New York Times").
func (d *doc) literalUse(m *mention) {
	g := d.g
	subject := m.t0 == 0 || !(d.toks[m.t0-1].caps == lower && (g.lex.is("locative", d.toks[m.t0-1].folded) || d.toks[m.t0-1].folded == "of"))
	if subject && d.speechFollows(m) {
		m.literal = false
		return
	}
	// Organisation: a capitalised phrase around the name holding an organisation word.
	for k := m.t0 - 1; k >= 0 && k >= m.t0-4 && d.spaced(k); k-- {
		t := d.toks[k]
		if t.caps == lower && t.folded != "of" && t.folded != "de" && t.folded != "del" && t.folded != "for" {
			break
		}
		if t.caps != lower && g.lex.is("org", t.folded) {
			m.literal = false
			return
		}
	}
	for k := m.t1; k < len(d.toks) && k <= m.t1+3 && d.spaced(k-1); k++ {
		t := d.toks[k]
		if t.caps == lower {
			break
		}
		if g.lex.is("org", t.folded) && !g.bigKind(m.best) || g.lex.is("org", t.folded) && k == m.t1 {
			m.literal = false
			return
		}
	}
}

// compassAdjective words may stand between a preposition and a place: "in northwestern India".
var compassAdjective = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "rural": true, "coastal": true}

// findUnknown finds capitalised names the gazetteer lacks that the text places inside a known
// place: "Villa Esperanza outside of El Alto", "the Villa Esperanza plant in El Alto", or a name after
// "in" following "a suburb of Cochabamba". They borrow the container's coordinates.
func (d *doc) findUnknown() []*mention {
	g := d.g
	// Anchors: "a suburb of Y" with Y a known place, by sentence.
	type anchor struct {
		sent int
		m    *mention
		tok  int
	}
	var anchors []anchor
	for _, m := range d.ms {
		if m.demonym || m.t0 < 2 || d.toks[m.t0-1].folded != "of" || !g.lex.is("partof", d.toks[m.t0-2].folded) {
			continue
		}
		if m.t0 >= 3 && (d.toks[m.t0-3].folded == "a" || d.toks[m.t0-3].folded == "the" || d.toks[m.t0-3].folded == "one") {
			anchors = append(anchors, anchor{d.sentOf[m.t0], m, m.t0})
		}
	}
	var out []*mention
	seen := map[string]*mention{}
	for i := 0; i < len(d.toks); i++ {
		if d.byTok[i] >= 0 || d.toks[i].caps != title || d.starts[i] {
			continue
		}
		// The name: up to three capitalised words, none a common word.
		j := i
		for j < len(d.toks) && j-i < 3 && d.toks[j].caps == title && d.byTok[j] < 0 && (j == i || d.spaced(j-1) || strings.TrimSpace(d.sep(j-1)) == "-") {
			j++
		}
		if j < len(d.toks) && d.toks[j].caps != lower && d.spaced(j-1) {
			i = j
			continue // part of a longer capitalised phrase (an organisation, a person)
		}
		ok := true
		var key []string
		for k := i; k < j; k++ {
			w := d.toks[k].folded
			if g.words[w] || d.lower[w] || d.person[w] || g.lex.is("stop", w) || g.lex.is("title", w) || g.lex.is("org", w) || len(w) < 3 {
				ok = false
			}
			key = append(key, w)
		}
		if !ok {
			i = j - 1
			continue
		}
		k := strings.Join(key, " ")
		if prev, ok := seen[k]; ok {
			u := &mention{t0: i, t1: j, key: k, literal: true, within: prev.within, best: -1}
			out = append(out, u)
			i = j - 1
			continue
		}
		prevWord := ""
		if i > 0 {
			prevWord = d.toks[i-1].folded
		}
		locative := g.lex.is("locative", prevWord) && prevWord != "to" && prevWord != "from" ||
			prevWord == "of" && i >= 2 && g.lex.is("partof", d.toks[i-2].folded) // "the town of X"
		var container *mention
		// "X outside of Y", "X in Y", "X, a suburb of Y", "the X gas plant in Y".
		if locative || prevWord == "the" || d.partOfAfter(j) {
			for k := j; k < len(d.toks) && k < j+8; k++ {
				s := strings.TrimSpace(d.sep(k - 1))
				if s != "" && s != "-" && !(k == j && s == ",") {
					break
				}
				if mi := d.byTok[k]; mi >= 0 {
					m := d.ms[mi]
					if !m.demonym && m.best >= 0 && g.entries[m.best].kind >= kindAdmin1 && k == m.t0 {
						w := d.toks[k-1].folded
						if compassAdjective[w] && k-2 >= j { // "in northwestern India"
							w = d.toks[k-2].folded
						}
						if g.lex.is("nearby", w) || w == "of" && k-2 >= j && (g.lex.is("nearby", d.toks[k-2].folded) || g.lex.is("partof", d.toks[k-2].folded)) {
							container = m
						}
					}
					break
				}
			}
		}
		// "in a suburb of Cochabamba ... in Pampa Alta": the unnamed part, named soon after.
		if container == nil && locative {
			for a := len(anchors) - 1; a >= 0; a-- {
				an := anchors[a]
				if an.tok < i && d.sentOf[i]-an.sent <= 2 {
					container = an.m
					break
				}
			}
		}
		if container != nil {
			u := &mention{t0: i, t1: j, key: k, literal: true, within: container, best: -1}
			seen[k] = u
			out = append(out, u)
		}
		i = j - 1
	}
	// Later mentions of a name placed once, anywhere in the text.
	taken := map[int]bool{}
	for _, o := range out {
		for j := o.t0; j < o.t1; j++ {
			taken[j] = true
		}
	}
	free := func(j int) bool { return j < len(d.toks) && d.byTok[j] < 0 && d.toks[j].caps == title && !taken[j] }
	for i := 0; i < len(d.toks); i++ {
		// The longest name placed before: "Santa Rosa del Sur" as well as "Villa Esperanza".
		for n := 3; n >= 1; n-- {
			ok := true
			key := make([]string, 0, n)
			for j := i; j < i+n && ok; j++ {
				ok = free(j) && (j == i || d.spaced(j-1))
				if ok {
					key = append(key, d.toks[j].folded)
				}
			}
			if !ok {
				continue
			}
			if u, found := seen[strings.Join(key, " ")]; found {
				out = append(out, &mention{t0: i, t1: i + n, key: u.key, literal: true, within: u.within, best: -1})
				i += n - 1
				break
			}
		}
	}
	return out
}

// findStreets finds the streets and squares of the document's town: "Royal Street",
// "Third Avenue" in an article about one town. They lie in that town, and are placed at it
// with precision 2. The town is the one named most, at least twice and more often than any
// other; without one, streets are left out.
func (d *doc) findStreets(unknown []*mention) []*mention {
	g := d.g
	// "Point Peron": the gazetteer's small town "Peron" far away is not meant.
	for i := 0; i+1 < len(d.toks); i++ {
		mi := d.byTok[i+1]
		if !featurePrefixes[d.toks[i].folded] || d.toks[i].caps != title || d.byTok[i] >= 0 || mi < 0 || !d.spaced(i) {
			continue
		}
		m := d.ms[mi]
		if m.t0 != i+1 || m.t1 > i+3 || m.best < 0 || g.entries[m.best].kind != kindCity || g.entries[m.best].pop >= 50000 {
			continue
		}
		m.best = -1
		for j := m.t0; j < m.t1; j++ {
			d.byTok[j] = -1
		}
	}
	// The town: the city named most often by its own name, the larger on a tie. A town
	// known here only by another name ("Washington Square" for a suburb) is no evidence.
	// Without a town, a county will do ("Cuyahoga County").
	count := map[int32]int{}
	first := map[int32]*mention{}
	for _, k := range []kind{kindCity, kindAdmin2} {
		for _, m := range d.ms {
			if m.demonym || !m.literal || m.best < 0 || g.entries[m.best].kind != k || !ownName(g.entries[m.best].key, m.key) {
				continue
			}
			count[m.best]++
			if first[m.best] == nil {
				first[m.best] = m
			}
		}
		if len(count) > 0 {
			break
		}
	}
	var town *mention
	top := 0
	for e, n := range count {
		if town == nil || n > top || n == top && (g.entries[e].pop > g.entries[town.best].pop ||
			g.entries[e].pop == g.entries[town.best].pop && e < town.best) {
			top, town = n, first[e]
		}
	}
	if town == nil {
		return d.moreStreets(nil, nil) // landmarks placed by the division after them
	}
	// A mention that took a street's name for a place's other name ("Washington Square"
	// as a suburb far away) is a street of the town.
	for _, m := range d.ms {
		if m.best < 0 || m.demonym || m.t1-m.t0 < 2 || !g.lex.is("street", d.toks[m.t1-1].folded) {
			continue
		}
		if e := &g.entries[m.best]; e.kind != kindCity || ownName(e.key, m.key) || e.pop >= 100000 {
			continue
		}
		m.best = -1
		for j := m.t0; j < m.t1; j++ {
			d.byTok[j] = -1
		}
	}
	var out []*mention
	for i := 0; i < len(d.toks); i++ {
		if d.byTok[i] >= 0 || !g.lex.is("street", d.toks[i].folded) || d.toks[i].caps != title || i == 0 {
			continue
		}
		// The words before: capitalised names or ordinals ("Third", "14th"), spaced.
		j := i
		for j > 0 && i-j < 4 && d.spaced(j-1) && d.byTok[j-1] < 0 {
			t := d.toks[j-1]
			if t.caps == lower && !(t.folded[0] >= '0' && t.folded[0] <= '9') {
				break
			}
			j--
		}
		for j < i && (g.lex.is("stop", d.toks[j].folded) || d.toks[j].folded == "the") {
			j++ // "The Church": no name of its own
		}
		if j == i {
			continue
		}
		if i+1 < len(d.toks) && d.spaced(i) && (d.toks[i+1].folded == "for" || d.toks[i+1].folded == "of") {
			i++
			continue // "Center for Disease Control", "Church of Scientology": an organisation
		}
		// "Frederick Memorial Hospital in Frederick", "Camac Street, in Calcutta": the place named
		// right after contains it.
		within := town
		for k := i + 1; k < len(d.toks) && k <= i+3; k++ {
			if mi := d.byTok[k]; mi >= 0 {
				m := d.ms[mi]
				w := d.toks[k-1].folded
				if k == m.t0 && !m.demonym && m.best >= 0 && g.entries[m.best].kind >= kindAdmin1 &&
					(w == "in" || w == "at" || k == i+1 && strings.TrimSpace(d.sep(i)) == ",") {
					within = m
				}
				break
			}
			if w := d.toks[k].folded; !(w == "in" || w == "at" || w == "central" || w == "downtown") {
				break
			}
		}
		out = append(out, &mention{t0: j, t1: i + 1, key: "", literal: true, within: within, best: -1})
	}
	out = append(out, d.moreStreets(town, out)...)
	return append(out, d.findRoads(town, append(unknown, out...))...)
}

// findRoads finds the numbered roads of the British and Irish scheme ("the A417", "the M25",
// "via the A436, A40 and A429") in a story whose town lies in Britain or Ireland: they run
// through or near the town, and are placed at it with precision 2. Elsewhere such a code is
// more often an aircraft or a rifle ("A320", "M16").
func (d *doc) findRoads(town *mention, taken []*mention) []*mention {
	if cc := d.g.entries[town.best].cc; cc != "GB" && cc != "IE" {
		return nil
	}
	covered := map[int]bool{}
	for _, m := range taken {
		for j := m.t0; j < m.t1; j++ {
			covered[j] = true
		}
	}
	var out []*mention
	last := -10 // token index of the last road found
	for i := 1; i < len(d.toks); i++ {
		if d.byTok[i] >= 0 || covered[i] || !roadNumber(d.text[d.toks[i].start:d.toks[i].end]) {
			continue
		}
		prev, sep := d.toks[i-1].folded, strings.TrimSpace(d.sep(i-1))
		listed := last == i-1 && sep == "," || last == i-2 && (prev == "and" || prev == "or") && d.spaced(i-1)
		if !(prev == "the" && d.spaced(i-1)) && !listed {
			continue
		}
		out = append(out, &mention{t0: i, t1: i + 1, literal: true, within: town, best: -1})
		last = i
	}
	return out
}

// roadNumber reports whether w is a road number of the British or Irish scheme: A, B, M, N
// or R, then one to four digits ("A40", "B4632", "M25", "N7").
func roadNumber(w string) bool {
	if len(w) < 2 || len(w) > 5 || !strings.ContainsRune("ABMNR", rune(w[0])) || w[1] == '0' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// ordinal reports whether a folded word is an ordinal written with digits: "14th", "22nd".
func ordinal(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[len(w)-2:] {
	case "th", "st", "nd", "rd":
		return true
	}
	return false
}

// featurePrefixes open the names of landmarks: "Point Peron", "Fort Detrick", "Cape Cod".
var featurePrefixes = map[string]bool{"fort": true, "cape": true, "point": true, "mount": true, "mt": true}

// streetPrefixes open street names in other languages: "Rue de Rivoli", "Calle Mayor".
var streetPrefixes = map[string]bool{"rue": true, "calle": true, "avenida": true, "rua": true, "avenue": true}

// moreStreets finds the street names of the town written in other ways: "Bourbon and
// Dauphine streets", "Rue Royale", "14th St.".
func (d *doc) moreStreets(town *mention, found []*mention) []*mention {
	g := d.g
	taken := map[int]bool{}
	for _, m := range found {
		for j := m.t0; j < m.t1; j++ {
			taken[j] = true
		}
	}
	free := func(j int) bool { return j >= 0 && j < len(d.toks) && d.byTok[j] < 0 && !taken[j] }
	name := func(j int) bool { // a capitalised word or an ordinal, not starting a sentence
		t := d.toks[j]
		return free(j) && !d.starts[j] && (t.caps == title && isAlpha(d.text[t.start:t.end]) && !d.g.lex.is("stop", t.folded) ||
			free(j) && ordinal(t.folded))
	}
	var out []*mention
	add := func(t0, t1 int) {
		out = append(out, &mention{t0: t0, t1: t1, literal: true, within: town, best: -1})
		for j := t0; j < t1; j++ {
			taken[j] = true
		}
	}
	for i := 1; i < len(d.toks); i++ {
		t := d.toks[i]
		switch {
		case t.caps == lower && (t.folded == "streets" || t.folded == "avenues" || t.folded == "roads"):
			// "Bourbon and Dauphine streets": the words before "and", and those after it.
			b := i - 1
			for b >= 0 && i-b <= 2 && name(b) && d.spaced(b) {
				b--
			}
			if b == i-1 || b < 1 || d.toks[b].folded != "and" {
				continue
			}
			a := b - 1
			for a >= 0 && b-a <= 2 && name(a) && d.spaced(a) {
				a--
			}
			if a == b-1 {
				continue
			}
			add(a+1, b)
			add(b+1, i)
		case t.caps == title && streetPrefixes[t.folded] && free(i) && d.spaced(i) && i+1 < len(d.toks):
			// "Rue Casa Calvo": the prefix and the capitalised words after it.
			if t.folded == "avenue" && !(d.toks[i+1].folded == "de" || d.toks[i+1].folded == "du" || d.toks[i+1].folded == "des") {
				continue // English "Avenue" ends a name; French opens one with "de"
			}
			e := i + 1
			for e < len(d.toks) && e-i <= 3 && free(e) && (d.toks[e].caps == title || d.g.lex.is("connector", d.toks[e].folded)) && d.spaced(e-1) {
				e++
			}
			for e > i+1 && d.toks[e-1].caps != title {
				e--
			}
			if e > i+1 {
				add(i, e)
			}
		case featurePrefixes[t.folded] && t.caps == title && free(i) && i+1 < len(d.toks) && d.spaced(i) && !d.starts[i+1]:
			// "Point Peron", "Fort Detrick, Maryland": a landmark named with a word the
			// gazetteer may know alone as a small town far away.
			e := i + 1
			for e < len(d.toks) && e-i <= 2 && free(e) && d.toks[e].caps == title && d.spaced(e-1) {
				e++
			}
			if e == i+1 {
				continue
			}
			within := town
			if e < len(d.toks) && d.byTok[e] >= 0 && d.ms[d.byTok[e]].t0 == e && strings.TrimSpace(d.sep(e-1)) == "," {
				if c := d.ms[d.byTok[e]]; !c.demonym && c.best >= 0 && g.entries[c.best].kind >= kindAdmin1 {
					within = c // "Fort Detrick, Maryland"
				}
			}
			out = append(out, &mention{t0: i, t1: e, literal: true, within: within, best: -1})
			for j := i; j < e; j++ {
				taken[j] = true
			}
		case t.folded == "st" && t.caps == title && free(i) && i+1 < len(d.toks) && strings.HasPrefix(d.sep(i), ".") && name(i-1) && d.spaced(i-1):
			// "14th St.", "Victoria St.," (not "St. Louis": the name comes before).
			if d.toks[i+1].caps == title && d.spaced(i) && !ordinal(d.toks[i-1].folded) {
				continue // "Peter St. John"
			}
			add(i-1, i+1)
		}
	}
	return out
}

// partOfAfter reports whether token j starts ", a suburb of" or ", a town in" (or another part-of noun).
func (d *doc) partOfAfter(j int) bool {
	if j <= 0 || j+2 >= len(d.toks) || strings.TrimSpace(d.sep(j-1)) != "," {
		return false
	}
	w := d.toks[j].folded
	if w != "a" && w != "the" && w != "one" {
		return false
	}
	for k := j + 1; k < j+4 && k+1 < len(d.toks); k++ {
		if d.g.lex.is("partof", d.toks[k].folded) {
			w := d.toks[k+1].folded
			return w == "of" || w == "in" || w == "near" || w == "outside"
		}
	}
	return false
}

// output converts the resolved mentions to testigo.Place values in text order.
func (d *doc) output(unknown []*mention) []testigo.Place {
	var out []testigo.Place
	for _, m := range d.ms {
		if m.best < 0 {
			continue
		}
		p := d.g.place(m.best)
		p.Start, p.End = d.toks[m.t0].start, d.toks[m.t1-1].end
		p.Text = d.text[p.Start:p.End]
		p.Literal = m.literal && !m.demonym
		if m.demonym {
			p.Precision = 3
		}
		if m.near && p.Precision == 1 {
			p.Precision = 2
		}
		out = append(out, p)
	}
	for _, u := range unknown {
		c := u.within
		if c == nil || c.best < 0 {
			continue
		}
		p := d.g.place(c.best)
		p.Start, p.End = d.toks[u.t0].start, d.toks[u.t1-1].end
		p.Text = d.text[p.Start:p.End]
		p.Name = p.Text
		p.GeonamesID = 0
		p.FeatureCode = ""
		p.Population = 0
		p.Precision = 2
		p.Within = d.g.entries[c.best].name
		if d.g.entries[c.best].kind == kindCity {
			p.Admin2 = d.g.place(c.best).Admin2
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
