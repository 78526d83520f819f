package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in   string
		opt  FoldOptions
		want string
	}{
		{"“Quoted” ‘single’", FoldOptions{}, `"Quoted" 'single'`},
		{"10–12 — −5", FoldOptions{}, "10-12 - -5"},
		{"a\u00a0b\u2003c\u202fd", FoldOptions{}, "a b c d"},
		{"zero\u200bwidth soft\u00adhyphen", FoldOptions{}, "zerowidth softhyphen"},
		{"Potosí Áñez", FoldOptions{}, "Potosí Áñez"},
		{"Potosí Áñez", Match, "potosi anez"},
		{"e\u0301te\u0301", FoldOptions{}, "été"}, // NFC composes
		{"e\u0301te\u0301", Match, "ete"},
		{"ŁÓDŹ Straße Øre İstanbul", Match, "lodz strasse ore istanbul"},
		{"ﬁnal…", FoldOptions{Compat: true}, "final..."},
		{"ﬁnal…", FoldOptions{}, "ﬁnal…"},
		{"ＡＢＣ", Match, "abc"},
		{"MiXeD", FoldOptions{Lower: true}, "mixed"},
		{"bad\xffbyte", FoldOptions{}, "bad\uFFFDbyte"},
	}
	for _, tt := range tests {
		if got := FoldString(tt.in, tt.opt); got != tt.want {
			t.Errorf("FoldString(%q, %+v) = %q, want %q", tt.in, tt.opt, got, tt.want)
		}
	}
}

func TestFoldSpans(t *testing.T) {
	text := "El presidente Áñez dijo: “Basta”. ﬁn"
	f := Fold(text, Match)
	for _, tc := range []struct{ find, orig string }{
		{"anez", "Áñez"},
		{`"basta"`, "“Basta”"},
		{"fin", "ﬁn"},
		{"fi", "ﬁ"}, // part of a ligature maps to the whole ligature
		{"el presidente", "El presidente"},
	} {
		i := strings.Index(f.Text, tc.find)
		if i < 0 {
			t.Fatalf("%q not found in %q", tc.find, f.Text)
		}
		if got := f.Span(i, i+len(tc.find)).Text(text); got != tc.orig {
			t.Errorf("span of %q maps to %q, want %q", tc.find, got, tc.orig)
		}
	}
	if f.Offset(len(f.Text)) != len(text) {
		t.Errorf("Offset(end) = %d, want %d", f.Offset(len(f.Text)), len(text))
	}
	if s := f.Span(3, 3); s.Start != s.End {
		t.Errorf("empty span maps to %v", s)
	}
}

func FuzzFold(f *testing.F) {
	for _, seed := range []string{"", "a", "Áñez", "e\u0301", "\u0301", "“x”", "ﬁ", "\xff", "İ", "ß"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, opt := range []FoldOptions{{}, Match} {
			fo := Fold(text, opt)
			if !utf8.ValidString(fo.Text) {
				t.Fatalf("Fold(%q) = %q: invalid UTF-8", text, fo.Text)
			}
			prev := 0
			for i := 0; i < len(fo.Text); i++ {
				s := fo.Span(i, i+1)
				if s.Start < prev || s.End <= s.Start || s.End > len(text) {
					t.Fatalf("Fold(%q): byte %d maps to %v after %d", text, i, s, prev)
				}
				prev = s.Start
			}
			if opt == (FoldOptions{}) && isASCII(text) && fo.Text != text {
				t.Fatalf("Fold(%q) changed ASCII text to %q", text, fo.Text)
			}
			if fo.Offset(len(fo.Text)) != len(text) {
				t.Fatalf("Fold(%q): end maps to %d", text, fo.Offset(len(fo.Text)))
			}
		}
	})
}

func BenchmarkFoldMatch(b *testing.B) {
	text := strings.Repeat(benchArticle+"Áñez said “no” — again.\n", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Fold(text, Match)
	}
}

func BenchmarkFoldNFC(b *testing.B) {
	text := strings.Repeat(benchArticle+"Áñez said “no” — again.\n", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Fold(text, FoldOptions{})
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
