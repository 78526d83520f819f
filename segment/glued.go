package segment

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"testigo"
)

// Web text often loses the white space between a headline, a caption or a sentence and the
// next one ("...in the cityThe army said", "...the regime.A US official", "in the
// 1990sWhen"). The rules here find such junctions; each wants clear evidence on both sides,
// since camel-case names ("McDonald", "YouTube", "iPhone"), initials, decimals, domains and
// addresses look alike.

//go:embed openers.txt
var openerData string

// openers are words that, glued to a capitalized word or a number, start a new sentence.
var openers = parseWordList(openerData)

func parseWordList(data string) map[string]bool {
	m := make(map[string]bool)
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[strings.ToLower(line)] = true
		}
	}
	return m
}

// spacedEllipsis reports whether the period at para[i] is one of a spaced ellipsis (". . .")
// other than its last.
func spacedEllipsis(para string, i int) bool {
	if para[i] != '.' {
		return false
	}
	return strings.HasPrefix(para[i+1:], " . .") || i > 0 && para[i-1] == ' ' && strings.HasPrefix(para[i+1:], " .")
}

// tokenBefore returns the start of the run of letters and digits that ends at para[j], and
// whether the character before it (if any) may precede a word: white space or opening or
// closing punctuation, not a period, slash, "@", "#" or other part of a URL, address or tag.
func tokenBefore(para string, j int) (int, bool) {
	w := j
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(para[:w])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		w -= n
	}
	if w == 0 {
		return w, true
	}
	r, _ := utf8.DecodeLastRuneInString(para[:w])
	return w, isSpace(r) || isOpener(r) || isCloser(r) || r == '“' || r == '‘'
}

type tokenKind uint8

const (
	otherToken   tokenKind = iota
	wordToken              // letters ending in two or more lower-case ones: "cakes", "Police"
	numberToken            // digits, maybe with a short lower-case suffix: "2018", "17th", "1990s"
	acronymToken           // two to five capital letters: "UN", "AFP"
)

// classify tells what kind of token s is.
func classify(s string) tokenKind {
	digits, lowerTail, letters := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			if letters > 0 {
				return otherToken // "v2", "mp3"
			}
			digits++
		case unicode.IsLower(r):
			letters++
			lowerTail++
		case unicode.IsLetter(r):
			if digits > 0 {
				return otherToken // "10MB"
			}
			letters++
			lowerTail = 0
		default:
			return otherToken
		}
	}
	switch {
	case digits > 0 && letters <= 3:
		return numberToken
	case digits == 0 && lowerTail >= 2:
		return wordToken
	case digits == 0 && lowerTail == 0 && letters >= 2 && letters <= 5 && letters == utf8.RuneCountInString(s):
		return acronymToken
	}
	return otherToken
}

// capitalWord reports whether s starts with a word of an upper-case letter then lower-case
// ones that is not part of a domain, path or address, and returns the word.
func capitalWord(s string) (string, bool) {
	r1, n1 := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n1:])
	if !unicode.IsUpper(r1) || !unicode.IsLower(r2) {
		return "", false
	}
	word := s
	if k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		word = s[:k]
		if c := s[k]; c == '.' && k+1 < len(s) && s[k+1] != ' ' || c == '/' || c == '@' {
			return "", false // "example.Com/news", "News.Site.org"
		}
	}
	return word, !topLevelDomains[strings.ToLower(word)]
}

// openerWord reports whether s starts with a word of the openers list, capitalized and
// followed by a space or a comma.
func openerWord(s string) bool {
	word, ok := capitalWord(s)
	if !ok && !strings.HasPrefix(s, "A ") {
		return false
	}
	rest := s[len(word):]
	return openers[strings.ToLower(word)] && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ","))
}

// singleLetterWord reports whether s starts with "A" or "I" standing as a word: "A US
// official said", "I was there".
func singleLetterWord(s string) bool {
	return len(s) >= 3 && (s[0] == 'A' || s[0] == 'I') && s[1] == ' ' && unicode.IsLetter(rune(s[2]))
}

// acronymWord reports whether s starts with two to five capital letters standing as a word
// ("US-backed", "GNB General"), not a domain.
func acronymWord(s string) bool {
	k := 0
	for k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	if k < 2 || k > 5 || k == len(s) || topLevelDomains[strings.ToLower(s[:k])] {
		return false
	}
	return s[k] == ' ' || s[k] == '-' || s[k] == ',' || s[k] == ':'
}

