package merge

import (
	"strings"
	"testing"

	"testigo"
)

func day(d string) testigo.EventDate {
	return testigo.EventDate{Start: &d, End: &d, Precision: testigo.PrecisionDay}
}

func span(s, e, prec string) testigo.EventDate {
	return testigo.EventDate{Start: &s, End: &e, Precision: prec}
}

// Invented places: two towns 8 km apart in one region, one 300 km away in another.
var (
	riverton  = &testigo.EventPlace{Name: "Riverton", GeonamesID: 101, Lat: -16.50, Lon: -68.15, Country: "XYZ", Admin1: "North", Precision: 1}
	millbrook = &testigo.EventPlace{Name: "Millbrook", Lat: -16.55, Lon: -68.21, Country: "XYZ", Admin1: "North", Precision: 2}
	farport   = &testigo.EventPlace{Name: "Farport", GeonamesID: 202, Lat: -19.0, Lon: -66.0, Country: "XYZ", Admin1: "South", Precision: 1}
	north     = &testigo.EventPlace{Name: "North", GeonamesID: 300, Lat: -15.0, Lon: -67.0, Country: "XYZ", Admin1: "North", Precision: 3}
	abroad    = &testigo.EventPlace{Name: "Riverton", GeonamesID: 909, Lat: -16.50, Lon: -68.15, Country: "QQQ", Precision: 1}
)

var (
	police     = testigo.Entity{Name: "national police", Sector: "COP", Country: "XYZ"}
	policeBare = testigo.Entity{Name: "police", Sector: "COP"}
	miners     = testigo.Entity{Name: "miners' union", Sector: "LAB", Country: "XYZ"}
	students   = testigo.Entity{Name: "students", Sector: "EDU"}
)

func ev(typ string, d testigo.EventDate, p *testigo.EventPlace, actors ...testigo.Entity) testigo.Event {
	return testigo.Event{Type: typ, Date: d, Place: p, Actor: actors}
}

func TestMatch(t *testing.T) {
	neg := ev("PROTEST", day("2030-03-04"), riverton)
	neg.Negated = true
	tests := []struct {
		name string
		a, b testigo.Event
		want bool
		why  string
	}{
		{"same day same town", ev("PROTEST", day("2030-03-04"), riverton), ev("PROTEST", day("2030-03-04"), riverton), true, "GeoNames 101"},
		{"town and district 8 km apart", ev("PROTEST", day("2030-03-04"), riverton), ev("PROTEST", day("2030-03-04"), millbrook), true, "km apart"},
		{"region holds town", ev("PROTEST", day("2030-03-04"), north), ev("PROTEST", day("2030-03-04"), millbrook), true, "in North"},
		{"different cities same day", ev("PROTEST", day("2030-03-04"), riverton), ev("PROTEST", day("2030-03-04"), farport), false, "places differ"},
		{"different days at day precision", ev("PROTEST", day("2030-03-04"), riverton), ev("PROTEST", day("2030-03-05"), riverton), false, "dates differ"},
		{"month holds day", ev("PROTEST", span("2030-03-01", "2030-03-31", "month"), riverton), ev("PROTEST", day("2030-03-04"), riverton), true, "dates overlap"},
		{"other month", ev("PROTEST", span("2030-04-01", "2030-04-30", "month"), riverton), ev("PROTEST", day("2030-03-04"), riverton), false, "dates differ"},
		{"different types", ev("PROTEST", day("2030-03-04"), riverton), ev("ASSAULT", day("2030-03-04"), riverton), false, "types differ"},
		{"other country", ev("PROTEST", day("2030-03-04"), riverton), ev("PROTEST", day("2030-03-04"), abroad), false, "countries differ"},
		{"no date", ev("PROTEST", testigo.EventDate{Precision: "unknown"}, riverton), ev("PROTEST", day("2030-03-04"), riverton), false, "date is unknown"},
		{"no place", ev("PROTEST", day("2030-03-04"), nil), ev("PROTEST", day("2030-03-04"), riverton), false, "place is unknown"},
		{"common actor by sector", ev("ASSAULT", day("2030-03-04"), riverton, police), ev("ASSAULT", day("2030-03-04"), riverton, policeBare), true, "sector COP"},
		{"actors disjoint", ev("ASSAULT", day("2030-03-04"), riverton, police), ev("ASSAULT", day("2030-03-04"), riverton, students), false, "no common actor"},
		{"one without actors", ev("PROTEST", day("2030-03-04"), riverton, miners), ev("PROTEST", day("2030-03-04"), riverton), true, ""},
		{"negated", neg, ev("PROTEST", day("2030-03-04"), riverton), false, "negated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why := Match(tt.a, tt.b)
			if got != tt.want || !strings.Contains(why, tt.why) {
				t.Errorf("Match = %v, %q; want %v, containing %q", got, why, tt.want, tt.why)
			}
			if g2, _ := Match(tt.b, tt.a); g2 != got {
				t.Errorf("Match is not symmetric: %v one way, %v the other", got, g2)
			}
		})
	}
}

