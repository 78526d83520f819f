package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"testigo"
)

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// isMonth reports whether token i names a month. "may" and "march" count only capitalized.
func (p *parser) isMonth(i int) bool {
	t := p.tok(i)
	if t.kind != tokWord || !months[t.lower] {
		return false
	}
	return t.capitalized()
}

// streetWords end a street address: "4500 SW 71st Avenue", "100 Main St".
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"drive": true, "dr": true, "boulevard": true, "blvd": true, "lane": true, "ln": true,
	"way": true, "court": true, "ct": true, "place": true, "pl": true, "highway": true,
	"hwy": true, "parkway": true, "pkwy": true, "terrace": true, "circle": true, "trail": true,
	"calle": true, "avenida": true, "plaza": true, "square": true, "row": true, "pike": true,
}

// numberLabels are words after which a number is a label, not a count: "Route 66", "No. 5".
var numberLabels = map[string]bool{
	"no": true, "number": true, "nos": true, "page": true, "chapter": true, "section": true,
	"article": true, "articles": true, "room": true, "unit": true, "apartment": true, "apt": true,
	"flight": true, "route": true, "highway": true, "interstate": true, "channel": true,
	"code": true, "call": true, "dial": true, "suite": true, "floor": true, "level": true,
	"resolution": true, "decree": true, "law": true, "bill": true, "act": true, "category": true,
	"grade": true, "class": true, "phase": true, "stage": true, "version": true, "covid": true,
	"platform": true, "gate": true, "box": true, "block": true, "lot": true, "precinct": true,
	"district": true, "ward": true, "zone": true, "station": true, "line": true, "bus": true,
	"model": true, "size": true, "caliber": true, "calibre": true, "tel": true, "phone": true,
	"fax": true, "ext": true, "aged": true, "age": true, "ages": true, "score": true,
}

// timeWords after a number make it a clock time.
var timeWords = map[string]bool{"am": true, "pm": true, "o'clock": true, "o’clock": true, "gmt": true, "utc": true, "hrs": true, "h": true, "edt": true, "est": true, "cst": true, "pst": true, "bst": true, "cet": true}

