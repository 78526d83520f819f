package read

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Month and weekday names of the languages testigo reads news in (English, Spanish,
// Portuguese, French), with the usual abbreviations. Dates in a header or a dateline are
// written in a handful of fixed patterns, so a table is enough here; free-text dates are
// the timex stage's work.
var monthNames = map[string]int{}

func init() {
	for m, names := range [12]string{
		"january jan enero ene janeiro janvier janv",
		"february feb febrero fevereiro fev février fevrier févr fevr",
		"march mar marzo março marco mars",
		"april apr abril abr avril avr",
		"may mayo maio mai",
		"june jun junio junho juin",
		"july jul julio julho juillet juil",
		"august aug agosto ago août aout",
		"september sep sept septiembre setiembre set setembro septembre",
		"october oct octubre outubro out octobre",
		"november nov noviembre novembro novembre",
		"december dec diciembre dic dezembro dez décembre decembre déc",
	} {
		for _, n := range strings.Fields(names) {
			monthNames[n] = m + 1
		}
	}
}

var weekdayNames = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`monday mon tuesday tue tues wednesday wed thursday thu thur thurs
		friday fri saturday sat sunday sun lunes martes miércoles miercoles jueves viernes sábado sabado
		domingo segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira lundi mardi
		mercredi jeudi vendredi samedi dimanche`) {
		weekdayNames[n] = true
	}
}

// fillerWords may stand between the parts of a date: "16 de noviembre de 2019", "the 16th of November".
var fillerWords = map[string]bool{"de": true, "del": true, "of": true, "the": true, "le": true}

// isoDay reads YYYY-MM-DD or an RFC 3339 timestamp and returns the day as written (the
// timestamp's own local day, not converted to UTC: a paper dated 23:30 -04:00 is that day's).
func isoDay(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if _, err := time.Parse("2006-01-02", s[:10]); err == nil {
			if len(s) == 10 {
				return s, true
			}
			for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04"} {
				if _, err := time.Parse(layout, s); err == nil {
					return s[:10], true
				}
			}
		}
	}
	return "", false
}

