package quantity

import (
	"strings"

	"testigo"
)

// IsIncrement reports whether q adds to a figure given before rather than stating a total:
// "two more have died", "another three were injured", "an additional 40 people".
func IsIncrement(text string, q testigo.Quantity) bool {
	if q.Start < 0 || q.End > len(text) || q.Start > q.End {
		return false
	}
	before := lastWords(text[max(0, q.Start-60):q.Start], 2)
	if n := len(before); n > 0 {
		w := before[n-1]
		if w == "another" || w == "additional" && n > 1 && (before[0] == "an" || before[0] == "a") || w == "further" && n > 1 && before[0] == "a" {
			return true
		}
	}
	after := firstWords(text[q.End:], 2)
	if len(after) > 0 && (after[0] == "more" || after[0] == "additional" || after[0] == "further") {
		return len(after) < 2 || after[1] != "than"
	}
	return false
}

// cumulativeCues are words in front of a figure that make it a running total: "the death toll
// rose to 9", "bringing the total to at least 32", "the number of dead climbed to".
var cumulativeCues = map[string]bool{
	"toll": true, "tolls": true, "total": true, "tally": true, "cumulative": true,
	"rose": true, "risen": true, "climbed": true, "increased": true, "reached": true,
	"brought": true, "bringing": true, "brings": true, "bring": true, "raising": true, "raised": true,
	"jumped": true, "soared": true, "mounted": true, "grew": true, "grown": true, "hit": true,
}

// IsCumulative reports whether q is a running total rather than the figure of one event:
// "the death toll rose to 9", "brought the total number of victims to at least 32". It reads at
// most twelve words back, within the sentence.
func IsCumulative(text string, q testigo.Quantity) bool {
	if q.Start < 0 || q.End > len(text) || q.Start > q.End {
		return false
	}
	start := q.Start - 200
	if start < 0 {
		start = 0
	}
	window := text[start:q.Start]
	if i := strings.LastIndexAny(window, ".!?;\n"); i >= 0 {
		window = window[i+1:]
	}
	words := lastWords(window, 12)
	for _, w := range words {
		if cumulativeCues[w] {
			return true
		}
	}
	return false
}

// lastWords returns the last n words of s, lower case, in order.
func lastWords(s string, n int) []string {
	f := strings.FieldsFunc(strings.ToLower(s), notWordRune)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return f
}

// firstWords returns the first n words of s, lower case, stopping at sentence punctuation.
func firstWords(s string, n int) []string {
	if i := strings.IndexAny(s, ".!?;"); i >= 0 {
		s = s[:i]
	}
	if len(s) > 80 {
		s = s[:80]
	}
	f := strings.FieldsFunc(strings.ToLower(s), notWordRune)
	if len(f) > n {
		f = f[:n]
	}
	return f
}

func notWordRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r == '-' || r > 127)
}
