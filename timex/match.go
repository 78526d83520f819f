package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"testigo"
)

type parser struct {
	toks []token
	text string
	// memo caches match by token index: modifier chains ("this past ... ") ask for the
	// same positions again, which would otherwise cost quadratic time.
	memo []*cand
	done []bool
}

// cand is an expression found over tokens [i, j).
type cand struct {
	i, j int
	typ  string
	eval evalFunc
}

func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].w
}

func (p *parser) is(i int, words ...string) bool {
	w := p.w(i)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// adjacent reports whether token i follows token i-1 with no space between.
func (p *parser) adjacent(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

// optPeriod skips a period glued to the token before it ("Nov.").
func (p *parser) optPeriod(i int) int {
	if p.w(i) == "." && p.adjacent(i) {
		return i + 1
	}
	return i
}

// optComma skips a comma.
func (p *parser) optComma(i int) int {
	if p.w(i) == "," {
		return i + 1
	}
	return i
}

// hyphen skips an optional hyphen between two words ("third-quarter", "mid-November").
func (p *parser) hyphen(i int) int {
	if p.w(i) == "-" {
		return i + 1
	}
	return i
}

// digits returns the value of a plain digit token at i of at most maxLen digits that is
// not part of a larger number ("1,200", "3.5").
func (p *parser) digits(i, maxLen int) (int, bool) {
	if i >= len(p.toks) || !p.toks[i].digit || len(p.toks[i].w) > maxLen {
		return 0, false
	}
	if i+2 < len(p.toks) && (p.w(i+1) == "." || p.w(i+1) == ",") && p.adjacent(i+1) && p.adjacent(i+2) && p.toks[i+2].digit {
		return 0, false
	}
	if i > 1 && (p.w(i-1) == "." || p.w(i-1) == ",") && p.adjacent(i) && p.adjacent(i-1) && p.toks[i-2].digit {
		return 0, false
	}
	n, err := strconv.Atoi(p.toks[i].w)
	return n, err == nil
}

// month reads a capitalized month name or abbreviation at i.
func (p *parser) month(i int) (int, int, bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	// Months are capitalized in news; a lower-case full name counts only beside a day
	// number ("23rd february"), and never "may" or "march".
	if !p.toks[i].cap && !(len(p.w(i)) > 5 && p.w(i) != "march" && (p.toks[min(i+1, len(p.toks)-1)].digit || i > 0 && p.toks[i-1].digit || p.is(i-1, "st", "nd", "rd", "th", "of"))) {
		return 0, i, false
	}
	m, ok := lex.month[p.w(i)]
	if !ok {
		return 0, i, false
	}
	end := i + 1
	if len(p.w(i)) <= 4 && !fullMonthNames[p.w(i)] {
		end = p.optPeriod(end)
		// An abbreviation without its period counts only before a figure: "Nov 14",
		// not "Jan Kavan".
		if end == i+1 && !(end < len(p.toks) && p.toks[end].digit) {
			return 0, i, false
		}
	}
	return m, end, true
}

var fullMonthNames = map[string]bool{"may": true, "june": true, "july": true}

// weekday reads a capitalized day name at i.
func (p *parser) weekday(i int) (int, int, bool) {
	if i >= len(p.toks) || !p.toks[i].cap {
		return 0, i, false
	}
	d, ok := lex.weekday[p.w(i)]
	if !ok {
		return 0, i, false
	}
	end := i + 1
	if len(p.w(i)) <= 5 { // an abbreviation ("Sat.") needs its period: "Sun" may be a name
		if p.w(end) != "." || !p.adjacent(end) {
			return 0, i, false
		}
		end++
	}
	return d, end, true
}

// dayOfMonth reads "14", "14th" at i.
func (p *parser) dayOfMonth(i int) (int, int, bool) {
	d, ok := p.digits(i, 2)
	if !ok || d < 1 || d > 31 {
		return 0, i, false
	}
	end := i + 1
	if p.adjacent(end) && p.is(end, "st", "nd", "rd", "th") {
		end++
	}
	if p.adjacent(end) && p.toks[end].digit {
		return 0, i, false
	}
	return d, end, true
}

// year reads a four-digit year at i (1000-2999), or an apostrophe and two digits ("'98").
func (p *parser) year(i int) (int, int, bool) {
	if y, e, ok := p.spelledYear(i); ok {
		return y, e, true
	}
	if p.w(i) == "'" && i+1 < len(p.toks) && p.adjacent(i+1) {
		if y, ok := p.digits(i+1, 2); ok && len(p.w(i+1)) == 2 {
			return twoDigitYear(y), i + 2, true
		}
	}
	y, ok := p.digits(i, 4)
	if !ok || len(p.w(i)) != 4 || y < 1000 || y > 2999 {
		return 0, i, false
	}
	if p.adjacent(i+1) && p.toks[i+1].digit {
		return 0, i, false
	}
	return y, i + 1, true
}

func twoDigitYear(y int) int {
	if y < 40 {
		return 2000 + y
	}
	return 1900 + y
}

// number reads a cardinal at i: digits, words ("twenty-four", "a", "a few", "several").
// vague is true when the count is not given. allowA lets "a"/"an" stand for one.
func (p *parser) number(i int, allowA bool) (n int, vague bool, end int, ok bool) {
	if v, ok := p.digits(i, 4); ok {
		return v, false, i + 1, true
	}
	w := p.w(i)
	if w == "a" || w == "an" {
		if lex.vague[p.w(i+1)] { // "a few"
			return 0, true, i + 2, true
		}
		if p.is(i+1, "couple") {
			end := i + 2
			if p.is(end, "of") {
				end++
			}
			return 2, false, end, true
		}
		if p.is(i+1, "dozen") {
			return 12, false, i + 2, true
		}
		if allowA {
			return 1, false, i + 1, true
		}
		return 0, false, i, false
	}
	if lex.vague[w] {
		return 0, true, i + 1, true
	}
	if w == "couple" {
		end := i + 1
		if p.is(end, "of") {
			end++
		}
		return 2, false, end, true
	}
	v, ok := lex.number[w]
	if !ok || w == "a" || w == "an" {
		return 0, false, i, false
	}
	end = i + 1
	if v >= 20 && v < 100 && v%10 == 0 { // "twenty-four", "twenty four"
		k := p.hyphen(end)
		if u, ok := lex.number[p.w(k)]; ok && u > 0 && u < 10 && p.w(k) != "a" && p.w(k) != "an" {
			v += u
			end = k + 1
		}
	}
	return v, false, end, true
}

// unit reads a duration unit at i ("years", "week").
func (p *parser) unit(i int) (string, int, bool) {
	u, ok := lex.unit[p.w(i)]
	if !ok {
		return "", i, false
	}
	return u, i + 1, true
}

func unitGran(u string) (gran, bool) {
	switch u {
	case "Y":
		return gYear, true
	case "M":
		return gMonth, true
	case "W":
		return gWeek, true
	case "D":
		return gDay, true
	case "Q":
		return gQuarter, true
	case "DE":
		return gDecade, true
	case "CE":
		return gCentury, true
	case "WE":
		return gWeekend, true
	}
	return 0, false
}

// durationValue writes n units as a TimeML duration: P3Y, PT2H, PXD.
func durationValue(n int, vague bool, u string) string {
	c := strconv.Itoa(n)
	if vague {
		c = "X"
	}
	switch u {
	case "H":
		return "PT" + c + "H"
	case "MIN":
		return "PT" + c + "M"
	case "S":
		return "PT" + c + "S"
	}
	return "P" + c + u
}

// match returns the longest expression starting at token i, or nil.
func (p *parser) match(i int) *cand {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	if p.done == nil {
		p.memo, p.done = make([]*cand, len(p.toks)), make([]bool, len(p.toks))
	}
	if p.done[i] {
		return p.memo[i]
	}
	p.done[i] = true // a cycle back to i finds nothing
	p.memo[i] = p.matchAt(i)
	return p.memo[i]
}

func (p *parser) matchAt(i int) *cand {
	var best *cand
	consider := func(c *cand) {
		if c != nil && c.j > c.i && (best == nil || c.j > best.j) {
			best = c
		}
	}
	for _, pat := range patterns {
		consider(pat(p, i))
	}
	consider(p.modified(i))
	if best != nil {
		best = p.withPartOfDay(best)
	}
	return best
}

// patterns are the expression recognizers match tries at each token.
var patterns []func(*parser, int) *cand

func init() {
	patterns = []func(*parser, int) *cand{
		(*parser).calendarDate, (*parser).numericDate, (*parser).yearExpr, (*parser).decade,
		(*parser).century, (*parser).quarter, (*parser).season, (*parser).relativeDay,
		(*parser).relativeUnit, (*parser).ago, (*parser).duration, (*parser).reference,
		(*parser).anaphoric, (*parser).holiday, (*parser).clock, (*parser).set,
		(*parser).weekdayExpr, (*parser).partOfDayExpr, (*parser).theYear, (*parser).movableHoliday,
		(*parser).streak,
	}
}

// modifiers that leave a date's value as it is: "early", "late", "mid-", "the end of".
func (p *parser) modifier(i int) int {
	switch p.w(i) {
	case "early", "late", "mid", "earlier", "later":
		k := p.hyphen(i + 1)
		if p.is(k, "in") { // "earlier in the year"
			k++
		}
		return k
	case "the":
		if p.is(i+1, "end", "beginning", "start", "middle", "turn", "close", "rest", "remainder", "balance") && p.is(i+2, "of") {
			return i + 3
		}
	case "end", "beginning", "start", "middle":
		if p.is(i+1, "of") {
			return i + 2
		}
	case "this", "that":
		if p.is(i+1, "past", "coming") { // "this past spring"
			return i + 2
		}
	}
	return i
}

func (p *parser) modified(i int) *cand {
	k := p.modifier(i)
	if k == i {
		return nil
	}
	// match(k) tries further modifiers itself: "the end of early 2019" chains. Each level
	// consumes at least one token, so the recursion is bounded by the expression's length.
	inner := p.match(k)
	if inner == nil || inner.typ == testigo.DateDuration || inner.typ == testigo.DateSet {
		return nil
	}
	return &cand{i: i, j: inner.j, typ: inner.typ, eval: inner.eval}
}

// withPartOfDay extends a day ("Friday", "yesterday") by "morning", "night" ... into a TIME.
func (p *parser) withPartOfDay(c *cand) *cand {
	code, ok := lex.partOfDay[p.w(c.j)]
	if !ok || c.typ != testigo.DateDate {
		return c
	}
	inner := c.eval
	return &cand{i: c.i, j: c.j + 1, typ: testigo.DateTime, eval: func(x *ctx) result {
		r := inner(x)
		if r.pt == nil || r.pt.g != gDay {
			return r
		}
		r.value += "T" + code
		return r
	}}
}

// fixed is an expression whose value needs no anchor.
func fixed(pt point) evalFunc {
	return func(*ctx) result { return result{value: pt.value(), pt: &pt} }
}

// literal is a value that names no calendar period: a duration, a set, PRESENT_REF.
func literal(v string) evalFunc {
	return func(*ctx) result { return result{value: v} }
}

// fromDCT is the period of granularity g that contains the publication date, moved by n.
func fromDCT(g gran, n int) evalFunc {
	return func(c *ctx) result {
		if !c.hasDCT {
			return result{value: unknownValue(g), rel: true}
		}
		pt := at(g, c.dct).shift(n)
		return result{value: pt.value(), rel: true, pt: &pt, deictic: true}
	}
}

// base is the point anaphoric expressions count from: the last date the text mentioned,
// or else the publication date.
func (c *ctx) base() (time.Time, gran, bool) {
	if c.hasAnchor {
		return c.anchor.t, c.anchor.g, true
	}
	return c.dct, gDay, c.hasDCT
}

// fromAnchor is the period of granularity g that contains the anchor, moved by n.
func fromAnchor(g gran, n int) evalFunc {
	return func(c *ctx) result {
		t, ag, ok := c.base()
		anchor := c.anchor
		if !c.hasAnchor && c.hasStale && n != 0 && g <= gWeek {
			anchor = c.stale
			t, ag, ok = anchor.t, anchor.g, true
		}
		if !ok {
			return result{value: unknownValue(g), rel: true}
		}
		if coarser(ag, g) {
			// "later that day" after "in 1977": the day is not known, only its year.
			return result{value: partialValue(anchor, g), rel: true}
		}
		pt := at(g, t).shift(n)
		return result{value: pt.value(), rel: true, pt: &pt}
	}
}

// coarser reports whether an anchor of granularity a cannot place a period of granularity
// g: a day counted from a year, a month from a decade. Weeks and weekends hold days.
func coarser(a, g gran) bool {
	if a == g || a <= gWeekend && g <= gWeekend {
		return a == gWeek && g == gDay || a == gWeekend && g == gDay
	}
	return a > g
}

// partialValue writes what an anchor of coarser granularity tells about a period of
// granularity g: "1977-XX-XX", "1977-04-XX", "1977-WXX".
func partialValue(a point, g gran) string {
	if a.g >= gDecade {
		return unknownValue(g)
	}
	y := fmt.Sprintf("%04d", a.t.Year())
	switch g {
	case gDay:
		if a.g == gMonth {
			return fmt.Sprintf("%s-%02d-XX", y, int(a.t.Month()))
		}
		return y + "-XX-XX"
	case gWeek:
		return y + "-WXX"
	case gWeekend:
		return y + "-WXX-WE"
	case gMonth:
		return y + "-XX"
	}
	return y
}

// yearAway is "a year ago" / "a year earlier": the same quarter a year before when the
// text is speaking of a quarter, else the year before.
func yearAway(n int, anaphoric bool) evalFunc {
	return func(c *ctx) result {
		var r result
		switch {
		case c.hasPeriod:
			pt := c.period.shift(n * 12 / monthsIn(c.period.g))
			r = result{value: pt.value(), rel: true, pt: &pt}
		case anaphoric && c.hasAnchor && c.anchorAbs:
			r = fromAnchor(gYear, n)(c)
		default:
			r = fromDCT(gYear, n)(c)
		}
		r.comparison = true
		return r
	}
}

func monthsIn(g gran) int {
	if g == gHalf {
		return 6
	}
	return 3
}

func (p *parser) calendarDate(i int) *cand {
	k := i
	wd, k2, hasWD := p.weekday(k)
	if hasWD {
		k = p.optComma(k2)
	}
	// "the 14th of November"
	if p.is(k, "the") {
		if d, e, ok := p.dayOfMonth(k + 1); ok && p.is(e, "of") {
			if m, e2, ok := p.month(e + 1); ok {
				return p.withYear(i, e2, m, d, wd, 0)
			}
		}
	}
	if m, e, ok := p.month(k); ok {
		if d, e2, ok := p.dayOfMonth(e); ok {
			// "Nov. 14" but not a time "May 5:30"
			if !(p.w(e2) == ":" && p.adjacent(e2) && p.adjacent(e2+1)) {
				if d2, e3, ok := p.rangeEnd(e2, d); ok { // "Nov. 10-12"
					return p.withYear(i, e3, m, d, wd, d2)
				}
				return p.withYear(i, e2, m, d, wd, 0)
			}
		}
		if hasWD {
			return nil
		}
		// "November 2019", "November of 2019", "November, 2019"
		k3 := e
		if p.is(k3, "of", ",") {
			k3++
		}
		if y, e3, ok := p.year(k3); ok {
			return &cand{i: i, j: e3, typ: testigo.DateDate, eval: fixed(point{gMonth, date(y, m, 1)})}
		}
		// "July last year", "March this year", "January next year"
		if p.is(e, "last", "this", "next") && p.is(e+1, "year") {
			n := map[string]int{"last": -1, "this": 0, "next": 1}[p.w(e)]
			return &cand{i: i, j: e + 2, typ: testigo.DateDate, eval: func(c *ctx) result {
				if !c.hasDCT {
					return result{value: fmt.Sprintf("XXXX-%02d", m), rel: true}
				}
				pt := point{gMonth, date(c.dct.Year()+n, m, 1)}
				return result{value: pt.value(), rel: true, pt: &pt}
			}}
		}
		if p.ambiguousMonth(i, m) {
			return nil
		}
		// "last December", "this May", "next March"
		switch {
		case i > 0 && p.is(i-1, "last", "next", "this"):
			return nil // taken by relativeUnit
		}
		return &cand{i: i, j: e, typ: testigo.DateDate, eval: bareMonth(m, 0)}
	}
	if d, e, ok := p.dayOfMonth(k); ok {
		e2 := e
		if p.is(e2, "of") {
			e2++
		}
		if m, e3, ok := p.month(e2); ok {
			return p.withYear(i, e3, m, d, wd, 0)
		}
		if d2, e3, ok := p.rangeEnd(e, d); ok { // "10-12 November"
			if m, e4, ok := p.month(e3); ok {
				return p.withYear(i, e4, m, d, wd, d2)
			}
		}
	}
	return nil
}

// rangeEnd reads the second day of a range at k: "-12", "to 12", "through 12".
func (p *parser) rangeEnd(k, d int) (int, int, bool) {
	if !p.is(k, "-", "to", "through", "until", "till") {
		return 0, k, false
	}
	d2, e, ok := p.dayOfMonth(k + 1)
	if !ok || d2 <= d {
		return 0, k, false
	}
	return d2, e, true
}

// ambiguousMonth rejects "May" and "March" used as words: they count as months only
// after a preposition or a modifier.
func (p *parser) ambiguousMonth(i, m int) bool {
	if m != 5 && m != 3 {
		return false
	}
	return !p.is(i-1, "in", "since", "of", "by", "until", "till", "from", "through", "during", "early", "late", "mid", "-", "last", "next", "this", "before", "after", "to", "and", "or", "between", "on")
}

// withYear finishes a day-and-month date, with its year if one follows. A range ("Nov.
// 10-12") has its last day in d2 (0 for a single day): its value is the first day, as
// TimeML has no ranges, and its End the last.
func (p *parser) withYear(i, e, m, d, wd, d2 int) *cand {
	c := p.withYearDay(i, e, m, d, wd)
	if c == nil || d2 == 0 {
		return c
	}
	first := c.eval
	c.eval = func(x *ctx) result {
		r := first(x)
		if r.pt != nil && validDay(r.pt.t.Year(), m, d2) {
			last := point{gDay, date(r.pt.t.Year(), m, d2)}
			r.last = &last
		}
		return r
	}
	return c
}

func (p *parser) withYearDay(i, e, m, d, wd int) *cand {
	k := p.optComma(e)
	if y, e2, ok := p.year(k); ok && validDay(y, m, d) {
		return &cand{i: i, j: e2, typ: testigo.DateDate, eval: fixed(point{gDay, date(y, m, d)})}
	}
	if !validDay(2000, m, d) {
		return nil
	}
	// The first date of a range takes the year of the second: "Oct. 20 to Nov. 10, 2019".
	if p.is(k, "-", "to", "through", "until", "till") && k == e {
		if next := p.match(k + 1); next != nil && next.typ == testigo.DateDate { // memoized: chains stay linear
			if r := next.eval(&ctx{}); r.pt != nil && !r.rel && validDay(r.pt.t.Year(), m, d) {
				y := r.pt.t.Year()
				if date(y, m, d).After(r.pt.t) {
					y--
				}
				if validDay(y, m, d) {
					return &cand{i: i, j: e, typ: testigo.DateDate, eval: fixed(point{gDay, date(y, m, d)})}
				}
			}
		}
	}
	return &cand{i: i, j: e, typ: testigo.DateDate, eval: func(c *ctx) result {
		// News dates its events from the publication date; years mentioned in passing
		// ("debentures due 1993") are poor anchors, so only without it does the text's
		// own date place a month and day.
		if !c.hasDCT {
			if c.hasAnchor && c.anchor.g <= gWeekend {
				return nearestDay(c.anchor.t, m, d)
			}
			if c.hasAnchor && c.anchorAbs && c.anchor.g <= gYear && validDay(c.anchor.t.Year(), m, d) {
				pt := point{gDay, date(c.anchor.t.Year(), m, d)}
				return result{value: pt.value(), rel: true, pt: &pt}
			}
			return result{value: fmt.Sprintf("XXXX-%02d-%02d", m, d), rel: true}
		}
		return tensedDay(c.dct, m, d, c.toldPast)
	}}
}

// tensedDay places a month and day without a year from the publication date t: the nearest
// such day, unless it lies more than a month ahead of a deed told in the past ("was killed
// Feb. 10", written in August, is the February before, not the one to come).
func tensedDay(t time.Time, m, d int, past bool) result {
	r := nearestDay(t, m, d)
	if r.pt == nil || !past || !r.pt.t.After(t.Add(30*24*time.Hour)) || !validDay(r.pt.t.Year()-1, m, d) {
		return r
	}
	pt := point{gDay, date(r.pt.t.Year()-1, m, d)}
	return result{value: pt.value(), rel: true, pt: &pt}
}

// nearestDay places a month and day without a year in the year that puts it nearest to t.
func nearestDay(t time.Time, m, d int) result {
	best := time.Time{}
	for _, y := range []int{t.Year() - 1, t.Year(), t.Year() + 1} {
		if !validDay(y, m, d) {
			continue
		}
		c := date(y, m, d)
		if best.IsZero() || absDays(c, t) < absDays(best, t) {
			best = c
		}
	}
	if best.IsZero() {
		return result{value: fmt.Sprintf("XXXX-%02d-%02d", m, d), rel: true}
	}
	pt := point{gDay, best}
	return result{value: pt.value(), rel: true, pt: &pt}
}

func absDays(a, b time.Time) float64 {
	h := a.Sub(b).Hours()
	if h < 0 {
		h = -h
	}
	return h
}

// bareMonth is a month without a year: the last such month on or before the publication
// date, or the next one on or after it when the sentence speaks of the future; shift
// moves a further year ("last December" is -1 from the last one strictly before).
func bareMonth(m int, rel int) evalFunc {
	return func(c *ctx) result {
		if !c.hasDCT {
			return result{value: fmt.Sprintf("XXXX-%02d", m), rel: true}
		}
		y, dm := c.dct.Year(), int(c.dct.Month())
		switch rel {
		case -1: // last: strictly before this month
			if m >= dm {
				y--
			}
		case 1: // next: strictly after
			if m <= dm {
				y++
			}
		case 0:
			// Unmarked, a month in the next quarter is more often ahead ("in January",
			// written in November) than a year back.
			ahead := mod(m-dm, 12)
			if c.tense > 0 || c.tense == 0 && ahead > 0 && ahead <= 3 {
				if m < dm {
					y++
				}
			} else if m > dm {
				y--
			}
		case 2: // this: the current year
		}
		pt := point{gMonth, date(y, m, 1)}
		return result{value: pt.value(), rel: true, pt: &pt}
	}
}

func (p *parser) numericDate(i int) *cand {
	if i >= len(p.toks) || !p.toks[i].digit {
		return nil
	}
	glued := func(k int) bool { return p.adjacent(k) }
	// 2019-11-14, 2019/11/14
	if y, ok := p.digits(i, 4); ok && len(p.w(i)) == 4 && p.is(i+1, "-", "/") && glued(i+1) && glued(i+2) && glued(i+3) && glued(i+4) && p.w(i+3) == p.w(i+1) {
		m, ok1 := p.digits(i+2, 2)
		d, ok2 := p.digits(i+4, 2)
		if ok1 && ok2 && validDay(y, m, d) && !(p.adjacent(i+5) && p.toks[i+5].digit) {
			return &cand{i: i, j: i + 5, typ: testigo.DateDate, eval: fixed(point{gDay, date(y, m, d)})}
		}
	}
	// 04/2016: a month and a year
	if p.w(i+1) == "/" && glued(i+1) && glued(i+2) && !(p.w(i+3) == "/" && glued(i+3)) {
		m, ok1 := p.digits(i, 2)
		y, ok2 := p.digits(i+2, 4)
		if ok1 && ok2 && m >= 1 && m <= 12 && len(p.w(i+2)) == 4 && y >= 1800 && y < 2200 {
			return &cand{i: i, j: i + 3, typ: testigo.DateDate, eval: fixed(point{gMonth, date(y, m, 1)})}
		}
	}
	// 11/14/2019, 11/14/19 (month first, as in US news)
	if p.w(i+1) == "/" && p.w(i+3) == "/" && glued(i+1) && glued(i+2) && glued(i+3) && glued(i+4) {
		m, ok1 := p.digits(i, 2)
		d, ok2 := p.digits(i+2, 2)
		y, ok3 := p.digits(i+4, 4)
		if ok1 && ok2 && ok3 && (len(p.w(i+4)) == 4 || len(p.w(i+4)) == 2) {
			if len(p.w(i+4)) == 2 {
				y = twoDigitYear(y)
			}
			if m > 12 && d <= 12 { // 14/11/2019: day first
				m, d = d, m
			}
			if validDay(y, m, d) {
				return &cand{i: i, j: i + 5, typ: testigo.DateDate, eval: fixed(point{gDay, date(y, m, d)})}
			}
		}
	}
	return nil
}

// yearExpr: "1989", "fiscal 1989", "fiscal year 1990", "FY2019", "the year 2000".
func (p *parser) yearExpr(i int) *cand {
	k := i
	switch {
	case p.is(k, "fiscal"):
		k++
		if p.is(k, "year") {
			k++
		}
	case p.is(k, "fy"):
		k++
	case p.is(k, "the") && p.is(k+1, "year"):
		if _, _, ok := p.year(k + 2); ok {
			k += 2
		}
	}
	y, e, ok := p.year(k)
	if !ok || p.w(k) == "'" {
		return nil
	}
	spelled := !p.toks[k].digit
	if spelled && k == i && !p.toks[k].cap && !p.is(i-1, "in", "since", "of", "by", "until", "from", "to", "and", "before", "after", "during", "early", "late", "mid", "-") {
		return nil
	}
	if !spelled && k == i && !p.plausibleYear(i, e) {
		return nil
	}
	return &cand{i: i, j: e, typ: testigo.DateDate, eval: fixed(point{gYear, date(y, 1, 1)})}
}

// plausibleYear rejects four-digit numbers that count something: "$1990", "2000 people",
// "1500 troops". A year is rarely followed by a plural noun or preceded by a currency.
func (p *parser) plausibleYear(i, e int) bool {
	y, _ := strconv.Atoi(p.w(i))
	if y < 1800 || y > 2100 {
		return false
	}
	// "Copyright 2019" dates the page, not anything told.
	if i > 0 && p.is(i-1, "$", "£", "€", "#", "no", "number", "nos", "route", "flight", "room", "page", "pages", "copyright", "©") {
		return false
	}
	if p.is(i-1, ".", ",", ":") && p.adjacent(i) {
		return false
	}
	next := p.w(e)
	if next == "%" || next == "percent" || next == "-" && p.is(e+1, "year", "old") || next == "to" && p.toks[min(e+1, len(p.toks)-1)].digit && !p.is(i-1, "from", "between") {
		return false
	}
	if counted[next] {
		return false
	}
	if addressed(p, e) {
		return false
	}
	return true
}

// addressed reports whether the words from e make the number before them a street address
// or a clock reading: "the 2100 block of Elm Street", "2100 hours", "1800 Harbor Road".
func addressed(p *parser, e int) bool {
	if p.is(e, "block", "blocks", "hours", "hrs") || p.toks[min(e, len(p.toks)-1)].cap && p.is(e, "hwy", "highway") {
		return true
	}
	// a capitalized name, then a street word: "1800 Harbor Road", "1999 Old Mill Lane"
	for k := e; k < e+3 && k < len(p.toks) && p.toks[k].cap; k++ {
		if k > e && streetWords[p.w(k)] {
			return true
		}
	}
	return false
}

// streetWords end a street name.
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true,
	"blvd": true, "lane": true, "drive": true, "way": true, "highway": true, "court": true, "place": true,
	"parkway": true, "pkwy": true, "circle": true, "terrace": true, "pike": true,
}

// counted are nouns that, after a four-digit number, show it counts something.
var counted = map[string]bool{
	"people": true, "persons": true, "troops": true, "soldiers": true, "police": true, "officers": true,
	"workers": true, "members": true, "shares": true, "votes": true, "units": true, "cars": true,
	"homes": true, "houses": true, "jobs": true, "employees": true, "dead": true, "deaths": true,
	"tons": true, "tonnes": true, "feet": true, "meters": true, "metres": true, "miles": true,
	"kilometers": true, "kilometres": true, "dollars": true, "euros": true, "pounds": true, "yen": true,
	"students": true, "protesters": true, "demonstrators": true, "children": true, "families": true,
	"residents": true, "cases": true, "patients": true, "points": true, "barrels": true, "acres": true,
	"hectares": true, "prisoners": true, "refugees": true, "men": true, "women": true, "delegates": true,
}

var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
}