// notACount reports whether the figure at token j (already read as n) is a date, a year, a
// time, an age, an address, a label or a phone number rather than a count. qualified is true
// when a qualifier stands in front, which makes a count likely ("about 2000").
func (p *parser) notACount(j int, n number, qualified bool) bool {
	prev, next := p.tok(j-1), p.tok(n.end)
	// Dates: "November 14", "Nov. 14", "14 November", "the 14th of November".
	if p.isMonth(j-1) || prev.text == "." && p.isMonth(j-2) || p.isMonth(n.end) ||
		next.isWord("of") && p.isMonth(n.end+1) {
		return true
	}
	if n.digits && p.glued(j, n.end) {
		return true
	}
	if _, unit := units[next.lower]; n.digits && next.kind == tokWord && next.capitalized() && (unit || tens[next.lower] != 0) {
		// A code before a sentence run into it ("...complex.14277264 Two people were
		// shot"): the spelled number that follows counts, not the digits.
		return true
	}
	if n.digits && p.tok(j).text == "911" && !qualified {
		return true // the emergency number
	}
	// Ages in lists: "ages 25, 27 and 29", "two women, 19 and 45".
	if n.max == 0 && n.value <= 120 && p.inAgeList(j) {
		return true
	}
	if n.digits {
		// Clock times: "7:45", "7 a.m.", "10 pm", "9 o'clock".
		if next.text == ":" && p.tok(n.end+1).kind == tokNum && p.tok(n.end+1).start == next.end {
			return true
		}
		if next.kind == tokWord && timeWords[next.lower] {
			return true
		}
		if next.isWord("a", "p") && p.tok(n.end+1).text == "." && p.tok(n.end+2).isWord("m") {
			return true
		}
		// "2:30" read from the other side.
		if prev.text == ":" && p.tok(j-2).kind == tokNum && prev.start == p.tok(j-2).end {
			return true
		}
		// Years: a bare four-digit number in 1900-2100, unless a qualifier or a noun of
		// persons follows or precedes it ("some 2000 protesters").
		// With a qualifier ("some 2000 miners") any noun will do; "around 2014" stays a year.
		if n.year && !(next.kind == tokWord && countNouns[next.lower]) &&
			!(qualified && next.kind == tokWord && !next.capitalized() && !nounStops[next.lower] && !verbs[next.lower] && !months[next.lower]) {
			return true
		}
		// Labels: "Route 66", "No. 5", "Article 5", "call 911".
		if prev.kind == tokWord && numberLabels[prev.lower] || prev.text == "." && numberLabels[p.tok(j-2).lower] || prev.text == "#" {
			return true
		}
		// A capitalized word right before a digit figure names it ("Interstate 95", "Apollo 11"),
		// unless it starts the sentence.
		if !qualified && prev.kind == tokWord && prev.capitalized() && j-1 > 0 && !months[prev.lower] {
			return true
		}
		// Phone numbers and codes: "232-8477", "(555) 123".
		if next.kind == tokPunct && (next.text == "-" || next.text == "/") && next.start == p.tok(n.end-1).end && p.tok(n.end+1).kind == tokNum {
			return true
		}
		if prev.kind == tokPunct && (prev.text == "-" || prev.text == "/") && prev.end == p.tok(j).start && p.tok(j-2).kind == tokNum {
			return true
		}
		// Street addresses: "100 block of", "4500 SW 71st Avenue".
		if next.isWord("block") {
			return true
		}
		if next.capitalized() || next.kind == tokAlnum {
			for k := n.end; k < n.end+4 && k < len(p.toks); k++ {
				t := p.tok(k)
				if t.kind == tokWord && streetWords[t.lower] && t.capitalized() {
					return true
				}
				if t.kind == tokPunct && t.text != "." {
					break
				}
			}
		}
	} else if prev.isWord("aged", "age", "ages") {
		return true
	}
	// Ages: "23 years old", "aged 23", "John Smith, 23, of ...", "a man (23)".
	if next.isWord("years", "year") && p.tok(n.end+1).isWord("old", "of") && (p.tok(n.end+1).lower == "old" || p.tok(n.end+2).isWord("age")) {
		return true
	}
	if n.max == 0 && n.value <= 120 {
		before := p.tok(j - 2)
		// "Smith, then 27, was": an age with "then" in front.
		if prev.isWord("then") && before.text == "," && (next.text == "," || next.text == ")") {
			return true
		}
		if prev.text == "," && (before.kind == tokWord || before.text == ".") &&
			(next.text == "," || next.text == ";" || next.text == ")" || next.text == "." && before.capitalized() ||
				next.isWord("of", "and") && (p.tok(n.end+1).capitalized() || p.tok(n.end+1).kind == tokNum)) {
			return true
		}
	}
	if prev.text == "(" && next.text == ")" {
		return true // "(23)" after a name, "(954)" in a phone number
	}
	// "one another", "no one", "one by one", "on the one hand", "one day".
	if p.tok(j).isWord("one") && n.end == j+1 {
		if prev.isWord("no", "any", "every", "each", "some", "the", "this", "that", "which", "someone", "anyone") || next.isWord("another", "by", "day", "time", "point", "hand", "side", "way", "thing", "another's") {
			return true
		}
	}
	return false
}

// glued reports whether the digits at toks[j:end] are stuck to other characters: phone
// numbers and codes ("493-TIPS", "911/Sheriff", "1-(800)"), handles ("Channel_3"), URLs,
// heights ("6’0”").
func (p *parser) glued(j, end int) bool {
	start, stop := p.toks[j].start, p.toks[end-1].end
	if start > 0 {
		c := p.text[start-1]
		if c == '_' || c == '/' || c == '@' || c == '#' || c == '-' || c == '\\' || c == '=' || c == '+' {
			return true
		}
		r, w := utf8.DecodeLastRuneInString(p.text[:start])
		if unicode.IsLetter(r) {
			return true
		}
		if (r == '\'' || r == '’' || r == '′') && start-w > 0 && isDigitAt(p.text, start-w-1) {
			return true // the inches of "6’0”"
		}
	}
	if stop < len(p.text) {
		c := p.text[stop]
		if c == '_' || c == '/' || c == '-' || c == '@' || c == '=' {
			return true
		}
		if r, w := utf8.DecodeRuneInString(p.text[stop:]); (r == '\'' || r == '’' || r == '′') && stop+w < len(p.text) && isDigitAt(p.text, stop+w) {
			return true
		}
	}
	return false
}

// inAgeList reports whether the number at j continues a list of ages: "ages 25, 27 and 29",
// "aged 19 and 45", "two women, 19 and 45".
func (p *parser) inAgeList(j int) bool {
	k := j - 1
	for steps := 0; steps < 8 && k >= 0; steps++ {
		t := p.tok(k)
		switch {
		case t.isWord("ages", "aged", "age"):
			return true
		case t.text == "," || t.isWord("and", "or") || t.kind == tokNum:
			k--
			continue
		case t.kind == tokWord && countNouns[t.lower] && p.tok(k+1).text == ",":
			// "two women, 19 and 45": a list of numbers right after a plural noun and a comma
			return p.tok(j+1).text == "," || p.tok(j+1).isWord("and") || p.tok(j-1).isWord("and")
		}
		return false
	}
	return false
}

