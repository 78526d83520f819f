package segment

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed chrome.txt
var chromeData string

// chromeRun matches a run of page-chrome phrases (chrome.txt), with a gallery counter ("3 of
// 12") before it and close marks ("×", and "Close" between two phrases) inside or after it.
var chromeRun, chromeFirstWords = compileChrome(chromeData)

// compileChrome returns the run pattern and the first word of every phrase: a paragraph
// holding none of them has no chrome, which spares the pattern (slow without a literal
// prefix) on nearly every paragraph.
func compileChrome(data string) (*regexp.Regexp, []string) {
	var alts, first []string
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if w, _, _ := strings.Cut(line, " "); !slices.Contains(first, w) {
			first = append(first, w)
		}
		var parts []string
		for _, p := range strings.Split(line, " * ") {
			parts = append(parts, strings.ReplaceAll(regexp.QuoteMeta(p), " ", `\s+`))
		}
		alts = append(alts, strings.Join(parts, `(?:\s+\S+){1,4}?\s+`))
	}
	if len(alts) == 0 {
		return nil, nil
	}
	phrase := `(?:` + strings.Join(alts, "|") + `)\b`
	return regexp.MustCompile(`(?:\b\d{1,3} of \d{1,3}\s+)?\b` + phrase + `(?:(?:\s*(?:×|Close\b))*\s*` + phrase + `)*(?:\s*×)?`), first
}

// chromeCuts returns the cuts around each run of page chrome in para: where it starts and
// where it ends, relative to para. Chrome is followed by the end of the paragraph or by what
// starts a sentence or a caption (a capital, a digit, a quote); a phrase going on in lower
// case is the article's own ("the image caption read ...").
func chromeCuts(para string) []int {
	if chromeRun == nil || !slices.ContainsFunc(chromeFirstWords, func(w string) bool { return strings.Contains(para, w) }) {
		return nil
	}
	var cuts []int
	for _, m := range chromeRun.FindAllStringIndex(para, -1) {
		rest := strings.TrimLeftFunc(para[m[1]:], unicode.IsSpace)
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘", r) {
			continue
		}
		cuts = append(cuts, m[0], m[1])
	}
	return cuts
}