// decade: "the 1990s", "the '80s", "the nineties", "the early 1980s".
func (p *parser) decade(i int) *cand {
	k := i
	if p.is(k, "the") {
		k++
	}
	if p.is(k, "early", "mid", "late") {
		k = p.hyphen(k + 1)
	}
	if d, ok := decadeWords[p.w(k)]; ok && k > i {
		return &cand{i: i, j: k + 1, typ: testigo.DateDate, eval: fixed(point{gDecade, date(1900+10*d, 1, 1)})}
	}
	y, e, ok := p.year(k)
	if !ok || y%10 != 0 || p.w(e) != "s" || !p.adjacent(e) && !(p.w(e) == "'" && p.w(e+1) == "s") {
		if ok && y%10 == 0 && p.w(e) == "'" && p.adjacent(e) && p.w(e+1) == "s" && p.adjacent(e+1) {
			e++
		} else {
			return nil
		}
	}
	return &cand{i: i, j: e + 1, typ: testigo.DateDate, eval: fixed(point{gDecade, date(y, 1, 1)})}
}

// century: "the 20th century", "the nineteenth century".
func (p *parser) century(i int) *cand {
	k := i
	if p.is(k, "the") {
		k++
	}
	if p.is(k, "early", "mid", "late") {
		k = p.hyphen(k + 1)
	}
	n, ok := lex.ordinal[p.w(k)]
	e := k + 1
	if !ok {
		n, ok = p.digits(k, 2)
		if !ok || !p.adjacent(k+1) || !p.is(k+1, "st", "nd", "rd", "th") {
			return nil
		}
		e = k + 2
	}
	e = p.hyphen(e)
	if !p.is(e, "century") || n < 1 || n > 30 {
		return nil
	}
	return &cand{i: i, j: e + 1, typ: testigo.DateDate, eval: fixed(point{gCentury, date((n-1)*100, 1, 1)})}
}

