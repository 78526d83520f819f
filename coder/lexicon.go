package coder

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed data/*.tsv
var dataFS embed.FS

// trigger is one way of writing an event: a sequence of words, "_" standing for a gap.
type trigger struct {
	Type    string
	Mode    string
	POS     byte     // 'v' verb, 'n' noun, 'p' phrase
	Words   []string // lower-case words of one surface form; "_" is a gap
	Gov     bool     // takes a complement that gives the mode (REQUEST, THREATEN, REJECT, AGREE)
	Attach  bool     // a casualty word: adds counts to a nearby event, starts one only if none
	Weak    bool     // a vague nominal mention
	Intrans bool     // not a trigger before an object
	Agent   bool     // a doer noun ("suicide bomber"): an attack only when told doing it
	Guest   bool     // an event only with a named guest or a meeting after it ("hosted talks")
	// Official: an event only when its actor holds office or speaks for a state ("the envoy
	// arrived in Cairo"); a private traveller or a unit arriving visits no one.
	Official bool
	// Asks: a request only for a thing one asks of another (words ask_object) or with "from"
	// after it ("sought help from", not "sought a second term").
	Asks bool
	// Venue: a gathering noun that is no protest when it is only where someone spoke ("the mayor
	// told a rally of port staff") unless a protest word is in its clause.
	Venue bool
	// Cued: a gathering verb that is a protest only with a protest word in its sentence
	// ("hundreds gathered outside the court, demanding his release", not "families gathered
	// for the funeral").
	Cued bool
	// Person: an act done to someone, an event only when a person or a group undergoes it
	// ("executed the dissident", "the two men were executed"), not a plan or an order
	// ("executed the plan", "the warrant was executed").
	Person bool
	// Blast: an effect of an explosion ("the windows were blown out"), an attack only with an
	// explosion told in its sentence or the two before.
	Blast   bool
	Base    bool     // the bare form of a verb, which may also be a noun ("a ban")
	Context []string // contexts the trigger itself implies
	Line    int      // line in triggers.tsv, to keep ties deterministic
}

// modeCue is a word that tells the mode of an event of some type.
type modeCue struct {
	Type, Mode string
	Where      byte // 'c' in a complement, 's' in the sentence
	Words      []string
}

// participant is a generic actor noun ("police", "demonstrators").
type participant struct {
	Words  []string
	Sector string
	Kind   string
}

// contextCue is a word that tells a PLOVER context.
type contextCue struct {
	Context string
	Words   []string
}

// lexicon is the coder's reference data, parsed once from the embedded data files.
type lexicon struct {
	byFirst      map[string][]trigger // triggers by their first word
	modes        []modeCue
	participants map[string][]participant // by first word
	contexts     []contextCue
	// contextByWord indexes the context cues by their first word; contextPrefix lists those
	// whose first word is a prefix ("terroris*").
	contextByWord map[string][]int
	contextPrefix []int
	words         map[string]map[string]bool // category -> set; multiword entries joined by " "
}

var lex = mustLoadLexicon()

func mustLoadLexicon() *lexicon {
	l, err := loadLexicon()
	if err != nil {
		// The data files are embedded: a parse error is a build defect, caught by the tests.
		panic(err)
	}
	return l
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{
		byFirst:      map[string][]trigger{},
		participants: map[string][]participant{},
		words:        map[string]map[string]bool{},
	}
	if err := readTSV("data/triggers.tsv", 4, func(n int, f []string) error {
		return l.addTrigger(n, f)
	}); err != nil {
		return nil, err
	}
	if err := readTSV("data/modes.tsv", 4, func(n int, f []string) error {
		if len(f[2]) != 1 || (f[2][0] != 'c' && f[2][0] != 's') {
			return fmt.Errorf("where %q is not c or s", f[2])
		}
		l.modes = append(l.modes, modeCue{Type: f[0], Mode: f[1], Where: f[2][0], Words: strings.Fields(f[3])})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("data/participants.tsv", 3, func(n int, f []string) error {
		noun := f[0]
		exact := strings.HasSuffix(noun, "!")
		noun = strings.TrimSuffix(noun, "!")
		words := strings.Fields(noun)
		forms := [][]string{words}
		if !exact {
			last := words[len(words)-1]
			for _, p := range pluralForms(last) {
				w := append(append([]string{}, words[:len(words)-1]...), p)
				forms = append(forms, w)
			}
		}
		for _, w := range forms {
			l.participants[w[0]] = append(l.participants[w[0]], participant{Words: w, Sector: f[1], Kind: f[2]})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("data/contexts.tsv", 2, func(n int, f []string) error {
		l.contexts = append(l.contexts, contextCue{Context: f[0], Words: strings.Fields(f[1])})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("data/words.tsv", 2, func(n int, f []string) error {
		set := l.words[f[0]]
		if set == nil {
			set = map[string]bool{}
			l.words[f[0]] = set
		}
		for _, w := range strings.Fields(f[1]) {
			set[strings.ReplaceAll(w, "_", " ")] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	l.contextByWord = map[string][]int{}
	for i, c := range l.contexts {
		if w := c.Words[0]; strings.HasSuffix(w, "*") {
			l.contextPrefix = append(l.contextPrefix, i)
		} else {
			l.contextByWord[w] = append(l.contextByWord[w], i)
		}
	}
	for k := range l.byFirst {
		ts := l.byFirst[k]
		// Longest first, so the most specific phrase wins at a position.
		sort.SliceStable(ts, func(i, j int) bool {
			if len(ts[i].Words) != len(ts[j].Words) {
				return len(ts[i].Words) > len(ts[j].Words)
			}
			return ts[i].Line < ts[j].Line
		})
	}
	for k := range l.participants {
		ps := l.participants[k]
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].Words) > len(ps[j].Words) })
	}
	return l, nil
}

// participantThing is the kind of a participants.tsv phrase whose role word only modifies a
// thing ("press conference"): it names no participant.
const participantThing = "thing"

// readTSV calls fn with the fields of each non-comment line of an embedded file.
func readTSV(name string, minFields int, fn func(line int, fields []string) error) error {
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("coder: reading %s: %w", name, err)
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < minFields {
			return fmt.Errorf("coder: %s:%d: want %d tab-separated fields, have %d", name, i+1, minFields, len(f))
		}
		if err := fn(i+1, f); err != nil {
			return fmt.Errorf("coder: %s:%d: %w", name, i+1, err)
		}
	}
	return nil
}

func (l *lexicon) addTrigger(line int, f []string) error {
	t := trigger{Type: f[0], Mode: f[1], Line: line}
	if len(f[2]) != 1 || !strings.Contains("vnp", f[2]) {
		return fmt.Errorf("pos %q is not v, n or p", f[2])
	}
	t.POS = f[2][0]
	if len(f) > 4 {
		for _, flag := range strings.Split(f[4], ",") {
			switch {
			case flag == "gov":
				t.Gov = true
			case flag == "attach":
				t.Attach = true
			case flag == "weak":
				t.Weak = true
			case flag == "intrans":
				t.Intrans = true
			case flag == "agent":
				t.Agent = true
			case flag == "guest":
				t.Guest = true
			case flag == "official":
				t.Official = true
			case flag == "asks":
				t.Asks = true
			case flag == "venue":
				t.Venue = true
			case flag == "cued":
				t.Cued = true
			case flag == "person":
				t.Person = true
			case flag == "blast":
				t.Blast = true
			case strings.HasPrefix(flag, "ctx="):
				t.Context = strings.Split(strings.TrimPrefix(flag, "ctx="), "+")
			case flag == "":
			default:
				return fmt.Errorf("unknown flag %q", flag)
			}
		}
	}
	words := strings.Fields(f[3])
	if len(words) == 0 {
		return fmt.Errorf("empty phrase")
	}
	var heads []string
	switch t.POS {
	case 'v':
		heads = verbForms(words[0])
	case 'n':
		last := words[len(words)-1]
		for _, form := range append([]string{last}, pluralForms(last)...) {
			w := append(append([]string{}, words[:len(words)-1]...), form)
			tt := t
			tt.Words = w
			l.byFirst[w[0]] = append(l.byFirst[w[0]], tt)
		}
		return nil
	default:
		heads = []string{words[0]}
	}
	for i, h := range heads {
		tt := t
		tt.Base = t.POS == 'v' && i == 0
		tt.Words = append([]string{h}, words[1:]...)
		l.byFirst[h] = append(l.byFirst[h], tt)
	}
	return nil
}

// verbForms returns the inflections of a verb: "kill" gives kill kills killed killing; an
// irregular verb is written with its forms joined by "/".
func verbForms(v string) []string {
	if strings.Contains(v, "/") {
		return strings.Split(v, "/")
	}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		return []string{v, v + "s", v + "d", v + "ing"}
	case strings.HasSuffix(v, "ie"):
		return []string{v, v + "s", v + "d", v[:n-2] + "ying"}
	case strings.HasSuffix(v, "e"):
		return []string{v, v + "s", v + "d", v[:n-1] + "ing"}
	case n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return []string{v, v[:n-1] + "ies", v[:n-1] + "ied", v + "ing"}
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		return []string{v, v + "es", v + "ed", v + "ing"}
	}
	return []string{v, v + "s", v + "ed", v + "ing"}
}

// pluralForms returns the plural of a noun.
func pluralForms(w string) []string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "man"):
		return []string{w[:n-3] + "men"}
	case n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return []string{w[:n-1] + "ies"}
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return []string{w + "es"}
	}
	return []string{w + "s"}
}

// is reports whether w (lower case; several words joined by spaces) is in a word category.
func (l *lexicon) is(category, w string) bool { return l.words[category][w] }