// countNouns are nouns of persons and things commonly counted in the news; a four-digit
// number in front of one is a count, not a year ("2000 protesters").
var countNouns = map[string]bool{
	"people": true, "persons": true, "protesters": true, "demonstrators": true, "marchers": true,
	"workers": true, "students": true, "soldiers": true, "troops": true, "police": true,
	"officers": true, "policemen": true, "residents": true, "civilians": true, "refugees": true,
	"migrants": true, "families": true, "children": true, "women": true, "men": true,
	"supporters": true, "members": true, "prisoners": true, "inmates": true, "detainees": true,
	"deaths": true, "dead": true, "casualties": true, "injured": true, "wounded": true,
	"arrests": true, "arrested": true, "homes": true, "houses": true, "buildings": true,
	"vehicles": true, "cars": true, "rebels": true, "fighters": true, "militants": true,
	"voters": true, "votes": true, "jobs": true, "victims": true, "others": true,
}

// nounStops end the search for the counted noun: function words, auxiliaries and other words
// that never head a noun phrase.
var nounStops = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true,
	"in": true, "on": true, "at": true, "to": true, "from": true, "by": true, "with": true,
	"for": true, "as": true, "that": true, "who": true, "whom": true, "which": true, "whose": true,
	"were": true, "was": true, "are": true, "is": true, "be": true, "been": true, "being": true,
	"have": true, "has": true, "had": true, "will": true, "would": true, "could": true,
	"should": true, "may": true, "might": true, "can": true, "did": true, "do": true, "does": true,
	"not": true, "since": true, "after": true, "before": true, "when": true, "while": true,
	"during": true, "into": true, "out": true, "off": true, "up": true, "down": true, "over": true,
	"under": true, "there": true, "here": true, "this": true, "these": true, "those": true,
	"it": true, "they": true, "he": true, "she": true, "we": true, "you": true, "i": true,
	"per": true, "than": true, "then": true, "so": true, "also": true, "still": true,
	"each": true, "all": true, "both": true, "said": true, "say": true, "says": true,
	"died": true, "die": true, "dies": true, "remain": true, "remained": true, "remains": true,
	"including": true, "among": true, "against": true, "across": true, "through": true,
	"near": true, "outside": true, "inside": true, "ago": true, "later": true, "earlier": true,
	"if": true, "because": true, "where": true, "what": true, "how": true, "why": true,
	"them": true, "us": true, "him": true, "her": true, "me": true, "their": true, "its": true,
	"his": true, "our": true, "my": true, "your": true, "more": true, "less": true,
	"fled": true, "left": true, "took": true, "went": true, "came": true, "got": true,
	"alone": true, "too": true, "very": true, "only": true, "just": true, "even": true,
	"about": true, "around": true, "toward": true, "towards": true, "upon": true, "via": true,
	"without": true, "within": true, "between": true, "behind": true, "beyond": true, "until": true,
	"throughout": true, "along": true, "despite": true, "amid": true, "like": true, "unlike": true,
	"percent": true, "per-cent": true, "away": true, "themselves": true, "himself": true,
	"herself": true, "itself": true, "apart": true, "back": true, "last": true, "next": true,
}

// units are nouns of measure: the count is of them, whatever follows ("6 feet tall",
// "a 15 inch slash", "9 mm handgun").
var wordUnits = map[string]bool{
	"feet": true, "foot": true, "ft": true, "inch": true, "inches": true, "pounds": true,
	"pound": true, "lbs": true, "lb": true, "miles": true, "mile": true, "yards": true,
	"meters": true, "metres": true, "kilometers": true, "kilometres": true, "km": true,
	"kilos": true, "kilograms": true, "kg": true, "grams": true, "ounces": true, "mm": true,
	"cm": true, "years": true, "year": true, "months": true, "month": true, "weeks": true,
	"week": true, "days": true, "day": true, "hours": true, "hour": true, "minutes": true,
	"minute": true, "seconds": true, "times": true, "acres": true, "hectares": true,
	"tons": true, "tonnes": true, "liters": true, "litres": true, "gallons": true,
	"barrels": true, "degrees": true, "dollars": true, "euros": true, "pesos": true,
	"bolivianos": true, "cents": true, "points": true, "votes": true, "seats": true,
}