// quarter: "the third quarter", "third-quarter", "the fourth quarter of 1989",
// "last year's first quarter", "the year-ago quarter", "the latest quarter", "the first half".
func (p *parser) quarter(i int) *cand {
	k := i
	yearShift := 0
	yearFixed := -1
	anaphoricYearAgo := false
	latest, current := false, false
	if p.is(k, "the", "its", "their", "this", "last", "next", "that") {
		switch p.w(k) {
		case "last":
			if !p.is(k+1, "year") {
				yearShift = -100 // last quarter: the one before the current
			}
		case "next":
			if !p.is(k+1, "year") {
				yearShift = 100
			}
		case "this", "that":
			current = true
		}
		k++
	}
	// "last year's", "this year's", "next year's", "1988's"
	if p.is(k, "year") && p.w(k+1) == "'" && p.is(k+2, "s") && i < k {
		switch p.w(k - 1) {
		case "last":
			yearShift = -1
		case "next":
			yearShift = 1
		case "this":
			yearShift, current = 0, false
		}
		k += 3
	} else if y, e, ok := p.year(k); ok && p.w(e) == "'" && p.is(e+1, "s") {
		yearFixed, k = y, e+2
	} else if y, e, ok := p.year(k); ok && k > i && p.is(k-1, "the") {
		yearFixed, k = y, e // "the 1989 third quarter"
	}
	for {
		switch {
		case p.is(k, "year") && p.is(k+1, "-") && p.is(k+2, "ago", "earlier", "before"):
			anaphoricYearAgo = true
			k += 3
			continue
		case p.is(k, "year", "a") && p.is(k+1, "ago", "earlier") && p.is(k-1, "the"):
			anaphoricYearAgo = true
			k += 2
			continue
		case p.is(k, "latest", "recent", "most", "past", "just", "ended", "completed", "comparable", "corresponding", "same", "flat", "strong", "weak", "disappointing", "previous", "prior", "preceding"):
			switch p.w(k) {
			case "latest", "recent", "just", "completed":
				latest = true
			case "previous", "prior", "preceding":
				yearShift = -100
			}
			k++
			continue
		case p.is(k, "current"):
			current = true
			k++
			continue
		case p.is(k, "fiscal"):
			k = p.hyphen(k + 1)
			continue
		}
		break
	}
	n, ordOK := lex.ordinal[p.w(k)]
	qk := k
	if ordOK && n >= 1 && n <= 4 {
		qk = p.hyphen(k + 1)
		if p.is(qk, "fiscal") {
			qk = p.hyphen(qk + 1)
		}
	} else if d, ok := p.digits(k, 1); ok && p.adjacent(k+1) && p.is(k+1, "st", "nd", "rd", "th") {
		n, ordOK = d, true
		qk = p.hyphen(k + 2)
	} else {
		ordOK = false
	}
	isQuarter := p.is(qk, "quarter", "period") && !(p.is(qk+1, "-") && p.adjacent(qk+1))
	isHalf := p.is(qk, "half")
	if !isQuarter && !isHalf {
		return nil
	}
	if p.w(qk) == "period" && (ordOK || !(latest || anaphoricYearAgo || current || yearFixed >= 0)) {
		return nil
	}
	if isHalf && (!ordOK || n > 2 || n < 1 || qk == k) {
		return nil
	}
	if ordOK && n == -1 && isHalf { // "the last half": the second
		n = 2
	} else if ordOK && n == -1 { // "the last quarter": the latest one
		ordOK, latest = false, true
	}
	if !ordOK && qk == k && !(isQuarter && k > i) {
		return nil
	}
	if !ordOK && i == k { // bare "quarter"
		return nil
	}
	e := qk + 1
	g := gQuarter
	if isHalf {
		g = gHalf
	}
	// "of 1989", "of this year", "of next year", "of fiscal 1990"
	if p.is(e, "of", "in") {
		k2 := e + 1
		if p.is(k2, "fiscal") {
			k2++
		}
		if y, e2, ok := p.year(k2); ok {
			yearFixed, e = y, e2
		} else if p.is(k2, "this", "last", "next") && p.is(k2+1, "year") {
			yearShift = map[string]int{"this": 0, "last": -1, "next": 1}[p.w(k2)]
			e = k2 + 2
		}
	} else if y, e2, ok := p.year(e); ok && p.w(e) != "'" {
		yearFixed, e = y, e2 // "the third quarter 1989"
	}
	ord := n
	return &cand{i: i, j: e, typ: testigo.DateDate, eval: func(c *ctx) result {
		months := monthsIn(g)
		if anaphoricYearAgo {
			var r result
			switch {
			case c.hasPeriod && c.period.g == g && (!ordOK || (int(c.period.t.Month())-1)/months+1 == ord):
				pt := c.period.shift(-12 / months)
				r = result{value: pt.value(), rel: true, pt: &pt}
			case ordOK:
				r = fromDCTYear(g, ord, -1)(c)
			default:
				r = yearAway(-1, true)(c)
			}
			r.comparison = true
			return r
		}
		if yearFixed >= 0 && !ordOK {
			if c.hasPeriod && c.period.g == g {
				pt := point{g, date(yearFixed, int(c.period.t.Month()), 1)}
				return result{value: pt.value(), rel: true, pt: &pt, comparison: yearFixed < c.period.t.Year()}
			}
			pt := point{gYear, date(yearFixed, 1, 1)}
			return result{value: pt.value(), pt: &pt}
		}
		if yearFixed >= 0 && ordOK {
			pt := point{g, date(yearFixed, (ord-1)*months+1, 1)}
			return result{value: pt.value(), pt: &pt}
		}
		if ordOK {
			if yearFixed >= 0 {
				pt := point{g, date(yearFixed, (ord-1)*months+1, 1)}
				return result{value: pt.value(), pt: &pt}
			}
			return fromDCTYear(g, ord, yearShift)(c)
		}
		// no ordinal: "the quarter", "the latest quarter", "last quarter", "this quarter"
		if !c.hasDCT {
			return result{value: "XXXX-QX", rel: true}
		}
		switch {
		case yearShift == -100:
			return fromDCT(g, -1)(c)
		case yearShift == 100:
			return fromDCT(g, 1)(c)
		case current:
			return fromDCT(g, 0)(c)
		case latest:
			return fromDCT(g, -1)(c)
		}
		base := at(g, c.dct).shift(-1)
		if c.hasPeriod && c.period.g == g {
			base = c.period
		}
		if yearShift == -1 || yearShift == 1 { // "last year's quarter"
			pt := base.shift(yearShift * 12 / months)
			return result{value: pt.value(), rel: true, pt: &pt, comparison: yearShift < 0}
		}
		return result{value: base.value(), rel: true, pt: &base}
	}}
}

