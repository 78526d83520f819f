package geo

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"math"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"

	"testigo"
)

//go:embed data/countries.tsv data/admin1.tsv data/admin2.tsv.gz data/places.tsv.gz data/words.txt.gz data/firstnames.txt.gz
//go:embed data/regions.tsv data/country-names.tsv data/admin1-names.tsv data/lexicon.tsv
var dataFS embed.FS

// Kinds of gazetteer entries, from the largest.
type kind uint8

const (
	kindRegion  kind = iota // continent, ocean, large region
	kindCountry             // independent country or territory
	kindAdmin1              // first-level division: state, province, department
	kindAdmin2              // second-level division
	kindCity                // populated place
)

// entry is one place of the gazetteer.
type entry struct {
	id       int
	name     string
	key      string // Fold(name)
	lat, lon float64
	fcode    string
	cc       string // alpha-2, "" for regions larger than a country
	a1, a2   string // GeoNames admin codes
	pop      int
	kind     kind
}

// Country is what the gazetteer knows of a country.
type Country struct {
	Alpha2, Alpha3 string
	Name           string
	GeonamesID     int
	Lat, Lon       float64
	Continent      string
	entry          int32
}

// Gazetteer holds the reference places; build it once and share it (it is read-only
// after construction; Add must not run concurrently with Places).
type Gazetteer struct {
	entries  []entry
	names    map[string][]int32 // folded name → entries
	demonyms map[string]int32   // folded demonym ("bolivian") → country or region entry
	maxWords int
	multi    map[string]uint8 // first word of a multi-word name → most words of such names

	countries  map[string]*Country // alpha-2
	alpha3     map[string]string   // alpha-3 → alpha-2
	admin1     map[string]int32    // "BO.04" → entry
	admin2     map[string]string   // "BO.04.0201" → name
	words      map[string]bool     // lower-case English words
	firstNames map[string]bool     // common first names, folded
	abbrevs    map[string]bool     // folded all-caps names that may match in capitals: "uk", "usa"
	dotted     map[string]int32    // abbreviations that need their period: "calif" (Calif.) → entry
	lex        lexicon
	// articleless holds the name without its Arabic article ("qamishli") of places whose own
	// name has one ("Al Qamishli"): a name news uses as the place's own.
	articleless map[int32]string
	strs        map[string]string // interned codes, while loading
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer shipped with the binary, loaded once.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultGaz, defaultErr = load() })
	return defaultGaz, defaultErr
}

// New loads a private copy of the shipped gazetteer extended with extra GeoNames records
// (read with ParseDump, say from a country file such as BO.txt). Unlike Default it loads
// anew on each call (about a second), so that the result can be extended without touching
// the shared default.
func New(extra ...Record) (*Gazetteer, error) {
	g, err := load()
	if err != nil {
		return nil, err
	}
	g.Add(extra...)
	return g, nil
}

func load() (*Gazetteer, error) {
	// Loading allocates a few hundred thousand small objects that all stay alive: collecting
	// garbage meanwhile only costs time.
	defer debug.SetGCPercent(debug.SetGCPercent(800))
	g := &Gazetteer{
		entries: make([]entry, 0, 1<<18),
		strs:    map[string]string{},
		multi:   map[string]uint8{},
		names:   make(map[string][]int32, 1<<19), demonyms: map[string]int32{}, countries: map[string]*Country{},
		alpha3: map[string]string{}, admin1: map[string]int32{}, admin2: map[string]string{},
		words: map[string]bool{}, firstNames: map[string]bool{}, abbrevs: map[string]bool{}, dotted: map[string]int32{},
	}
	steps := []struct {
		file string
		fn   func(f []string) error
		cols int
	}{
		{"data/words.txt.gz", func(f []string) error { g.words[f[0]] = true; return nil }, 1},
		{"data/countries.tsv", g.loadCountry, 9},
		{"data/country-names.tsv", g.loadCountryNames, 3},
		{"data/regions.tsv", g.loadRegion, 7},
		{"data/admin1.tsv", g.loadAdmin1, 7},
		{"data/admin2.tsv.gz", g.loadAdmin2, 5},
		{"data/admin1-names.tsv", g.loadAdmin1Names, 2},
		{"", nil, 0}, // the divisions' common names, before places take the names
		{"data/places.tsv.gz", g.loadPlace, 10},
		{"data/lexicon.tsv", g.lex.add, 2},
		{"data/firstnames.txt.gz", func(f []string) error { g.firstNames[f[0]] = true; return nil }, 1},
	}
	for _, s := range steps {
		if s.fn == nil {
			g.addDivisionGroups()
			continue
		}
		if err := readTable(s.file, s.cols, s.fn); err != nil {
			return nil, err
		}
	}
	g.lex.finish()
	g.addArticleless()
	g.strs = nil
	return g, nil
}

