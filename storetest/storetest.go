// Package storetest is the conformance suite every testigo.Store backend runs: the same
// documents, merges, splits, tolls and searches must give the same answers on SQLite and on
// PostgreSQL. A backend's test calls Run with a function that opens a fresh, empty store.
//
// The fixture documents are invented: short reports of one made-up happening (a road
// blockade at a gas plant outside the town of Riverton, in the made-up country XYZ) from
// different outlets, plus reports of other happenings that must not be merged with it.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"testigo"
)

// Opener opens a fresh, empty store for one test; the suite closes it.
type Opener func(t *testing.T) testigo.Store

// Run runs the whole suite.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, testigo.Store)
	}{
		{"PutAndRead", testPutAndRead},
		{"SameInputTwiceChangesNothing", testIdempotent},
		{"MergeAcrossSources", testMerge},
		{"NoMergeAcrossContradictions", testNoMerge},
		{"SplitRestoresMembers", testSplit},
		{"MergeByHand", testMergeByHand},
		{"Filters", testFilters},
		{"Search", testSearch},
		{"TollSeries", testTollSeries},
		{"Reprocess", testReprocess},
		{"EditedEventsSurviveReprocess", testEdited},
		{"GeoNames", testGeoNames},
		{"ConcurrentWriters", testConcurrent},
		{"NotFound", testNotFound},
		{"PutBatch", testPutBatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tt.fn(t, s)
		})
	}
}

var ctx = context.Background()

func ptr[T any](v T) *T { return &v }

func dayOf(d string) testigo.EventDate {
	return testigo.EventDate{Start: ptr(d), End: ptr(d), Precision: testigo.PrecisionDay}
}

// Invented places: Riverton, a plant 9 km out of it, a town 300 km away.
var (
	riverton = &testigo.EventPlace{Name: "Riverton", GeonamesID: 9100001, Lat: -16.50, Lon: -68.15, Country: "XYZ", Admin1: "Upland", Precision: 1}
	plant    = &testigo.EventPlace{Name: "Greyrock plant", Lat: -16.56, Lon: -68.21, Country: "XYZ", Admin1: "Upland", Precision: 2}
	farport  = &testigo.EventPlace{Name: "Farport", GeonamesID: 9100002, Lat: -19.0, Lon: -66.0, Country: "XYZ", Admin1: "Lowland", Precision: 1}
)

var (
	soldiers  = testigo.Entity{Name: "army", Sector: "MIL", Country: "XYZ"}
	residents = testigo.Entity{Name: "residents", Sector: "CVL"}
)

// doc makes a document whose text holds the given sentences; evidence spans are found in it.
func doc(id, published string, sentences ...string) testigo.Document {
	return testigo.Document{ID: id, Title: "Report " + id, Published: published, PublishedSource: testigo.PublishedMetadata, Format: "text", Text: strings.Join(sentences, " ")}
}

func evidence(d testigo.Document, phrase string) []testigo.Evidence {
	i := strings.Index(d.Text, phrase)
	if i < 0 {
		panic("fixture: " + phrase + " not in " + d.ID)
	}
	return []testigo.Evidence{{Start: i, End: i + len(phrase), Text: phrase}}
}

func count(v int, q, text string) *testigo.Count {
	return &testigo.Count{Value: v, Qualifier: q, Text: text}
}

// blockade is an ASSAULT at place on day with dead, supported by phrase of d.
func assault(d testigo.Document, day string, place *testigo.EventPlace, dead int, phrase string, actors ...testigo.Entity) testigo.Event {
	ev := testigo.Event{Type: "ASSAULT", Date: dayOf(day), Place: place, Actor: actors, Recipient: []testigo.Entity{residents},
		Evidence: evidence(d, phrase), Confidence: 0.8, Context: []string{}}
	if dead > 0 {
		ev.Dead = count(dead, testigo.QualExact, phrase)
	}
	return ev
}

const version = "test-1"

func extraction(d testigo.Document, evs ...testigo.Event) testigo.Extraction {
	return testigo.Extraction{Document: d, Events: evs, Tolls: []testigo.Toll{}, Statements: []testigo.Statement{}, CoderVersion: version}
}

// The fixture: three outlets report the clash at the plant near Riverton on 2031-05-14.
var (
	docHerald = doc("herald-1", "2031-05-14",
		"Soldiers opened fire on residents blocking the Greyrock gas plant near Riverton on Wednesday.",
		"Eight people died, the local clinic said.")
	docCourier = doc("courier-7", "2031-05-15",
		"Ten residents were killed when the army cleared the blockade of the Greyrock plant in Riverton.",
		"Potosí-born activists called it a massacre.")
	docWire = doc("wire-3", "2031-05-16",
		"The death toll from the army's assault on the Riverton blockade rose to eleven.")
	// Same day, another town: a different happening.
	docFarport = doc("farport-2", "2031-05-14",
		"In Farport, soldiers fired on a market protest; three people died.")
	// Same town, the next day: a different happening.
	docNextDay = doc("herald-2", "2031-05-15",
		"A day later soldiers again fired on residents near Riverton, killing two.")
)