// fromDCTYear is quarter or half number ord of the publication year moved by shift years.
func fromDCTYear(g gran, ord, shift int) evalFunc {
	return func(c *ctx) result {
		if !c.hasDCT {
			if g == gHalf {
				return result{value: fmt.Sprintf("XXXX-H%d", ord), rel: true}
			}
			return result{value: fmt.Sprintf("XXXX-Q%d", ord), rel: true}
		}
		pt := point{g, date(c.dct.Year()+shift, (ord-1)*monthsIn(g)+1, 1)}
		return result{value: pt.value(), rel: true, pt: &pt}
	}
}

// season: "last fall", "this summer", "the winter of 1994", "spring 2019", "summer".
func (p *parser) season(i int) *cand {
	k := i
	rel := 0 // 0 bare (by tense), -1 last, 1 next, 2 this
	switch {
	case p.is(k, "last", "past"):
		rel, k = -1, k+1
	case p.is(k, "next", "coming"):
		rel, k = 1, k+1
	case p.is(k, "this") && p.is(k+1, "past"):
		rel, k = -1, k+2
	case p.is(k, "this"):
		rel, k = 2, k+1
	case p.is(k, "the"):
		k++
	}
	code, ok := lex.season[p.w(k)]
	if !ok {
		return nil
	}
	sm := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
	e := k + 1
	k2 := e
	if p.is(k2, "of") {
		k2++
	}
	if y, e2, ok := p.year(k2); ok {
		return &cand{i: i, j: e2, typ: testigo.DateDate, eval: fixed(point{gSeason, date(y, sm, 1)})}
	}
	if k == i && !p.toks[k].cap && !p.is(i-1, "in", "this", "last", "next", "during", "since", "until", "by", "early", "late", "mid", "-") {
		return nil // "fall" the verb, "spring" the noun
	}
	if p.is(e, "of") || p.is(e, "'") {
		return nil // "the fall of the government", "spring's": not the season, or no year after
	}
	if p.w(k) == "fall" && k == i {
		return nil
	}
	return &cand{i: i, j: e, typ: testigo.DateDate, eval: func(c *ctx) result {
		if !c.hasDCT {
			return result{value: "XXXX-" + code, rel: true}
		}
		cur := at(gSeason, c.dct)
		pt := point{gSeason, date(cur.t.Year(), sm, 1)}
		if sm == 12 && cur.t.Month() != 12 && int(c.dct.Month()) < 3 {
			pt = cur
		}
		switch rel {
		case -1:
			for !pt.t.Before(cur.t) {
				pt = point{gSeason, pt.t.AddDate(-1, 0, 0)}
			}
		case 1:
			for !pt.t.After(cur.t) {
				pt = point{gSeason, pt.t.AddDate(1, 0, 0)}
			}
		case 0:
			if c.future {
				for pt.t.Before(cur.t) {
					pt = point{gSeason, pt.t.AddDate(1, 0, 0)}
				}
			} else {
				for pt.t.After(cur.t) {
					pt = point{gSeason, pt.t.AddDate(-1, 0, 0)}
				}
			}
		}
		return result{value: pt.value(), rel: true, pt: &pt}
	}}
}

