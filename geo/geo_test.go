package geo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"testigo"
)

func gazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Côte d’Ivoire", "cote d ivoire"},
		{"Cote d'Ivoire", "cote d ivoire"},
		{"ŁÓDŹ", "lodz"},
		{"São  Paulo", "sao paulo"},
		{"Potosí", "potosi"},
		{"Potosi\u0301", "potosi"}, // decomposed accent
		{"U.S.", "u s"},
		{"Washington, D.C.", "washington d c"},
		{"Düsseldorf", "dusseldorf"},
		{"İstanbul", "istanbul"},
		{"  ", ""},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
		// Fold must agree with the tokenizer used on texts.
		var words []string
		for _, tk := range tokenize(c.in) {
			words = append(words, tk.folded)
		}
		if got := strings.Join(words, " "); got != c.want {
			t.Errorf("tokenize(%q) folds to %q, want %q", c.in, got, c.want)
		}
	}
}

// place is what a test expects of one place found.
type place struct {
	text    string
	country string  // alpha-3, "" to skip
	lat     float64 // 0 to skip
	lon     float64
	literal bool
	prec    int // 0 to skip
	within  string
}

func TestPlaces(t *testing.T) {
	g := gazetteer(t)
	cases := []struct {
		name  string
		text  string
		want  []place
		focus string // alpha-3, "-" to skip
	}{
		{"two cities of one country", "Protesters marched from El Alto to La Paz on Tuesday, and Bolivia's police held them back.",
			[]place{{"El Alto", "BOL", -16.50, -68.16, true, 1, ""}, {"La Paz", "BOL", -16.50, -68.15, true, 1, ""}, {"Bolivia", "BOL", -17, -65, true, 3, ""}}, "BOL"},
		{"common words are not towns", "Police said human rights groups met at city hall.", nil, ""},
		{"a common word that is a big city", "The council in Reading voted on the budget.", []place{{"Reading", "GBR", 51.46, -0.97, true, 1, ""}}, "-"},
		{"metonymy", "Moscow rejected the proposal, and Washington said it would respond.",
			[]place{{"Moscow", "RUS", 55.75, 37.62, false, 1, ""}, {"Washington", "USA", 38.90, -77.04, false, 1, ""}}, "-"},
		{"organisation names", "She studied at the University of Texas and worked for Bank of America.",
			[]place{{"Texas", "USA", 0, 0, false, 3, ""}, {"America", "USA", 0, 0, false, 3, ""}}, "-"},
		{"X, Y", "Miners blocked the road near Sacaba, Cochabamba.",
			[]place{{"Sacaba", "BOL", -17.40, -66.04, true, 1, ""}, {"Cochabamba", "BOL", -17.39, -66.16, true, 1, ""}}, "BOL"},
		{"a village of plain words placed by its county", "A walker fell from the cliffs near New Quay, Ceredigion, at dawn.",
			[]place{{"New Quay", "GBR", 52.22, -4.36, true, 1, ""}, {"Ceredigion", "GBR", 52.26, -4.26, true, 0, ""}}, "GBR"},
		{"a dateline inside run-together stories names the town", "Farmers in Utah and Oregon sued. WASHINGTON (AP) - Senators from Nevada and Idaho replied.",
			[]place{{"Utah", "USA", 0, 0, true, 0, ""}, {"Oregon", "USA", 0, 0, true, 0, ""}, {"WASHINGTON", "USA", 38.90, -77.04, true, 1, ""},
				{"Nevada", "USA", 0, 0, true, 0, ""}, {"Idaho", "USA", 0, 0, true, 0, ""}}, "USA"},
		{"numbered roads of a British town", "Lorries queued on the A38 outside Taunton. Taunton traders said the M5, A358 and A303 were jammed.",
			[]place{{"A38", "GBR", 51.02, -3.10, true, 2, "Taunton"}, {"Taunton", "GBR", 51.02, -3.10, true, 1, ""}, {"Taunton", "GBR", 51.02, -3.10, true, 1, ""},
				{"M5", "GBR", 51.02, -3.10, true, 2, "Taunton"}, {"A358", "GBR", 51.02, -3.10, true, 2, "Taunton"}, {"A303", "GBR", 51.02, -3.10, true, 2, "Taunton"}}, ""},
		{"unknown name in a suburb of a known city", "Gunfire was heard in Tarapampa, a suburb of Cochabamba, late on Friday.",
			[]place{{"Tarapampa", "BOL", -17.39, -66.16, true, 2, "Cochabamba"}, {"Cochabamba", "BOL", -17.39, -66.16, true, 1, ""}}, "BOL"},
		{"unknown name outside a known city", "Troops surrounded the Qollpana refinery outside El Alto.",
			[]place{{"Qollpana", "BOL", -16.50, -68.16, true, 2, "El Alto"}, {"El Alto", "BOL", -16.50, -68.16, true, 1, ""}}, "BOL"},
		{"unnamed suburb named later", "The shooting happened in a suburb of Cochabamba. Witnesses in Chaupirancho described panic.",
			[]place{{"Cochabamba", "BOL", -17.39, -66.16, true, 1, ""}, {"Chaupirancho", "BOL", -17.39, -66.16, true, 2, "Cochabamba"}}, "BOL"},
		{"unknown town of a known province", "Farmers blocked the highway at the village of Chusiqani in Cochabamba.",
			[]place{{"Chusiqani", "BOL", 0, 0, true, 2, "Cochabamba"}, {"Cochabamba", "BOL", -17.39, -66.16, true, 1, ""}}, "BOL"},
		{"unknown town, a town in a known place", "Residents of Wilakota, a mining town near Oruro, went on strike.",
			[]place{{"Wilakota", "BOL", 0, 0, true, 2, "Oruro"}, {"Oruro", "BOL", 0, 0, true, 1, ""}}, "BOL"},
		{"person names are not towns", "Evo Morales spoke to reporters in Mexico. Later Morales said he would return.",
			[]place{{"Mexico", "MEX", 23, -102, true, 3, ""}}, "MEX"},
		{"a surname that names a province", "The report was written by Maria Van Dyke for the agency.", nil, ""},
		{"a surname after to", "Evo Morales resigned, and officers loyal to Morales fled. The next day, Morales, aides said, left.", nil, ""},
		{"a town after a locative preposition, though a common word", "A nurse died at the hospital in Paisley on Friday.",
			[]place{{"Paisley", "GBR", 55.83, -4.43, true, 1, ""}}, "-"},
		{"demonyms are not literal", "Bolivian troops and Peruvian police met at the border.",
			[]place{{"Bolivian", "BOL", 0, 0, false, 3, ""}, {"Peruvian", "PER", 0, 0, false, 3, ""}}, "-"},
		{"a state among states", "Storms hit Alabama and Georgia overnight, and Tennessee braced for more.",
			[]place{{"Alabama", "USA", 0, 0, true, 3, ""}, {"Georgia", "USA", 0, 0, true, 3, ""}, {"Tennessee", "USA", 0, 0, true, 3, ""}}, "USA"},
		{"a country among countries", "Tensions rose between Georgia and Armenia.",
			[]place{{"Georgia", "GEO", 0, 0, true, 3, ""}, {"Armenia", "ARM", 0, 0, true, 3, ""}}, "-"},
		{"a division named with its kind", "Flooding hit Washington State and Santa Cruz Department.",
			[]place{{"Washington State", "USA", 0, 0, true, 3, ""}, {"Santa Cruz Department", "BOL", 0, 0, true, 3, ""}}, "-"},
		{"a small place does not speak", "Bassett said the talks had failed.", nil, ""},
		{"a world city outweighs a hamlet of the story's state", "Growers across California cut prices. Their new label came from a designer based in London, who had worked for farms in Fresno.",
			[]place{{"California", "USA", 0, 0, true, 3, ""}, {"London", "GBR", 51.51, -0.13, true, 1, ""}, {"Fresno", "USA", 36.75, -119.77, true, 1, ""}}, "USA"},
		{"a hamlet named with its state stays the hamlet", "Growers met in London, California, to cut prices.",
			[]place{{"London", "USA", 0, 0, true, 1, ""}, {"California", "USA", 0, 0, true, 3, ""}}, "-"},
		{"a state in a list of states is not a town of the next", "Cases were found in Georgia, Oklahoma, Pennsylvania and Wisconsin.",
			[]place{{"Georgia", "USA", 0, 0, true, 3, ""}, {"Oklahoma", "USA", 0, 0, true, 3, ""}, {"Pennsylvania", "USA", 0, 0, true, 3, ""}, {"Wisconsin", "USA", 0, 0, true, 3, ""}}, "USA"},
		{"Arabic names without their article", "Militias clashed in Zawiyah overnight, and shells fell on Qamishli.",
			[]place{{"Zawiyah", "LBY", 0, 0, true, 1, ""}, {"Qamishli", "SYR", 37.05, 41.23, true, 1, ""}}, "-"},
		{"a name after bin is a person's", "The envoy met Prince Khalid bin Salman in Dubai.",
			[]place{{"Dubai", "ARE", 25.08, 55.31, true, 1, ""}}, "ARE"},
		{"plain words after the that name a city", "Surfers crowded the Gold Coast beaches this week.",
			[]place{{"Gold Coast", "AUS", -27.95, 153.37, true, 0, ""}}, "AUS"},
		{"a dateline in capitals before a dash, inside run-together stories", "The fair closed early on Sunday. GOLETA – Farmers said the rain had ruined the crop.",
			[]place{{"GOLETA", "USA", 34.44, -119.83, true, 1, ""}}, "-"},
		{"a list of states is not a town and its state", "Officials are investigating cases in Washington, Pennsylvania and California.",
			[]place{{"Washington", "USA", 47.29, -120.83, true, 3, ""}, {"Pennsylvania", "USA", 0, 0, true, 3, ""}, {"California", "USA", 0, 0, true, 3, ""}}, "USA"},
		{"the state of X is the state", "Floods hit the state of Washington last spring.",
			[]place{{"Washington", "USA", 47.29, -120.83, true, 3, ""}}, "USA"},
		{"a county of X is a part of X", "Hsinchu is a county of Taiwan.",
			[]place{{"Hsinchu", "TWN", 0, 0, true, 1, ""}, {"Taiwan", "TWN", 0, 0, true, 3, ""}}, "TWN"},
		{"a valley named like a small town is not the town", "The sick cow was found in Fraser Valley last week.", nil, ""},
		{"a valley named after a district lies in it", "Troops moved into the Swat Valley.",
			[]place{{"Swat", "PAK", 0, 0, true, 0, ""}}, "PAK"},
		{"a town placed by 'in' elsewhere is a town before 'said' too", "Anne, who was from Dewsbury said the mill had closed. They married in Dewsbury.",
			[]place{{"Dewsbury", "GBR", 53.69, -1.63, true, 1, ""}, {"Dewsbury", "GBR", 53.69, -1.63, true, 1, ""}}, "GBR"},
		{"world regions", "Exports to the Americas fell while shipping in the Baltics grew.",
			[]place{{"Americas", "", 0, 0, true, 3, ""}, {"Baltics", "", 56.75, 24.68, true, 3, ""}}, "-"},
		{"plain words after the", "Aides at the White House met. The White House later denied it.", nil, ""},
		{"an alternate name that is a first name", "Julia arrived late.", nil, ""},
		{"named after a place", "Doctors fear the Marburg virus will spread.", nil, ""},
		{"dateline in capitals", "PARIS — Strikes closed the metro.", []place{{"PARIS", "FRA", 48.85, 2.35, true, 1, ""}}, "FRA"},
		{"news abbreviation of a state", "A fire burned near Fresno, Calif., on Monday.",
			[]place{{"Fresno", "USA", 36.75, -119.77, true, 1, ""}, {"Calif", "USA", 0, 0, true, 3, ""}}, "USA"},
		{"a town and its state", "A tornado struck Paris, Texas, and Athens, Ga., was on alert.",
			[]place{{"Paris", "USA", 33.66, -95.56, true, 1, ""}, {"Texas", "USA", 0, 0, true, 3, ""},
				{"Athens", "USA", 33.96, -83.38, true, 1, ""}, {"Ga", "USA", 0, 0, true, 3, ""}}, "USA"},
		{"a street of the town the article is about", "Crowds filled Bourbon Street before dawn. In New Orleans, the mayor said New Orleans would cope.",
			[]place{{"Bourbon Street", "USA", 29.95, -90.08, true, 2, "New Orleans"}, {"New Orleans", "USA", 29.95, -90.08, true, 1, ""},
				{"New Orleans", "USA", 29.95, -90.08, true, 1, ""}}, "USA"},
		{"a building in the town named after it", "Two nurses fell ill at Mercy Hospital in Sacramento and were sent home.",
			[]place{{"Mercy Hospital", "USA", 38.58, -121.49, true, 2, "Sacramento"}, {"Sacramento", "USA", 38.58, -121.49, true, 1, ""}}, "-"},
		{"a centre for something is an organisation", "The Center for Farm Policy in Denver wrote to Denver officials.",
			[]place{{"Denver", "USA", 39.74, -104.98, true, 1, ""}, {"Denver", "USA", 39.74, -104.98, true, 1, ""}}, "USA"},
		{"provinces named in lower case", "Cases rose in Hebei province and in Ontario, Quebec and Manitoba.",
			[]place{{"Hebei", "CHN", 0, 0, true, 3, ""}, {"Ontario", "CAN", 0, 0, true, 3, ""},
				{"Quebec", "CAN", 0, 0, true, 3, ""}, {"Manitoba", "CAN", 0, 0, true, 3, ""}}, "-"},
		{"a region split into divisions by compass point", "Aid reached camps across Darfur and parts of Java.",
			[]place{{"Darfur", "SDN", 0, 0, true, 3, ""}, {"Java", "IDN", 0, 0, true, 3, ""}}, "-"},
		{"streets written other ways", "In Chicago, crowds filled Elmore and Dauphine streets, then 14th St. and Rue Royale.",
			[]place{{"Chicago", "USA", 41.85, -87.65, true, 1, ""}, {"Elmore", "USA", 41.85, -87.65, true, 2, "Chicago"},
				{"Dauphine", "USA", 41.85, -87.65, true, 2, "Chicago"}, {"14th St", "USA", 41.85, -87.65, true, 2, "Chicago"},
				{"Rue Royale", "USA", 41.85, -87.65, true, 2, "Chicago"}}, "USA"},
		{"a name in a list of states is a state", "Cases rose in Utah, Virginia, Washington and Wyoming.",
			[]place{{"Utah", "USA", 0, 0, true, 3, ""}, {"Virginia", "USA", 0, 0, true, 3, ""},
				{"Washington", "USA", 47.29, -120.83, true, 3, ""}, {"Wyoming", "USA", 0, 0, true, 3, ""}}, "USA"},
		{"a landmark named with a word that is a small town elsewhere", "Hikers were lost on Mount Quillary, Nebraska, last week.",
			[]place{{"Mount Quillary", "USA", 0, 0, true, 2, "Nebraska"}, {"Nebraska", "USA", 0, 0, true, 3, ""}}, "USA"},
		{"acronyms are not airports", "The FAO and the ANC issued a statement.", nil, ""},
		{"continent", "Prices rose across Europe and South America.",
			[]place{{"Europe", "", 48.69, 9.14, true, 3, ""}, {"South America", "", -14.6, -57.66, true, 3, ""}}, "-"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, focus := g.Places(c.text, nil)
			if c.focus != "-" && focus != c.focus {
				t.Errorf("focus %q, want %q", focus, c.focus)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d places %v, want %d", len(got), texts(got), len(c.want))
			}
			for i, w := range c.want {
				p := got[i]
				if p.Text != w.text || c.text[p.Start:p.End] != p.Text {
					t.Errorf("place %d: text %q (span %d-%d), want %q", i, p.Text, p.Start, p.End, w.text)
				}
				if w.country != "" && p.Country != w.country {
					t.Errorf("%s: country %q, want %q", w.text, p.Country, w.country)
				}
				tolerance := 5.0 // km; a country's point is a marker, good to a hundred
				if p.FeatureCode == "PCLI" {
					tolerance = 100
				}
				if w.lat != 0 && Distance(p.Lat, p.Lon, w.lat, w.lon) > tolerance {
					t.Errorf("%s: at %.2f,%.2f, want %.2f,%.2f", w.text, p.Lat, p.Lon, w.lat, w.lon)
				}
				if p.Literal != w.literal {
					t.Errorf("%s: literal %v, want %v", w.text, p.Literal, w.literal)
				}
				if w.prec != 0 && p.Precision != w.prec {
					t.Errorf("%s: precision %d, want %d", w.text, p.Precision, w.prec)
				}
				if p.Within != w.within {
					t.Errorf("%s: within %q, want %q", w.text, p.Within, w.within)
				}
			}
		})
	}
}