// dayString formats a date after checking it exists.
func dayString(y, m, d int) (string, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

var (
	// dateLabelRx takes off a label before a date line: "Published: ", "Updated on ".
	dateLabelRx = regexp.MustCompile(`(?i)^(first published|published|posted|last updated|updated|date|dated|publicado|actualizado|fecha)(\s+on)?\s*[:\-–]?\s*`)
	// timeTailRx takes off a time of day after a date: ", 14:05 GMT", "at 2:05 p.m. ET", "| 08:15".
	timeTailRx  = regexp.MustCompile(`(?i)[\s,|·•\-–—]+(at\s+|a las\s+)?\d{1,2}(?:[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)\s*(\(?([A-Z]{2,5}|(UTC|GMT)\s*[+\-−]\s*\d{1,2}(:?\d{2})?)\)?)?$`)
	dateTokenRx = regexp.MustCompile(`[\p{L}]+\.?|\d+(st|nd|rd|th|º|°)?\.?`)
)

// parseDateLine reads a line that is only a date, perhaps after a label and before a time:
// "16 November 2019", "Saturday, November 16, 2019", "Nov. 16, 2019", "2019-11-16",
// "Published: 16 de noviembre de 2019 14:05". It reports whether the label said "updated"
// so that a "published" line can win over it.
func parseDateLine(line string) (day string, updated, ok bool) {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > 80 {
		return "", false, false
	}
	if m := dateLabelRx.FindString(s); m != "" {
		updated = strings.Contains(strings.ToLower(m), "updated") || strings.Contains(strings.ToLower(m), "actualizado")
		s = s[len(m):]
	}
	if d, ok := isoDay(s); ok {
		return d, updated, true
	}
	if d, ok := isoDay(strings.TrimSpace(timeTailRx.ReplaceAllString(s, ""))); ok {
		return d, updated, true
	}
	y, m, d, hasYear, ok := parseWordDate(s)
	if !ok {
		// A time after the date: try again without it, but only if it did not eat the year.
		if t := timeTailRx.ReplaceAllString(s, ""); t != s && t != "" {
			y, m, d, hasYear, ok = parseWordDate(t)
		}
	}
	if !ok || !hasYear {
		return "", false, false
	}
	day, ok = dayString(y, m, d)
	return day, updated, ok
}

// parseWordDate reads a date written with a month name, the whole of s: day-month-year or
// month-day-year, with an optional weekday first; the year may be missing.
func parseWordDate(s string) (y, m, d int, hasYear, ok bool) {
	// Everything but the tokens must be punctuation the patterns allow.
	rest := dateTokenRx.ReplaceAllString(s, "")
	for _, r := range rest {
		if !unicode.IsSpace(r) && r != ',' && r != '.' && r != '/' {
			return 0, 0, 0, false, false
		}
	}
	var toks []string
	for _, t := range dateTokenRx.FindAllString(s, -1) {
		t = strings.ToLower(strings.TrimSuffix(t, "."))
		if fillerWords[t] {
			continue
		}
		toks = append(toks, t)
	}
	if len(toks) > 0 && weekdayNames[toks[0]] {
		toks = toks[1:]
	}
	if len(toks) < 2 || len(toks) > 3 {
		return 0, 0, 0, false, false
	}
	num := func(t string) (int, bool) {
		t = strings.TrimRight(t, "stndrhº°")
		n, err := strconv.Atoi(t)
		return n, err == nil
	}
	if mm, isMonth := monthNames[toks[0]]; isMonth { // November 16[, 2019]
		dd, ok1 := num(toks[1])
		if !ok1 || dd < 1 || dd > 31 || len(toks[1]) > 4 {
			return 0, 0, 0, false, false
		}
		m, d = mm, dd
	} else if mm, isMonth := monthNames[toks[1]]; isMonth { // 16 November[ 2019]
		dd, ok1 := num(toks[0])
		if !ok1 || dd < 1 || dd > 31 || len(toks[0]) > 4 {
			return 0, 0, 0, false, false
		}
		m, d = mm, dd
	} else {
		return 0, 0, 0, false, false
	}
	if len(toks) == 3 {
		if len(toks[2]) != 4 {
			return 0, 0, 0, false, false
		}
		yy, err := strconv.Atoi(toks[2])
		if err != nil {
			return 0, 0, 0, false, false
		}
		y, hasYear = yy, true
	}
	return y, m, d, hasYear, true
}

var (
	// datelineDashRx finds the dash that closes a dateline: "KABUL, Afghanistan (Jan. 25, 2013) — ".
	datelineDashRx = regexp.MustCompile(`\s(—|–|--|-|:)\s`)
	parenRx        = regexp.MustCompile(`\(([^()]*)\)`)
)

// parseDateline reads the dateline that may open the first paragraph of a news story,
// "LA PAZ, Nov 16 (Reuters) -" or "KABUL, Afghanistan (Jan. 25, 2013) —", and returns its
// date when it gives a year. A dateline without a year says nothing certain about the year.
func parseDateline(para string) (day string, ok bool) {
	para = strings.TrimLeft(para, " \t\ufeff")
	limit := min(len(para), 120)
	loc := datelineDashRx.FindStringIndex(para[:limit])
	if loc == nil {
		return "", false
	}
	prefix := para[:loc[0]]
	if !startsWithCapsWord(prefix) {
		return "", false
	}
	// A date in parentheses: "(Jan. 25, 2013)".
	for _, m := range parenRx.FindAllStringSubmatch(prefix, -1) {
		if y, mo, d, hasYear, ok := parseWordDate(m[1]); ok && hasYear {
			return dayString(y, mo, d)
		}
		if d, ok := isoDay(m[1]); ok {
			return d, true
		}
	}
	// A date after the place: "WASHINGTON, Nov. 16, 2019 —" (the agency in parentheses dropped).
	bare := strings.TrimSpace(parenRx.ReplaceAllString(prefix, " "))
	parts := strings.Split(bare, ",")
	for i := 1; i < len(parts); i++ {
		cand := strings.TrimSpace(strings.Join(parts[i:], ","))
		if y, mo, d, hasYear, ok := parseWordDate(cand); ok {
			if !hasYear {
				return "", false
			}
			return dayString(y, mo, d)
		}
		if d, ok := isoDay(cand); ok {
			return d, true
		}
	}
	return "", false
}

// startsWithCapsWord wants the dateline's place in capitals, as agencies write it: "LA PAZ",
// "SÃO PAULO"; this is what tells a dateline from an ordinary sentence with a dash.
func startsWithCapsWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
			continue
		}
		if unicode.IsLetter(r) {
			return false
		}
		break
	}
	return n >= 2
}

// quoteShort quotes s for a message, cut to 60 bytes on a rune boundary.
func quoteShort(s string) string {
	if len(s) > 60 {
		cut := 60
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return fmt.Sprintf("%q", s)
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
