package sqlstore

import (
	"reflect"
	"testing"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		q    string
		want []Term
	}{
		{"", nil},
		{"police", []Term{{Text: "police"}}},
		{`"gas plant" OR blockade`, []Term{{Text: "gas plant", Phrase: true}, {Or: true}, {Text: "blockade"}}},
		{"-riot massac*", []Term{{Text: "riot", Not: true}, {Text: "massac", Prefix: true}}},
		{"OR OR a OR", []Term{{Text: "a"}}},
		{`"open`, []Term{{Text: "open", Phrase: true}}},
		{"(a) b,", []Term{{Text: "a"}, {Text: "b"}}},
		{"* - \"\"", nil},
	}
	for _, tt := range tests {
		if got := ParseQuery(tt.q); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseQuery(%q) = %+v, want %+v", tt.q, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Potosí": "potosi", "ÁÑEZ": "anez", "plain": "plain", "Düsseldorf": "dusseldorf"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"", `"a b" OR -c d*`, `"`, "OR", "-", "*", "\xff\xfe", "a\x00b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for _, term := range ParseQuery(q) {
			if term.Or && term.Text != "" || !term.Or && term.Text == "" {
				t.Errorf("ParseQuery(%q): malformed term %+v", q, term)
			}
		}
	})
}