// compassWords head division names that split a larger region ("North Darfur", "Nord-Kivu").
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "upper": true, "lower": true,
	"nord": true, "sud": true, "est": true, "ouest": true, "norte": true, "sur": true, "centre": true}

// addDivisionGroups adds the regions that divisions of one country split by compass point:
// "Darfur" for North, South, West ... Darfur, "Java" for West, Central and East Java,
// "Yorkshire" for its counties. News names the whole region; the gazetteer has only its
// parts. A region's point is the mean of its parts' points, its population their sum. A
// name the gazetteer already gives a division or country, or a common English word
// ("Province", "Cape"), makes no region.
func (g *Gazetteer) addDivisionGroups() {
	type group struct {
		name     string
		cc       string
		lat, lon float64
		n, pop   int
		kind     kind
	}
	groups := map[string]*group{}
	var keys []string
	for i := range g.entries {
		e := &g.entries[i]
		if e.kind != kindAdmin1 && e.kind != kindAdmin2 {
			continue
		}
		head, rest, ok := strings.Cut(e.key, " ")
		if !ok || !compassWords[head] || len(rest) < 4 || strings.Contains(rest, " ") || g.words[rest] {
			continue
		}
		k := e.cc + "|" + rest
		gr := groups[k]
		if gr == nil {
			_, name, _ := strings.Cut(strings.ReplaceAll(e.name, "-", " "), " ")
			gr = &group{name: name, cc: e.cc, kind: e.kind}
			groups[k] = gr
			keys = append(keys, k)
		}
		gr.lat += e.lat
		gr.lon += e.lon
		gr.n++
		gr.pop += e.pop
		gr.kind = min(gr.kind, e.kind)
	}
	sort.Strings(keys)
	for _, k := range keys {
		gr := groups[k]
		_, rest, _ := strings.Cut(k, "|")
		if gr.n < 2 || Fold(gr.name) != rest {
			continue
		}
		taken := false
		for _, j := range g.names[rest] {
			if o := &g.entries[j]; o.kind <= kindCountry || o.cc == gr.cc && o.kind <= kindAdmin2 {
				taken = true
				break
			}
		}
		if !taken {
			g.addEntry(entry{name: gr.name, lat: gr.lat / float64(gr.n), lon: gr.lon / float64(gr.n), fcode: "RGN",
				cc: gr.cc, pop: gr.pop, kind: gr.kind})
		}
	}
}

