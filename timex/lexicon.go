package timex

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed lexicon.txt
var lexiconData string

// lexicon holds the words of lexicon.txt by kind.
type lexicon struct {
	month, weekday, number, ordinal map[string]int
	vague                           map[string]bool
	unit, season, partOfDay         map[string]string
	holiday, ref, set               map[string]string
}

var lex = loadLexicon(lexiconData)

func loadLexicon(data string) *lexicon {
	l := &lexicon{
		month: map[string]int{}, weekday: map[string]int{}, number: map[string]int{}, ordinal: map[string]int{},
		vague: map[string]bool{}, unit: map[string]string{}, season: map[string]string{},
		partOfDay: map[string]string{}, holiday: map[string]string{}, ref: map[string]string{}, set: map[string]string{},
	}
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		kind, word, val := f[0], f[1], f[2]
		n, _ := strconv.Atoi(val)
		switch kind {
		case "month":
			l.month[word] = n
		case "weekday":
			l.weekday[word] = n
		case "number":
			l.number[word] = n
		case "ordinal":
			l.ordinal[word] = n
		case "vague":
			l.vague[word] = true
		case "unit":
			l.unit[word] = val
		case "season":
			l.season[word] = val
		case "partofday":
			l.partOfDay[word] = val
		case "holiday":
			l.holiday[word] = val
		case "ref":
			l.ref[word] = val
		case "set":
			l.set[word] = val
		}
	}
	return l
}