func heraldX() testigo.Extraction {
	return extraction(docHerald, assault(docHerald, "2031-05-14", plant, 8, "Eight people died", soldiers))
}

func courierX() testigo.Extraction {
	x := extraction(docCourier, assault(docCourier, "2031-05-14", riverton, 10, "Ten residents were killed", soldiers))
	x.Statements = []testigo.Statement{{Speaker: testigo.Entity{Name: "activists"}, Quote: "a massacre", Evidence: evidence(docCourier, "called it a massacre")}}
	return x
}

func wireX() testigo.Extraction {
	return extraction(docWire, assault(docWire, "2031-05-14", riverton, 11, "rose to eleven", soldiers))
}

func farportX() testigo.Extraction {
	return extraction(docFarport, assault(docFarport, "2031-05-14", farport, 3, "three people died", soldiers))
}

func nextDayX() testigo.Extraction {
	return extraction(docNextDay, assault(docNextDay, "2031-05-15", riverton, 2, "killing two", soldiers))
}

func put(t *testing.T, s testigo.Store, x testigo.Extraction) testigo.PutResult {
	t.Helper()
	r, err := s.Put(ctx, x, testigo.PutOptions{})
	if err != nil {
		t.Fatalf("Put %s: %v", x.Document.ID, err)
	}
	return r
}

func visible(t *testing.T, s testigo.Store, f testigo.EventFilter) []testigo.StoredEvent {
	t.Helper()
	evs, err := s.Events(ctx, f)
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	return evs
}

func ids(evs []testigo.StoredEvent) []string {
	out := []string{}
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return out
}

