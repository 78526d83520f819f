package timex

import (
	"strings"
	"time"

	"testigo"
)

// ParseDate normalizes a standalone date string ("Nov. 14, 2019", "14 November 2019",
// "2019-11-14", "2019-11-14T08:15:00Z", "11/14/2019", "December 2019", "1990s") to its
// TimeML value. ok is false when s is not one date, or needs a reference date to be placed
// (use ParseDateAt for those).
func ParseDate(s string) (value string, ok bool) {
	v, ok := ParseDateAt(s, "")
	if !ok || strings.Contains(v, "X") {
		return "", false
	}
	return v, true
}

// ParseDateAt is ParseDate with a reference date (YYYY-MM-DD) against which relative
// strings ("yesterday", "Friday", "last week") are placed.
func ParseDateAt(s, published string) (value string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	dates := Find(s, []testigo.Sentence{{Span: testigo.Span{Start: 0, End: len(s)}}}, published)
	if len(dates) != 1 || dates[0].Type == testigo.DateDuration || dates[0].Type == testigo.DateSet {
		return "", false
	}
	d := dates[0]
	rest := s[:d.Span.Start] + s[d.Span.End:]
	if strings.Trim(rest, " \t\r\n.,;:()[]\"'") != "" {
		return "", false // something else besides the date
	}
	return d.Value, d.Value != ""
}
