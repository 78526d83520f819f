package actor

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Lexicon holds the actor dictionaries; build it once and share it (it is read-only).
type Lexicon struct {
	roles    phraseTable           // lower-case role nouns: police, riot police, security forces
	titles   phraseTable           // lower-case titles: president, interior minister
	orgWords map[string]orgWord    // words that make a name an organization
	orgs     phraseTable           // known organizations, matched on their words as written
	orgList  []orgEntry            // indexed by phraseTable values of orgs
	names    map[string]string     // lower-case country name -> alpha3
	demonyms map[string]string     // lower-case demonym (and its plural) -> alpha3
	plurals  map[string]bool       // lower-case plural demonyms: Bolivians
	country  map[string]countryRow // alpha3 -> row
	alpha2   map[string]string     // alpha2 -> alpha3
	placeEnd map[string]bool       // words that end place names: Street, City
	nameHead map[string]int        // first word of a country name -> most words in such a name
	roleInfo map[string]roleValue  // a roles.tsv value ("MIL+COP\tgroup") read once
	starts   map[string]bool       // lower-case words that may open a mention
	anaphors []anaphor             // definite nouns naming an organization again: the bloc

	elite       map[string]bool   // "former": a title becomes ELI
	adjectives  map[string]bool   // "new", "striking": no change to what follows
	heads       map[string]bool   // "head", "leader": the sector of the body headed
	sectorWords map[string]string // "rebel": REB, "opposition": OPP
}

// anaphor is a definite noun ("the bloc") that names again the last organization with one
// of codes.
type anaphor struct {
	words []string
	codes map[string]bool
}

type orgWord struct {
	sector string
	weight int
}

type orgEntry struct {
	name, sector, code, kind string
}

type countryRow struct {
	alpha2, alpha3, name string
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the lexicon shipped with the binary, loaded once.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() { defaultLex, defaultErr = Load(dataFS) })
	return defaultLex, defaultErr
}

// fileReader is what Load needs of a file system (embed.FS and os.DirFS both fit).
type fileReader interface {
	ReadFile(name string) ([]byte, error)
}

// Load reads the lexicon files from fsys: data/countries.tsv, data/demonyms.tsv,
// data/roles.tsv, data/titles.tsv, data/orgwords.tsv, data/orgs.tsv, data/placewords.tsv
// and data/modifiers.tsv.
func Load(fsys fileReader) (*Lexicon, error) {
	l := &Lexicon{
		roles:    phraseTable{},
		titles:   phraseTable{},
		orgWords: map[string]orgWord{},
		orgs:     phraseTable{},
		names:    map[string]string{},
		demonyms: map[string]string{},
		plurals:  map[string]bool{},
		country:  map[string]countryRow{},
		alpha2:   map[string]string{},
		placeEnd: map[string]bool{},
		nameHead: map[string]int{},
		roleInfo: map[string]roleValue{},

		elite:       map[string]bool{},
		adjectives:  map[string]bool{},
		heads:       map[string]bool{},
		sectorWords: map[string]string{},
	}
	steps := []struct {
		file   string
		fields int
		load   func(f []string) error
	}{
		{"data/countries.tsv", 5, l.addCountry},
		{"data/demonyms.tsv", 3, l.addDemonyms},
		{"data/roles.tsv", 3, l.addRole},
		{"data/titles.tsv", 2, func(f []string) error { return l.titles.add(strings.Fields(f[0]), f[1]) }},
		{"data/orgwords.tsv", 3, l.addOrgWord},
		{"data/orgs.tsv", 4, l.addOrg},
		{"data/placewords.tsv", 1, func(f []string) error { l.placeEnd[strings.ToLower(strings.TrimSpace(f[0]))] = true; return nil }},
		{"data/modifiers.tsv", 3, l.addModifier},
		{"data/anaphors.tsv", 2, l.addAnaphor},
	}
	for _, s := range steps {
		data, err := fsys.ReadFile(s.file)
		if err != nil {
			return nil, fmt.Errorf("actor lexicon: %w", err)
		}
		if err := readTSV(s.file, string(data), s.fields, s.load); err != nil {
			return nil, err
		}
	}
	l.roles.sort()
	l.titles.sort()
	l.orgs.sort()
	l.starts = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}
	for _, t := range []phraseTable{l.roles, l.titles} {
		for w := range t {
			l.starts[strings.TrimSuffix(w, ".")] = true
		}
	}
	for _, m := range []map[string]bool{l.elite, l.adjectives, l.heads} {
		for w := range m {
			l.starts[w] = true
		}
	}
	for w := range l.sectorWords {
		l.starts[w] = true
	}
	for w := range titlePrefixes {
		l.starts[w] = true
	}
	for name := range l.names {
		w := strings.Fields(name)
		if len(w) > 0 && len(w) > l.nameHead[w[0]] {
			l.nameHead[w[0]] = len(w)
		}
	}
	return l, nil
}