// gluedBreak decides whether terminal punctuation at para[i:end], with no white space after
// it, still ends a sentence, and where: a word of two or more lower-case letters, a number
// or an acronym before it and a sentence start after it ("cakes.In", "said?The", "in
// 2018.The", "told AFP.Police", "regime.A US", "killed.“They", "war.US-backed"). Decimals, initialisms ("U.S.-led"),
// abbreviations, domains and addresses go on.
func gluedBreak(para string, i, end, periods int, strong bool) (int, bool) {
	at := end
	rest := para[end:]
	// A straight double quote glued after the period opens the next sentence when the
	// quotes before it are balanced.
	if para[end-1] == '"' && end-1 > i && strings.Count(para[:end-1], `"`)%2 == 0 {
		at = end - 1
		rest = para[at:]
	}
	quoted := false
	for {
		r, n := utf8.DecodeRuneInString(rest)
		if r != '“' && r != '‘' && r != '"' && r != '[' && r != '(' && r != '«' {
			break
		}
		quoted = true
		rest = rest[n:]
	}
	token := wordBefore(para, i)
	if strings.Contains(token, ".") || abbreviations[strings.ToLower(token)] != notAbbrev {
		// "p.m.The", "Inc.The": only a word that opens sentences ends the abbreviation's one.
		if abbreviations[strings.ToLower(token)] == abbrevTitle {
			return at, false
		}
		_, ok := capitalWord(rest)
		return at, ok && startsSentence(rest)
	}
	if periods > 1 && !strong {
		return at, false // an ellipsis glued to a word: too uncertain
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(para[:j])
		if !isCloser(r) {
			break
		}
		j -= n // `(1530 UTC).`, `"outrages".`
	}
	percent := j > 0 && para[j-1] == '%'
	if percent {
		j-- // "rose 3%.The"
	}
	w, ok := tokenBefore(para, j)
	if !ok || w == j {
		return at, false
	}
	if first, _ := utf8.DecodeRuneInString(rest); quoted && unicode.IsUpper(first) {
		return at, true // an opening quote or bracket: `killed."I saw`, "(1530 UTC).“There"
	}
	kind := classify(para[w:j])
	if kind == otherToken || percent && kind != numberToken {
		return at, false
	}
	if _, ok := capitalWord(rest); ok {
		return at, !quoted
	}
	if quoted {
		return at, false
	}
	if kind == acronymToken {
		return at, false
	}
	if singleLetterWord(rest) {
		return at, kind == wordToken || j-w >= 2 // "regime.A US", "in 2017.A man"
	}
	return at, kind == wordToken && j-w >= 3 && lowerRun(para[:j]) >= 3 && acronymWord(rest)
}

// lowerRun counts the lower-case letters at the end of s.
func lowerRun(s string) int {
	k := 0
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLower(r) {
			break
		}
		k++
		s = s[:len(s)-n]
	}
	return k
}

// gluedJunction looks for a sentence junction without terminal punctuation at para[i]
// (start is where the current sentence began): a capitalized word glued to the one before
// (camelJunction), a wiki heading ("==Reactions=="), a list bullet glued to the item before,
// a quoted caption, a bracketed link title. It returns where the cut goes and, for a
// heading, where the next one does.
func gluedJunction(para string, i, start int) (at, next int, ok bool) {
	if i == 0 {
		return 0, 0, false
	}
	c := para[i]
	prev, _ := utf8.DecodeLastRuneInString(para[:i])
	switch {
	case c == '=':
		if h := headingEnd(para, i); h > 0 {
			return i, h, true
		}
	case c == '*':
		// A bullet glued to the item before ("bombing* 2014 attack"); not a starred word
		// ("f*ck") nor a name ("PV*SOL", "ISBN* code").
		if i+1 < len(para) && (unicode.IsLower(prev) || prev == ':' || prev == '.') &&
			(para[i+1] == ' ' || isDigit(para[i+1]) || para[i+1] >= 'A' && para[i+1] <= 'Z') {
			return i, i, true
		}
	case c == '\'' || c == '"':
		// A quoted caption glued on either side ("the area'Hold the line'Officials ..."):
		// an opening quote goes with what follows, a closing one with what precedes.
		if lowerRun(para[:i]) >= 3 {
			if _, ok := capitalWord(para[i+1:]); ok {
				if strings.Count(para[start:i], string(c))%2 == 1 {
					return i + 1, i + 1, true
				}
				return i, i, true
			}
		}
	case c == ']':
		if bracketTitle(para, i) {
			if _, ok := capitalWord(para[i+1:]); ok {
				return i + 1, i + 1, true
			}
		}
	case c >= 'A' && c <= 'Z':
		if camelJunction(para, i) {
			return i, i, true
		}
	}
	return 0, 0, false
}