func texts(ps []testigo.Place) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text+"→"+p.Name+"/"+p.Country)
	}
	return out
}

func TestPlacesUsesSentences(t *testing.T) {
	g := gazetteer(t)
	text := "Reading is fun. Crowds gathered in Reading."
	sents := []testigo.Sentence{{Span: testigo.Span{Start: 0, End: 15}}, {Span: testigo.Span{Start: 16, End: len(text)}}}
	got, _ := g.Places(text, sents)
	if len(got) != 1 || got[0].Start != 35 {
		t.Fatalf("got %v, want only the second Reading", texts(got))
	}
}

func TestCountryHelpers(t *testing.T) {
	g := gazetteer(t)
	for _, c := range []struct{ in, want string }{
		{"Bolivia", "BOL"}, {"Bolivian", "BOL"}, {"Bolivians", "BOL"}, {"U.S.", "USA"}, {"United Kingdom", "GBR"},
		{"Britain", "GBR"}, {"British", "GBR"}, {"BO", "BOL"}, {"MEX", "MEX"}, {"Mexican", "MEX"}, {"Narnia", ""}, {"", ""},
		{"Indian", "IND"}, {"French", "FRA"}, {"Central African", "CAF"}, // not the region Central Africa's
	} {
		if got := g.CountryCode(c.in); got != c.want {
			t.Errorf("CountryCode(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if CountryName("MEX") != "Mexico" || CountryCode("Peruvian") != "PER" || Alpha3("BO") != "BOL" || Alpha2("bol") != "BO" {
		t.Error("package-level country helpers")
	}
	if got := g.CountryName("BOL"); got != "Bolivia" {
		t.Errorf("CountryName(BOL) = %q", got)
	}
	if g.Alpha3("bo") != "BOL" || g.Alpha2("BOL") != "BO" || g.Alpha3("ZZ") != "" {
		t.Error("alpha-2/alpha-3 conversion")
	}
	if got := g.Admin1Name("BOL", "02"); got != "Cochabamba" {
		t.Errorf("Admin1Name(BOL, 02) = %q", got)
	}
	if c := g.Country("bol"); c == nil || c.GeonamesID != 3923057 {
		t.Errorf("Country(bol) = %+v", c)
	}
}

func TestLookup(t *testing.T) {
	g := gazetteer(t)
	ps := g.Lookup("cochabamba")
	var city *testigo.Place
	for i := range ps {
		if ps[i].GeonamesID == 3919968 {
			city = &ps[i]
		}
		if i > 0 && ps[i].Population > ps[i-1].Population {
			t.Errorf("Lookup not sorted by population")
		}
	}
	if city == nil || city.Country != "BOL" || city.Admin1 != "Cochabamba" || city.FeatureCode != "PPLA" {
		t.Fatalf("Lookup(cochabamba) = %+v", ps)
	}
}

func readDump(t *testing.T, name string) []Record {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []Record
	if err := ParseDump(f, func(r Record) error { recs = append(recs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestParseDump(t *testing.T) {
	recs := readDump(t, "dump.txt")
	if len(recs) != 5 {
		t.Fatalf("%d records, want 5", len(recs))
	}
	r := recs[0]
	if r.ID != 90000001 || r.Name != "Tarapampa Norte" || r.FeatureCode != "PPLX" || r.Country != "BO" ||
		r.Admin1 != "04" || r.Admin2 != "0201" || r.Population != 41000 || r.Lat != -16.531 || len(r.AltNames) != 2 {
		t.Errorf("record 0 = %+v", r)
	}
	for _, bad := range []struct{ row, msg string }{
		{"1\tX\tX\t\tnorth\t0\tP\tPPL\tBO\t\t01\t\t\t\t0", "bad latitude"},
		{"1\tX\tX\t\t0\t200\tP\tPPL\tBO\t\t01\t\t\t\t0", "bad longitude"},
		{"abc\tX\tX\t\t0\t0\tP\tPPL\tBO\t\t01\t\t\t\t0", "bad geonameid"},
		{"1\tX\tX", "columns"},
		{"1\t\tX\t\t0\t0\tP\tPPL\tBO\t\t01\t\t\t\t0", "empty name"},
		{"1\tX\tX\t\t0\t0\tP\tPPL\tBO\t\t01\t\t\t\t-5", "bad population"},
	} {
		err := ParseDump(strings.NewReader("# header\n\n"+bad.row+"\n"), func(Record) error { return nil })
		if err == nil || !strings.Contains(err.Error(), bad.msg) || !strings.Contains(err.Error(), "line 3") {
			t.Errorf("ParseDump(%q) error %v, want %q at line 3", bad.row, err, bad.msg)
		}
	}
}

func TestAdd(t *testing.T) {
	g, err := New() // a private copy: Add changes it
	if err != nil {
		t.Fatal(err)
	}
	text := "Clashes broke out in Tarapampa Norte on the western edge of La Paz."
	before, _ := g.Places(text, nil)
	n := g.Len()
	recs := readDump(t, "dump.txt")
	g.Add(recs...)
	if g.Len() != n+4 { // the mountain is not a place the gazetteer keeps
		t.Fatalf("Len after Add = %d, want %d", g.Len(), n+4)
	}
	g.Add(recs...)
	if g.Len() != n+4 {
		t.Fatalf("adding the same records twice changed the gazetteer: %d", g.Len())
	}
	after, _ := g.Places(text, nil)
	var found *testigo.Place
	for i := range after {
		if after[i].Text == "Tarapampa Norte" {
			found = &after[i]
		}
	}
	if found == nil || found.GeonamesID != 90000001 || found.Precision != 2 || found.Admin1 != "La Paz Department" {
		t.Fatalf("after Add: %+v (before: %v)", after, texts(before))
	}
	if ps := g.Lookup("Pto. Esmeralda"); len(ps) != 1 || ps[0].GeonamesID != 90000005 {
		t.Errorf("Lookup of an alternate name: %+v", ps)
	}
}

// TestSeeds checks the places of the seed articles when the shared folder is there.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seed articles")
	}
	g := gazetteer(t)
	// lat, lon and the distance allowed, in km: a city must be found at the city, a country
	// anywhere near its middle.
	want := map[string][3]float64{"El Alto": {-16.50, -68.16, 15}, "La Paz": {-16.50, -68.15, 15}, "Cochabamba": {-17.39, -66.16, 15}, "Mexico": {23, -102, 500}}
	seen := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		places, focus := g.Places(string(data), nil)
		if focus != "BOL" {
			t.Errorf("%s: focus %q", f, focus)
		}
		for _, p := range places {
			if w, ok := want[p.Text]; ok {
				seen[p.Text] = true
				if d := Distance(p.Lat, p.Lon, w[0], w[1]); d > w[2] {
					t.Errorf("%s: %s at %.2f,%.2f, %.0f km off", filepath.Base(f), p.Text, p.Lat, p.Lon, d)
				}
			}
			if p.Within != "" && p.Precision != 2 {
				t.Errorf("%s: %s within %s has precision %d", filepath.Base(f), p.Text, p.Within, p.Precision)
			}
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("%s not found in the seeds", name)
		}
	}
}

func FuzzPlaces(f *testing.F) {
	for _, s := range []string{
		"Protesters marched from El Alto to La Paz.", "WASHINGTON — U.S. officials said", "in Tarapampa, a suburb of Cochabamba,",
		"Côte d’Ivoire", "Fresno, Calif.", "O'Leary", "", "\xff\xfe", "A B C D E F G H", "St. Louis, Mo.", "the X refinery in",
	} {
		f.Add(s)
	}
	g := gazetteer(f)
	f.Fuzz(func(t *testing.T, text string) {
		places, _ := g.Places(text, nil)
		last := -1
		for _, p := range places {
			if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
				t.Fatalf("span %d-%d out of range (%d bytes)", p.Start, p.End, len(text))
			}
			if text[p.Start:p.End] != p.Text {
				t.Fatalf("text %q does not match span %q", p.Text, text[p.Start:p.End])
			}
			if p.Start < last {
				t.Fatalf("places out of order")
			}
			last = p.Start
			if p.Precision < 1 || p.Precision > 3 {
				t.Fatalf("precision %d", p.Precision)
			}
		}
	})
}

func FuzzParseDump(f *testing.F) {
	data, _ := os.ReadFile("testdata/dump.txt")
	f.Add(string(data))
	f.Add("1\tX\tX\t\t0\t0\tP\tPPL\tBO\t\t01\t\t\t\t0\n")
	f.Fuzz(func(t *testing.T, s string) {
		_ = ParseDump(strings.NewReader(s), func(r Record) error {
			if r.ID <= 0 || r.Name == "" || r.Lat < -90 || r.Lat > 90 || r.Lon < -180 || r.Lon > 180 {
				t.Fatalf("invalid record accepted: %+v", r)
			}
			return nil
		})
	})
}

// benchText is an article-length text of made-up news sentences.
var benchText = strings.Repeat("Thousands of miners marched from El Alto to La Paz on Monday, blocking roads near Sacaba, Cochabamba. "+
	"Police said 12 people were injured in clashes outside the Qollpana refinery. "+
	"Washington urged calm, while Mexican and Argentine diplomats met in Santa Cruz. "+
	"Evo Morales, speaking from Mexico City, called for talks; the European Union and the U.S. said they were watching. ", 8)

func BenchmarkPlaces(b *testing.B) {
	g := gazetteer(b)
	b.SetBytes(int64(len(benchText)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Places(benchText, nil)
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRoadNumber(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"A417", true}, {"M5", true}, {"B4632", true}, {"N7", true},
		{"A", false}, {"A0", false}, {"C12", false}, {"A12345", false}, {"M16x", false}, {"a40", false},
	} {
		if got := roadNumber(tc.word); got != tc.want {
			t.Errorf("roadNumber(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
