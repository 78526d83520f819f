package timex

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"testigo"
	"testigo/segment"
)

func find(text, published string) []testigo.Date {
	return Find(text, segment.Sentences(text), published)
}

// TestValues checks each expression, inside a sentence of its own, against its TimeML value.
// 2019-11-20 is a Wednesday.
func TestValues(t *testing.T) {
	const pub = "2019-11-20"
	tests := []struct {
		text, expr, typ, value string
	}{
		// absolute
		{"Troops arrived on November 14.", "November 14", "DATE", "2019-11-14"},
		{"It began on 14 November 2019 in the capital.", "14 November 2019", "DATE", "2019-11-14"},
		{"It began on Nov. 14, 2019, officials said.", "Nov. 14, 2019", "DATE", "2019-11-14"},
		{"The decree is dated 2019-11-14.", "2019-11-14", "DATE", "2019-11-14"},
		{"The decree is dated 11/14/2019.", "11/14/2019", "DATE", "2019-11-14"},
		{"The law took effect 04/2016.", "04/2016", "DATE", "2016-04"},
		{"Signed on the 23rd of february, 2016.", "the 23rd of february, 2016", "DATE", "2016-02-23"},
		{"Strikes ran from Oct. 20 to Nov. 10, 2018.", "Oct. 20", "DATE", "2018-10-20"},
		{"Strikes ran from Dec. 20 to Jan. 10, 2018.", "Dec. 20", "DATE", "2017-12-20"},
		{"The party was founded in 2013.", "2013", "DATE", "2013"},
		// a number after a month is its day, even before a noun
		{"Crowds rejected the disputed October 20 elections.", "October 20", "DATE", "2019-10-20"},
		{"Voters recalled the Sept. 9 referendum.", "Sept. 9", "DATE", "2019-09-09"},
		{"The party was founded in 1999 on Elm Street.", "1999", "DATE", "1999"},
		{"Elections were held in December 2019.", "December 2019", "DATE", "2019-12"},
		{"Inflation soared in the 1990s.", "the 1990s", "DATE", "199"},
		{"Talks resume in mid-November.", "mid-November", "DATE", "2019-11"},
		{"It was built in the 20th century.", "the 20th century", "DATE", "19"},
		{"Profit fell in the third quarter.", "the third quarter", "DATE", "2019-Q3"},
		{"Sales rose in the fourth quarter of 2018.", "the fourth quarter of 2018", "DATE", "2018-Q4"},
		{"The plan covers fiscal 2020.", "fiscal 2020", "DATE", "2020"},
		{"It happened in the summer of 2015.", "the summer of 2015", "DATE", "2015-SU"},
		{"He was born in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"},
		{"Sales for the first half of 2018 rose.", "the first half of 2018", "DATE", "2018-H1"},
		// relative to the publication date
		// a deed told in the past is not months ahead: the last such day before
		{"The clerk was killed Feb. 3 in the store.", "Feb. 3", "DATE", "2019-02-03"},
		{"The clerk said the store will reopen Feb. 3.", "Feb. 3", "DATE", "2020-02-03"},
		{"They expect the sale to be completed by Feb. 3.", "Feb. 3", "DATE", "2020-02-03"},
		{"Protesters gathered today.", "today", "DATE", "2019-11-20"},
		{"Police fired tear gas yesterday.", "yesterday", "DATE", "2019-11-19"},
		{"Two people died last night in the clashes.", "last night", "TIME", "2019-11-19TNI"},
		{"A curfew starts tonight.", "tonight", "TIME", "2019-11-20TNI"},
		{"The march took place on Saturday.", "Saturday", "DATE", "2019-11-16"},
		{"Marchers gathered Monday in the square.", "Monday", "DATE", "2019-11-18"},
		{"The minister will travel on Monday.", "Monday", "DATE", "2019-11-25"},
		{"The army withdrew last week.", "last week", "DATE", "2019-W46"},
		{"Talks continue this week.", "this week", "DATE", "2019-W47"},
		{"The strike began last month.", "last month", "DATE", "2019-10"},
		{"A vote is due next year.", "next year", "DATE", "2020"},
		{"The mine closed two days ago.", "two days ago", "DATE", "2019-11-18"},
		{"The law passed three years ago.", "three years ago", "DATE", "2016"},
		{"Prices rose earlier this month.", "earlier this month", "DATE", "2019-11"},
		{"The general resigned last December.", "last December", "DATE", "2018-12"},
		{"The unrest began last spring.", "last spring", "DATE", "2019-SP"},
		{"Curfews were lifted over the weekend.", "the weekend", "DATE", "2019-W46-WE"},
		{"Ten were killed on Friday night.", "Friday night", "TIME", "2019-11-15TNI"},
		{"Crowds marched for a fifth straight day Friday.", "Friday", "DATE", "2019-11-15"},
		{"Crowds marched for a fifth straight day Friday.", "a fifth straight day", "DURATION", "P5D"},
		{"Unrest grew following October 20 elections.", "October 20", "DATE", "2019-10-20"},
		{"Sales were weak in ``the third quarter''.", "the third quarter", "DATE", "2019-Q3"},
		{"It closed at 4 p.m. Tuesday.", "4 p.m. Tuesday", "TIME", "2019-11-19T16:00"},
		// references
		{"The city is now calm.", "now", "DATE", "PRESENT_REF"},
		{"Troops are currently deployed.", "currently", "DATE", "PRESENT_REF"},
		{"The group recently split.", "recently", "DATE", "PAST_REF"},
		{"Talks may resume in the near future.", "the near future", "DATE", "FUTURE_REF"},
		// durations and sets
		{"The war lasted three years.", "three years", "DURATION", "P3Y"},
		{"He was held for 90 days.", "90 days", "DURATION", "P90D"},
		{"She ruled for nearly 14 years.", "nearly 14 years", "DURATION", "P14Y"},
		{"Prices doubled over the past three months.", "the past three months", "DURATION", "P3M"},
		{"They met every day.", "every day", "SET", "P1D"},
		{"The bulletin appears weekly.", "weekly", "SET", "P1W"},
	}
	for _, tt := range tests {
		got := find(tt.text, pub)
		var hit *testigo.Date
		for i := range got {
			if got[i].Text == tt.expr {
				hit = &got[i]
			}
		}
		if hit == nil {
			t.Errorf("%q: %q not found; got %+v", tt.text, tt.expr, got)
			continue
		}
		if hit.Value != tt.value || hit.Type != tt.typ {
			t.Errorf("%q: %q = %s %q, want %s %q", tt.text, tt.expr, hit.Type, hit.Value, tt.typ, tt.value)
		}
	}
}

