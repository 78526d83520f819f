package segment

import (
	"reflect"
	"strings"
	"testing"

	"testigo"
)

// Junctions of web text that lost the white space between sentences, and the look-alikes
// that must stay whole. All sentences are invented.
func TestGluedJunctions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// Camel-case junctions: a headline or caption glued to the next sentence.
		{"lower word then capitalized word", "Bakers strike in the northern townsThe ovens stayed cold on Monday.",
			[]string{"Bakers strike in the northern towns", "The ovens stayed cold on Monday."}},
		{"lower word then article A", "Crowds gather near the bakeryA union leader spoke briefly.",
			[]string{"Crowds gather near the bakery", "A union leader spoke briefly."}},
		{"title case headline then opener", "Millers Walk Out Over Flour PricesThe strike began at dawn.",
			[]string{"Millers Walk Out Over Flour Prices", "The strike began at dawn."}},
		{"title case headline then A", "Court Fines Owner of Closed BakeryA judge ruled on Tuesday.",
			[]string{"Court Fines Owner of Closed Bakery", "A judge ruled on Tuesday."}},
		{"title case then a capitalized non-opener stays", "The Millers Guild met in OsloMarket Hall today.",
			[]string{"The Millers Guild met in OsloMarket Hall today."}},
		{"decade", "Bread riots shook the port in the 1980sWhen prices rose again, crowds came back.",
			[]string{"Bread riots shook the port in the 1980s", "When prices rose again, crowds came back."}},
		{"year then opener", "Updated 3 March 2031The bakers' union called a strike.",
			[]string{"Updated 3 March 2031", "The bakers' union called a strike."}},
		{"dateline in capitals", "Bakers Vow to Keep Ovens ColdPORTVILLE, Norland - The union said on Monday it would not yield.",
			[]string{"Bakers Vow to Keep Ovens Cold", "PORTVILLE, Norland - The union said on Monday it would not yield."}},
		{"dateline with a dash", "Bakery Owners Reject OfferNEW PORTVILLE — The owners said no.",
			[]string{"Bakery Owners Reject Offer", "NEW PORTVILLE — The owners said no."}},
		{"camel-case names stay whole",
			"McDonald and MacArthur met DeSantis; an iPhone, YouTube, WhatsApp, LinkedIn, PlayStation and JavaScript were on the table.",
			[]string{"McDonald and MacArthur met DeSantis; an iPhone, YouTube, WhatsApp, LinkedIn, PlayStation and JavaScript were on the table."}},
		{"lower-case brand before a comma or bracket", "They flew easyJet, then drove (easyJet) home.",
			[]string{"They flew easyJet, then drove (easyJet) home."}},
		{"no sentence ends on a function word", "The bakers and theMillers met while theUnion watched.",
			[]string{"The bakers and theMillers met while theUnion watched."}},
		{"hashtag and handle", "Fans posted #saveTheBakery and @oldMiller replied.",
			[]string{"Fans posted #saveTheBakery and @oldMiller replied."}},
		// A full stop glued to the next sentence.
		{"period then single-letter word", "The ovens were sealed by the council.A baker said it was unfair.",
			[]string{"The ovens were sealed by the council.", "A baker said it was unfair."}},
		{"period then I", "Nobody came to the shop.I waited all day.",
			[]string{"Nobody came to the shop.", "I waited all day."}},
		{"number then period", "The strike ended in 2029.The next one began in 2031.",
			[]string{"The strike ended in 2029.", "The next one began in 2031."}},
		{"ordinal then period", "Stalls reopened on the 17th.Prices fell by 3%.Buyers returned.",
			[]string{"Stalls reopened on the 17th.", "Prices fell by 3%.", "Buyers returned."}},
		{"bracket then period", "The shop closed at noon (local time).Buyers left.",
			[]string{"The shop closed at noon (local time).", "Buyers left."}},
		{"period then curly opening quote", "The ovens went cold.“We cannot pay the rent,” a baker said.",
			[]string{"The ovens went cold.", "“We cannot pay the rent,” a baker said."}},
		{"period then straight opening quote", `The shop shut at noon."We are done," the owner said.`,
			[]string{"The shop shut at noon.", `"We are done," the owner said.`}},
		{"straight closing quote then sentence", `The owner said "we are done."Then she left.`,
			[]string{`The owner said "we are done."`, "Then she left."}},
		{"period then acronym", "The millers met the ministers.EU-funded bakeries stayed open.",
			[]string{"The millers met the ministers.", "EU-funded bakeries stayed open."}},
		{"acronym then period", "The fire was confirmed by the NFB.Firefighters left at noon, sources at ASP.NET said.",
			[]string{"The fire was confirmed by the NFB.", "Firefighters left at noon, sources at ASP.NET said."}},
		{"period then acronym heading", "Read the full text on their sites.NOTE: prices rose.",
			[]string{"Read the full text on their sites.", "NOTE: prices rose."}},
		{"abbreviation then opener", "The shop opened at 7 a.m.The queue was long.",
			[]string{"The shop opened at 7 a.m.", "The queue was long."}},
		{"title abbreviation never ends", "Talks with Gen.Okafor and Mr.Lund went on.",
			[]string{"Talks with Gen.Okafor and Mr.Lund went on."}},
		{"initials, decimals, domains and addresses go on",
			"J.R.R. Tolkien, the U.S.A. and 3.5 loaves; see bakery.Example.org or mail sales@bread.Com today.",
			[]string{"J.R.R. Tolkien, the U.S.A. and 3.5 loaves; see bakery.Example.org or mail sales@bread.Com today."}},
		{"section number then letter goes on", "See table 2.A small rise followed.",
			[]string{"See table 2.A small rise followed."}},
		{"spaced ellipsis", "We waited . . . and waited. Then it rained . . . Nobody came.",
			[]string{"We waited . . . and waited.", "Then it rained . . .", "Nobody came."}},
		// Wiki markup, bullets, captions and link titles.
		{"wiki headings", "The bakery closed.==Aftermath==Owners appealed.== See also ==Flour riots",
			[]string{"The bakery closed.", "==Aftermath==", "Owners appealed.", "== See also ==", "Flour riots"}},
		{"glued bullets", "Related:* Flour riots in Portville* Bread strike of 2029",
			[]string{"Related:", "* Flour riots in Portville", "* Bread strike of 2029"}},
		{"starred words and names stay", "He shouted f*ck at the PV*SOL stand, ISBN* code pending.",
			[]string{"He shouted f*ck at the PV*SOL stand, ISBN* code pending."}},
		{"quoted caption", "Police sealed the bakery'Keep the ovens warm'Union leaders met on Friday.",
			[]string{"Police sealed the bakery", "'Keep the ovens warm'", "Union leaders met on Friday."}},
		{"bracketed link title", "The owners left.[How the bread strike spread to the coast]Bakers met again.",
			[]string{"The owners left.", "[How the bread strike spread to the coast]", "Bakers met again."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkSpans(t, tt.text)
			sents := Sentences(tt.text)
			if again := Resplit(tt.text, sents); !reflect.DeepEqual(again, sents) {
				t.Errorf("Resplit(Sentences) = %v, want %v", again, sents)
			}
		})
	}
}