func testPutAndRead(t *testing.T, s testigo.Store) {
	x := courierX()
	x.Tolls = []testigo.Toll{{Measure: "dead", Value: 10, Qualifier: "exact", AsOf: ptr("2031-05-15"), Scope: testigo.TollScope{Country: "XYZ"}, Evidence: evidence(docCourier, "Ten residents")}}
	r := put(t, s, x)
	if r.Existing || len(r.Events) != 1 || r.Tolls != 1 || len(r.Hash) != 64 {
		t.Fatalf("Put = %+v, want a new document with one event and one toll", r)
	}
	d, err := s.Document(ctx, r.Hash)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != docCourier.Text || d.ID != "courier-7" || d.Published != "2031-05-15" || d.CoderVersion != version || d.Events != 1 || d.IngestedAt.IsZero() {
		t.Errorf("Document = %+v", d)
	}
	byID, err := s.Document(ctx, "courier-7")
	if err != nil || byID.Hash != r.Hash {
		t.Errorf("Document by ID = %v, %v", byID.Hash, err)
	}
	ev, err := s.Event(ctx, r.Events[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.Kind != testigo.EventReport || ev.Document != r.Hash || ev.Type != "ASSAULT" || ev.Dead == nil || ev.Dead.Value != 10 || ev.CoderVersion != version {
		t.Errorf("Event = %+v", ev)
	}
	if len(ev.Sources) != 1 || ev.Sources[0].ID != "courier-7" || len(ev.Sources[0].Evidence) != 1 {
		t.Fatalf("Sources = %+v", ev.Sources)
	}
	sp := ev.Sources[0].Evidence[0]
	if docCourier.Text[sp.Start:sp.End] != sp.Text {
		t.Errorf("evidence %+v does not point into the document", sp)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (testigo.Stats{Documents: 1, Events: 1, Reports: 1, Tolls: 1, Statements: 1}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	known, err := s.Known(ctx, []string{r.Hash, strings.Repeat("0", 64)})
	if err != nil || !known[r.Hash] || len(known) != 1 {
		t.Errorf("Known = %v, %v", known, err)
	}
}

// snapshot is everything a store shows, as JSON, to compare before and after.
func snapshot(t *testing.T, s testigo.Store) string {
	t.Helper()
	var parts []any
	docs, err := s.Documents(ctx, testigo.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	evs := visible(t, s, testigo.EventFilter{Members: true})
	tolls, err := s.Tolls(ctx, testigo.TollFilter{})
	if err != nil {
		t.Fatal(err)
	}
	merges, err := s.Merges(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	parts = append(parts, docs, evs, tolls, merges, st)
	b, _ := json.MarshalIndent(parts, "", " ")
	return string(b)
}

func testIdempotent(t *testing.T, s testigo.Store) {
	for _, x := range []testigo.Extraction{heraldX(), courierX(), farportX()} {
		put(t, s, x)
	}
	before := snapshot(t, s)
	for _, x := range []testigo.Extraction{heraldX(), courierX(), farportX()} {
		r := put(t, s, x)
		if !r.Existing || len(r.Events) != 0 || len(r.Merged) != 0 {
			t.Errorf("second Put of %s = %+v, want Existing and nothing written", x.Document.ID, r)
		}
	}
	if after := snapshot(t, s); after != before {
		t.Errorf("storing the same documents again changed the store:\nbefore %s\nafter %s", before, after)
	}
}

func testMerge(t *testing.T, s testigo.Store) {
	rh := put(t, s, heraldX())
	rc := put(t, s, courierX())
	if len(rc.Merged) != 1 {
		t.Fatalf("the second report of the clash merged into %v, want one merged event", rc.Merged)
	}
	m, err := s.Event(ctx, rc.Merged[0])
	if err != nil {
		t.Fatal(err)
	}
	if m.Kind != testigo.EventMerged || len(m.Sources) != 2 || len(m.Members) != 2 {
		t.Fatalf("merged event = %+v, want two sources and two members", m)
	}
	// Sources in publication order, each with its own evidence.
	if m.Sources[0].ID != "herald-1" || m.Sources[1].ID != "courier-7" {
		t.Errorf("sources = %s, %s; want herald-1 then courier-7", m.Sources[0].ID, m.Sources[1].ID)
	}
	if m.Dead == nil || m.Dead.Value != 8 || len(m.Dead.Reports) != 2 {
		t.Fatalf("Dead = %+v, want the conservative 8 with both reports", m.Dead)
	}
	if m.Dead.Reports[0].Value != 8 || m.Dead.Reports[0].Source != "herald-1" || m.Dead.Reports[1].Value != 10 || m.Dead.Reports[1].Source != "courier-7" {
		t.Errorf("Dead.Reports = %+v", m.Dead.Reports)
	}
	if len(m.Evidence) != 2 {
		t.Errorf("Evidence = %+v, want every source's span", m.Evidence)
	}
	if m.Place == nil || m.Place.Name != "Riverton" {
		t.Errorf("Place = %+v, want the town itself (precision 1)", m.Place)
	}
	member, err := s.Event(ctx, rh.Events[0])
	if err != nil || member.MergedInto != m.ID {
		t.Errorf("member %s MergedInto = %q (%v), want %s", rh.Events[0], member.MergedInto, err, m.ID)
	}
	// A third outlet joins the same merged event.
	rw := put(t, s, wireX())
	if len(rw.Merged) != 1 || rw.Merged[0] != m.ID {
		t.Fatalf("third report merged into %v, want %s", rw.Merged, m.ID)
	}
	m, _ = s.Event(ctx, m.ID)
	if len(m.Sources) != 3 || len(m.Dead.Reports) != 3 || m.Dead.Value != 8 {
		t.Errorf("after the third report: %d sources, dead %+v", len(m.Sources), m.Dead)
	}
	evs := visible(t, s, testigo.EventFilter{})
	if len(evs) != 1 || evs[0].ID != m.ID {
		t.Errorf("visible events = %v, want only %s", ids(evs), m.ID)
	}
	hist, err := s.Merges(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 2 || hist[0].Action != testigo.MergeActionMerge || hist[0].By == "" || hist[0].Reason == "" || hist[0].At.IsZero() || len(hist[0].Members) != 2 {
		t.Errorf("merge history = %+v", hist)
	}
	if !strings.Contains(hist[0].Reason, "ASSAULT") {
		t.Errorf("merge reason %q does not say why", hist[0].Reason)
	}
	st, _ := s.Stats(ctx)
	if st.Events != 1 || st.Reports != 3 || st.Merged != 1 {
		t.Errorf("Stats = %+v", st)
	}
}

func testNoMerge(t *testing.T, s testigo.Store) {
	put(t, s, heraldX())
	if r := put(t, s, farportX()); len(r.Merged) != 0 {
		t.Errorf("a clash in another town the same day merged into %v", r.Merged)
	}
	if r := put(t, s, nextDayX()); len(r.Merged) != 0 {
		t.Errorf("a clash in the same town the next day merged into %v", r.Merged)
	}
	march := doc("march-1", "2031-05-14", "Residents marched to the Greyrock plant near Riverton.")
	other := extraction(march, testigo.Event{Type: "PROTEST", Date: dayOf("2031-05-14"), Place: plant, Evidence: evidence(march, "Residents marched"), Context: []string{}})
	if r := put(t, s, other); len(r.Merged) != 0 {
		t.Errorf("an event of another type merged into %v", r.Merged)
	}
	// Two events of one document never merge with each other.
	two := doc("double-1", "2031-06-01", "Troops fired at residents in Riverton.", "Troops fired at residents in Riverton again.")
	x := extraction(two, assault(two, "2031-06-01", riverton, 0, "Troops fired at residents in Riverton."), assault(two, "2031-06-01", riverton, 0, "Troops fired at residents in Riverton again."))
	if r := put(t, s, x); len(r.Merged) != 0 {
		t.Errorf("two events of one document merged into %v", r.Merged)
	}
	if n := len(visible(t, s, testigo.EventFilter{})); n != 6 {
		t.Errorf("%d visible events, want 6 (none merged)", n)
	}
	if _, err := s.Put(ctx, courierX(), testigo.PutOptions{NoMerge: true}); err != nil {
		t.Fatal(err)
	}
	if n := len(visible(t, s, testigo.EventFilter{})); n != 7 {
		t.Errorf("%d visible events after a Put with NoMerge, want 7", n)
	}
}

func testSplit(t *testing.T, s testigo.Store) {
	put(t, s, heraldX())
	rc := put(t, s, courierX())
	members, err := s.Split(ctx, rc.Merged[0], "tester", "two different clashes")
	if err != nil {
		t.Fatal(err)
	}
	if len(members) != 2 {
		t.Fatalf("Split returned %d events, want 2", len(members))
	}
	for _, m := range members {
		if m.MergedInto != "" || m.Kind != testigo.EventReport || len(m.Sources) != 1 {
			t.Errorf("restored member %+v", m)
		}
	}
	if _, err := s.Event(ctx, rc.Merged[0]); !errors.Is(err, testigo.ErrNotFound) {
		t.Errorf("the split event still exists: %v", err)
	}
	evs := visible(t, s, testigo.EventFilter{})
	if len(evs) != 2 {
		t.Errorf("visible after split = %v", ids(evs))
	}
	hist, _ := s.Merges(ctx, rc.Merged[0])
	if len(hist) != 2 || hist[1].Action != testigo.MergeActionSplit || hist[1].By != "tester" || hist[1].Reason != "two different clashes" {
		t.Errorf("history = %+v", hist)
	}
	if _, err := s.Split(ctx, members[0].ID, "tester", ""); err == nil {
		t.Error("splitting a report event succeeded")
	}
}

func testMergeByHand(t *testing.T, s testigo.Store) {
	rh := put(t, s, heraldX())
	rn := put(t, s, nextDayX())
	if _, err := s.Merge(ctx, []string{rh.Events[0]}, "tester", ""); err == nil {
		t.Error("merging one event succeeded")
	}
	m, err := s.Merge(ctx, []string{rh.Events[0], rn.Events[0]}, "tester", "same clash, dated wrongly by one outlet")
	if err != nil {
		t.Fatal(err)
	}
	if m.Kind != testigo.EventMerged || len(m.Members) != 2 || m.Dead.Value != 2 {
		t.Errorf("merged by hand: %+v", m)
	}
	if _, err := s.Merge(ctx, []string{rh.Events[0], m.ID}, "tester", ""); err == nil {
		t.Error("merging a member with its own merged event succeeded")
	}
	rf := put(t, s, farportX())
	m2, err := s.Merge(ctx, []string{m.ID, rf.Events[0]}, "tester", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.Members) != 3 {
		t.Errorf("merging a merged event with a report: members %v, want the three reports", m2.Members)
	}
	if n := len(visible(t, s, testigo.EventFilter{})); n != 1 {
		t.Errorf("%d visible, want 1", n)
	}
}

func testFilters(t *testing.T, s testigo.Store) {
	put(t, s, heraldX())
	put(t, s, farportX())
	put(t, s, nextDayX())
	protest := doc("protest-1", "2031-05-20", "Thousands of teachers marched in Farport demanding pay.")
	pe := testigo.Event{Type: "PROTEST", Date: dayOf("2031-05-20"), Place: farport, Actor: []testigo.Entity{{Name: "teachers' union", Sector: "EDU"}}, Evidence: evidence(protest, "Thousands of teachers marched"), Context: []string{}}
	put(t, s, extraction(protest, pe))
	abroad := doc("abroad-1", "2031-05-14", "Police in Eastland arrested forty students.")
	ae := testigo.Event{Type: "ARREST", Date: dayOf("2031-05-14"), Place: &testigo.EventPlace{Name: "Eastland", Country: "QQQ", Lat: 10, Lon: 10, Precision: 1}, Evidence: evidence(abroad, "arrested forty students"), Arrested: count(40, "exact", "forty"), Context: []string{}}
	put(t, s, extraction(abroad, ae))

	tests := []struct {
		f    testigo.EventFilter
		want int
	}{
		{testigo.EventFilter{}, 5},
		{testigo.EventFilter{Country: "xyz"}, 4},
		{testigo.EventFilter{Type: "assault"}, 3},
		{testigo.EventFilter{From: "2031-05-15"}, 2},
		{testigo.EventFilter{To: "2031-05-14"}, 3},
		{testigo.EventFilter{From: "2031-05-14", To: "2031-05-14", Country: "XYZ"}, 2},
		{testigo.EventFilter{MinDead: 3}, 2},
		{testigo.EventFilter{Actor: "TEACHERS"}, 1},
		{testigo.EventFilter{Actor: "resid"}, 3},
		{testigo.EventFilter{Actor: "%"}, 0}, // literal, not a wildcard
		{testigo.EventFilter{Actor: "teachers' union"}, 1},
		{testigo.EventFilter{Admin1: "lowland"}, 2},
		{testigo.EventFilter{Query: "teachers"}, 1},
		{testigo.EventFilter{Query: "died"}, 2},
		{testigo.EventFilter{Query: "Farport"}, 0}, // in the documents, not in the evidence
		{testigo.EventFilter{Limit: 2}, 2},
		{testigo.EventFilter{Limit: 2, Offset: 4}, 1},
		{testigo.EventFilter{Offset: 3}, 2},
	}
	for _, tt := range tests {
		if got := visible(t, s, tt.f); len(got) != tt.want {
			t.Errorf("Events(%+v) = %d events %v, want %d", tt.f, len(got), ids(got), tt.want)
		}
	}
	// Ordered by date, then ID.
	all := visible(t, s, testigo.EventFilter{})
	for i := 1; i < len(all); i++ {
		if *all[i-1].Date.Start > *all[i].Date.Start {
			t.Errorf("events out of date order: %v", ids(all))
		}
	}
}

func testSearch(t *testing.T, s testigo.Store) {
	put(t, s, heraldX())
	put(t, s, courierX())
	put(t, s, farportX())
	tests := []struct {
		q    string
		want []string // document IDs among the hits
		none bool
	}{
		{q: "potosi", want: []string{"courier-7"}},     // diacritics folded
		{q: "POTOSÍ", want: []string{"courier-7"}},     // and case
		{q: `"gas plant"`, want: []string{"herald-1"}}, // phrase
		{q: "market OR clinic", want: []string{"herald-1", "farport-2"}},
		{q: "soldiers -market", want: []string{"herald-1"}},
		{q: "massac*", want: []string{"courier-7"}},
		{q: "zzzzunknownword", none: true},
		{q: `"" OR AND NOT ( ) *`, none: true}, // operators alone are not an error
		{q: `' \ :* & | ! <-> NEAR( ^ col:word "unterminated`, none: true},
		{q: `-soldiers`, none: true}, // a negation alone selects nothing
		{q: `OR OR potosi OR`, want: []string{"courier-7"}},
	}
	for _, tt := range tests {
		hits, err := s.Search(ctx, tt.q, 20)
		if err != nil {
			t.Errorf("Search(%q): %v", tt.q, err)
			continue
		}
		if tt.none {
			if len(hits) != 0 {
				t.Errorf("Search(%q) = %d hits, want none", tt.q, len(hits))
			}
			continue
		}
		found := map[string]bool{}
		for _, h := range hits {
			d, err := s.Document(ctx, h.Document)
			if err != nil {
				t.Fatal(err)
			}
			found[d.ID] = true
			if h.Snippet == "" {
				t.Errorf("Search(%q): hit without snippet", tt.q)
			}
		}
		if len(found) != len(tt.want) {
			t.Errorf("Search(%q) found %v, want %v", tt.q, found, tt.want)
		}
		for _, w := range tt.want {
			if !found[w] {
				t.Errorf("Search(%q) missed %s (found %v)", tt.q, w, found)
			}
		}
	}
	hits, _ := s.Search(ctx, "eight died", 20)
	for _, h := range hits {
		if h.Kind == "event" && h.Event == "" {
			t.Errorf("event hit without an event ID: %+v", h)
		}
	}
}

func testTollSeries(t *testing.T, s testigo.Store) {
	hx := heraldX()
	hx.Tolls = []testigo.Toll{{Measure: "dead", Value: 8, Qualifier: "exact", Scope: testigo.TollScope{Country: "XYZ"}, Source: &testigo.Source{Name: "local clinic"}, Evidence: evidence(docHerald, "Eight people died")}}
	put(t, s, hx)
	wx := wireX()
	// No scope given: the store takes the country of the document's events.
	wx.Tolls = []testigo.Toll{{Measure: "dead", Value: 11, Qualifier: "exact", AsOf: ptr("2031-05-16"), Evidence: evidence(docWire, "rose to eleven")}}
	put(t, s, wx)
	fx := farportX()
	fx.Tolls = []testigo.Toll{{Measure: "injured", Value: 30, Qualifier: "at_least", AsOf: ptr("2031-05-14"), Scope: testigo.TollScope{Country: "XYZ", Admin1: "Lowland"}, Evidence: evidence(docFarport, "three people died")}}
	put(t, s, fx)

	series, err := s.TollSeries(ctx, testigo.TollFilter{Country: "XYZ", Measure: "dead"})
	if err != nil {
		t.Fatal(err)
	}
	if len(series) != 1 || len(series[0].Points) != 2 {
		t.Fatalf("series = %+v, want one series of two points", series)
	}
	p := series[0].Points
	if p[0].Date != "2031-05-14" || p[0].Value != 8 || p[0].DocID != "herald-1" || p[0].Source == nil || p[0].Source.Name != "local clinic" || len(p[0].Evidence) != 1 {
		t.Errorf("first point = %+v, want 8 as of the publication date from herald-1", p[0])
	}
	if p[1].Date != "2031-05-16" || p[1].Value != 11 || p[1].DocID != "wire-3" {
		t.Errorf("second point = %+v", p[1])
	}
	// Events: the merged clash (8 conservative) and Farport's 3, both on 2031-05-14.
	if p[0].EventsSum != 11 || p[1].EventsSum != 11 {
		t.Errorf("events sums = %d, %d; want 11, 11", p[0].EventsSum, p[1].EventsSum)
	}
	all, err := s.TollSeries(ctx, testigo.TollFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || all[1].Scope.Admin1 != "Lowland" || all[1].Measure != "injured" {
		t.Errorf("all series = %+v", all)
	}
	tolls, _ := s.Tolls(ctx, testigo.TollFilter{Measure: "dead", From: "2031-05-15"})
	if len(tolls) != 1 || tolls[0].Value != 11 {
		t.Errorf("Tolls from 05-15 = %+v", tolls)
	}
}

func testReprocess(t *testing.T, s testigo.Store) {
	put(t, s, heraldX())
	rc := put(t, s, courierX())
	put(t, s, farportX())
	stale, err := s.Stale(ctx, "test-2", 0)
	if err != nil || len(stale) != 3 {
		t.Fatalf("Stale = %d documents (%v), want 3", len(stale), err)
	}
	if st, _ := s.Stale(ctx, version, 0); len(st) != 0 {
		t.Errorf("Stale(current) = %d documents, want 0", len(st))
	}
	// The new coder finds the same clash, now with 9 dead, and a second event.
	x := courierX()
	x.CoderVersion = "test-2"
	x.Events[0].Dead = count(9, "exact", "Ten residents were killed")
	x.Events = append(x.Events, testigo.Event{Type: "PROTEST", Date: dayOf("2031-05-15"), Place: riverton, Evidence: evidence(docCourier, "called it a massacre"), Context: []string{}})
	r, err := s.Replace(ctx, x, testigo.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Events) != 2 || len(r.Merged) != 1 || r.Merged[0] != rc.Merged[0] {
		t.Fatalf("Replace = %+v, want two events, the clash kept in %s", r, rc.Merged[0])
	}
	m, err := s.Event(ctx, rc.Merged[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Sources) != 2 || m.Dead.Value != 8 || m.Dead.Reports[1].Value != 9 {
		t.Errorf("merged event after reprocess: sources %d, dead %+v", len(m.Sources), m.Dead)
	}
	if _, err := s.Event(ctx, rc.Events[0]); !errors.Is(err, testigo.ErrNotFound) {
		t.Errorf("the old event is still there: %v", err)
	}
	if st, _ := s.Stale(ctx, "test-2", 0); len(st) != 2 {
		t.Errorf("Stale after reprocessing one = %d, want 2", len(st))
	}
	// Re-extraction that no longer finds the clash undoes the merge.
	x.Events = x.Events[1:]
	x.CoderVersion = "test-3"
	if _, err := s.Replace(ctx, x, testigo.PutOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Event(ctx, rc.Merged[0]); !errors.Is(err, testigo.ErrNotFound) {
		t.Errorf("a merge with one member left still exists: %v", err)
	}
	hist, _ := s.Merges(ctx, rc.Merged[0])
	if len(hist) == 0 || hist[len(hist)-1].Action != testigo.MergeActionSplit {
		t.Errorf("history = %+v, want a split at the end", hist)
	}
	if n := len(visible(t, s, testigo.EventFilter{})); n != 3 {
		t.Errorf("%d visible events, want 3 (herald's clash, Farport, the protest)", n)
	}
}

func testEdited(t *testing.T, s testigo.Store) {
	r := put(t, s, courierX())
	ev, err := s.Event(ctx, r.Events[0])
	if err != nil {
		t.Fatal(err)
	}
	ev.Event.Dead = count(12, "exact", "Ten residents were killed")
	ev.Event.Type = "ASSAULT"
	up, err := s.UpdateEvent(ctx, ev.Event, "editor")
	if err != nil {
		t.Fatal(err)
	}
	if !up.Edited || up.Dead.Value != 12 {
		t.Errorf("after UpdateEvent: %+v", up)
	}
	x := courierX()
	x.CoderVersion = "test-2"
	res, err := s.Replace(ctx, x, testigo.PutOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kept != 1 {
		t.Errorf("Replace kept %d edited events, want 1", res.Kept)
	}
	kept, err := s.Event(ctx, r.Events[0])
	if err != nil || !kept.Edited || kept.Dead.Value != 12 {
		t.Errorf("the edited event after reprocess: %+v, %v", kept, err)
	}
	if len(res.Events) != 1 || res.Events[0] == r.Events[0] {
		t.Errorf("new events %v must not reuse the edited event's ID %s", res.Events, r.Events[0])
	}
	if _, err := s.UpdateEvent(ctx, testigo.Event{ID: "nope"}, "editor"); !errors.Is(err, testigo.ErrNotFound) {
		t.Errorf("UpdateEvent of a missing event: %v", err)
	}
}

func testGeoNames(t *testing.T, s testigo.Store) {
	rows := []testigo.GeoName{
		{ID: 9100002, Name: "Farport", ASCIIName: "Farport", Lat: -19, Lon: -66, FeatureClass: "P", FeatureCode: "PPL", Country: "XY", Admin1: "02", Population: 12000},
		{ID: 9100001, Name: "Riverton", ASCIIName: "Riverton", AlternateNames: "Rivertown,Ville-Rivière", Lat: -16.5, Lon: -68.15, FeatureClass: "P", FeatureCode: "PPLA", Country: "XY", Admin1: "01", Population: 900000},
	}
	if err := s.PutGeoNames(ctx, rows); err != nil {
		t.Fatal(err)
	}
	rows[0].Population = 13000
	// The same ID twice in one call: the later row wins.
	older := rows[0]
	older.Population = 1
	if err := s.PutGeoNames(ctx, []testigo.GeoName{older, rows[0]}); err != nil {
		t.Fatal(err)
	}
	var got []testigo.GeoName
	if err := s.GeoNames(ctx, func(g testigo.GeoName) error { got = append(got, g); return nil }); err != nil {
		t.Fatal(err)
	}
	want := []testigo.GeoName{rows[1], rows[0]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("GeoNames = %+v\nwant %+v", got, want)
	}
	stop := errors.New("stop")
	n := 0
	if err := s.GeoNames(ctx, func(testigo.GeoName) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("GeoNames did not stop on fn's error: %v after %d", err, n)
	}
}

func testConcurrent(t *testing.T, s testigo.Store) {
	const writers, each = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				// Every writer also stores one shared document: it must land once.
				d := doc(fmt.Sprintf("w%d-%d", w, i), "2031-07-01", fmt.Sprintf("Residents of ward %d blocked road %d.", w, i))
				if i == 0 {
					d = doc("shared", "2031-07-01", "Residents of every ward blocked the ring road.")
				}
				ev := testigo.Event{Type: "PROTEST", Date: dayOf("2031-07-01"), Place: riverton, Evidence: evidence(d, "blocked"), Context: []string{}}
				if _, err := s.Put(ctx, extraction(d, ev), testigo.PutOptions{}); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := writers*(each-1) + 1; st.Documents != want || st.Reports != want {
		t.Errorf("Stats = %+v, want %d documents and reports", st, want)
	}
	// All protests in Riverton that day: they merge into one event.
	if st.Events != 1 || st.Merged != 1 {
		t.Errorf("Stats = %+v, want all reports merged into one event", st)
	}
}

func testNotFound(t *testing.T, s testigo.Store) {
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, testigo.ErrNotFound) {
		t.Errorf("Document: %v", err)
	}
	if _, err := s.Event(ctx, "nope"); !errors.Is(err, testigo.ErrNotFound) {
		t.Errorf("Event: %v", err)
	}
	if _, err := s.Split(ctx, "nope", "", ""); !errors.Is(err, testigo.ErrNotFound) {
		t.Errorf("Split: %v", err)
	}
	if _, err := s.Merge(ctx, []string{"nope", "nada"}, "", ""); !errors.Is(err, testigo.ErrNotFound) {
		t.Errorf("Merge: %v", err)
	}
	evs, err := s.Events(ctx, testigo.EventFilter{Query: "anything"})
	if err != nil || evs == nil || len(evs) != 0 {
		t.Errorf("Events on an empty store = %v, %v; want an empty list", evs, err)
	}
}

// BenchPut measures storing documents of eventsPer events each (with merging on), and
// reports documents/s and events/s. open gives a fresh store.
func BenchPut(b *testing.B, open func(b *testing.B) testigo.Store, eventsPer int) {
	s := open(b)
	defer s.Close()
	towns := []*testigo.EventPlace{riverton, plant, farport}
	types := []string{"PROTEST", "ASSAULT", "COERCE", "ARREST"}
	xs := make([]testigo.Extraction, b.N)
	bytes := 0
	for i := range xs {
		var sb strings.Builder
		for j := 0; j < eventsPer; j++ {
			fmt.Fprintf(&sb, "Sentence %d of report %d: residents and police met in town %d. ", j, i, (i+j)%50)
		}
		d := doc(fmt.Sprintf("bench-%d", i), "2031-08-01", sb.String())
		x := extraction(d)
		for j := 0; j < eventsPer; j++ {
			// Spread over three years, so that about one event in ten finds another to merge with.
			day := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i*13+j*7)%1000).Format("2006-01-02")
			phrase := fmt.Sprintf("Sentence %d of report %d", j, i)
			ev := testigo.Event{Type: types[(i+j)%len(types)], Date: dayOf(day), Place: towns[(i+j)%len(towns)],
				Actor: []testigo.Entity{soldiers}, Evidence: evidence(d, phrase), Context: []string{}}
			if j%3 == 0 {
				ev.Dead = count(j%5, "exact", phrase)
			}
			x.Events = append(x.Events, ev)
		}
		bytes += len(d.Text)
		xs[i] = x
	}
	b.SetBytes(int64(bytes / max(1, len(xs))))
	b.ResetTimer()
	start := time.Now()
	for i := range xs {
		if _, err := s.Put(ctx, xs[i], testigo.PutOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	secs := time.Since(start).Seconds()
	b.ReportMetric(float64(b.N)/secs, "docs/s")
	b.ReportMetric(float64(b.N*eventsPer)/secs, "events/s")
}

func testPutBatch(t *testing.T, s testigo.Store) {
	bp, ok := s.(testigo.BatchPutter)
	if !ok {
		t.Skip("the store has no PutBatch")
	}
	// A text with a NUL byte: PostgreSQL cannot hold it, SQLite can. Either way the other
	// documents of the batch must be stored.
	nul := doc("nul-1", "2031-05-14", "Residents\x00 gathered.")
	xs := []testigo.Extraction{heraldX(), extraction(nul), courierX(), heraldX()}
	results, errs := bp.PutBatch(ctx, xs, testigo.PutOptions{})
	if len(results) != 4 || len(errs) != 4 {
		t.Fatalf("PutBatch returned %d results, %d errors", len(results), len(errs))
	}
	for _, i := range []int{0, 2, 3} {
		if errs[i] != nil {
			t.Errorf("document %d: %v", i, errs[i])
		}
	}
	if results[0].Existing || !results[3].Existing || len(results[2].Merged) != 1 {
		t.Errorf("results = %+v, want herald stored, courier merged with it, the second herald existing", results)
	}
	if errs[1] == nil && results[1].Hash == "" {
		t.Errorf("the NUL document neither stored nor failed: %+v", results[1])
	}
	st, _ := s.Stats(ctx)
	if st.Events != 1 || st.Merged != 1 {
		t.Errorf("Stats = %+v", st)
	}
}

// BenchGeoNames measures loading GeoNames rows, 5000 per transaction as geonames load does.
func BenchGeoNames(b *testing.B, open func(b *testing.B) testigo.Store) {
	s := open(b)
	defer s.Close()
	rows := make([]testigo.GeoName, b.N)
	for i := range rows {
		rows[i] = testigo.GeoName{ID: 1 + i, Name: fmt.Sprintf("Place %d", i), ASCIIName: fmt.Sprintf("Place %d", i), AlternateNames: "Alt One,Alt Two",
			Lat: float64(i%180) - 90, Lon: float64(i%360) - 180, FeatureClass: "P", FeatureCode: "PPL", Country: "XY", Admin1: "01", Population: i}
	}
	b.ResetTimer()
	start := time.Now()
	for len(rows) > 0 {
		n := min(len(rows), 5000)
		if err := s.PutGeoNames(ctx, rows[:n]); err != nil {
			b.Fatal(err)
		}
		rows = rows[n:]
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "rows/s")
}
