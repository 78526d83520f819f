// Package merge decides whether events coded from different documents report one happening,
// and folds such reports into one event. Its functions are pure: the store calls them inside
// its transactions.
//
// Two events match when nothing in them contradicts the other and enough agrees: the same
// PLOVER type, dates that overlap given their precision (two different days at day precision
// never match), places that are the same or contain one another (same GeoNames id; the same
// first-level division with one of them given only at that level; or within MaxKm), and, when
// both name actors, at least one actor in common. A merge never needs both reports to be
// identical; it never crosses a contradiction.
package merge

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"testigo"
)

// MaxKm is how far apart two places may be and still be the same place of a happening:
// a city and a district of it, a plant on its outskirts.
const MaxKm = 25.0

// Match reports whether a and b may be reports of one happening, and why (or why not).
func Match(a, b testigo.Event) (bool, string) {
	if a.Type == "" || a.Type != b.Type {
		return false, fmt.Sprintf("types differ (%s, %s)", a.Type, b.Type)
	}
	if a.Negated || b.Negated || a.Hypothetical || b.Hypothetical {
		return false, "a negated or hypothetical event reports no happening"
	}
	why := []string{"same type " + a.Type}
	slack := 0
	if m := ongoingMode(a, b); m != "" {
		slack = OngoingDays
		why = append(why, "both ongoing ("+m+")")
	}
	ok, r := datesMatch(a.Date, b.Date, slack)
	if !ok {
		return false, r
	}
	why = append(why, r)
	ok, r = placesMatch(a.Place, b.Place)
	if !ok {
		return false, r
	}
	why = append(why, r)
	ok, r = actorsMatch(a.Actor, b.Actor)
	if !ok {
		return false, r
	}
	if r != "" {
		why = append(why, r)
	}
	return true, strings.Join(why, "; ")
}

// MaxSpanDays is the longest date range that can still place a happening: a year. A report
// dated only by a longer range ("since 2015") is never merged.
const MaxSpanDays = 366

// OngoingDays is how far apart two reports of an ongoing action (a blockade, a strike, an
// occupation) may be dated and still be one happening: such actions last for days, and each
// outlet dates its report by the day it saw.
const OngoingDays = 7

// ongoing are the PLOVER modes of actions that go on for days rather than happen once.
var ongoing = map[string]bool{"obstruct": true, "blockade": true, "strike": true, "hunger_strike": true, "hunger strike": true, "occupy": true, "occupation": true, "siege": true, "sit-in": true}

// ongoingMode returns the mode a and b share when it is an ongoing action's, else "".
func ongoingMode(a, b testigo.Event) string {
	if a.Mode == nil || b.Mode == nil || !strings.EqualFold(*a.Mode, *b.Mode) || !ongoing[strings.ToLower(*a.Mode)] {
		return ""
	}
	return *a.Mode
}

// datesMatch: both dates must be placed, and their calendar ranges must overlap (or, for an
// ongoing action, lie within slack days of each other). Ranges carry the precision (a month
// covers its days), so "November 2019" holds "2019-11-19", while two different days at day
// precision are disjoint ranges and never match a one-off happening.
func datesMatch(a, b testigo.EventDate, slack int) (bool, string) {
	as, ae, okA := dateRange(a)
	bs, be, okB := dateRange(b)
	if !okA || !okB {
		return false, "a date is unknown"
	}
	if addDays(as, MaxSpanDays) < ae || addDays(bs, MaxSpanDays) < be {
		return false, fmt.Sprintf("a date is too vague to place a happening (%s, %s)", showRange(as, ae), showRange(bs, be))
	}
	if as > addDays(be, slack) || bs > addDays(ae, slack) {
		return false, fmt.Sprintf("dates differ (%s, %s)", showRange(as, ae), showRange(bs, be))
	}
	if as > be || bs > ae {
		return true, fmt.Sprintf("dates within %d days (%s, %s)", slack, showRange(as, ae), showRange(bs, be))
	}
	return true, fmt.Sprintf("dates overlap (%s, %s)", showRange(as, ae), showRange(bs, be))
}

