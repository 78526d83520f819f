// Package quantity finds numbers in text with their qualifiers and the noun they count.
//
// It reads cardinals in digits ("126", "1,500", "1.5 million") and in words ("eight", "one
// hundred and twenty", "a dozen"), vague quantities ("dozens", "tens of thousands"), the
// qualifier in front ("at least", "more than", "about", "up to", "between ... and"), ranges
// ("8 to 10", "8-10") and the head noun counted ("eight people", "40 gasoline trucks").
// It leaves out numbers that are not counts: years, the day in a date, clock times, ages,
// ordinals, street numbers, phone numbers, fractions.
//
// Vague words take ACLED's conservative readings (the value is a floor, the qualifier "vague"):
//
//	tens 10, dozens 12, scores 20, hundreds 100, thousands 1000, millions 1000000,
//	tens of thousands 10000, hundreds of thousands 100000,
//	several 3 (the smallest number one calls "several"), a few 2, a couple (of) 2, a handful 3.
//
// "several hundred" multiplies (300). A qualifier in front wins over "vague" ("more than a
// dozen" is 12 more_than).
package quantity

import (
	"math"
	"strconv"
	"strings"

	"testigo"
)

// Find returns the quantities in text, in text order. sents are the sentences of text; when
// there are none the whole text is read as one sentence.
func Find(text string, sents []testigo.Sentence) []testigo.Quantity {
	var out []testigo.Quantity
	if len(sents) == 0 {
		out, _ = findIn(text, 0, len(text), out, nil)
		return out
	}
	var buf []token // reused from sentence to sentence
	for _, s := range sents {
		start, end := s.Start, s.End
		if start < 0 {
			start = 0
		}
		if end > len(text) {
			end = len(text)
		}
		if start >= end {
			continue
		}
		out, buf = findIn(text, start, end, out, buf[:0])
	}
	return out
}

// findIn appends the quantities of text[start:end] to out; buf is a token buffer to reuse.
func findIn(text string, start, end int, out []testigo.Quantity, buf []token) ([]testigo.Quantity, []token) {
	toks := tokenize(text, start, end, buf)
	p := parser{text: text, toks: toks}
	for i := 0; i < len(toks); {
		if !mayStart(toks[i]) {
			i++
			continue
		}
		q, next, ok := p.parseAt(i)
		if next <= i {
			next = i + 1
		}
		if ok {
			out = append(out, q)
		}
		i = next
	}
	return out, toks
}

type parser struct {
	text  string
	toks  []token
	upper int // 0 unknown, 1 the sentence is in capitals, -1 it is not
}

func (p *parser) tok(i int) token {
	if i < 0 || i >= len(p.toks) {
		return token{kind: -1}
	}
	return p.toks[i]
}

// number is a figure read at some token position.
type number struct {
	value   float64
	max     float64 // > 0 for a range
	vague   bool
	end     int     // index of the first token after it
	year    bool    // four digits that may be a year
	scale   float64 // the scale word applied ("million"), or 0
	glued   string  // a scale letter glued to the digits ("m" in 1.2m)
	digits  bool    // written in digits
	article bool    // starts with "a"/"an" ("a dozen")
}

