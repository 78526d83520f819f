package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"testigo"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, s.Text(text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "Rain fell. The river rose.", []string{"Rain fell.", "The river rose."}},
		{"titles", "Gen. Ortiz met Sen. Lake and Dr. Pym. They talked.",
			[]string{"Gen. Ortiz met Sen. Lake and Dr. Pym.", "They talked."}},
		{"honorifics", "Mr. Tan and Mrs. Tan met Ms. Roe at St. Mary's church. Rep. Kim came too.",
			[]string{"Mr. Tan and Mrs. Tan met Ms. Roe at St. Mary's church.", "Rep. Kim came too."}},
		{"months", "The vote is on Sept. 3 and the count on Oct. 9. Results follow on Nov. 12, officials said.",
			[]string{"The vote is on Sept. 3 and the count on Oct. 9.", "Results follow on Nov. 12, officials said."}},
		{"acronym inside", "The U.S. Embassy and the U.N. mission closed. Staff left.",
			[]string{"The U.S. Embassy and the U.N. mission closed.", "Staff left."}},
		{"acronym at end", "Aid arrived from the U.S. The army stayed.",
			[]string{"Aid arrived from the U.S.", "The army stayed."}},
		{"latin", "Some towns, e.g. Oruro, i.e. the west, voted vs. the east. Others did not.",
			[]string{"Some towns, e.g. Oruro, i.e. the west, voted vs. the east.", "Others did not."}},
		{"number", "Decree No. 4078 was signed. It shields troops.",
			[]string{"Decree No. 4078 was signed.", "It shields troops."}},
		{"companies", "Acme Inc. and Zed Corp. and Lox Ltd. merged. Jones Jr. objected.",
			[]string{"Acme Inc. and Zed Corp. and Lox Ltd. merged.", "Jones Jr. objected."}},
		{"times", "The march began at 9 a.m. and ended at 6 p.m. Thursday.",
			[]string{"The march began at 9 a.m. and ended at 6 p.m. Thursday."}},
		{"times then starter", "It ended at 6 p.m. The square emptied.",
			[]string{"It ended at 6 p.m.", "The square emptied."}},
		{"initials", "Analyst Mara T. Quist wrote the report. It sold.",
			[]string{"Analyst Mara T. Quist wrote the report.", "It sold."}},
		{"decimal", "Turnout was 51.6 percent. Nobody expected it.",
			[]string{"Turnout was 51.6 percent.", "Nobody expected it."}},
		{"closing curly quote", "“We will stay in the square.” He added that more would come.",
			[]string{"“We will stay in the square.”", "He added that more would come."}},
		{"closing straight quote", `"We will stay." She nodded.`, []string{`"We will stay."`, "She nodded."}},
		{"ellipsis in quote", "“We cannot go on mourning….” We must vote.",
			[]string{"“We cannot go on mourning….”", "We must vote."}},
		{"three dots then lower", "They waited... and waited. Then it rained.",
			[]string{"They waited... and waited.", "Then it rained."}},
		{"question and exclamation", "Who fired? Nobody knows! Calm returned.",
			[]string{"Who fired?", "Nobody knows!", "Calm returned."}},
		{"question inside quote", `"Why now?" he asked. Nobody answered.`,
			[]string{`"Why now?" he asked.`, "Nobody answered."}},
		{"heading line", "Clashes spread in the capital\n\nTroops fired on marchers. Three died.",
			[]string{"Clashes spread in the capital", "Troops fired on marchers.", "Three died."}},
		{"heading single newline", "Clashes spread\nTroops fired on marchers in the main square of the city on Friday.",
			[]string{"Clashes spread", "Troops fired on marchers in the main square of the city on Friday."}},
		{"hard wrapped prose", "Troops fired on marchers in the main square\nof the city on Friday. Three died.",
			[]string{"Troops fired on marchers in the main square\nof the city on Friday.", "Three died."}},
		{"byline and date", "By Ana Ruiz  \n16 November 2019", []string{"By Ana Ruiz", "16 November 2019"}},
		{"headline over byline and date", "Troops open fire on a fuel-price march in the capital\nBy Ana Ruiz\n16 November 2019",
			[]string{"Troops open fire on a fuel-price march in the capital", "By Ana Ruiz", "16 November 2019"}},
		{"wrapped sentence ending on a short capitalised line", "Troops fired on marchers in the main square, witnesses told\nReporters Today.",
			[]string{"Troops fired on marchers in the main square, witnesses told\nReporters Today."}},
		{"short lines", "Ana Ruiz\nSenior Reporter", []string{"Ana Ruiz", "Senior Reporter"}},
		{"paragraphs never crossed", "One ends here\n\nTwo starts here.", []string{"One ends here", "Two starts here."}},
		{"sentence across paragraphs", "The tests showed the results were\n\nmanipulated to give a win. Then came the report.",
			[]string{"The tests showed the results were\n\nmanipulated to give a win.", "Then came the report."}},
		{"crlf", "First line.\r\n\r\nSecond one.\r\n", []string{"First line.", "Second one."}},
		{"spaces-only line", "First.\n   \t\nSecond.", []string{"First.", "Second."}},
		{"year then sentence", "It happened in 2019. The year after was calmer.",
			[]string{"It happened in 2019.", "The year after was calmer."}},
		{"url", "See example.com for details. Done.", []string{"See example.com for details.", "Done."}},
		{"paren", "They left (all of them.) Silence followed.", []string{"They left (all of them.)", "Silence followed."}},
		{"numbered list", "1. Police fired.\n2. Crowds ran.", []string{"1. Police fired.", "2. Crowds ran."}},
		{"number ends sentence", "The toll rose to 12. Nobody was arrested.", []string{"The toll rose to 12.", "Nobody was arrested."}},
		{"long title-case headline over wrapped prose", "Bakers Walk Out Over Flour Prices Across the Northern Provinces\nBakers in three northern provinces walked out on Monday over the price of\nflour, their union said, and shops stayed shut until the evening.",
			[]string{"Bakers Walk Out Over Flour Prices Across the Northern Provinces",
				"Bakers in three northern provinces walked out on Monday over the price of\nflour, their union said, and shops stayed shut until the evening."}},
		{"long headline over a dateline", "Bakers walk out over flour prices across the northern provinces on Monday\nTARIJA, Bolivia - Bakers in three northern provinces walked out on Monday over the price of\nflour, their union said.",
			[]string{"Bakers walk out over flour prices across the northern provinces on Monday",
				"TARIJA, Bolivia - Bakers in three northern provinces walked out on Monday over the price of\nflour, their union said."}},
		{"wrapped prose before capitals", "Bakers in three northern provinces walked out on Monday, said the\nFNTB, and shops stayed shut until the evening across the north.",
			[]string{"Bakers in three northern provinces walked out on Monday, said the\nFNTB, and shops stayed shut until the evening across the north."}},
		{"no space after period", "Bakers sold out of bread.On Sunday the ovens stayed cold.",
			[]string{"Bakers sold out of bread.", "On Sunday the ovens stayed cold."}},
		{"no space after quote", "“We sell every loaf.”The owner smiled.Crowds left?Nobody knew.",
			[]string{"“We sell every loaf.”", "The owner smiled.", "Crowds left?", "Nobody knew."}},
		{"glued domain and initialism", "Read it on shop.Com and at Shop.Net; the U.S.Navy and v2.Beta and Acme Co.Ltd stayed.",
			[]string{"Read it on shop.Com and at Shop.Net; the U.S.Navy and v2.Beta and Acme Co.Ltd stayed."}},
		{"glued url path", "See www.bakery.News/today and mail me@shop.Org now.",
			[]string{"See www.bakery.News/today and mail me@shop.Org now."}},
		{"glued acronym and single letter", "He met the UN.The talks and plan A.Then more.",
			[]string{"He met the UN.", "The talks and plan A.Then more."}},
		{"empty", "", nil},
		{"blank", " \n\n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestParagraphIndex(t *testing.T) {
	text := "Title here\n\nThe figures were\n\nrevised later. Officials agreed.\n\nLast one."
	paras := Paragraphs(text)
	if len(paras) != 3 {
		t.Fatalf("got %d paragraphs, want 3: %v", len(paras), paras)
	}
	var idx []int
	for _, s := range Sentences(text) {
		idx = append(idx, s.Paragraph)
		if !paras[s.Paragraph].Contains(s.Span) {
			t.Errorf("sentence %v outside its paragraph %v", s.Span, paras[s.Paragraph])
		}
	}
	want := []int{0, 1, 1, 2}
	if len(idx) != len(want) {
		t.Fatalf("paragraph indexes %v, want %v", idx, want)
	}
	for i := range want {
		if idx[i] != want[i] {
			t.Fatalf("paragraph indexes %v, want %v", idx, want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	text := "  A b.\r\nC d.\r\n \r\n\r\nE f.  \n"
	got := Paragraphs(text)
	want := []testigo.Span{{Start: 2, End: 12}, {Start: 19, End: 23}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("Paragraphs = %v, want %v", got, want)
	}
}

// checkSpans verifies the invariants every caller relies on.
func checkSpans(t *testing.T, text string) {
	t.Helper()
	paras := Paragraphs(text)
	prev := 0
	for _, p := range paras {
		checkSpan(t, text, p, prev)
		prev = p.End
	}
	prev = 0
	sents := Sentences(text)
	for _, s := range sents {
		checkSpan(t, text, s.Span, prev)
		if s.Paragraph < 0 || s.Paragraph >= len(paras) || !paras[s.Paragraph].Contains(s.Span) {
			t.Fatalf("sentence %v not inside paragraph %d of %v", s.Span, s.Paragraph, paras)
		}
		prev = s.End
	}
	prev = 0
	for _, s := range Resplit(text, sents) {
		checkSpan(t, text, s.Span, prev)
		if i := SentenceAt(sents, s.Start); i < 0 || !sents[i].Contains(s.Span) {
			t.Fatalf("resplit sentence %v not inside a sentence of %v", s.Span, sents)
		}
		prev = s.End
	}
}

func checkSpan(t *testing.T, text string, s testigo.Span, prev int) {
	t.Helper()
	if s.Start < prev || s.End <= s.Start || s.End > len(text) {
		t.Fatalf("bad span %v (previous end %d, text length %d) in %q", s, prev, len(text), text)
	}
	if !boundary(text, s.Start) || !boundary(text, s.End) {
		t.Fatalf("span %v splits a UTF-8 sequence in %q", s, text)
	}
	if s.Text(text) != strings.TrimFunc(s.Text(text), isSpace) {
		t.Fatalf("span %v has surrounding white space: %q", s, s.Text(text))
	}
}

// boundary reports whether i starts a rune as Go decodes s (an invalid byte is a rune of
// its own), or is the end of s.
func boundary(s string, i int) bool {
	for j := 0; j < len(s); {
		if j == i {
			return true
		}
		if j > i {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	}
	return i == len(s)
}

func FuzzSentences(f *testing.F) {
	for _, seed := range []string{
		"", "a", ".", "...", "…", "\n\n", "A. B. C.", "Mr.", "U.S. The", "x\n\ny", "“Hi.” He",
		"Gen. Z went. \r\n\r\n then", "\xff\xfe. A", "a\u00a0b. C\u2003d", "¿Qué? ¡Sí!",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text)
	})
}

const benchArticle = `Unrest spreads after disputed vote

The capital was tense on Friday as thousands marched toward the central square. Gen. Luis Ortiz said troops would "restore order." Police fired tear gas near the U.S. Embassy at about 4 p.m., witnesses said.

“We will not leave until the results are reviewed.” One organizer, Ana R. Vega, added that 51.6 percent of voters had been ignored. Who gave the order? Nobody would say!

The ombudsman's office reported that the number of injured had risen to at least 42, and that the figures were

revised twice during the night. Officials of Acme Corp. and the U.N. mission declined to comment.
`

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat(benchArticle+"\n", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}

func TestSentenceAt(t *testing.T) {
	text := "One two. Three four.\n\nFive."
	sents := Sentences(text)
	for _, tc := range []struct{ offset, want int }{
		{0, 0}, {7, 0}, {8, -1}, {9, 1}, {19, 1}, {20, -1}, {22, 2}, {27, -1}, {-1, -1},
	} {
		if got := SentenceAt(sents, tc.offset); got != tc.want {
			t.Errorf("SentenceAt(%d) = %d, want %d (sentences %v)", tc.offset, got, tc.want, sents)
		}
	}
}