// relativeDay: "today", "yesterday", "tomorrow", "tonight", "the day before yesterday".
func (p *parser) relativeDay(i int) *cand {
	switch p.w(i) {
	case "today":
		return &cand{i: i, j: i + 1, typ: testigo.DateDate, eval: fromDCT(gDay, 0)}
	case "yesterday":
		return &cand{i: i, j: i + 1, typ: testigo.DateDate, eval: fromDCT(gDay, -1)}
	case "tomorrow":
		return &cand{i: i, j: i + 1, typ: testigo.DateDate, eval: fromDCT(gDay, 1)}
	case "tonight":
		return &cand{i: i, j: i + 1, typ: testigo.DateTime, eval: withCode(fromDCT(gDay, 0), "NI")}
	case "the":
		if p.is(i+1, "day") && p.is(i+2, "before") && p.is(i+3, "yesterday") {
			return &cand{i: i, j: i + 4, typ: testigo.DateDate, eval: fromDCT(gDay, -2)}
		}
		if p.is(i+1, "day") && p.is(i+2, "after") && p.is(i+3, "tomorrow") {
			return &cand{i: i, j: i + 4, typ: testigo.DateDate, eval: fromDCT(gDay, 2)}
		}
	}
	return nil
}

func withCode(e evalFunc, code string) evalFunc {
	return func(c *ctx) result {
		r := e(c)
		if r.pt != nil {
			r.value += "T" + code
		}
		return r
	}
}

// relativeUnit: "last week", "this year", "next month", "the past year", "the following
// day", "the previous week", "last December", "next Monday", "this weekend".
func (p *parser) relativeUnit(i int) *cand {
	k := i
	shift, anaphoric := 0, false
	the := p.is(k, "the")
	if the {
		k++
	}
	switch p.w(k) {
	case "last", "past":
		shift = -1
	case "previous", "preceding", "prior":
		shift, anaphoric = -1, true
	case "next":
		shift = 1
		anaphoric = the
	case "following", "ensuing", "subsequent":
		shift, anaphoric = 1, true
	case "coming":
		shift = 1
	case "this", "current", "present":
		if the && p.w(k) == "this" {
			return nil
		}
		shift = 0
	case "same":
		if !the {
			return nil
		}
		shift, anaphoric = 0, true
	default:
		return nil
	}
	word := p.w(k)
	k++
	if word == "this" && p.is(k, "coming") {
		shift, k = 1, k+1
	}
	if word == "this" && p.is(k, "past") {
		shift, k = -1, k+1
	}
	// "last December", "next Monday"; but "following October 20 elections" is a
	// preposition before a date, and "the following Friday" needs its article.
	deictic := word == "last" || word == "next" || word == "this" || word == "past" || word == "coming"
	if !deictic && !the {
		return nil
	}
	if m, e, ok := p.month(k); ok && !the {
		if _, _, isDay := p.dayOfMonth(e); isDay {
			return nil
		}
		rel := map[int]int{-1: -1, 1: 1, 0: 2}[shift]
		return &cand{i: i, j: e, typ: testigo.DateDate, eval: bareMonth(m, rel)}
	}
	if wd, e, ok := p.weekday(k); ok {
		return &cand{i: i, j: e, typ: testigo.DateDate, eval: relWeekday(wd, shift, anaphoric)}
	}
	if p.is(k, "fiscal") {
		k++
	}
	u, e, ok := p.unit(k)
	if !ok || p.w(k) != singular(p.w(k)) {
		return nil
	}
	g, ok := unitGran(u)
	if !ok {
		return nil
	}
	if g == gQuarter {
		return nil // quarter handles it
	}
	if g == gWeekend && shift == -1 && !anaphoric {
		return &cand{i: i, j: e, typ: testigo.DateDate, eval: lastWeekend}
	}
	if anaphoric {
		return &cand{i: i, j: e, typ: testigo.DateDate, eval: fromAnchor(g, shift)}
	}
	if word == "past" && g == gDay {
		return nil // "the past day" is a duration more than a date
	}
	return &cand{i: i, j: e, typ: testigo.DateDate, eval: fromDCT(g, shift)}
}

// singular returns the singular of a plural unit word ("years" → "year"), else w.
func singular(w string) string {
	if s, ok := singularUnits[w]; ok {
		return s
	}
	return w
}

var singularUnits = func() map[string]string {
	m := map[string]string{}
	for w := range lex.unit {
		if _, ok := lex.unit[w+"s"]; ok {
			m[w+"s"] = w
		}
	}
	m["centuries"] = "century"
	return m
}()