// predicates follow a noun but are not part of it: "seven people dead", "30 injured".
var predicates = map[string]bool{
	"dead": true, "alive": true, "missing": true, "hurt": true, "injured": true, "wounded": true,
	"killed": true, "safe": true, "together": true, "apiece": true, "aboard": true, "total": true,
	"overall": true, "altogether": true, "confirmed": true, "reported": true,
}

// verbs follow a number used as a pronoun ("six ran away") or a plural subject; never nouns.
var verbs = map[string]bool{
	"struck": true, "rose": true, "threw": true, "drove": true, "broke": true, "spoke": true,
	"wrote": true, "chose": true, "flew": true, "stole": true, "swore": true, "tore": true,
	"bought": true, "caught": true, "thought": true, "led": true, "sent": true, "built": true,
	"felt": true, "dealt": true, "meant": true, "slept": true, "swept": true, "paid": true,
	"sold": true, "heard": true, "understood": true, "shut": true, "quit": true, "went": true,
	"came": true, "got": true, "took": true, "gave": true, "did": true, "had": true, "knew": true,
	"grew": true, "drew": true, "blew": true, "ate": true, "became": true, "forgot": true,
	"lost": true, "won": true, "fell": true, "ran": true, "held": true, "made": true, "met": true,
	"told": true, "saw": true, "stood": true, "sat": true, "spent": true,
	"brought": true, "kept": true, "found": true, "began": true, "fought": true, "fled": true,
	"gather": true, "march": true, "protest": true, "demand": true, "need": true, "want": true,
	"live": true, "work": true, "face": true, "take": true, "make": true, "join": true,
	"believe": true, "continue": true, "remain": true, "stay": true, "get": true, "go": true,
	"come": true, "hold": true, "lose": true, "seek": true, "sought": true, "stormed": true,
}

// participles may stand for the people counted: "30 wounded", "five killed".
var participles = map[string]bool{
	"killed": true, "wounded": true, "injured": true, "arrested": true, "detained": true,
	"displaced": true, "jailed": true, "abducted": true, "kidnapped": true, "evacuated": true,
	"affected": true, "infected": true, "disappeared": true, "imprisoned": true, "hospitalized": true,
	"hospitalised": true, "murdered": true, "executed": true, "deported": true, "expelled": true,
	"armed": true, "unarmed": true, "masked": true, "elected": true, "accused": true,
}

// preAdjectives may stand before a capitalized people noun: "ethnic Serbs", "fellow Kenyans".
var preAdjectives = map[string]bool{
	"ethnic": true, "fellow": true, "young": true, "elderly": true, "unarmed": true, "local": true,
	"foreign": true, "innocent": true, "civilian": true, "native": true, "indigenous": true,
}