// addArticleless indexes the places of Arabic-speaking countries whose names open with the
// definite article ("Al Qāmishlī", "Ar Raqqah", "El Arish") under the name without it, as English
// news writes them ("Qamishli", "Raqqah"). A remainder that is short or an English word
// ("Al Bab" → "bab", "As Salt" → "salt") is left out.
func (g *Gazetteer) addArticleless() {
	g.articleless = map[int32]string{}
	var add []struct {
		i   int32
		key string
	}
	for i := range g.entries {
		e := &g.entries[i]
		if e.kind < kindAdmin1 || !g.lex.is("articlecountries", strings.ToLower(e.cc)) {
			continue
		}
		art, rest, ok := strings.Cut(e.key, " ")
		if !ok || !g.lex.is("article", art) || len(rest) < 4 || g.words[rest] || g.lex.is("article", strings.SplitN(rest, " ", 2)[0]) {
			continue
		}
		g.articleless[int32(i)] = rest
		add = append(add, struct {
			i   int32
			key string
		}{int32(i), rest})
	}
	for _, a := range add {
		g.indexKey(a.i, a.key, a.key)
	}
}

// own reports whether key names entry i by its own name (see ownName), or by its own name
// without the Arabic article.
func (g *Gazetteer) own(i int32, key string) bool {
	return ownName(g.entries[i].key, key) || g.articleless[i] == key && key != ""
}

// readTable calls fn with the tab-separated fields of each line of an embedded table. The
// fields are substrings of one string holding the whole table, so that loading does not
// allocate a string per field.
func readTable(name string, cols int, fn func([]string) error) error {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("geo: %w", err)
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("geo: %s: %w", name, err)
		}
		var buf bytes.Buffer
		buf.Grow(4 * len(data))
		if _, err := buf.ReadFrom(zr); err != nil {
			return fmt.Errorf("geo: %s: %w", name, err)
		}
		data = buf.Bytes()
	}
	text := string(data)
	f := make([]string, 0, 16)
	for line := 1; text != ""; line++ {
		s, rest, _ := strings.Cut(text, "\n")
		text = rest
		if s == "" || s[0] == '#' {
			continue
		}
		f = f[:0]
		for {
			field, more, ok := strings.Cut(s, "\t")
			f = append(f, field)
			if !ok {
				break
			}
			s = more
		}
		if len(f) < cols {
			return fmt.Errorf("geo: %s:%d: %d columns, want %d", name, line, len(f), cols)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("geo: %s:%d: %w", name, line, err)
		}
	}
	return nil
}

func parseLatLon(a, b string) (float64, float64, error) {
	lat, err := strconv.ParseFloat(a, 64)
	if err != nil || lat < -90 || lat > 90 {
		return 0, 0, fmt.Errorf("bad latitude %q", a)
	}
	lon, err := strconv.ParseFloat(b, 64)
	if err != nil || lon < -180 || lon > 180 {
		return 0, 0, fmt.Errorf("bad longitude %q", b)
	}
	return lat, lon, nil
}