// lastWeekend is the weekend before the publication date (or the one it falls in).
func lastWeekend(c *ctx) result {
	if !c.hasDCT {
		return result{value: unknownValue(gWeekend), rel: true}
	}
	t := c.dct
	if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
		t = t.AddDate(0, 0, -((int(wd) + 7) % 7)) // the Sunday before
	}
	pt := at(gWeekend, t)
	return result{value: pt.value(), rel: true, pt: &pt}
}

// relWeekday resolves "last Friday" (-1), "next Friday" (1), "this Friday" (0), and with
// anaphoric "the previous/following Friday" against the discourse anchor.
func relWeekday(wd, shift int, anaphoric bool) evalFunc {
	return func(c *ctx) result {
		t, _, ok := c.base()
		if anaphoric && !c.hasAnchor && c.hasStale && shift != 0 {
			t, ok = c.stale.t, true // "the following Tuesday", paragraphs after the date
		}
		if !anaphoric {
			t, ok = c.dct, c.hasDCT
		}
		if !ok {
			return result{value: fmt.Sprintf("XXXX-WXX-%d", wd), rel: true}
		}
		var d time.Time
		switch shift {
		case -1:
			d = weekdayBefore(t.AddDate(0, 0, -1), wd)
		case 1:
			d = weekdayAfter(t.AddDate(0, 0, 1), wd)
		default:
			if c.future {
				d = weekdayAfter(t, wd)
			} else {
				d = weekdayBefore(t, wd)
			}
		}
		pt := point{gDay, d}
		return result{value: pt.value(), rel: true, pt: &pt}
	}
}

func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// weekdayBefore is the last day on or before t that falls on ISO weekday wd.
func weekdayBefore(t time.Time, wd int) time.Time {
	return t.AddDate(0, 0, -mod(isoWeekday(t)-wd, 7))
}

// weekdayAfter is the first day on or after t that falls on ISO weekday wd.
func weekdayAfter(t time.Time, wd int) time.Time {
	return t.AddDate(0, 0, mod(wd-isoWeekday(t), 7))
}

// weekdayExpr: "Friday", "on Saturday", "Friday's", "early Monday".
func (p *parser) weekdayExpr(i int) *cand {
	wd, e, ok := p.weekday(i)
	if !ok {
		return nil
	}
	return &cand{i: i, j: e, typ: testigo.DateDate, eval: relWeekday(wd, 0, false)}
}

// approximators before a count: "nearly 14 years", "more than two weeks".
func (p *parser) approx(i int) int {
	switch p.w(i) {
	case "nearly", "almost", "about", "around", "roughly", "some", "approximately", "only", "just", "over", "barely", "fully", "still":
		return i + 1
	case "more", "less", "fewer":
		if p.is(i+1, "than") {
			return i + 2
		}
	case "at":
		if p.is(i+1, "least", "most") {
			return i + 2
		}
	case "up":
		if p.is(i+1, "to") {
			return i + 2
		}
	}
	return i
}

// ago: "two days ago", "a year earlier", "three weeks later", "five years from now".
func (p *parser) ago(i int) *cand {
	k := p.approx(i)
	n, vague, e, ok := p.number(k, true)
	if !ok {
		return nil
	}
	u, e2, ok := p.unit(e)
	if !ok {
		return nil
	}
	g, ok := unitGran(u)
	if !ok && u != "H" {
		return nil
	}
	if p.is(e2, "or") && p.is(e2+1, "so") {
		e2 += 2
	}
	dir, anaphoric := 0, false
	end := e2 + 1
	switch p.w(e2) {
	case "ago":
		dir = -1
	case "earlier", "before":
		dir, anaphoric = -1, true
		if p.w(e2) == "before" && !p.sentenceEnd(e2+1) {
			return nil // "two days before the vote": a duration
		}
	case "later", "after", "afterwards":
		dir, anaphoric = 1, true
		if p.w(e2) == "after" && !p.sentenceEnd(e2+1) {
			return nil
		}
	case "from":
		if !p.is(e2+1, "now") {
			return nil
		}
		dir, end = 1, e2+2
	case "hence":
		dir = 1
	default:
		return nil
	}
	if u == "H" {
		return &cand{i: i, j: end, typ: testigo.DateTime, eval: fromDCT(gDay, 0)}
	}
	if vague {
		v := "PAST_REF"
		if dir > 0 {
			v = "FUTURE_REF"
		}
		return &cand{i: i, j: end, typ: testigo.DateDate, eval: literal(v)}
	}
	if g == gYear && n == 1 {
		return &cand{i: i, j: end, typ: testigo.DateDate, eval: yearAway(dir, anaphoric)}
	}
	if anaphoric {
		return &cand{i: i, j: end, typ: testigo.DateDate, eval: fromAnchor(g, dir*n)}
	}
	return &cand{i: i, j: end, typ: testigo.DateDate, eval: fromDCT(g, dir*n)}
}

// sentenceEnd reports whether token i ends a clause: punctuation or the end of the text.
func (p *parser) sentenceEnd(i int) bool {
	return i >= len(p.toks) || p.is(i, ".", ",", ";", ":", "!", "?", ")", "\"", "-")
}

// duration: "three years", "90 days", "nearly 14 years", "the past three months",
// "a five-year", "the next few days", "for years", "24 hours".
func (p *parser) duration(i int) *cand {
	k := i
	span := false // a leading "the past/next" etc. makes it a duration even with "a"
	if p.is(k, "the", "these", "those") && p.is(k+1, "past", "last", "next", "first", "coming", "previous", "following", "latest", "final", "remaining") {
		k += 2
		span = true
	} else if p.is(k, "each") && p.is(k+1, "of") && p.is(k+2, "the") && p.is(k+3, "past", "last", "next") {
		k += 4
		span = true
	}
	k = p.approx(k)
	n, vague, e, ok := p.number(k, true)
	if !ok {
		// "for years", "for decades", "in recent months" is a reference, not here
		if p.is(i, "for", "within", "over") {
			if u, e2, ok := p.unit(i + 1); ok && p.w(i+1) != singular(p.w(i+1)) && u != "Q" && u != "WE" {
				return &cand{i: i + 1, j: e2, typ: testigo.DateDuration, eval: literal(durationValue(0, true, u))}
			}
		}
		return nil
	}
	if (p.w(k) == "a" || p.w(k) == "an") && !span && !p.is(e, "-") && k == i {
		// "a year" alone is too often "a year ago" (taken elsewhere) or a rate; keep "for a year"
		if !p.is(i-1, "for", "in", "within", "over", "after") {
			return nil
		}
	}
	e0 := e
	if p.is(e, "more", "additional", "full", "long", "straight", "consecutive", "further", "extra") {
		e++ // "20 more years", "two full days"
	}
	e = p.hyphen(e)
	if p.is(e, "and") && p.is(e+1, "a") && p.is(e+2, "half") {
		e += 3
	}
	u, e2, ok := p.unit(e)
	if !ok || u == "WE" {
		return nil
	}
	if u == "Q" && (p.is(e2, "of", "-") || e > e0 || p.w(k) == "a" && !span) {
		return nil // a fraction: "three-quarters", "a quarter of"
	}
	if e > e0 && p.is(e2, "-") && p.is(e2+1, "old") {
		return nil // an age: "a 42-year-old man"
	}
	if p.is(e2, "old") {
		return nil
	}
	if p.toks[e].cap && !p.toks[k].cap {
		return nil // a title: "60 Minutes"
	}
	if p.is(k, "dozen") || n > 5000 {
		return nil
	}
	return &cand{i: i, j: e2, typ: testigo.DateDuration, eval: literal(durationValue(n, vague, u))}
}