// noun finds the head noun counted by the figure that ends before token k: "eight people",
// "thousands of workers", "40 gasoline trucks", "more than 30 others". It returns the noun
// (lower case, as written), its span and the index to resume from.
func (p *parser) noun(k int, n number) (string, testigo.Span, int) {
	t := p.tok(k)
	// "51.6 percent", "51.6%", "40 per cent"
	if t.text == "%" && t.start == p.tok(k-1).end {
		return "percent", testigo.Span{Start: t.start, End: t.end}, k + 1
	}
	if t.isWord("percent", "pct", "per-cent", "percentage") {
		return "percent", testigo.Span{Start: t.start, End: t.end}, k + 1
	}
	if t.isWord("per") && p.tok(k+1).isWord("cent") {
		return "percent", testigo.Span{Start: t.start, End: p.tok(k + 1).end}, k + 2
	}
	m := k
	// "thousands of workers", "eight of the victims", "a dozen of them"
	if t.isWord("of") {
		m++
		if p.tok(m).isWord("them", "us", "whom", "which", "these", "those", "you", "it") {
			return "", testigo.Span{}, k
		}
		if p.tok(m).isWord("the", "these", "those", "their", "its", "his", "her", "our", "my", "your") {
			m++
		}
		// "8 of the 30 victims": the inner number is read on its own.
		if p.tok(m).kind == tokNum {
			return "", testigo.Span{}, k
		}
	}
	// A plural scale word is a noun phrase of its own: "thousands of workers" has its noun
	// after "of", "thousands more marchers" after "more", but in "dozens flee" or
	// "hundreds sing" the next word is the verb (only a participle may stand for the people
	// counted: "dozens wounded").
	pluralHead := m == k && p.tok(k-1).isWord("tens", "dozens", "scores", "hundreds", "thousands", "millions")
	// "two more", "30 other people", "three additional officers"
	for p.tok(m).isWord("more", "other", "additional", "further", "extra") && !p.tok(m+1).isWord("than") {
		m++
	}
	var words []token
	for ; m < len(p.toks) && len(words) < 4; m++ {
		w := p.tok(m)
		if w.kind != tokWord && w.kind != tokComp {
			break
		}
		if w.kind == tokComp && hasDigit(w.text) && !isAgeLike(w.parts) {
			break
		}
		if nounStops[w.lower] || verbs[w.lower] || months[w.lower] && w.capitalized() {
			break
		}
		// Capitalized words may modify the noun ("three Iraqi civilians") or be it ("168
		// Liberians"), but a capital after a lower-case noun starts something else.
		if w.capitalized() && !p.headline() && len(words) > 0 && !words[len(words)-1].capitalized() && !preAdjectives[words[len(words)-1].lower] {
			break
		}
		if len(words) > 0 {
			if predicates[w.lower] || strings.HasSuffix(w.lower, "ed") || strings.HasSuffix(w.lower, "ly") || strings.HasSuffix(w.lower, "ing") {
				break
			}
		} else if strings.HasSuffix(w.lower, "ly") && w.lower != "family" && w.lower != "ally" {
			break
		} else if strings.HasSuffix(w.lower, "ed") && !participles[w.lower] && !p.adjectiveBeforeNoun(m) {
			break // "tens of thousands responded": a verb, not what is counted
		} else if pluralHead && m == k && !participles[w.lower] {
			break
		}
		words = append(words, w)
		if wordUnits[w.lower] {
			break // "6 feet tall": the unit is what is counted
		}
	}
	if len(words) == 0 {
		// "two more have died": "more" itself is the last word read.
		if m > k && p.tok(m-1).isWord("others") {
			w := p.tok(m - 1)
			return w.lower, testigo.Span{Start: w.start, End: w.end}, m
		}
		return "", testigo.Span{}, k
	}
	head := words[len(words)-1]
	// A capitalized last word is a noun only as a plural people ("Liberians", "Iraqis").
	if head.capitalized() && !p.headline() && !strings.HasSuffix(head.text, "s") {
		return "", testigo.Span{}, k
	}
	return head.lower, testigo.Span{Start: head.start, End: head.end}, m
}

// isAgeLike reports whether hyphen parts read as an age or size adjective: 23-year-old, 5-foot.
func isAgeLike(parts []string) bool {
	for _, p := range parts[1:] {
		switch p {
		case "year", "years", "month", "week", "day", "old", "foot", "feet", "meter", "metre", "mile", "kilometer", "kilometre", "hour", "minute", "storey", "story", "strong", "member", "person", "man", "point":
			return true
		}
	}
	return false
}

// headline reports whether the sentence is written in capitals or in Title Case, where
// capitalized nouns are still nouns. It is computed once per sentence.
func (p *parser) headline() bool {
	if p.upper == 0 {
		p.upper = -1
		upper, lower, capital := 0, 0, 0
		for _, t := range p.toks {
			if t.kind != tokWord {
				continue
			}
			if strings.ToUpper(t.text) == t.text {
				upper++
			} else {
				lower++
			}
			if len(t.text) > 3 && t.capitalized() {
				capital++
			} else if len(t.text) > 3 {
				capital--
			}
		}
		// ALL CAPS, or Title Case where long words are capitalized
		if upper > 2 && lower*4 < upper || capital >= 3 {
			p.upper = 1
		}
	}
	return p.upper == 1
}

// adjectiveBeforeNoun reports whether the "-ed" word at m is an adjective before the plural
// noun counted: "two collapsed buildings", "three damaged bridges". A verb is followed by
// its complement instead: "dozens gathered outside", "thousands responded to the call".
func (p *parser) adjectiveBeforeNoun(m int) bool {
	n := p.tok(m + 1)
	if n.kind != tokWord || n.capitalized() || !strings.HasSuffix(n.lower, "s") || strings.HasSuffix(n.lower, "ss") {
		return false
	}
	if nounStops[n.lower] || verbs[n.lower] || notPluralNoun[n.lower] {
		return false
	}
	return true
}

// notPluralNoun are words ending in "s" that follow a verb but count nothing.
var notPluralNoun = map[string]bool{
	"towards": true, "afterwards": true, "backwards": true, "always": true, "perhaps": true,
	"its": true, "his": true, "us": true, "thus": true, "besides": true, "plus": true,
	"unless": true, "across": true, "nearby": true, "outdoors": true, "indoors": true,
	"upstairs": true, "downstairs": true, "overseas": true, "sometimes": true, "whereas": true,
	"as": true, "has": true, "was": true, "is": true, "yes": true, "ours": true, "theirs": true,
}