// TestResplit checks that sentences handed over whole are cut again where they run together
// by a missing space, and that abbreviations, numbers and names are not.
func TestResplit(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The trial ends on October 16.Twin bombs went off in 2013.", []string{"The trial ends on October 16.", "Twin bombs went off in 2013."}},
		{"He fled on a bicycle.\u201cWe saw him,\u201d she said.", []string{"He fled on a bicycle.", "\u201cWe saw him,\u201d she said."}},
		{"Troops of the U.S.Army left at 3 p.m. on Monday.", []string{"Troops of the U.S.Army left at 3 p.m. on Monday."}},
		{"The rate rose to 2.5 percent.", []string{"The rate rose to 2.5 percent."}},
		{"Crowds gathered in the squareTroops arrived at noon.", []string{"Crowds gathered in the square", "Troops arrived at noon."}},
		{"Storm hits coastal PeruThe storm flooded two towns.", []string{"Storm hits coastal Peru", "The storm flooded two towns."}},
		{"Help is on the wayA convoy left Lima.", []string{"Help is on the way", "A convoy left Lima."}},
		{"He posted on YouTube and LinkedIn about his iPhone at McDonald's.", []string{"He posted on YouTube and LinkedIn about his iPhone at McDonald's."}},
		{"The mayor resigned.==Aftermath==A new mayor was chosen.", []string{"The mayor resigned.", "==Aftermath==", "A new mayor was chosen."}},
		{"Names of the dead:* Ana Ruiz, Lima* Luis Paz, Cusco", []string{"Names of the dead:", "* Ana Ruiz, Lima", "* Luis Paz, Cusco"}},
		{"Six men were charged.UN monitors left.", []string{"Six men were charged.", "UN monitors left."}},
		{"Police sealed the area'Stay calm'The mayor spoke at noon.", []string{"Police sealed the area", "'Stay calm'", "The mayor spoke at noon."}},
		{"Three held in raid on farmKABUL, Afghanistan (AP) -- Police held three men.", []string{"Three held in raid on farm", "KABUL, Afghanistan (AP) -- Police held three men."}},
		{"The score was 2*3 and the f*cking fans left.", []string{"The score was 2*3 and the f*cking fans left."}},
	}
	for _, tt := range tests {
		got := Resplit(tt.text, []testigo.Sentence{{Span: testigo.Span{Start: 0, End: len(tt.text)}, Paragraph: 3}})
		var texts []string
		for _, s := range got {
			texts = append(texts, tt.text[s.Start:s.End])
			if s.Paragraph != 3 {
				t.Errorf("%q: paragraph index %d, want 3", tt.text, s.Paragraph)
			}
		}
		if !reflect.DeepEqual(texts, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, texts, tt.want)
		}
	}
}