func splitNames(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// addEntry stores e and indexes it under its names.
func (g *Gazetteer) addEntry(e entry, names ...string) int32 {
	i := int32(len(g.entries))
	e.key = Fold(e.name)
	g.entries = append(g.entries, e)
	g.indexKey(i, e.key, e.name)
	g.index(i, names...)
	return i
}

func (g *Gazetteer) index(i int32, names ...string) {
	for _, n := range names {
		g.indexKey(i, Fold(n), n)
	}
}

// indexKey indexes entry i under the folded key k of name n.
func (g *Gazetteer) indexKey(i int32, k, n string) {
	{
		if k == "" {
			return
		}
		list := g.names[k]
		dup := false
		for _, j := range list {
			if j == i {
				dup = true
				break
			}
		}
		if !dup {
			g.names[k] = append(list, i)
		}
		if w := strings.Count(k, " ") + 1; w > 1 {
			g.maxWords = max(g.maxWords, w)
			first, _, _ := strings.Cut(k, " ")
			g.multi[first] = uint8(max(int(g.multi[first]), min(w, 255)))
		}
		if isAbbrev(n) {
			g.abbrevs[k] = true
		}
	}
}

// isAbbrev reports whether a name is written in capitals ("UK", "U.S.A.", "UAE").
func isAbbrev(n string) bool {
	letters := 0
	for _, r := range n {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 4
}

func (g *Gazetteer) loadCountry(f []string) error {
	lat, lon, err := parseLatLon(f[4], f[5])
	if err != nil {
		return err
	}
	id, _ := strconv.Atoi(f[2])
	c := &Country{Alpha2: f[0], Alpha3: f[1], GeonamesID: id, Name: f[3], Lat: lat, Lon: lon, Continent: f[6]}
	c.entry = g.addEntry(entry{id: id, name: c.Name, lat: lat, lon: lon, fcode: "PCLI", cc: c.Alpha2, kind: kindCountry},
		splitNames(f[7])...)
	for _, d := range splitNames(f[8]) {
		if _, dup := g.demonyms[Fold(d)]; !dup { // "Indian" is India's, not the Indian Ocean Territory's
			g.demonyms[Fold(d)] = c.entry
		}
	}
	g.countries[c.Alpha2] = c
	g.alpha3[c.Alpha3] = c.Alpha2
	return nil
}

// loadCountryNames reads extra names and demonyms of countries (geo/data/country-names.tsv).
func (g *Gazetteer) loadCountryNames(f []string) error {
	c := g.countries[g.alpha3[f[0]]]
	if c == nil {
		return fmt.Errorf("unknown country %q", f[0])
	}
	g.index(c.entry, splitNames(f[1])...)
	for _, d := range splitNames(f[2]) {
		g.demonyms[Fold(d)] = c.entry
	}
	return nil
}

// loadRegion reads continents, oceans and other regions larger than a country.
func (g *Gazetteer) loadRegion(f []string) error {
	lat, lon, err := parseLatLon(f[2], f[3])
	if err != nil {
		return err
	}
	id, _ := strconv.Atoi(f[0])
	i := g.addEntry(entry{id: id, name: f[1], lat: lat, lon: lon, fcode: f[4], kind: kindRegion}, splitNames(f[5])...)
	for _, d := range splitNames(f[6]) {
		if _, dup := g.demonyms[Fold(d)]; !dup { // a country's demonym stays the country's
			g.demonyms[Fold(d)] = i
		}
	}
	return nil
}

func (g *Gazetteer) loadAdmin1(f []string) error {
	lat, lon, err := parseLatLon(f[3], f[4])
	if err != nil {
		return err
	}
	cc, code, ok := strings.Cut(f[0], ".")
	if !ok {
		return fmt.Errorf("bad admin1 code %q", f[0])
	}
	id, _ := strconv.Atoi(f[1])
	pop, _ := strconv.Atoi(f[6])
	g.admin1[f[0]] = g.addEntry(entry{id: id, name: f[2], lat: lat, lon: lon, fcode: "ADM1", cc: cc, a1: code, pop: pop, kind: kindAdmin1},
		splitNames(f[5])...)
	return nil
}

// loadAdmin1Names reads abbreviations of divisions that must be written with a period.
func (g *Gazetteer) loadAdmin1Names(f []string) error {
	i, ok := g.admin1[f[0]]
	if !ok {
		return fmt.Errorf("unknown division %q", f[0])
	}
	if len(f) > 2 {
		for _, d := range splitNames(f[2]) {
			if _, dup := g.demonyms[Fold(d)]; !dup {
				g.demonyms[Fold(d)] = i
			}
		}
	}
	for _, n := range splitNames(f[1]) {
		if strings.HasSuffix(n, ".") {
			g.dotted[Fold(n)] = i
		} else {
			g.index(i, n)
		}
	}
	return nil
}

// admin2Suffixes are dropped from second-level division names outside the United States,
// where news names the division without them; US county names keep "County".
var admin2Suffixes = []string{" District", " Municipality", " Province", " Prefecture", " Department", " Regency", " County Borough", " county borough"}

// admin2Prefixes likewise: "County of Ceredigion", "Sir Powys" (Welsh for county) are
// Ceredigion and Powys in the news.
var admin2Prefixes = []string{"Province of ", "Provincia de ", "Provincia di ", "District of ", "County of ", "City and County of ", "Sir "}

func (g *Gazetteer) loadAdmin2(f []string) error {
	lat, lon, err := parseLatLon(f[2], f[3])
	if err != nil {
		return err
	}
	parts := strings.SplitN(f[0], ".", 3)
	if len(parts) != 3 {
		return fmt.Errorf("bad admin2 code %q", f[0])
	}
	g.admin2[f[0]] = f[1]
	var names []string
	if parts[0] != "US" {
		for _, s := range admin2Suffixes {
			if n := strings.TrimSuffix(f[1], s); n != f[1] && !g.words[Fold(n)] {
				names = append(names, n)
			}
		}
		for _, s := range admin2Prefixes {
			if n := strings.TrimPrefix(f[1], s); n != f[1] && !g.words[Fold(n)] {
				names = append(names, n)
			}
		}
	}
	pop, _ := strconv.Atoi(f[4])
	g.addEntry(entry{name: f[1], lat: lat, lon: lon, fcode: "ADM2", cc: parts[0], a1: parts[1], a2: parts[2], pop: pop, kind: kindAdmin2}, names...)
	return nil
}

func (g *Gazetteer) loadPlace(f []string) error {
	lat, lon, err := parseLatLon(f[3], f[4])
	if err != nil {
		return err
	}
	id, _ := strconv.Atoi(f[0])
	pop, _ := strconv.Atoi(f[9])
	// Copy the strings kept, so that the decompressed table can be freed.
	g.addEntry(entry{id: id, name: strings.Clone(f[1]), lat: lat, lon: lon, fcode: g.intern(f[5]), cc: g.intern(f[6]),
		a1: g.intern(f[7]), a2: g.intern(f[8]), pop: pop, kind: kindCity}, splitNames(f[2])...)
	return nil
}

// intern returns one shared copy of a short, often repeated string (codes).
func (g *Gazetteer) intern(s string) string {
	if v, ok := g.strs[s]; ok {
		return v
	}
	v := strings.Clone(s)
	g.strs[v] = v
	return v
}

// Add extends the gazetteer with GeoNames records, such as the districts of a city read from a
// country dump with ParseDump. Populated places (class P) and divisions (ADM1, ADM2, ADM3,
// ADM4, ADMD, PCLI ...) are kept; other features are skipped. A record whose id the
// gazetteer already has is skipped, so loading the same dump twice changes nothing.
// Add must not run while Places is running on the same gazetteer.
func (g *Gazetteer) Add(records ...Record) {
	have := map[int]bool{}
	if len(records) > 0 {
		for _, e := range g.entries {
			if e.id > 0 {
				have[e.id] = true
			}
		}
	}
	for _, r := range records {
		if have[r.ID] {
			continue
		}
		k := kindCity
		switch {
		case r.FeatureClass == "P":
		case r.FeatureCode == "ADM1":
			k = kindAdmin1
		case r.FeatureCode == "ADM2":
			k = kindAdmin2
		case strings.HasPrefix(r.FeatureCode, "ADM"):
			k = kindAdmin2
		case strings.HasPrefix(r.FeatureCode, "PCL"):
			k = kindCountry
		default:
			continue
		}
		have[r.ID] = true
		names := append([]string{r.ASCIIName}, r.AltNames...)
		i := g.addEntry(entry{id: r.ID, name: r.Name, lat: r.Lat, lon: r.Lon, fcode: r.FeatureCode, cc: r.Country,
			a1: r.Admin1, a2: r.Admin2, pop: r.Population, kind: k}, names...)
		if k == kindAdmin1 {
			key := r.Country + "." + r.Admin1
			if _, ok := g.admin1[key]; !ok {
				g.admin1[key] = i
			}
		}
	}
}

// Len returns the number of places the gazetteer holds.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the places known under a name (any case, with or without accents), largest first.
func (g *Gazetteer) Lookup(name string) []testigo.Place {
	ids := g.names[Fold(name)]
	var out []testigo.Place
	for _, i := range ids {
		out = append(out, g.place(i))
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Population > out[b].Population })
	return out
}

// place converts an entry to a testigo.Place (without span or text).
func (g *Gazetteer) place(i int32) testigo.Place {
	e := &g.entries[i]
	p := testigo.Place{Name: e.name, GeonamesID: e.id, Lat: e.lat, Lon: e.lon, FeatureCode: e.fcode,
		Population: e.pop, Literal: true, Precision: 1}
	if c := g.countries[e.cc]; c != nil {
		p.Country = c.Alpha3
	}
	if e.kind != kindCountry && e.kind != kindRegion && e.kind != kindAdmin1 {
		p.Admin1 = g.Admin1Name(e.cc, e.a1)
	}
	if e.kind == kindCity && e.a2 != "" {
		p.Admin2 = g.admin2[e.cc+"."+e.a1+"."+e.a2]
	}
	switch {
	case e.kind != kindCity:
		p.Precision = 3
	case e.fcode == "PPLX":
		p.Precision = 2
	}
	return p
}

// Admin1Name returns the name of a first-level division from its country (alpha-2 or
// alpha-3) and GeoNames admin1 code, or "".
func (g *Gazetteer) Admin1Name(country, code string) string {
	if len(country) == 3 {
		country = g.alpha3[country]
	}
	if i, ok := g.admin1[country+"."+code]; ok {
		return g.entries[i].name
	}
	return ""
}

// CountryName returns the common English name of a country given its alpha-3 (or alpha-2) code.
func (g *Gazetteer) CountryName(code string) string {
	if c := g.Country(code); c != nil {
		return c.Name
	}
	return ""
}

// Country returns a country by alpha-3 or alpha-2 code, or nil.
func (g *Gazetteer) Country(code string) *Country {
	code = strings.ToUpper(strings.TrimSpace(code))
	if len(code) == 3 {
		code = g.alpha3[code]
	}
	return g.countries[code]
}

// CountryCode returns the alpha-3 code of a country named by any of its names ("Bolivia",
// "Estado Plurinacional de Bolivia", "U.S.") or demonyms ("Bolivian"), or by its alpha-2 or
// alpha-3 code; "" if none.
func (g *Gazetteer) CountryCode(nameOrDemonym string) string {
	s := strings.TrimSpace(nameOrDemonym)
	if len(s) == 2 || len(s) == 3 {
		if c := g.Country(s); c != nil && s == strings.ToUpper(s) {
			return c.Alpha3
		}
	}
	k := Fold(s)
	for _, i := range g.names[k] {
		if g.entries[i].kind == kindCountry {
			return g.countries[g.entries[i].cc].Alpha3
		}
	}
	if i, ok := g.demonyms[k]; ok && g.entries[i].kind == kindCountry {
		return g.countries[g.entries[i].cc].Alpha3
	}
	k = strings.TrimSuffix(k, "s") // plural demonyms: "Bolivians"
	if i, ok := g.demonyms[k]; ok && g.entries[i].kind == kindCountry {
		return g.countries[g.entries[i].cc].Alpha3
	}
	return ""
}

// Alpha3 converts an alpha-2 country code to alpha-3 ("" if unknown).
func (g *Gazetteer) Alpha3(alpha2 string) string {
	if c := g.countries[strings.ToUpper(alpha2)]; c != nil {
		return c.Alpha3
	}
	return ""
}

// Alpha2 converts an alpha-3 country code to alpha-2 ("" if unknown).
func (g *Gazetteer) Alpha2(alpha3 string) string { return g.alpha3[strings.ToUpper(alpha3)] }

// Distance returns the great-circle distance in kilometres between two points.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