// parseAt tries to read a quantity starting at token i. It returns the index to resume from.
func (p *parser) parseAt(i int) (testigo.Quantity, int, bool) {
	var q testigo.Quantity
	j, qual := p.qualifier(i)
	between := false
	if qual == "" && p.tok(j).isWord("between") {
		between = true
		j++
	}
	money := ""
	if c := p.tok(j); c.kind == tokPunct {
		if m, ok := currencySigns[c.text]; ok && (p.tok(j+1).kind == tokNum || p.tok(j+1).kind == tokAlnum) && p.tok(j+1).start == c.end {
			money = m
			j++
		} else if qual == "" {
			return q, i + 1, false
		}
	}
	if c := p.tok(j); c.isWord("us", "a", "au", "c", "hk", "nz") && p.tok(j+1).text == "$" && p.tok(j+2).kind == tokNum {
		money = "dollars"
		j += 2
	}
	n, ok := p.number(j)
	if !ok {
		// A qualifier word that is not followed by a number ("about the protest"): move on
		// one token so that a number further on is still read.
		return q, i + 1, false
	}
	if n.end <= j {
		return q, i + 1, false
	}
	// "10m" and "5k" are metres and runs as often as millions and thousands: money only.
	if (n.glued == "m" || n.glued == "k") && money == "" {
		return q, n.end, false
	}
	if money == "" && p.notACount(j, n, qual != "" || between) {
		return q, n.end, false
	}
	k := n.end
	// Ranges: "between 8 and 10", "8 to 10", "8 or 9". "from 5 to 9" is a change, not a range.
	if n.max == 0 && !p.tok(j-1).isWord("from") {
		link := p.tok(k)
		if between && link.isWord("and") || !between && (link.isWord("to", "or") || link.kind == tokPunct && (link.text == "-" || link.text == "–")) {
			n2, ok := p.number(k + 1)
			if ok && n2.scale > 0 && n.scale == 0 && n.digits {
				n.value *= n2.scale // "10 to 15 billion"
			}
			if ok && n2.value > n.value && !n2.year && n2.max == 0 {
				n.max = n2.value
				n.vague = n.vague && n2.vague
				k = n2.end
			}
		}
	}
	// "between 25 and 35 years old", "16-18 years-old": ages.
	if t := p.tok(k); t.isWord("years", "year") && p.tok(k+1).isWord("old") || t.kind == tokComp && len(t.parts) == 2 && (t.parts[0] == "years" || t.parts[0] == "year") && t.parts[1] == "old" {
		return q, k, false
	}
	if between && n.max == 0 {
		return q, k, false // "between 2010" or "between them": nothing to report
	}
	if n.value > 1e15 || n.max > 1e15 {
		return q, k, false
	}
	startTok := i
	if qual == "" && !between && money == "" {
		startTok = j
	}
	q.Start = p.toks[startTok].start
	q.End = p.toks[k-1].end
	q.Text = p.text[q.Start:q.End]
	q.Value = int(math.Floor(n.value))
	switch {
	case n.max > 0:
		m := int(math.Floor(n.max))
		q.Max = &m
		q.Qualifier = testigo.QualRange
	case qual != "":
		q.Qualifier = qual
	case n.vague:
		q.Qualifier = testigo.QualVague
	default:
		q.Qualifier = testigo.QualExact
	}
	if money != "" {
		q.Noun = money
		return q, k, true
	}
	noun, span, next := p.noun(k, n)
	if noun != "" {
		q.Noun = noun
		q.NounSpan = &span
	}
	return q, next, true
}

var currencySigns = map[string]string{"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees"}

// qualifiers maps the words in front of a number to the qualifier they give it. Longer
// phrases are tried first.
var qualifiers = []struct {
	words []string
	qual  string
}{
	{[]string{"no", "fewer", "than"}, testigo.QualAtLeast},
	{[]string{"not", "less", "than"}, testigo.QualAtLeast},
	{[]string{"no", "less", "than"}, testigo.QualAtLeast},
	{[]string{"no", "more", "than"}, testigo.QualUpTo},
	{[]string{"in", "excess", "of"}, testigo.QualMoreThan},
	{[]string{"as", "many", "as"}, testigo.QualUpTo},
	{[]string{"as", "much", "as"}, testigo.QualUpTo},
	{[]string{"at", "least"}, testigo.QualAtLeast},
	{[]string{"at", "most"}, testigo.QualUpTo},
	{[]string{"more", "than"}, testigo.QualMoreThan},
	{[]string{"greater", "than"}, testigo.QualMoreThan},
	{[]string{"upwards", "of"}, testigo.QualMoreThan},
	{[]string{"well", "over"}, testigo.QualMoreThan},
	{[]string{"just", "over"}, testigo.QualMoreThan},
	{[]string{"up", "to"}, testigo.QualUpTo},
	{[]string{"fewer", "than"}, testigo.QualUpTo},
	{[]string{"less", "than"}, testigo.QualUpTo},
	{[]string{"just", "under"}, testigo.QualUpTo},
	{[]string{"an", "estimated"}, testigo.QualAbout},
	{[]string{"close", "to"}, testigo.QualAbout},
	{[]string{"roughly"}, testigo.QualAbout},
	{[]string{"about"}, testigo.QualAbout},
	{[]string{"around"}, testigo.QualAbout},
	{[]string{"nearly"}, testigo.QualAbout},
	{[]string{"almost"}, testigo.QualAbout},
	{[]string{"some"}, testigo.QualAbout},
	{[]string{"approximately"}, testigo.QualAbout},
	{[]string{"approx"}, testigo.QualAbout},
	{[]string{"estimated"}, testigo.QualAbout},
	{[]string{"over"}, testigo.QualMoreThan},
	{[]string{"above"}, testigo.QualMoreThan},
	{[]string{"under"}, testigo.QualUpTo},
}

// qualifier reads a qualifier phrase at i; it returns the index after it and the qualifier,
// or i and "" when there is none.
func (p *parser) qualifier(i int) (int, string) {
	if t := p.tok(i); t.kind != tokWord || !qualifierStarts[t.lower] {
		return i, ""
	}
	for _, q := range qualifiers {
		ok := true
		for k, w := range q.words {
			if !p.tok(i + k).isWord(w) {
				ok = false
				break
			}
		}
		if ok {
			return i + len(q.words), q.qual
		}
	}
	return i, ""
}