// reference: "now", "currently", "recently", "the past", "the future", "recent years",
// "in the coming months", "these days".
func (p *parser) reference(i int) *cand {
	w := p.w(i)
	switch {
	case w == "right" && p.is(i+1, "now"), w == "just" && p.is(i+1, "now"):
		return &cand{i: i, j: i + 2, typ: testigo.DateDate, eval: literal("PRESENT_REF")}
	case w == "at" && p.is(i+1, "present"), w == "these" && p.is(i+1, "days"):
		return &cand{i: i, j: i + 2, typ: testigo.DateDate, eval: literal("PRESENT_REF")}
	case w == "the" && p.is(i+1, "present") && !p.is(i+2, "government", "administration", "situation", "crisis"):
		return &cand{i: i, j: i + 2, typ: testigo.DateDate, eval: literal("PRESENT_REF")}
	case w == "the" && p.is(i+1, "past") && !p.isCountStart(i+2):
		return &cand{i: i, j: i + 2, typ: testigo.DateDate, eval: literal("PAST_REF")}
	case w == "the" && p.is(i+1, "past") && p.is(i+2, "few", "several") && p.isPluralUnit(i+3):
		return nil // "the past few weeks": a duration
	case w == "the" && p.is(i+1, "future"):
		return &cand{i: i, j: i + 2, typ: testigo.DateDate, eval: literal("FUTURE_REF")}
	case w == "the" && p.is(i+1, "near", "foreseeable", "immediate") && p.is(i+2, "future", "term"):
		return &cand{i: i, j: i + 3, typ: testigo.DateDate, eval: literal("FUTURE_REF")}
	case w == "the" && p.is(i+1, "short", "long") && p.is(i+2, "term") && !p.is(i+3, "-"):
		return &cand{i: i, j: i + 3, typ: testigo.DateDate, eval: literal("FUTURE_REF")}
	case (w == "recent" || w == "past") && p.isPluralUnit(i+1):
		return &cand{i: i, j: i + 2, typ: testigo.DateDate, eval: literal("PAST_REF")}
	case (w == "coming" || w == "upcoming") && p.isPluralUnit(i+1):
		return &cand{i: i, j: i + 2, typ: testigo.DateDate, eval: literal("FUTURE_REF")}
	case w == "the" && p.is(i+1, "coming", "upcoming") && p.isPluralUnit(i+2):
		return &cand{i: i, j: i + 3, typ: testigo.DateDate, eval: literal("FUTURE_REF")}
	}
	v, ok := lex.ref[w]
	if !ok {
		return nil
	}
	if w == "current" && (p.is(i+1, "account", "accounts", "affairs") || p.is(i-1, "electric", "electrical", "ocean", "strong", "a") || p.sentenceEnd(i+1)) {
		return nil // "the current account", "an electric current"
	}
	if w == "future" && p.is(i-1, "the", "near") {
		return nil
	}
	if w == "soon" && p.is(i-1, "as") {
		return nil
	}
	if (w == "soon" || w == "shortly") && p.is(i+1, "after", "before", "afterwards", "thereafter") {
		return nil // "shortly after 4 p.m.": a relation between times, not the future
	}
	return &cand{i: i, j: i + 1, typ: testigo.DateDate, eval: literal(v)}
}

func (p *parser) isPluralUnit(i int) bool {
	u, ok := lex.unit[p.w(i)]
	return ok && u != "MIN" && u != "S" && p.w(i) != singular(p.w(i))
}

// anaphoric: "that day", "the same day", "that week", "the day before", "the day after",
// "that year", "earlier that day".
func (p *parser) anaphoric(i int) *cand {
	k := i
	if p.is(k, "that") || p.is(k, "the") && p.is(k+1, "same") {
		if p.w(k) == "the" {
			k++
		}
		u, e, ok := p.unit(k + 1)
		if !ok || p.w(k+1) != singular(p.w(k+1)) {
			if code, ok := lex.partOfDay[p.w(k+1)]; ok && len(code) == 2 {
				return &cand{i: i, j: k + 2, typ: testigo.DateTime, eval: withCode(fromAnchor(gDay, 0), code)}
			}
			return nil
		}
		g, ok := unitGran(u)
		if !ok {
			return nil
		}
		return &cand{i: i, j: e, typ: testigo.DateDate, eval: fromAnchor(g, 0)}
	}
	if p.is(k, "the") && p.is(k+1, "day", "night", "week", "month", "year") && p.is(k+2, "before", "after") && p.sentenceEnd(k+3) {
		g, _ := unitGran(lex.unit[p.w(k+1)])
		if p.w(k+1) == "night" {
			g = gDay
		}
		n := -1
		if p.w(k+2) == "after" {
			n = 1
		}
		return &cand{i: i, j: k + 3, typ: testigo.DateDate, eval: fromAnchor(g, n)}
	}
	if p.is(k, "the") && p.is(k+1, "next", "following") {
		if code, ok := lex.partOfDay[p.w(k+2)]; ok && len(code) == 2 {
			return &cand{i: i, j: k + 3, typ: testigo.DateTime, eval: withCode(fromAnchor(gDay, 1), code)}
		}
	}
	return nil
}

// holiday: fixed-date holidays from the lexicon, with an optional year.
func (p *parser) holiday(i int) *cand {
	if i >= len(p.toks) || !p.toks[i].cap || !holidayFirst[p.w(i)] {
		return nil
	}
	key := ""
	for k := i; k < len(p.toks) && k < i+6; k++ {
		w := p.w(k)
		switch {
		case key == "":
			key = w
		case w == "'":
			key += w
			continue
		case k > i && p.w(k-1) == "'":
			key += w
		default:
			key += "-" + w
		}
		if md, ok := lex.holiday[key]; ok && p.toks[i].cap {
			if key == "new-year's" && p.is(k+1, "day", "eve") {
				continue
			}
			m, _ := strconv.Atoi(md[:2])
			d, _ := strconv.Atoi(md[3:])
			e := k + 1
			if y, e2, ok := p.year(p.optComma(e)); ok {
				return &cand{i: i, j: e2, typ: testigo.DateDate, eval: fixed(point{gDay, date(y, m, d)})}
			}
			return &cand{i: i, j: e, typ: testigo.DateDate, eval: func(c *ctx) result {
				if !c.hasDCT {
					return result{value: fmt.Sprintf("XXXX-%02d-%02d", m, d), rel: true}
				}
				return nearestDay(c.dct, m, d)
			}}
		}
	}
	return nil
}

// clock: "4 p.m.", "10:30 a.m.", "noon", "16:45", optionally followed by a time zone and a
// day ("9 a.m. EDT Thursday").
func (p *parser) clock(i int) *cand {
	h, ok := p.digits(i, 2)
	if !ok {
		if p.is(i, "noon", "midday", "midnight") && p.is(i-1, "at", "by", "until", "before", "after", "from", "around", "about") {
			return p.clockDay(i, i+1, map[string]int{"noon": 12, "midday": 12, "midnight": 0}[p.w(i)], 0)
		}
		return nil
	}
	k := i + 1
	m := 0
	hasMin := false
	if p.is(k, ":", ".") && p.adjacent(k) && p.adjacent(k+1) {
		mm, ok := p.digits(k+1, 2)
		if ok && len(p.w(k+1)) == 2 && mm < 60 {
			m, hasMin, k = mm, true, k+2
		}
	}
	switch {
	case p.is(k, "a", "p") && p.w(k+1) == "." && p.is(k+2, "m"):
		if h < 1 || h > 12 {
			return nil
		}
		if p.w(k) == "p" && h < 12 {
			h += 12
		} else if p.w(k) == "a" && h == 12 {
			h = 0
		}
		k += 3
		k = p.optPeriod(k)
	case p.is(k, "am", "pm"):
		if h < 1 || h > 12 {
			return nil
		}
		if p.w(k) == "pm" && h < 12 {
			h += 12
		} else if p.w(k) == "am" && h == 12 {
			h = 0
		}
		k++
	case p.is(k, "o") && p.w(k+1) == "'" && p.is(k+2, "clock"):
		k += 3
	case hasMin && h < 24 && p.is(i-1, "at", "by", "until", "before", "after", "from", "around", "about"):
	default:
		return nil
	}
	return p.clockDay(i, k, h, m)
}

var timeZones = map[string]bool{"edt": true, "est": true, "cdt": true, "cst": true, "pdt": true, "pst": true, "mdt": true, "mst": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true}

func (p *parser) clockDay(i, k, h, m int) *cand {
	if timeZones[p.w(k)] {
		k++
	}
	if p.is(k, "local") && p.is(k+1, "time") {
		k += 2
	}
	hhmm := fmt.Sprintf("T%02d:%02d", h, m)
	day := func(c *ctx) result {
		if c.hasAnchor && c.anchor.g == gDay {
			pt := c.anchor
			if c.anchorNight && h < 6 { // "Saturday night ... at 1 a.m.": Sunday
				pt = pt.shift(1)
			}
			return result{value: pt.value(), rel: true, pt: &pt}
		}
		return fromDCT(gDay, 0)(c)
	}
	j := k
	k2 := p.optComma(k)
	if p.is(k2, "on") {
		k2++
	}
	for _, pat := range []func(int) *cand{p.weekdayExpr, p.relativeDay, p.calendarDate} {
		if d := pat(k2); d != nil && d.typ == testigo.DateDate {
			day, j = d.eval, d.j
			break
		}
	}
	return &cand{i: i, j: j, typ: testigo.DateTime, eval: func(c *ctx) result {
		r := day(c)
		if r.pt != nil && r.pt.g == gDay {
			r.value += hhmm
		} else {
			r.value = "XXXX-XX-XX" + hhmm
		}
		return r
	}}
}