// TestDiscourse checks expressions anchored on the last date the text mentioned.
func TestDiscourse(t *testing.T) {
	const pub = "2019-11-20"
	text := "The army moved in on Nov. 10, 2019.\n\nThe next day, the president resigned. " +
		"A day later the interim leader was sworn in.\n\nProfit fell in the third quarter. " +
		"A year earlier it had risen."
	text += "\n\nShots rang out on Saturday night. Police arrived at 1 a.m."
	want := map[string]string{
		"1 a.m.":         "2019-11-17T01:00",
		"Nov. 10, 2019":  "2019-11-10",
		"The next day":   "2019-11-11",
		"A day later":    "2019-11-12",
		"A year earlier": "2018-Q3",
	}
	// A "yesterday" inside a quotation is the speaker's, so it does not anchor "the
	// following day"; the date of the events does.
	text += "\n\nThe office said clashes broke out on November 15. " +
		"\"What happened yesterday was not a clash,\" its report said. The following day, crowds marched."
	want["The following day"] = "2019-11-16"
	// Paragraphs later, a counted step still counts from the last date told, never from
	// the publication date.
	text += "\n\nBakers struck on Oct. 2, 2019.\n\nShops ran out of bread.\n\nFlour prices kept rising in the north.\n\n" +
		"Two days later, talks began. On the following Monday, the strike ended."
	want["Two days later"] = "2019-10-04"
	want["the following Monday"] = "2019-10-07"
	got := find(text, pub)
	seen := 0
	for _, d := range got {
		if v, ok := want[d.Text]; ok {
			seen++
			if d.Value != v {
				t.Errorf("%q = %q, want %q", d.Text, d.Value, v)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of %d expressions: %+v", seen, len(want), got)
	}
}

// TestNoPublicationDate checks that relative expressions are left unplaced, never guessed.
func TestNoPublicationDate(t *testing.T) {
	tests := []struct{ text, expr, value string }{
		{"It happened last December.", "last December", "XXXX-12"},
		{"Police fired yesterday.", "yesterday", "XXXX-XX-XX"},
		{"The march took place on Saturday.", "Saturday", "XXXX-WXX-6"},
		{"It began on 14 November 2019.", "14 November 2019", "2019-11-14"},
		{"The crisis of 2003 peaked when, on October 17, the president fled.", "October 17", "2003-10-17"},
		{"The riots of 1977 spread. Later that day the army came.", "Later that day", "1977-XX-XX"},
	}
	for _, tt := range tests {
		found := false
		for _, d := range find(tt.text, "") {
			if d.Text != tt.expr {
				continue
			}
			found = true
			if d.Value != tt.value {
				t.Errorf("%q: value %q, want %q", tt.expr, d.Value, tt.value)
			}
			absolute := !strings.Contains(tt.value, "X")
			if !absolute && (d.Precision != testigo.PrecisionUnknown || d.Start != "" || !d.Relative) {
				t.Errorf("%q: relative without a publication date must stay unplaced: %+v", tt.expr, d)
			}
		}
		if !found {
			t.Errorf("%q: %q not found", tt.text, tt.expr)
		}
	}
}

func TestRanges(t *testing.T) {
	tests := []struct{ text, expr, start, end, precision string }{
		{"It rained on November 14.", "November 14", "2019-11-14", "2019-11-14", "day"},
		{"The army withdrew last week.", "last week", "2019-11-11", "2019-11-17", "week"},
		{"The strike began last month.", "last month", "2019-10-01", "2019-10-31", "month"},
		{"The party was founded in 2016.", "2016", "2016-01-01", "2016-12-31", "year"},
		{"Profit fell in the third quarter.", "the third quarter", "2019-07-01", "2019-09-30", "month"},
		{"The city is now calm.", "now", "", "", "unknown"},
		{"Strikes shut the city on Nov. 10-12.", "Nov. 10-12", "2019-11-10", "2019-11-12", "day"},
		{"Strikes shut the city from 4 to 6 November 2018.", "4 to 6 November 2018", "2018-11-04", "2018-11-06", "day"},
	}
	for _, tt := range tests {
		found := false
		for _, d := range find(tt.text, "2019-11-20") {
			if d.Text != tt.expr {
				continue
			}
			found = true
			if d.Start != tt.start || d.End != tt.end || d.Precision != tt.precision {
				t.Errorf("%q: range %s..%s %s, want %s..%s %s", tt.expr, d.Start, d.End, d.Precision, tt.start, tt.end, tt.precision)
			}
		}
		if !found {
			t.Errorf("%q: %q not found", tt.text, tt.expr)
		}
	}
}

func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"Some 2000 people marched.",
		"They may march again.",
		"The price was $1990.",
		"Leaves fall in the park.",
		"Iraq imports about three-quarters of its food.",
		"A 42-year-old man died.",
		"Prices rose 3.5 percent.",
		"He cited the fall of the currency.",
		"Shots rang out in the 2100 block of Linden Street.",
		"Patrols left at 1900 hours.",
		"The bakery at 1850 Willow Road reopened.",
		"Copyright 2021 Riverbend Media. All rights reserved.",
		"Deputies were sent to 1840 Hwy 9 after the call.",
		"The robbery happened at 1985 Crescent Parkway.",
	} {
		for _, d := range find(text, "2019-11-20") {
			if d.Type == testigo.DateDate || d.Type == testigo.DateTime {
				t.Errorf("%q: unexpected date %q = %q", text, d.Text, d.Value)
			}
		}
	}
}