// junctionCandidate reports, cheaply, whether byte c after byte before may open a glued
// junction for gluedJunction to look at: most capitals start a word after white space or
// punctuation, while a junction has a letter or digit before.
func junctionCandidate(c, before byte) bool {
	if c >= 'A' && c <= 'Z' {
		return before >= '0' && before <= '9' || before >= 'A' || before >= 0x80
	}
	return c == '=' || c == '*' || c == '\'' || c == '"' || c == ']'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// headingEnd returns where a wiki heading opening at i ("==Reactions==", "=== See also ===")
// ends, or 0: a short run of words between two runs of two or more "=", with no sentence
// punctuation.
func headingEnd(para string, i int) int {
	j := i
	for j < len(para) && para[j] == '=' {
		j++
	}
	if j-i < 2 {
		return 0
	}
	k := j
	for k < len(para) && k-j <= 60 && para[k] != '=' && para[k] != '.' && para[k] != '\n' {
		k++
	}
	if k >= len(para) || para[k] != '=' || strings.TrimSpace(para[j:k]) == "" {
		return 0
	}
	e := k
	for e < len(para) && para[e] == '=' {
		e++
	}
	if e-k != j-i {
		return 0
	}
	return e
}

// bracketTitle reports whether the "]" at para[i] closes a bracketed title of several words
// that itself follows the end of a sentence ("...the vote.[Read more on the crisis]Troops"):
// a link to another article, which stands alone.
func bracketTitle(para string, i int) bool {
	o := strings.LastIndexByte(para[:i], '[')
	if o < 0 || i-o > 200 || strings.ContainsAny(para[o+1:i], "[]") {
		return false
	}
	title := para[o+1 : i]
	if strings.Count(title, " ") < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(title)
	if !unicode.IsUpper(r) {
		return false
	}
	before := strings.TrimRightFunc(para[:o], isCloser)
	last, _ := utf8.DecodeLastRuneInString(before)
	return isTerminator(last) || unicode.IsLower(last)
}

// camelJunction reports whether the capital letter at para[i] starts a sentence glued to the
// token before it: after a word of three or more lower-case letters that starts in lower
// case, any capitalized word or "A" ("in the streetPolice said", "calls for calmA source");
// after a capitalized word or a number, only a word that opens sentences ("in SyriaThe
// desert", "on 17 January 2018The republic"); after a decade, any capitalized word ("in the
// 1990sWhen"); after a word of lower-case letters, a dateline in capitals ("blastsKANDAHAR,").
// Names in camel case ("iPhone", "McDonald", "YouTube", "LinkedIn", "MacArthur") stay whole.
func camelJunction(para string, i int) bool {
	w, ok := tokenBefore(para, i)
	if !ok || w == i {
		return false
	}
	token, rest := para[w:i], para[i:]
	switch classify(token) {
	case wordToken:
		low := lowerRun(token)
		first, _ := utf8.DecodeRuneInString(token)
		if datelineAt(rest) {
			return low >= 2
		}
		if unicode.IsLower(first) && low == utf8.RuneCountInString(token) && low >= 3 {
			if openWords[token] && token != "said" {
				return false // no sentence ends on "the", "with": "while theRebel army" is a typo
			}
			word, ok := capitalWord(rest)
			if ok {
				// A sentence goes on after its first word; a name ends at a comma or a
				// bracket ("flew easyJet, then", "(easyJet)").
				next, _ := utf8.DecodeRuneInString(rest[len(word):])
				return next == ' ' || next == '\'' || next == '’'
			}
			return singleLetterWord(rest)
		}
		if low >= 3 && singleLetterWord(rest) && rest[0] == 'A' {
			return true // a headline glued to its lede: "Boston Bomb SuspectA court has"
		}
		return openerWord(rest)
	case numberToken:
		if strings.HasSuffix(token, "s") && len(token) >= 3 && isDigit(token[len(token)-2]) {
			_, ok := capitalWord(rest) // "the 1990sWhen"
			return ok
		}
		if strings.IndexFunc(token, unicode.IsLetter) < 0 {
			return openerWord(rest)
		}
	}
	return false
}

// datelineAt reports whether s opens with a dateline in capitals: a place name of three or
// more capital letters, then a comma or a dash ("KANDAHAR, Afghanistan", "NEW YORK —").
func datelineAt(s string) bool {
	j := 0
	for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] == ' ' && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z') {
		j++
	}
	if j < 3 || j == len(s) {
		return false
	}
	rest := s[j:]
	return rest[0] == ',' || strings.HasPrefix(rest, " —") || strings.HasPrefix(rest, " –") || strings.HasPrefix(rest, " - ")
}

// Resplit cuts each of sents again wherever Sentences would cut inside it, keeping its
// paragraph index: sentences from elsewhere (stored, or from an older segmenter) get the
// junctions of run-together web text. Sentences as Sentences returns them come back alike.
func Resplit(text string, sents []testigo.Sentence) []testigo.Sentence {
	out := make([]testigo.Sentence, 0, len(sents))
	for _, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			out = append(out, s)
			continue
		}
		start := s.Start
		emit := func(end int) {
			l, r := trimBounds(text[start:end])
			if l < r {
				x := s
				x.Span = testigo.Span{Start: start + l, End: start + r}
				out = append(out, x)
			}
			start = end
		}
		for _, cut := range sentenceCuts(text, s.Span) {
			emit(cut)
		}
		emit(s.End)
	}
	return out
}
