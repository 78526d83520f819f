package timex

import (
	"fmt"
	"strconv"
	"time"
)

// gran is the granularity of a calendar point.
type gran int

const (
	gDay gran = iota
	gWeek
	gWeekend
	gMonth
	gSeason
	gQuarter
	gHalf
	gYear
	gDecade
	gCentury
)

// point is a calendar period: a granularity and the first day of the period (for a week,
// its Monday; for a weekend, the Monday of its ISO week).
type point struct {
	g gran
	t time.Time
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// at returns the period of granularity g that contains day t.
func at(g gran, t time.Time) point {
	y, m := t.Year(), int(t.Month())
	switch g {
	case gDay:
		return point{g, date(y, m, t.Day())}
	case gWeek, gWeekend:
		wd := (int(t.Weekday()) + 6) % 7 // Monday 0
		return point{g, date(y, m, t.Day()-wd)}
	case gMonth:
		return point{g, date(y, m, 1)}
	case gSeason:
		sm := seasonStart(m)
		sy := y
		if m < 3 { // January and February belong to the winter that began in December
			sy--
		}
		return point{g, date(sy, sm, 1)}
	case gQuarter:
		return point{g, date(y, (m-1)/3*3+1, 1)}
	case gHalf:
		return point{g, date(y, (m-1)/6*6+1, 1)}
	case gYear:
		return point{g, date(y, 1, 1)}
	case gDecade:
		return point{g, date(y-mod(y, 10), 1, 1)}
	default:
		return point{gCentury, date(y-mod(y, 100), 1, 1)}
	}
}

func mod(a, b int) int { return ((a % b) + b) % b }

func seasonStart(m int) int {
	switch {
	case m >= 3 && m <= 5:
		return 3
	case m >= 6 && m <= 8:
		return 6
	case m >= 9 && m <= 11:
		return 9
	}
	return 12
}

// shift moves p by n periods of its own granularity.
func (p point) shift(n int) point {
	switch p.g {
	case gDay:
		p.t = p.t.AddDate(0, 0, n)
	case gWeek, gWeekend:
		p.t = p.t.AddDate(0, 0, 7*n)
	case gMonth:
		p.t = p.t.AddDate(0, n, 0)
	case gSeason, gQuarter:
		p.t = p.t.AddDate(0, 3*n, 0)
	case gHalf:
		p.t = p.t.AddDate(0, 6*n, 0)
	case gYear:
		p.t = p.t.AddDate(n, 0, 0)
	case gDecade:
		p.t = p.t.AddDate(10*n, 0, 0)
	case gCentury:
		p.t = p.t.AddDate(100*n, 0, 0)
	}
	return p
}

// last returns the last day of p.
func (p point) last() time.Time {
	switch p.g {
	case gDay:
		return p.t
	case gWeek:
		return p.t.AddDate(0, 0, 6)
	case gWeekend:
		return p.t.AddDate(0, 0, 6)
	}
	return p.shift(1).t.AddDate(0, 0, -1)
}

func (p point) first() time.Time {
	if p.g == gWeekend {
		return p.t.AddDate(0, 0, 5)
	}
	return p.t
}

var seasonCode = map[int]string{3: "SP", 6: "SU", 9: "FA", 12: "WI"}

// value formats p as a TimeML value.
func (p point) value() string {
	y, m := p.t.Year(), int(p.t.Month())
	switch p.g {
	case gDay:
		return p.t.Format("2006-01-02")
	case gWeek, gWeekend:
		iy, iw := p.t.ISOWeek()
		s := fmt.Sprintf("%04d-W%02d", iy, iw)
		if p.g == gWeekend {
			s += "-WE"
		}
		return s
	case gMonth:
		return fmt.Sprintf("%04d-%02d", y, m)
	case gSeason:
		return fmt.Sprintf("%04d-%s", y, seasonCode[m])
	case gQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (m-1)/3+1)
	case gHalf:
		return fmt.Sprintf("%04d-H%d", y, (m-1)/6+1)
	case gYear:
		return fmt.Sprintf("%04d", y)
	case gDecade:
		return fmt.Sprintf("%03d", y/10)
	default:
		return fmt.Sprintf("%02d", y/100)
	}
}

// precision maps p's granularity onto the precisions testigo.Date reports.
func (p point) precision() string {
	switch p.g {
	case gDay:
		return "day"
	case gWeek, gWeekend:
		return "week"
	case gMonth, gSeason, gQuarter, gHalf:
		return "month"
	}
	return "year"
}

// unknownValue is the TimeML value of a period of granularity g that cannot be placed.
func unknownValue(g gran) string {
	switch g {
	case gDay:
		return "XXXX-XX-XX"
	case gWeek:
		return "XXXX-WXX"
	case gWeekend:
		return "XXXX-WXX-WE"
	case gMonth:
		return "XXXX-XX"
	case gSeason, gQuarter, gHalf:
		return "XXXX"
	}
	return "XXXX"
}

// parseValue reads a TimeML calendar value back into a point: YYYY-MM-DD, YYYY-MM,
// YYYY-Www(-WE), YYYY-Qn, YYYY-Hn, YYYY-SU, YYYY, YYY (decade), YY (century). A time
// suffix (T...) is ignored.
func parseValue(v string) (point, bool) {
	if i := indexByte(v, 'T'); i >= 0 {
		v = v[:i]
	}
	atoi := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		n, err := strconv.Atoi(s)
		return n, err == nil && s[0] != '-' && s[0] != '+'
	}
	switch len(v) {
	case 2:
		if c, ok := atoi(v); ok {
			return point{gCentury, date(c*100, 1, 1)}, true
		}
	case 3:
		if d, ok := atoi(v); ok {
			return point{gDecade, date(d*10, 1, 1)}, true
		}
	case 4:
		if y, ok := atoi(v); ok {
			return point{gYear, date(y, 1, 1)}, true
		}
	}
	if len(v) < 7 || v[4] != '-' {
		return point{}, false
	}
	y, ok := atoi(v[:4])
	if !ok {
		return point{}, false
	}
	rest := v[5:]
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		if q, ok := atoi(rest[1:]); ok && q >= 1 && q <= 4 {
			return point{gQuarter, date(y, 3*q-2, 1)}, true
		}
	case len(rest) == 2 && rest[0] == 'H':
		if h, ok := atoi(rest[1:]); ok && h >= 1 && h <= 2 {
			return point{gHalf, date(y, 6*h-5, 1)}, true
		}
	case len(rest) == 2:
		for m, c := range seasonCode {
			if c == rest {
				return point{gSeason, date(y, m, 1)}, true
			}
		}
		if m, ok := atoi(rest); ok && m >= 1 && m <= 12 {
			return point{gMonth, date(y, m, 1)}, true
		}
	case len(rest) >= 3 && rest[0] == 'W':
		g := gWeek
		if len(rest) == 6 && rest[3:] == "-WE" {
			g, rest = gWeekend, rest[:3]
		}
		if w, ok := atoi(rest[1:]); ok && len(rest) == 3 && w >= 1 && w <= 53 {
			// The Monday of ISO week w: January 4 is always in week 1.
			jan4 := date(y, 1, 4)
			mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
			return point{g, mon}, true
		}
	case len(rest) == 5 && rest[2] == '-':
		m, ok1 := atoi(rest[:2])
		d, ok2 := atoi(rest[3:])
		if ok1 && ok2 && validDay(y, m, d) {
			return point{gDay, date(y, m, d)}, true
		}
	}
	return point{}, false
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := date(y, m, d)
	return t.Day() == d && int(t.Month()) == m
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