// qualifierStarts holds the first words of the qualifiers, to skip most tokens at once.
var qualifierStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, q := range qualifiers {
		m[q.words[0]] = true
	}
	return m
}()

// mayStart reports whether a quantity can begin at token t.
func mayStart(t token) bool {
	switch t.kind {
	case tokNum, tokComp, tokAlnum:
		return true
	case tokPunct:
		_, ok := currencySigns[t.text]
		return ok
	case tokWord:
		w := t.lower
		if qualifierStarts[w] || w == "between" || w == "a" || w == "an" || w == "us" || w == "au" || w == "c" || w == "hk" || w == "nz" {
			return true
		}
		if _, ok := units[w]; ok {
			return true
		}
		if _, ok := tens[w]; ok {
			return true
		}
		_, ok := vagueWords[w]
		return ok
	}
	return false
}

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"dozen": 12, "mn": 1e6, "bn": 1e9,
}

// scaleSuffixes are scale letters glued to digits: 1.2m, 5bn, 10k.
var scaleSuffixes = map[string]float64{"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}

// vagueWords are plural quantity words read at ACLED's conservative floor. Those marked
// needOf count only before "of" ("tens of thousands", "scores of people").
var vagueWords = map[string]struct {
	value  float64
	needOf bool
}{
	"tens": {10, true}, "dozens": {12, false}, "scores": {20, true}, "hundreds": {100, false},
	"thousands": {1000, false}, "millions": {1e6, false}, "several": {3, false},
}

// number reads a figure at token j.
func (p *parser) number(j int) (number, bool) {
	t := p.tok(j)
	var n number
	switch t.kind {
	case tokNum:
		v, ok := parseDigits(t.text)
		if !ok {
			return n, false
		}
		n.value, n.end, n.digits = v, j+1, true
		if len(t.text) == 4 && !strings.ContainsAny(t.text, ",.") && v >= 1900 && v <= 2100 {
			n.year = true
		}
		// "1.5 million", "3 thousand", "2 dozen"
		if s, ok := scales[p.tok(j+1).lower]; ok && p.tok(j+1).kind == tokWord {
			n.value *= s
			n.end = j + 2
			n.year = false
			n.scale = s
		}
		return n, true
	case tokComp:
		return p.compound(j)
	case tokAlnum:
		// "1.2m", "$5bn", "10k": a figure with a scale letter glued on.
		num := strings.TrimRight(t.lower, "abcdefghijklmnopqrstuvwxyz")
		scale, ok := scaleSuffixes[t.lower[len(num):]]
		if !ok || num == "" || !isAllDigitsNum(num) {
			return n, false
		}
		v, ok := parseDigits(num)
		if !ok {
			return n, false
		}
		return number{value: v * scale, end: j + 1, digits: true, scale: scale, glued: t.lower[len(num):]}, true
	case tokWord:
	default:
		return n, false
	}
	w := t.lower
	// "a dozen", "a hundred", "a few", "a couple of", "a handful of"
	if w == "a" || w == "an" {
		nx := p.tok(j + 1)
		switch {
		case nx.kind == tokWord && scales[nx.lower] > 0 && nx.lower != "mn" && nx.lower != "bn":
			m, ok := p.wordNumber(j+1, 1)
			if ok {
				m.article = true
				return m, true
			}
		case nx.isWord("few") && !p.tok(j+2).isWord("of", "more", "days", "weeks", "months", "years", "hours", "minutes", "times"):
			return p.scaleVague(j+2, 2), true
		case nx.isWord("couple") && p.tok(j+2).isWord("of"):
			return number{value: 2, vague: true, end: j + 2, article: true}, true
		case nx.isWord("handful") && p.tok(j+2).isWord("of"):
			return number{value: 3, vague: true, end: j + 2, article: true}, true
		}
		return n, false
	}
	if v, ok := vagueWords[w]; ok {
		if v.needOf && !p.tok(j+1).isWord("of") {
			return n, false
		}
		if w == "several" {
			return p.scaleVague(j+1, v.value), true
		}
		n = number{value: v.value, vague: true, end: j + 1}
		// "tens of thousands", "hundreds of thousands", "dozens of millions"
		if p.tok(j + 1).isWord("of") {
			if m, ok := vagueWords[p.tok(j+2).lower]; ok && !m.needOf && p.tok(j+2).lower != "several" && m.value > v.value {
				n.value *= m.value
				n.end = j + 3
			}
		}
		return n, true
	}
	if _, ok := units[w]; ok {
		return p.wordNumber(j, 0)
	}
	if _, ok := tens[w]; ok {
		return p.wordNumber(j, 0)
	}
	return n, false
}

// scaleVague reads "several hundred", "a few thousand": base times a following scale word.
func (p *parser) scaleVague(j int, base float64) number {
	n := number{value: base, vague: true, end: j}
	if s, ok := scales[p.tok(j).lower]; ok && p.tok(j).kind == tokWord && s >= 100 {
		n.value *= s
		n.end = j + 1
	} else if v, ok := vagueWords[p.tok(j).lower]; ok && !v.needOf && v.value >= 100 {
		n.value *= v.value // "several thousands"
		n.end = j + 1
	}
	return n
}

// wordNumber reads a number in words from j: "one hundred and twenty-five", "two thousand".
// lead is a value already read (1 for the article in "a hundred").
func (p *parser) wordNumber(j int, lead float64) (number, bool) {
	total, current := 0.0, lead
	any := lead > 0
	lastSmall := false // the previous word was a unit or tens word
	k := j
	for ; k < len(p.toks); k++ {
		t := p.toks[k]
		if t.kind == tokComp {
			if v, ok := compoundWordValue(t.parts); ok && !lastSmall {
				current += v
				any, lastSmall = true, true
				continue
			}
			break
		}
		if t.kind != tokWord {
			break
		}
		w := t.lower
		if v, ok := units[w]; ok {
			if lastSmall && !(current >= 20 && int(current)%10 == 0 && v < 10 && v > 0) {
				break
			}
			current += v
			any, lastSmall = true, true
			continue
		}
		if v, ok := tens[w]; ok {
			if lastSmall {
				break
			}
			current += v
			any, lastSmall = true, true
			continue
		}
		if s, ok := scales[w]; ok && w != "mn" && w != "bn" {
			if !any {
				break
			}
			if current == 0 {
				current = 1
			}
			switch {
			case s == 100 || s == 12:
				current *= s
			default:
				total += current * s
				current = 0
			}
			lastSmall = false
			continue
		}
		if w == "and" && any && !lastSmall && k+1 < len(p.toks) {
			nx := p.toks[k+1].lower
			if _, ok := units[nx]; ok {
				continue
			}
			if _, ok := tens[nx]; ok {
				continue
			}
			if p.toks[k+1].kind == tokComp {
				if _, ok := compoundWordValue(p.toks[k+1].parts); ok {
					continue
				}
			}
		}
		break
	}
	if !any {
		return number{}, false
	}
	if p.tok(k - 1).isWord("and") {
		k--
	}
	return number{value: total + current, end: k}, true
}

// compoundWordValue reads "twenty-one" as 21.
func compoundWordValue(parts []string) (float64, bool) {
	if len(parts) != 2 {
		return 0, false
	}
	t, ok1 := tens[parts[0]]
	u, ok2 := units[parts[1]]
	if ok1 && ok2 && u > 0 && u < 10 {
		return t + u, true
	}
	return 0, false
}

// compound reads a hyphenated token: "8-10" (a range), "twenty-one". Ages ("23-year-old"),
// fractions ("two-thirds"), scores ("3-2") and phone numbers are not figures.
func (p *parser) compound(j int) (number, bool) {
	t := p.tok(j)
	if _, ok := compoundWordValue(t.parts); ok {
		return p.wordNumber(j, 0)
	}
	// "a 10,000-strong crowd"
	if len(t.parts) == 2 && t.parts[1] == "strong" && isAllDigitsNum(t.parts[0]) {
		if v, ok := parseDigits(t.parts[0]); ok {
			return number{value: v, end: j + 1, digits: true}, true
		}
	}
	if len(t.parts) == 2 && isAllDigitsNum(t.parts[0]) && isAllDigitsNum(t.parts[1]) {
		a, ok1 := parseDigits(t.parts[0])
		b, ok2 := parseDigits(t.parts[1])
		// "257-4314" is a phone number, not a range: a range's bounds have like lengths.
		phone := len(t.parts[0]) >= 3 && len(t.parts[1]) > len(t.parts[0]) || len(t.parts[1]) == 4 && len(t.parts[0]) == 3 ||
			len(t.parts[1]) >= 3 && b > 20*a // "1-800"
		if ok1 && ok2 && b > a && !phone && !(a >= 1900 && a <= 2100 && len(t.parts[0]) == 4) {
			return number{value: a, max: b, end: j + 1, digits: true}, true
		}
	}
	return number{}, false
}

func parseDigits(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if strings.Count(s, ".") > 1 || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}