func TestSpansPointIntoOriginal(t *testing.T) {
	text := "Le 14 novembre? No: on Nov.\u00a014, 2019 \u2014 “yesterday” — troops left."
	for _, d := range find(text, "2019-11-20") {
		if d.Span.Text(text) != d.Text {
			t.Errorf("span %v gives %q, text says %q", d.Span, d.Span.Text(text), d.Text)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Nov. 14, 2019", "2019-11-14", true},
		{"14 November 2019", "2019-11-14", true},
		{"2019-11-14", "2019-11-14", true},
		{"2019-11-20T08:15:00-04:00", "2019-11-20", true},
		{"11/14/2019", "2019-11-14", true},
		{"December 2019", "2019-12", true},
		{"Friday, November 15, 2019", "2019-11-15", true},
		{"yesterday", "", false},
		{"the protest", "", false},
		{"Nov. 14, 2019 and then more", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseDate(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if v, ok := ParseDateAt("yesterday", "2019-11-20"); v != "2019-11-19" || !ok {
		t.Errorf("ParseDateAt(yesterday) = %q, %v", v, ok)
	}
}

func TestParseValue(t *testing.T) {
	for _, v := range []string{"2019-11-14", "2019-11", "2019-W46", "2019-W46-WE", "2019-Q3", "2019-H2", "2019-SU", "2019", "199", "19"} {
		p, ok := parseValue(v)
		if !ok || p.value() != v {
			t.Errorf("parseValue(%q) = %v %v, value %q", v, p, ok, p.value())
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "Friday", "Nov. 14, 2019", "last week", "the 1990s", "4 p.m. Tuesday", "two days ago",
		"the next day", "nineteen ninety-six", "2019-13-45", "99/99/9999", "the third quarter of",
		"\xff\xfeMay", "a year earlier", "every Monday", "'80s",
	} {
		f.Add(s, "2019-11-20")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		dates := Find(text, segment.Sentences(text), published)
		prev := 0
		for _, d := range dates {
			s := d.Span
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s, prev, text)
			}
			if !utf8.ValidString(d.Value) {
				t.Fatalf("invalid value %q", d.Value)
			}
			prev = s.End
		}
		ParseDate(text)
	})
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n\n", 10)
	sents := segment.Sentences(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, sents, "2019-11-20")
	}
}

// TestRepetitiveInput guards against parses that grow faster than the text: chains of
// modifiers once cost quadratic time.
func TestRepetitiveInput(t *testing.T) {
	for _, unit := range []string{"this past ", "the end of ", "early ", "mid-", "Friday ", "nineteen ", "a ", "Jan. 1 - ", "5 to "} {
		text := strings.Repeat(unit, 3000)
		start := time.Now()
		Find(text, nil, "2019-11-20")
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%q × 3000 took %v", unit, d)
		}
	}
}

// TestSameWeekday pins the TimeBank reading of a weekday that is the publication's own:
// an article of Monday that says "Monday" (or "since Monday") speaks of that day, as
// TimeBank's news annotators valued it; "last Monday" is the week before.
func TestSameWeekday(t *testing.T) {
	const monday = "2019-11-18"
	for _, tc := range []struct{ text, expr, value string }{
		{"Roads have been blocked since Monday, drivers said.", "Monday", "2019-11-18"},
		{"Marchers gathered Monday in the square.", "Monday", "2019-11-18"},
		{"Marchers gathered last Monday in the square.", "last Monday", "2019-11-11"},
		{"The minister will travel on Tuesday.", "Tuesday", "2019-11-19"},
	} {
		found := false
		for _, d := range find(tc.text, monday) {
			if d.Text == tc.expr {
				found = true
				if d.Value != tc.value {
					t.Errorf("%q: %q = %q, want %q", tc.text, d.Text, d.Value, tc.value)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found", tc.text, tc.expr)
		}
	}
}