func TestCombine(t *testing.T) {
	a := ev("ASSAULT", span("2030-03-01", "2030-03-31", "month"), north, police)
	a.Dead = &testigo.Count{Value: 10, Qualifier: "exact", Text: "ten died"}
	a.Evidence = []testigo.Evidence{{Start: 0, End: 8, Text: "ten died"}}
	b := ev("ASSAULT", day("2030-03-04"), millbrook, policeBare)
	b.Dead = &testigo.Count{Value: 8, Qualifier: "at_least", Text: "at least eight"}
	b.Injured = &testigo.Count{Value: 30, Qualifier: "exact", Text: "30 hurt"}
	b.Evidence = []testigo.Evidence{{Start: 5, End: 19, Text: "at least eight"}}

	got := Combine([]Member{{Event: a, Source: "doc-a"}, {Event: b, Source: "doc-b"}})
	if got.Dead == nil || got.Dead.Value != 8 || got.Dead.Qualifier != "at_least" {
		t.Fatalf("Dead = %+v, want the conservative 8 (at_least)", got.Dead)
	}
	if n := len(got.Dead.Reports); n != 2 || got.Dead.Reports[0].Source != "doc-a" || got.Dead.Reports[0].Value != 10 || got.Dead.Reports[1].Value != 8 {
		t.Errorf("Dead.Reports = %+v, want 10 from doc-a then 8 from doc-b", got.Dead.Reports)
	}
	if got.Injured == nil || got.Injured.Value != 30 || len(got.Injured.Reports) != 1 {
		t.Errorf("Injured = %+v, want 30 with one report", got.Injured)
	}
	if len(got.Evidence) != 2 {
		t.Errorf("Evidence = %+v, want both spans", got.Evidence)
	}
	if got.Date.Precision != "day" || *got.Date.Start != "2030-03-04" {
		t.Errorf("Date = %+v, want the day", got.Date)
	}
	if got.Place.Name != "Millbrook" {
		t.Errorf("Place = %+v, want the precision-2 place over the region", got.Place)
	}
	if len(got.Actor) != 2 {
		t.Errorf("Actor = %+v, want both names", got.Actor)
	}
	// Combine must not alias the members' counts.
	if a.Dead.Value != 10 || len(a.Dead.Reports) != 0 {
		t.Errorf("Combine changed its input: %+v", a.Dead)
	}
}

func TestKm(t *testing.T) {
	if d := Km(0, 0, 0, 1); d < 110 || d > 112 {
		t.Errorf("one degree of longitude at the equator = %.1f km, want about 111", d)
	}
	if d := Km(10, 10, 10, 10); d != 0 {
		t.Errorf("distance to itself = %v", d)
	}
}

func FuzzMatch(f *testing.F) {
	f.Add("PROTEST", "2030-03-04", "2030-03-04", "day", -16.5, -68.1, "ASSAULT", "2030-03-01", "2030-03-31", "month", -16.6, -68.2)
	f.Add("", "", "x", "unknown", 0.0, 0.0, "", "9999", "", "", 91.0, 400.0)
	f.Fuzz(func(t *testing.T, ta, sa, ea, pa string, lata, lona float64, tb, sb, eb, pb string, latb, lonb float64) {
		a := testigo.Event{Type: ta, Date: testigo.EventDate{Start: &sa, End: &ea, Precision: pa}, Place: &testigo.EventPlace{Lat: lata, Lon: lona}}
		b := testigo.Event{Type: tb, Date: testigo.EventDate{Start: &sb, End: &eb, Precision: pb}, Place: &testigo.EventPlace{Lat: latb, Lon: lonb}}
		ok, _ := Match(a, b)
		if ok2, _ := Match(b, a); ok != ok2 {
			t.Errorf("not symmetric")
		}
		Combine([]Member{{Event: a}, {Event: b}})
	})
}

func TestOngoing(t *testing.T) {
	obstruct, demo := "obstruct", "demo"
	a := ev("PROTEST", day("2030-03-04"), riverton)
	b := ev("PROTEST", day("2030-03-08"), millbrook)
	a.Mode, b.Mode = &obstruct, &obstruct
	if ok, why := Match(a, b); !ok || !strings.Contains(why, "ongoing") {
		t.Errorf("a blockade reported four days apart: %v, %q; want a match", ok, why)
	}
	far := ev("PROTEST", day("2030-03-20"), riverton)
	far.Mode = &obstruct
	if ok, _ := Match(a, far); ok {
		t.Error("a blockade reported 16 days apart matched")
	}
	c := b
	c.Mode = &demo
	if ok, _ := Match(a, c); ok {
		t.Error("a march four days after a blockade matched")
	}
	got := Combine([]Member{{Event: b}, {Event: a}})
	if *got.Date.Start != "2030-03-04" || *got.Date.End != "2030-03-08" || got.Date.Precision != "day" {
		t.Errorf("a blockade reported on the 4th and the 8th: date %s..%s %s, want the span", *got.Date.Start, *got.Date.End, got.Date.Precision)
	}
	if s, e, ok := Window(a); !ok || s != "2030-02-25" || e != "2030-03-11" {
		t.Errorf("Window = %s, %s, %v", s, e, ok)
	}
	if s, e, _ := Window(c); s != "2030-03-08" || e != "2030-03-08" {
		t.Errorf("Window of a one-off = %s, %s", s, e)
	}
}

func TestTooVague(t *testing.T) {
	a := ev("PROTEST", span("2028-01-01", "2031-12-31", "year"), riverton)
	b := ev("PROTEST", day("2030-03-04"), riverton)
	if ok, why := Match(a, b); ok || !strings.Contains(why, "too vague") {
		t.Errorf("a four-year range matched a day: %v, %q", ok, why)
	}
}