// addDays moves a YYYY-MM-DD day; a value that is not one is returned as it is.
func addDays(day string, n int) string {
	if n == 0 {
		return day
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// Window is the calendar range (YYYY-MM-DD) another event's range must overlap for it to
// possibly match ev: the store uses it to find candidates, whose start then also lies no
// more than MaxSpanDays before it. ok is false when ev has no placed date and so matches
// nothing.
func Window(ev testigo.Event) (start, end string, ok bool) {
	s, e, ok := dateRange(ev.Date)
	if !ok {
		return "", "", false
	}
	if ev.Mode != nil && ongoing[strings.ToLower(*ev.Mode)] {
		return addDays(s, -OngoingDays), addDays(e, OngoingDays), true
	}
	return s, e, true
}

func dateRange(d testigo.EventDate) (start, end string, ok bool) {
	if d.Start == nil || *d.Start == "" || d.Precision == testigo.PrecisionUnknown {
		return "", "", false
	}
	start, end = *d.Start, *d.Start
	if d.End != nil && *d.End != "" {
		end = *d.End
	}
	if end < start {
		start, end = end, start
	}
	return start, end, true
}

func showRange(s, e string) string {
	if s == e {
		return s
	}
	return s + ".." + e
}

func placesMatch(a, b *testigo.EventPlace) (bool, string) {
	if a == nil || b == nil {
		return false, "a place is unknown"
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false, fmt.Sprintf("countries differ (%s, %s)", a.Country, b.Country)
	}
	if a.GeonamesID != 0 && a.GeonamesID == b.GeonamesID {
		return true, fmt.Sprintf("same place (GeoNames %d)", a.GeonamesID)
	}
	if hasCoords(a) && hasCoords(b) {
		if d := Km(a.Lat, a.Lon, b.Lat, b.Lon); d <= MaxKm {
			return true, fmt.Sprintf("places %.1f km apart (%s, %s)", d, a.Name, b.Name)
		}
	}
	// A region contains the towns in it: "Cochabamba department" holds "Sacaba".
	if a.Admin1 != "" && strings.EqualFold(a.Admin1, b.Admin1) && (a.Precision == 3 || b.Precision == 3) {
		return true, fmt.Sprintf("%s and %s in %s", a.Name, b.Name, a.Admin1)
	}
	if sameName(a.Name, b.Name) && (a.Country == "" || a.Country == b.Country) && !(hasCoords(a) && hasCoords(b)) {
		return true, fmt.Sprintf("same place name %s", a.Name)
	}
	return false, fmt.Sprintf("places differ (%s, %s)", a.Name, b.Name)
}

func hasCoords(p *testigo.EventPlace) bool { return p.Lat != 0 || p.Lon != 0 }

// Km is the great-circle distance between two points, in kilometres.
func Km(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

func sameName(a, b string) bool {
	return a != "" && strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// actorsMatch: when both events name actors, one must be common to both, by name or by the
// same PLOVER sector of the same country ("police" and "Bolivian police" are both COP BOL).
func actorsMatch(a, b []testigo.Entity) (bool, string) {
	if len(a) == 0 || len(b) == 0 {
		return true, ""
	}
	for _, x := range a {
		for _, y := range b {
			if sameName(x.Name, y.Name) {
				return true, "common actor " + x.Name
			}
		}
	}
	for _, x := range a {
		for _, y := range b {
			if x.Sector != "" && x.Sector == y.Sector && (x.Country == y.Country || x.Country == "" || y.Country == "") {
				return true, fmt.Sprintf("actors of one sector %s (%s, %s)", x.Sector, x.Name, y.Name)
			}
		}
	}
	return false, fmt.Sprintf("no common actor (%s; %s)", names(a), names(b))
}

func names(es []testigo.Entity) string {
	var s []string
	for _, e := range es {
		s = append(s, e.Name)
	}
	return strings.Join(s, ", ")
}

// Member is one report folded into a merged event.
type Member struct {
	Event testigo.Event
	// Source names where the report came from in Count.Reports: the document's ID or hash.
	Source string
}

// Combine folds the reports of one happening into one event. It keeps every source's
// evidence and every reported figure (Count.Reports), and takes the conservative figure (the
// lowest) as Value; the date is the narrowest of the members' dates, the place the most
// precise. The result has no ID; the caller gives it one. Members are used in the order given.
func Combine(members []Member) testigo.Event {
	if len(members) == 0 {
		return testigo.Event{}
	}
	out := members[0].Event
	out.ID = ""
	out.Context = nil
	out.Actor, out.Recipient, out.Evidence = nil, nil, nil
	out.Dead, out.Injured, out.Arrested, out.Size = nil, nil, nil, nil
	out.Date = narrowest(members)
	if span, ok := ongoingSpan(members); ok {
		out.Date = span
	}
	out.Place = mostPrecise(members)
	seenCtx := map[string]bool{}
	for _, m := range members {
		e := m.Event
		if out.Mode == nil && e.Mode != nil {
			out.Mode = e.Mode
		}
		if out.ACLED == nil && e.ACLED != nil {
			out.ACLED = e.ACLED
		}
		if out.CAMEO == "" {
			out.CAMEO = e.CAMEO
		}
		if out.Source == nil && e.Source != nil {
			out.Source = e.Source
		}
		if e.Confidence > out.Confidence {
			out.Confidence = e.Confidence
		}
		for _, c := range e.Context {
			if !seenCtx[c] {
				seenCtx[c] = true
				out.Context = append(out.Context, c)
			}
		}
		out.Actor = unionEntities(out.Actor, e.Actor)
		out.Recipient = unionEntities(out.Recipient, e.Recipient)
		out.Evidence = append(out.Evidence, e.Evidence...)
	}
	if out.Context == nil {
		out.Context = []string{}
	}
	out.Dead = combineCounts(members, func(e testigo.Event) *testigo.Count { return e.Dead })
	out.Injured = combineCounts(members, func(e testigo.Event) *testigo.Count { return e.Injured })
	out.Arrested = combineCounts(members, func(e testigo.Event) *testigo.Count { return e.Arrested })
	out.Size = combineCounts(members, func(e testigo.Event) *testigo.Count { return e.Size })
	return out
}

// ongoingSpan is the union of the members' dates when all of them report one ongoing action
// (a blockade reported on the 16th and on the 19th went on from the 16th to the 19th).
func ongoingSpan(members []Member) (testigo.EventDate, bool) {
	first := members[0].Event
	start, end := "", ""
	prec := testigo.PrecisionDay
	var texts []string
	for _, m := range members {
		if ongoingMode(first, m.Event) == "" {
			return testigo.EventDate{}, false
		}
		s, e, ok := dateRange(m.Event.Date)
		if !ok {
			return testigo.EventDate{}, false
		}
		if start == "" || s < start {
			start = s
		}
		if e > end {
			end = e
		}
		if precisionRank[m.Event.Date.Precision] > precisionRank[prec] {
			prec = m.Event.Date.Precision
		}
		if t := m.Event.Date.Text; t != "" {
			texts = append(texts, t)
		}
	}
	if len(members) < 2 {
		return testigo.EventDate{}, false
	}
	return testigo.EventDate{Start: &start, End: &end, Precision: prec, Text: strings.Join(texts, "; ")}, true
}

var precisionRank = map[string]int{
	testigo.PrecisionDay: 0, testigo.PrecisionWeek: 1, testigo.PrecisionMonth: 2, testigo.PrecisionYear: 3,
}

func narrowest(members []Member) testigo.EventDate {
	best, bestLen := members[0].Event.Date, -1
	for _, m := range members {
		s, e, ok := dateRange(m.Event.Date)
		if !ok {
			continue
		}
		l := daysBetween(s, e)
		r, known := precisionRank[m.Event.Date.Precision]
		if !known {
			r = 4
		}
		key := l*8 + r
		if bestLen < 0 || key < bestLen {
			best, bestLen = m.Event.Date, key
		}
	}
	return best
}

// daysBetween approximates the length of a range well enough to order ranges: lengths differ
// by orders of magnitude (a day, a week, a month, a year).
func daysBetween(s, e string) int {
	var y1, m1, d1, y2, m2, d2 int
	fmt.Sscanf(s, "%d-%d-%d", &y1, &m1, &d1)
	fmt.Sscanf(e, "%d-%d-%d", &y2, &m2, &d2)
	return (y2-y1)*372 + (m2-m1)*31 + (d2 - d1)
}

func mostPrecise(members []Member) *testigo.EventPlace {
	var best *testigo.EventPlace
	for _, m := range members {
		p := m.Event.Place
		if p == nil {
			continue
		}
		if best == nil || rankPlace(p) < rankPlace(best) {
			best = p
		}
	}
	if best == nil {
		return nil
	}
	c := *best
	return &c
}

func rankPlace(p *testigo.EventPlace) int {
	r := p.Precision
	if r == 0 {
		r = 4
	}
	r *= 2
	if p.GeonamesID == 0 {
		r++
	}
	return r
}

func unionEntities(have, add []testigo.Entity) []testigo.Entity {
	for _, e := range add {
		dup := false
		for _, h := range have {
			if sameName(h.Name, e.Name) {
				dup = true
				break
			}
		}
		if !dup {
			have = append(have, e)
		}
	}
	if have == nil {
		have = []testigo.Entity{}
	}
	return have
}

// combineCounts keeps each source's figures in Reports and the lowest as Value.
func combineCounts(members []Member, get func(testigo.Event) *testigo.Count) *testigo.Count {
	var out *testigo.Count
	for _, m := range members {
		c := get(m.Event)
		if c == nil {
			continue
		}
		reps := c.Reports
		if len(reps) == 0 {
			reps = []testigo.CountReport{{Value: c.Value, Qualifier: c.Qualifier, Evidence: testigo.Evidence{Text: c.Text}}}
		}
		if out == nil {
			cp := *c
			cp.Reports = nil
			out = &cp
		} else if c.Value < out.Value {
			reportsKept := out.Reports
			*out = *c
			out.Reports = reportsKept
		}
		for _, r := range reps {
			if r.Source == "" {
				r.Source = m.Source
			}
			out.Reports = append(out.Reports, r)
		}
	}
	return out
}

// Order sorts members for Combine deterministically: by the order their sources were
// published, then by event ID.
func Order(members []Member, published func(Member) string) {
	sort.SliceStable(members, func(i, j int) bool {
		pi, pj := published(members[i]), published(members[j])
		if pi != pj {
			return pi < pj
		}
		return members[i].Event.ID < members[j].Event.ID
	})
}