func TestChromeCut(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"gallery chrome before a caption", "The mill closed in May.3 of 12 Full Screen Autoplay Close Skip Ad × Weavers march past the shuttered mill View Photos Hundreds lost their jobs.",
			[]string{"The mill closed in May.", "3 of 12 Full Screen Autoplay Close Skip Ad ×", "Weavers march past the shuttered mill", "View Photos", "Hundreds lost their jobs."}},
		{"caption credit glued", "The valley floods each spring.image copyright Reuters image caption Farmers wade through a drowned field",
			[]string{"The valley floods each spring.", "image copyright Reuters image caption", "Farmers wade through a drowned field"}},
		{"player label", "The mayor spoke at noon. Media playback is unsupported on your device The crowd cheered her.",
			[]string{"The mayor spoke at noon.", "Media playback is unsupported on your device", "The crowd cheered her."}},
		{"words of the article stay", "She closed the full screen of the old cinema and skipped the ad break.",
			[]string{"She closed the full screen of the old cinema and skipped the ad break."}},
		{"chrome words going on in lower case", "The image caption read Peace at last, and Autoplay is off by default.",
			[]string{"The image caption read Peace at last, and Autoplay is off by default."}},
		{"no partial words", "The Autoplayer company and the Full Screenings festival met.",
			[]string{"The Autoplayer company and the Full Screenings festival met."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkSpans(t, tt.text)
			sents := Sentences(tt.text)
			if again := Resplit(tt.text, sents); !reflect.DeepEqual(again, sents) {
				t.Errorf("Resplit(Sentences) = %v, want %v", again, sents)
			}
		})
	}
}