// set: "every day", "each week", "every Monday", "daily", "twice a year", "once a month".
func (p *parser) set(i int) *cand {
	w := p.w(i)
	if v, ok := lex.set[w]; ok {
		if p.is(i-1, "its", "their", "his", "her", "our", "a", "an", "the", "average", "first", "initial", "regular", "usual", "total", "latest") {
			return nil // an adjective before its noun: "its quarterly dividend"
		}
		return &cand{i: i, j: i + 1, typ: testigo.DateSet, eval: literal(v)}
	}
	if w == "every" || w == "each" {
		k := i + 1
		if p.is(k, "other") {
			k++
		}
		if wd, e, ok := p.weekday(k); ok {
			return &cand{i: i, j: e, typ: testigo.DateSet, eval: literal(fmt.Sprintf("XXXX-WXX-%d", wd))}
		}
		if u, e, ok := p.unit(k); ok && p.w(k) == singular(p.w(k)) {
			n := 1
			if k > i+1 {
				n = 2
			}
			return &cand{i: i, j: e, typ: testigo.DateSet, eval: literal(durationValue(n, false, u))}
		}
		if code, ok := lex.partOfDay[p.w(k)]; ok && len(code) == 2 {
			return &cand{i: i, j: k + 1, typ: testigo.DateSet, eval: literal("XXXX-XX-XXT" + code)}
		}
	}
	if p.is(i, "once", "twice") || p.is(i+1, "times") {
		k := i + 1
		if p.is(k, "times") {
			k++
		}
		if p.is(k, "a", "per", "each", "every") {
			if u, e, ok := p.unit(k + 1); ok {
				return &cand{i: i, j: e, typ: testigo.DateSet, eval: literal(durationValue(1, false, u))}
			}
		}
	}
	return nil
}

// partOfDayExpr: "this morning", "last night", "this evening", "overnight".
func (p *parser) partOfDayExpr(i int) *cand {
	switch {
	case p.is(i, "this"):
		if code, ok := lex.partOfDay[p.w(i+1)]; ok && len(code) == 2 {
			return &cand{i: i, j: i + 2, typ: testigo.DateTime, eval: withCode(fromDCT(gDay, 0), code)}
		}
	case p.is(i, "last") && p.is(i+1, "night", "evening"):
		return &cand{i: i, j: i + 2, typ: testigo.DateTime, eval: withCode(fromDCT(gDay, -1), lex.partOfDay[p.w(i+1)])}
	case p.is(i, "overnight") && p.sentenceEnd(i+1):
		return &cand{i: i, j: i + 1, typ: testigo.DateTime, eval: withCode(fromDCT(gDay, 0), "NI")}
	}
	return nil
}

var spelledCenturies = map[string]int{"eighteen": 18, "nineteen": 19, "twenty": 20}

// spelledYear reads a year in words: "nineteen ninety-six", "two thousand", "two
// thousand and three", "twenty ten".
func (p *parser) spelledYear(i int) (int, int, bool) {
	if c, ok := spelledCenturies[p.w(i)]; ok {
		n, vague, e, ok := p.number(i+1, false)
		if ok && !vague && n >= 10 && n < 100 && !p.toks[i+1].digit {
			return c*100 + n, e, true
		}
		if p.is(i+1, "hundred") {
			return c * 100, i + 2, true
		}
		return 0, i, false
	}
	if p.is(i, "two") && p.is(i+1, "thousand") {
		e := i + 2
		k := e
		if p.is(k, "and") {
			k++
		}
		if n, vague, e2, ok := p.number(k, false); ok && !vague && n < 100 && !p.toks[k].digit {
			return 2000 + n, e2, true
		}
		return 2000, e, true
	}
	return 0, i, false
}

// isCountStart reports whether a count or a unit begins at i ("the past three years",
// "the past year"), so that "the past" is not a reference there.
func (p *parser) isCountStart(i int) bool {
	if _, _, _, ok := p.number(i, true); ok {
		return true
	}
	if _, ok := lex.unit[p.w(i)]; ok {
		return true
	}
	return p.is(i, "decade", "century", "fiscal") || p.toks[min(i, len(p.toks)-1)].cap && i < len(p.toks)
}

// theYear: "the year", "the full year", "the fiscal year", "the current year", "the
// latest fiscal year", "year-end", "year's end", "the month", "the weekend", and the
// adjectives "year-ago" and "year-earlier".
func (p *parser) theYear(i int) *cand {
	k := i
	// adjectives: "year-earlier profit", "year-ago results"
	if p.is(k, "year") && p.is(k+1, "-") && p.is(k+2, "ago", "earlier") && p.adjacent(k+1) {
		return &cand{i: i, j: k + 3, typ: testigo.DateDate, eval: yearAway(-1, true)}
	}
	// "year-end", "year end", "year's end"
	if p.is(k, "year") {
		e := k + 1
		if p.is(e, "-") {
			e++
		} else if p.is(e, "'") && p.is(e+1, "s") {
			e += 2
		}
		if p.is(e, "end") && !p.is(k-1, "fiscal") {
			return &cand{i: i, j: e + 1, typ: testigo.DateDate, eval: func(c *ctx) result {
				if c.tense < 0 {
					return fromDCT(gYear, -1)(c) // "since year-end": the last one
				}
				return fromDCT(gYear, 0)(c)
			}}
		}
		return nil
	}
	if !p.is(k, "the") {
		return nil
	}
	k++
	if p.is(k, "weekend") {
		return &cand{i: i, j: k + 1, typ: testigo.DateDate, eval: func(c *ctx) result {
			if c.future {
				return fromDCT(gWeekend, 0)(c)
			}
			return lastWeekend(c)
		}}
	}
	shift := 0
	for p.is(k, "full", "whole", "entire", "current", "latest", "fiscal", "calendar") {
		if p.is(k, "latest") {
			shift = -1
		}
		k++
	}
	if p.is(k, "year") || p.is(k, "month") && k == i+1 {
		// not "the year 2000" (yearExpr), "the year before" (anaphoric), "the year-ago" (quarter)
		if _, _, ok := p.year(k + 1); ok || p.is(k+1, "-", "ago", "earlier", "before", "after", "later") {
			return nil
		}
		if p.w(k) == "month" {
			return &cand{i: i, j: k + 1, typ: testigo.DateDate, eval: func(c *ctx) result {
				if c.hasAnchor && c.anchor.g <= gMonth {
					pt := at(gMonth, c.anchor.t)
					return result{value: pt.value(), rel: true, pt: &pt}
				}
				return fromDCT(gMonth, 0)(c)
			}}
		}
		return &cand{i: i, j: k + 1, typ: testigo.DateDate, eval: fromDCT(gYear, shift)}
	}
	return nil
}

// movableHoliday: holidays whose date moves with the year ("Thanksgiving", "Easter").
func (p *parser) movableHoliday(i int) *cand {
	k := i
	shift := 0
	switch {
	case p.is(k, "last"):
		shift, k = -1, k+1
	case p.is(k, "next"):
		shift, k = 1, k+1
	case p.is(k, "this"):
		k++
	}
	if k >= len(p.toks) || !p.toks[k].cap {
		return nil
	}
	var rule func(y int) time.Time
	e := k + 1
	switch p.w(k) {
	case "thanksgiving":
		rule = func(y int) time.Time { return weekdayAfter(date(y, 11, 1), 4).AddDate(0, 0, 21) }
		if p.is(e, "day") {
			e++
		}
	case "easter":
		rule = easter
		if p.is(e, "sunday", "day") {
			e++
		}
	default:
		return nil
	}
	if p.is(e, "week", "weekend", "holiday", "holidays") {
		return nil
	}
	if y, e2, ok := p.year(p.optComma(e)); ok {
		pt := point{gDay, rule(y)}
		return &cand{i: i, j: e2, typ: testigo.DateDate, eval: fixed(pt)}
	}
	return &cand{i: i, j: e, typ: testigo.DateDate, eval: func(c *ctx) result {
		if !c.hasDCT {
			return result{value: "XXXX-XX-XX", rel: true}
		}
		y := c.dct.Year()
		d := rule(y)
		switch {
		case shift < 0 || shift == 0 && !c.future:
			if !d.Before(c.dct) {
				d = rule(y - 1)
			}
		default:
			if d.Before(c.dct) {
				d = rule(y + 1)
			}
		}
		pt := point{gDay, d}
		return result{value: pt.value(), rel: true, pt: &pt}
	}}
}

// easter is Easter Sunday of year y (the Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// holidayFirst holds the first words of the lexicon's holidays.
var holidayFirst = func() map[string]bool {
	m := map[string]bool{}
	for w := range lex.holiday {
		m[strings.SplitN(strings.SplitN(w, "-", 2)[0], "'", 2)[0]] = true
	}
	return m
}()

// streak: "a fifth straight day", "the third consecutive week": how long something has
// gone on, a duration; the date is whatever follows ("... day Friday").
func (p *parser) streak(i int) *cand {
	if !p.is(i, "a", "the", "its", "their") {
		return nil
	}
	n, ok := lex.ordinal[p.w(i+1)]
	k := i + 2
	if !ok {
		d, isNum := p.digits(i+1, 3)
		if !isNum || !p.is(i+2, "st", "nd", "rd", "th") || !p.adjacent(i+2) {
			return nil
		}
		n, k = d, i+3
	}
	if n < 1 || !p.is(k, "straight", "consecutive", "successive") {
		return nil
	}
	u, e, ok := p.unit(k + 1)
	if !ok || u == "Q" || u == "WE" || p.w(k+1) != singular(p.w(k+1)) {
		return nil
	}
	return &cand{i: i, j: e, typ: testigo.DateDuration, eval: literal(durationValue(n, false, u))}
}
