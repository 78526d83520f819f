package httpapi

import (
	"strings"
	"testing"

	"testigo"
)

func strp(s string) *string { return &s }

// ev cuts phrase out of text as evidence; the test fails if the phrase is not there.
func ev(t testing.TB, text, phrase string) testigo.Evidence {
	t.Helper()
	i := strings.Index(text, phrase)
	if i < 0 {
		t.Fatalf("fixture: %q not in text", phrase)
	}
	return testigo.NewEvidence(text, testigo.Span{Start: i, End: i + len(phrase)})
}

func count(t testing.TB, text, phrase string, v int, doc string) *testigo.Count {
	e := ev(t, text, phrase)
	return &testigo.Count{Value: v, Qualifier: testigo.QualExact, Text: phrase,
		Reports: []testigo.CountReport{{Value: v, Source: doc, Evidence: e}}}
}

// Fixture texts, written for these tests (not taken from any corpus).
const (
	textA = `ASUNCIÓN, 3 March — Police fired tear gas at thousands of teachers marching on the Congress in Asunción on Monday. Two people died and 14 were hurt, the health ministry said.`
	textB = `Encarnación (Radio Sur) — Riot police killed two protesters in Asunción on Monday, hospital staff said. In Encarnación, farmers blocked the bridge to Argentina.`
	// textHostile carries markup that would run script if the UI ever parsed source text.
	textHostile = `Hostile page <script>window.__pwned = 1; alert("xss")</script> with <img src=x onerror="window.__pwned = 2"> ` +
		`and <a href="javascript:window.__pwned=3">a link</a>. Soldiers arrested 5 students in Ciudad del Este on Tuesday.`
)

var placeAsuncion = &testigo.EventPlace{Name: "Asunción", Lat: -25.28646, Lon: -57.647, Country: "PRY", Admin1: "Asunción", Precision: 1}

// newTestStore fills a memStore with three documents: two outlets reporting the same
// deadly march (merged), and one hostile document.
func newTestStore(t testing.TB) (*memStore, map[string]string) {
	m := &memStore{}
	ids := map[string]string{}
	hashA, evsA := m.addDoc(testigo.Document{ID: "eco-1", Title: "Teachers' march ends in deaths", URL: "https://example.org/eco/1", Published: "2025-03-03", PublishedSource: "metadata", Text: textA},
		[]testigo.Event{{
			Type: "ASSAULT", Mode: strp("crowd-control"), Context: []string{"repression"},
			ACLED: &testigo.ACLED{EventType: "Protests", SubEventType: "Excessive force against protesters", Inter1: 1, Inter2: 6, Interaction: 16},
			Date:  testigo.EventDate{Start: strp("2025-03-03"), End: strp("2025-03-03"), Precision: "day", Text: "Monday"},
			Place: placeAsuncion, Actor: []testigo.Entity{{Name: "Police", Sector: "COP", Country: "PRY"}},
			Recipient: []testigo.Entity{{Name: "teachers", Sector: "EDU"}},
			Dead:      count(t, textA, "Two", 2, "eco-1"), Injured: count(t, textA, "14", 14, "eco-1"),
			Evidence: []testigo.Evidence{ev(t, textA, "Police fired tear gas at thousands of teachers marching on the Congress in Asunción on Monday.")},
			Source:   &testigo.Source{Name: "health ministry"}, Confidence: 0.9,
		}, {
			Type: "PROTEST", Mode: strp("demo"), Date: testigo.EventDate{Start: strp("2025-03-03"), End: strp("2025-03-03"), Precision: "day"},
			Place: placeAsuncion, Actor: []testigo.Entity{{Name: "teachers", Sector: "EDU"}},
			ACLED:    &testigo.ACLED{EventType: "Protests", SubEventType: "Peaceful protest", Inter1: 6, Interaction: 60},
			Evidence: []testigo.Evidence{ev(t, textA, "thousands of teachers marching on the Congress")},
		}},
		[]testigo.Toll{{Measure: "dead", Value: 2, Qualifier: "exact", AsOf: strp("2025-03-03"), Scope: testigo.TollScope{Country: "PRY"}, Evidence: []testigo.Evidence{ev(t, textA, "Two people died")}}})
	hashB, evsB := m.addDoc(testigo.Document{ID: "sur-7", Title: "Two killed in capital", Published: "2025-03-04", PublishedSource: "metadata", Text: textB},
		[]testigo.Event{{
			Type: "ASSAULT", Mode: strp("crowd-control"), Date: testigo.EventDate{Start: strp("2025-03-03"), End: strp("2025-03-03"), Precision: "day"},
			Place: placeAsuncion, Actor: []testigo.Entity{{Name: "Riot police", Sector: "COP"}},
			Dead:     count(t, textB, "two", 2, "sur-7"),
			Evidence: []testigo.Evidence{ev(t, textB, "Riot police killed two protesters in Asunción on Monday")},
		}, {
			Type: "PROTEST", Mode: strp("obstruct"), Date: testigo.EventDate{Start: strp("2025-03-03"), End: strp("2025-03-03"), Precision: "day"},
			Place:    &testigo.EventPlace{Name: "Encarnación", Lat: -27.33056, Lon: -55.86667, Country: "PRY", Admin1: "Itapúa", Precision: 1},
			Actor:    []testigo.Entity{{Name: "farmers", Sector: "AGR"}},
			ACLED:    &testigo.ACLED{EventType: "Protests", SubEventType: "Peaceful protest", Inter1: 6, Interaction: 60},
			Evidence: []testigo.Evidence{ev(t, textB, "farmers blocked the bridge to Argentina")},
		}}, nil)
	hashH, evsH := m.addDoc(testigo.Document{ID: "hostile-1", URL: "javascript:window.__pwned=7", Title: `<img src=x onerror="window.__pwned=4">Hostile title`, Published: "2025-03-05", PublishedSource: "metadata", Text: textHostile},
		[]testigo.Event{{
			Type: "COERCE", Mode: strp("arrest"), Date: testigo.EventDate{Start: strp("2025-03-04"), End: strp("2025-03-04"), Precision: "day"},
			Place:    &testigo.EventPlace{Name: `Ciudad del Este<script>window.__pwned=5</script>`, Lat: -25.50972, Lon: -54.61111, Country: "PRY", Admin1: "Alto Paraná", Precision: 1},
			Actor:    []testigo.Entity{{Name: `Soldiers<img src=x onerror="window.__pwned=6">`, Sector: "MIL"}},
			Arrested: count(t, textHostile, "5", 5, "hostile-1"),
			Evidence: []testigo.Evidence{ev(t, textHostile, `<script>window.__pwned = 1; alert("xss")</script> with <img src=x onerror="window.__pwned = 2">`),
				ev(t, textHostile, "Soldiers arrested 5 students in Ciudad del Este on Tuesday.")},
		}}, nil)
	merged := m.mergeEvents([]string{evsA[0].ID, evsB[0].ID}, "testigo ingest", "same type, day and place")
	ids["docA"], ids["docB"], ids["docH"] = hashA, hashB, hashH
	ids["assaultA"], ids["assaultB"], ids["protestA"], ids["blockade"], ids["arrest"] = evsA[0].ID, evsB[0].ID, evsA[1].ID, evsB[1].ID, evsH[0].ID
	ids["merged"] = merged.ID
	return m, ids
}