// readTSV calls load with the fields of each line that is not blank or a # comment.
func readTSV(name, data string, fields int, load func([]string) error) error {
	sc := bufio.NewScanner(strings.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != fields {
			return fmt.Errorf("actor lexicon: %s:%d: %d fields, want %d", name, line, len(f), fields)
		}
		if err := load(f); err != nil {
			return fmt.Errorf("actor lexicon: %s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

func (l *Lexicon) addCountry(f []string) error {
	a2, a3 := f[0], f[1]
	if len(a2) != 2 || len(a3) != 3 {
		return fmt.Errorf("bad codes %q %q", a2, a3)
	}
	name := f[2]
	if f[4] != "" {
		name = f[4]
	} else if i := strings.Index(name, ","); i > 0 {
		name = name[:i]
	}
	l.country[a3] = countryRow{alpha2: a2, alpha3: a3, name: name}
	l.alpha2[a2] = a3
	for _, n := range []string{f[2], f[3], f[4], name} {
		if n != "" && !strings.Contains(n, ",") {
			l.names[strings.ToLower(n)] = a3
		}
	}
	return nil
}

func (l *Lexicon) addDemonyms(f []string) error {
	a3 := f[0]
	if len(a3) != 3 {
		return fmt.Errorf("bad alpha3 %q", a3)
	}
	if _, ok := l.country[a3]; !ok {
		// Codes outside ISO 3166 (Kosovo's XKX) still get a name.
		names := strings.Split(f[1], "|")
		l.country[a3] = countryRow{alpha3: a3, name: names[0]}
	}
	for _, n := range strings.Split(f[1], "|") {
		if n = strings.TrimSpace(n); n != "" {
			l.names[strings.ToLower(n)] = a3
		}
	}
	for _, d := range strings.Split(f[2], "|") {
		d = strings.TrimSpace(d)
		if d == "" {
			continue
		}
		ld := strings.ToLower(d)
		l.demonyms[ld] = a3
		if p, ok := demonymPlural(ld); ok {
			l.demonyms[p] = a3
			l.plurals[p] = true
		}
	}
	return nil
}

// demonymPlural gives the people noun of a demonym: Bolivian -> Bolivians, Swede -> Swedes.
// Demonyms in -ese, -ish, -ch, -ss have none in common use (the Chinese, the French).
func demonymPlural(d string) (string, bool) {
	for _, s := range []string{"ese", "ish", "ch", "ss", "i", "y"} {
		if strings.HasSuffix(d, s) && !(s == "i" && (d == "israeli" || d == "iraqi" || d == "pakistani" || d == "saudi" || d == "somali" || d == "yemeni" || d == "kuwaiti" || d == "omani" || d == "qatari" || d == "bahraini" || d == "emirati" || d == "bangladeshi" || d == "nepali" || d == "azeri" || d == "afghani" || d == "malawi")) {
			return "", false
		}
	}
	return d + "s", true
}

// roleValue is what roles.tsv says of a role noun.
type roleValue struct {
	sectors []string // one, or two for "security forces" (MIL+COP)
	kind    string
}

func (l *Lexicon) addRole(f []string) error {
	v := f[1] + "\t" + f[2]
	if _, ok := l.roleInfo[v]; !ok {
		kind := f[2]
		if kind == "" {
			kind = "group"
		}
		l.roleInfo[v] = roleValue{sectors: strings.Split(f[1], "+"), kind: kind}
	}
	return l.roles.add(strings.Fields(f[0]), v)
}

func (l *Lexicon) addModifier(f []string) error {
	w := strings.ToLower(f[0])
	switch f[1] {
	case "elite":
		l.elite[w] = true
	case "adjective":
		l.adjectives[w] = true
	case "head":
		l.heads[w] = true
	case "sector":
		if f[2] == "" {
			return fmt.Errorf("%q: sector use without a sector", w)
		}
		l.sectorWords[w] = f[2]
	default:
		return fmt.Errorf("%q: unknown use %q", w, f[1])
	}
	return nil
}

func (l *Lexicon) addOrgWord(f []string) error {
	w, err := strconv.Atoi(f[2])
	if err != nil {
		return fmt.Errorf("weight %q: %w", f[2], err)
	}
	key := strings.ToLower(f[0])
	if _, dup := l.orgWords[key]; dup {
		return fmt.Errorf("%q listed twice", f[0])
	}
	l.orgWords[key] = orgWord{sector: f[1], weight: w}
	return nil
}

func (l *Lexicon) addOrg(f []string) error {
	names := strings.Split(f[0], "|")
	e := orgEntry{name: names[0], sector: f[1], code: f[2], kind: f[3]}
	idx := len(l.orgList)
	l.orgList = append(l.orgList, e)
	for _, n := range names {
		words := wordsOf(n)
		if len(words) == 0 {
			continue
		}
		if err := l.orgs.add(words, strconv.Itoa(idx)); err != nil {
			return err
		}
	}
	return nil
}

// wordsOf splits a lexicon phrase the way the tokenizer splits text.
func wordsOf(s string) []string {
	var out []string
	for _, t := range tokenize(s, 0, len(s)) {
		out = append(out, t.text)
	}
	return out
}

// phraseTable maps phrases (as word lists) to a value, indexed by first word; longer phrases
// are tried first.
type phraseTable map[string][]phrase

type phrase struct {
	words []string
	value string
}

func (t phraseTable) add(words []string, value string) error {
	if len(words) == 0 {
		return fmt.Errorf("empty phrase")
	}
	t[words[0]] = append(t[words[0]], phrase{words: words, value: value})
	return nil
}

func (t phraseTable) sort() {
	for _, ps := range t {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
	}
}

// match returns the longest phrase starting at word i of words (as given by key), and its length.
func (t phraseTable) match(n int, key func(int) string) (string, int) {
	if n == 0 {
		return "", 0
	}
	for _, p := range t[key(0)] {
		if len(p.words) > n {
			continue
		}
		ok := true
		for k := 1; k < len(p.words); k++ {
			if key(k) != p.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return p.value, len(p.words)
		}
	}
	return "", 0
}

// CountryCode returns the ISO 3166 alpha-3 code of a country name, an everyday name, a
// demonym or its plural, or an alpha-2/alpha-3 code ("Bolivia", "Bolivian", "Bolivians",
// "the United States", "U.S.", "BO", "BOL"). It uses the lexicon shipped with the binary.
func CountryCode(word string) (alpha3 string, ok bool) {
	l, err := Default()
	if err != nil {
		return "", false
	}
	return l.CountryCode(word)
}

// CountryCode is the package-level CountryCode on lexicon l.
func (l *Lexicon) CountryCode(word string) (string, bool) {
	w := strings.TrimSpace(word)
	w = strings.TrimPrefix(strings.TrimPrefix(w, "the "), "The ")
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return "", false // "us" is a pronoun, "chad" not a country
	}
	lw := strings.ToLower(w)
	lw = strings.TrimPrefix(lw, "the ")
	if a, ok := l.names[lw]; ok {
		return a, true
	}
	if a, ok := l.demonyms[lw]; ok {
		return a, true
	}
	if len(w) == 3 && strings.ToUpper(w) == w {
		if _, ok := l.country[w]; ok {
			return w, true
		}
	}
	if len(w) == 2 && strings.ToUpper(w) == w {
		if a, ok := l.alpha2[w]; ok {
			return a, true
		}
	}
	return "", false
}

// CountryName returns the common English name of an alpha-3 code ("BOL" -> "Bolivia").
func (l *Lexicon) CountryName(alpha3 string) string { return l.country[alpha3].name }

func (l *Lexicon) addAnaphor(f []string) error {
	a := anaphor{words: strings.Fields(strings.ToLower(f[0])), codes: map[string]bool{}}
	for _, c := range strings.Split(f[1], "|") {
		if c = strings.TrimSpace(c); c != "" {
			a.codes[c] = true
		}
	}
	if len(a.words) == 0 || len(a.codes) == 0 {
		return fmt.Errorf("anaphor %q: no words or no codes", f[0])
	}
	l.anaphors = append(l.anaphors, a)
	return nil
}
