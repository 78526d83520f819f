package quantity

import (
	"fmt"
	"strings"
	"testing"

	"testigo"
)

// want is a quantity in compact form: "text|value|max|qualifier|noun".
func compact(q testigo.Quantity) string {
	max := ""
	if q.Max != nil {
		max = fmt.Sprint(*q.Max)
	}
	return fmt.Sprintf("%s|%d|%s|%s|%s", q.Text, q.Value, max, q.Qualifier, q.Noun)
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Police said eight people were killed on Tuesday.", []string{"eight|8||exact|people"}},
		{"More than 30 others were injured, many by gunfire.", []string{"More than 30|30||more_than|others"}},
		{"Officers escorted 40 fuel trucks out of the depot.", []string{"40|40||exact|trucks"}},
		// An "-ed" adjective before a plural noun is no verb: the noun is what is counted.
		{"Crews cleared the rubble of three collapsed warehouses.", []string{"three|3||exact|warehouses"}},
		{"Hundreds gathered outside the clinic.", []string{"Hundreds|100||vague|"}},
		{"Dozens responded to the call.", []string{"Dozens|12||vague|"}},
		{"The clashes left seven people confirmed dead.", []string{"seven|7||exact|people"}},
		{"Over 500 marchers were detained.", []string{"Over 500|500||more_than|marchers"}},
		{"At least 32 victims have been counted.", []string{"At least 32|32||at_least|victims"}},
		{"Some 1,500 miners joined the strike.", []string{"Some 1,500|1500||about|miners"}},
		{"One hundred and twenty-five families fled.", []string{"One hundred and twenty-five|125||exact|families"}},
		{"A dozen nurses walked out.", []string{"A dozen|12||exact|nurses"}},
		{"Dozens of students gathered at the gate.", []string{"Dozens|12||vague|students"}},
		{"Tens of thousands of people marched.", []string{"Tens of thousands|10000||vague|people"}},
		{"Hundreds of thousands of voters stayed home.", []string{"Hundreds of thousands|100000||vague|voters"}},
		{"Thousands of workers blocked the road.", []string{"Thousands|1000||vague|workers"}},
		{"Scores of farmers rallied.", []string{"Scores|20||vague|farmers"}},
		{"Several hundred teachers protested.", []string{"Several hundred|300||vague|teachers"}},
		{"Several journalists were beaten.", []string{"Several|3||vague|journalists"}},
		{"Between 8 and 10 soldiers died.", []string{"Between 8 and 10|8|10|range|soldiers"}},
		{"Reports said 8 to 10 soldiers died.", []string{"8 to 10|8|10|range|soldiers"}},
		{"Reports said 8-10 soldiers died.", []string{"8-10|8|10|range|soldiers"}},
		{"Up to 200 prisoners escaped.", []string{"Up to 200|200||up_to|prisoners"}},
		{"Nearly 3 million residents lost power.", []string{"Nearly 3 million|3000000||about|residents"}},
		{"The party won 51.6 percent of the vote.", []string{"51.6|51||exact|percent"}},
		{"Turnout was 48% in the north.", []string{"48|48||exact|percent"}},
		{"The fine was $2.5 million.", []string{"$2.5 million|2500000||exact|dollars"}},
		{"Two more have died since then.", []string{"Two|2||exact|"}},
		{"Another three were hurt.", []string{"three|3||exact|"}},
		{"The death toll rose to 9 on Sunday.", []string{"9|9||exact|"}},
		{"An estimated 20,000 protesters filled the square.", []string{"An estimated 20,000|20000||about|protesters"}},
		{"Eight of the wounded were children.", []string{"Eight|8||exact|wounded"}},
		{"About a dozen police officers were hurt.", []string{"About a dozen|12||about|officers"}},
		{"Two-thirds of the members voted.", nil},
		// Not counts.
		{"The law was passed in 2013.", nil},
		{"In 2019 the crisis began.", nil},
		{"The decree of November 14 granted impunity.", nil},
		{"It was signed on 14 November 2019.", nil},
		{"It happened around 7:45 p.m. on Friday.", nil},
		{"The shooting happened at 7 a.m. near a school.", nil},
		{"A 23-year-old man was shot.", nil},
		{"The victim, 23, died at the scene.", nil},
		{"She was aged 19.", nil},
		{"He was 45 years old.", nil},
		{"It was the fifth march this year.", nil},
		{"Shots were fired in the 100 block of Elm Street.", nil},
		{"The store at 4500 SW 71st Avenue was robbed.", nil},
		{"Anyone with information should call 555-232-8477.", nil},
		{"They drove along Route 66 at night.", nil},
		{"No one was hurt.", nil},
		{"They blamed one another.", nil},
		{"Two 17-year-old boys were arrested.", []string{"Two|2||exact|boys"}},
		{"Some 2000 protesters rallied.", []string{"Some 2000|2000||about|protesters"}},
		{"Officials counted 2000 protesters.", []string{"2000|2000||exact|protesters"}},
		{"Five people were killed and 12 injured.", []string{"Five|5||exact|people", "12|12||exact|injured"}},
		{"The toll rose from 5 to 9.", []string{"5|5||exact|", "9|9||exact|"}},
		{"One or two shots were heard.", []string{"One or two|1|2|range|shots"}},
		{"Twenty-one anti-coup demonstrators were arrested.", []string{"Twenty-one|21||exact|demonstrators"}},
		{"a few hundred students marched", []string{"a few hundred|200||vague|students"}},
		{"Reach the desk at 257-4314.", nil},
		{"Call 1-800 for help.", nil},
		{"The crisis began around 2014.", nil},
		{"Some 2000 miners struck.", []string{"Some 2000|2000||about|miners"}},
		{"Tens of thousands responded by marching.", []string{"Tens of thousands|10000||vague|"}},
		{"Dozens flee the shelling.", []string{"Dozens|12||vague|"}},
		{"Hundreds sing outside the court.", []string{"Hundreds|100||vague|"}},
		{"Thousands more nurses walked out.", []string{"Thousands|1000||vague|nurses"}},
		{"Dozens wounded in the blast.", []string{"Dozens|12||vague|wounded"}},
		{"Prices have doubled since 2016.", nil},
		{"The plan runs until 2031 at least.", nil},
		{"Two armed men fled.", []string{"Two|2||exact|men"}},
		{"The plan costs $1.2m and the dam $5bn.", []string{"$1.2m|1200000||exact|dollars", "$5bn|5000000000||exact|dollars"}},
		{"He fired a 9mm pistol at 5pm in the 1990s.", nil},
		{"A 10m wall and 5bn euros.", []string{"5bn|5000000000||exact|euros"}},
		{"A 10,000-strong crowd gathered.", []string{"10,000-strong|10000||exact|crowd"}},
		{"Call (954) 493-TIPS or 911.", nil},
		{"Three men, ages 25, 27 and 29, were hurt.", []string{"Three|3||exact|men"}},
		{"The dead were two women, 19 and 45.", []string{"two|2||exact|women"}},
		{"The suspect is about 6’0” tall.", nil},
		{"Follow @Channel_3 for news.", nil},
		{"They fired 10 to 15 billion rounds.", []string{"10 to 15 billion|10000000000|15000000000|range|rounds"}},
		{"About six ran away.", []string{"About six|6||about|"}},
		{"Lopez, then 27, was hunting.", nil},
		{"The suspect is between 25 and 35 years old.", nil},
		{"He is between 16-18 years-old.", nil},
		{"He stood 6 feet tall.", []string{"6|6||exact|feet"}},
		{"It was 18 last year.", []string{"18|18||exact|"}},
		{"Eight Protesters Killed In Southern Town", []string{"Eight|8||exact|protesters"}},
		{"Troops killed three Iraqi civilians.", []string{"three|3||exact|civilians"}},
		{"They deported 168 Liberians by sea.", []string{"168|168||exact|liberians"}},
		{"Thousands of Kenyans from the coast marched.", []string{"Thousands|1000||vague|kenyans"}},
		{"Up to 100 ethnic Serbs rallied.", []string{"Up to 100|100||up_to|serbs"}},
		{"He wrote 2 Evo songs.", []string{"2|2||exact|songs"}},
		{"It killed one U.S. soldier.", []string{"one|1||exact|soldier"}},
		// A page code run into the next sentence counts nothing; its spelled number does.
		{"Crews left the scene.55021937 Three guards were hurt.", []string{"Three|3||exact|guards"}},
	}
	for _, tt := range tests {
		got := Find(tt.text, nil)
		var g []string
		for _, q := range got {
			g = append(g, compact(q))
			if q.Span.Text(tt.text) != q.Text {
				t.Errorf("%q: span %v does not cover %q", tt.text, q.Span, q.Text)
			}
			if q.NounSpan != nil && q.NounSpan.Text(tt.text) != strings.ToLower(q.NounSpan.Text(tt.text)) && strings.ToLower(q.NounSpan.Text(tt.text)) != q.Noun {
				t.Errorf("%q: noun span %v is %q, noun %q", tt.text, *q.NounSpan, q.NounSpan.Text(tt.text), q.Noun)
			}
		}
		if strings.Join(g, " ; ") != strings.Join(tt.want, " ; ") {
			t.Errorf("Find(%q)\n got  %q\n want %q", tt.text, g, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	text := "Three died. In 2013 nobody did."
	sents := []testigo.Sentence{{Span: testigo.Span{Start: 0, End: 11}}, {Span: testigo.Span{Start: 12, End: len(text)}}}
	got := Find(text, sents)
	if len(got) != 1 || got[0].Value != 3 || got[0].Text != "Three" {
		t.Fatalf("got %+v", got)
	}
	// Out-of-range sentences are clipped, not a panic.
	if got := Find("Two men.", []testigo.Sentence{{Span: testigo.Span{Start: -4, End: 99}}}); len(got) != 1 || got[0].Noun != "men" {
		t.Fatalf("clipped sentence: got %+v", got)
	}
}

func TestIsIncrement(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Two more have died since.", true},
		{"Another three were injured.", true},
		{"An additional 40 people were detained.", true},
		{"Two more than expected came.", false},
		{"Eight people died.", false},
	}
	for _, tt := range tests {
		qs := Find(tt.text, nil)
		if len(qs) == 0 {
			t.Fatalf("%q: no quantity", tt.text)
		}
		if got := IsIncrement(tt.text, qs[0]); got != tt.want {
			t.Errorf("IsIncrement(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsCumulative(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The death toll rose to 9 on Sunday.", true},
		{"The new killings brought the total number of victims to at least 32.", true},
		{"Eight people died in the clash.", false},
		{"The toll is high. Eight people died.", false},
	}
	for _, tt := range tests {
		qs := Find(tt.text, nil)
		if len(qs) == 0 {
			t.Fatalf("%q: no quantity", tt.text)
		}
		q := qs[len(qs)-1]
		if got := IsCumulative(tt.text, q); got != tt.want {
			t.Errorf("IsCumulative(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"More than 30 others were injured.", "between 8 and 10", "8-10-12", "1,500.5", "$3 million",
		"tens of thousands of", "a few", "one hundred and", "23-year-old", "7:45 p.m.", "", "\xff\xfe9",
		"Nov. 14", "several hundreds", "9,99,999", "1e309 people", "twenty-one-two",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range Find(s, nil) {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %+v in %q", q, s)
			}
			if q.NounSpan != nil && (q.NounSpan.Start < q.End || q.NounSpan.End > len(s)) {
				t.Fatalf("bad noun span %+v in %q", q, s)
			}
			if q.Max != nil && *q.Max <= q.Value {
				t.Fatalf("bad range %+v in %q", q, s)
			}
			IsIncrement(s, q)
			IsCumulative(s, q)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("On November 14, more than 30 demonstrators were injured and eight people were killed "+
		"when police fired on a march of several thousand workers in 2019. The toll rose to 12. ", 50)
	sents := sentencesOf(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, sents)
	}
}

// sentencesOf splits text after each ". ", as a stand-in for package segment.
func sentencesOf(text string) []testigo.Sentence {
	var sents []testigo.Sentence
	start := 0
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '.' && text[i+1] == ' ' {
			sents = append(sents, testigo.Sentence{Span: testigo.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	return append(sents, testigo.Sentence{Span: testigo.Span{Start: start, End: len(text)}})
}
