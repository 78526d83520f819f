package coder

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"testigo"
	"testigo/internal/golden"
	"testigo/quantity"
	"testigo/segment"
	"testigo/timex"
)

// actorSpec names an actor for a test text: every occurrence of Text becomes a mention.
type actorSpec struct {
	Text, Name, Sector, Kind string
}

// annotateSimple builds the annotations of a test text with the pure stages (segment, timex,
// quantity) and actors given by hand, so that a table test does not depend on the lexicons
// of other packages.
func annotateSimple(text, published string, actors []actorSpec) testigo.Annotations {
	ann := testigo.Annotations{Paragraphs: segment.Paragraphs(text), Sentences: segment.Sentences(text)}
	ann.Dates = timex.Find(text, ann.Sentences, published)
	ann.Quantities = quantity.Find(text, ann.Sentences)
	for _, a := range actors {
		for off := 0; ; {
			i := strings.Index(text[off:], a.Text)
			if i < 0 {
				break
			}
			s := off + i
			kind := a.Kind
			if kind == "" {
				kind = testigo.KindPerson
			}
			ann.Actors = append(ann.Actors, testigo.Actor{Span: testigo.Span{Start: s, End: s + len(a.Text)},
				Entity: testigo.Entity{Name: a.Name, Text: a.Text, Sector: a.Sector, Kind: kind, Country: "PER"}, Ref: -1})
			off = s + len(a.Text)
		}
	}
	ann.Country = "PER"
	return ann.WithEmptyLists()
}

func code(text string, actors ...actorSpec) testigo.Extraction {
	doc := testigo.Document{ID: "t", Text: text, Published: "2024-05-10"}
	return Code(doc, annotateSimple(text, doc.Published, actors))
}

func hasEvent(x testigo.Extraction, typ, mode string) *testigo.Event {
	for i, e := range x.Events {
		if e.Type != typ {
			continue
		}
		got := ""
		if e.Mode != nil {
			got = *e.Mode
		}
		if mode == "*" || got == mode {
			return &x.Events[i]
		}
	}
	return nil
}

func describe(x testigo.Extraction) string {
	var b strings.Builder
	for _, e := range x.Events {
		m := ""
		if e.Mode != nil {
			m = *e.Mode
		}
		b.WriteString(e.Type + "/" + m + " ")
	}
	return b.String()
}

// TestTriggers checks that each kind of sentence codes to its type and mode, and that
// negation, modality and opinion do what PLOVER asks.
func TestTriggers(t *testing.T) {
	tests := []struct {
		name, text string
		typ, mode  string // want; mode "*" for any
		not        []string
	}{
		{"active killing", "Gunmen killed four villagers near the river on Sunday.", "ASSAULT", "*", nil},
		{"passive killing with agent", "Four villagers were killed in a raid by soldiers on Sunday.", "ASSAULT", "*", nil},
		{"fired on", "Troops fired on a crowd of students outside the ministry.", "ASSAULT", "firearms", nil},
		{"live fire beside tear gas", "Police shot live rounds and tear gas at the marchers, wounding nine.", "ASSAULT", "firearms", nil},
		{"tear gas alone", "Police fired tear gas at the marchers, wounding nine.", "ASSAULT", "crowd-control", nil},
		{"live fire beside a weapon trigger", "Police fired live ammunition and water cannon at the dockers in the square on Friday.", "ASSAULT", "firearms", []string{"crowd-control"}},
		{"shot", "A teacher was shot outside her school on Friday.", "ASSAULT", "firearms", nil},
		{"bombing", "A roadside bombing destroyed two buses in the north.", "ASSAULT", "explosives", nil},
		{"blockade verb", "Truck drivers blockaded the main port for six hours.", "PROTEST", "obstruct", nil},
		{"blockade noun", "A blockade by miners closed the highway.", "PROTEST", "obstruct", nil},
		{"siege", "Residents kept up a siege of the town hall.", "PROTEST", "obstruct", nil},
		{"blocked by", "The bridge was blocked by striking dockworkers.", "PROTEST", "obstruct", nil},
		{"marched", "Some 2,000 nurses marched to the health ministry.", "PROTEST", "demo", nil},
		{"rally", "Students held a rally in the main square.", "PROTEST", "demo", nil},
		{"general strike", "The unions began a general strike on Monday.", "PROTEST", "strike", nil},
		{"hunger strike", "Three detainees began a hunger strike.", "PROTEST", "hunger", nil},
		{"shooting deaths", "The shooting deaths of two guards shocked the town.", "ASSAULT", "*", nil},
		{"shunned work", "Bus drivers across the province shunned work on Tuesday over unpaid wages.", "PROTEST", "strike", nil},
		{"downed tools", "Miners at the copper pit downed tools after the accident.", "PROTEST", "strike", nil},
		{"arrested", "Police arrested 14 activists at the border.", "COERCE", "arrest", nil},
		{"detained", "Two reporters were detained by soldiers.", "COERCE", "arrest", nil},
		{"expulsion", "The government ordered the expulsion of nine aid workers.", "COERCE", "deport", nil},
		{"deported", "Officials deported 30 migrants on Tuesday.", "COERCE", "deport", nil},
		{"would face charges", "The minister said the leaders would face charges if they returned.", "THREATEN", "arrest", []string{"ACCUSE"}},
		{"may be arrested", "The regime warned that bloggers may be arrested.", "THREATEN", "arrest", []string{"COERCE"}},
		{"threatened to detain", "The governor threatened to detain the strike leaders.", "THREATEN", "arrest", []string{"COERCE"}},
		{"charged with terrorism", "Prosecutors charged the mayor with terrorism.", "ACCUSE", "allege", nil},
		{"resigned", "The prime minister resigned on Thursday.", "RETREAT", "resign", nil},
		{"withdrew", "The army withdrew from the northern valley.", "RETREAT", "withdraw", nil},
		{"fled to asylum", "The former president fled to asylum in Argentina.", "AID", "", nil},
		{"granted asylum", "Uruguay granted asylum to the two senators.", "AID", "", nil},
		{"talks mediated", "The rivals opened talks mediated by the church.", "CONSULT", "*", nil},
		{"met with", "The union leaders met with the labour minister.", "CONSULT", "", nil},
		{"named state rejects", "Serbia flatly rejected the ultimatum on Thursday.", "REJECT", "*", nil},
		{"pronoun agrees", "He agreed to share the records with the commission.", "AGREE", "*", nil},
		{"called for meeting", "The bishop called for a national meeting of all parties.", "REQUEST", "meet", nil},
		{"asked to resign", "Lawmakers asked the governor to resign.", "REQUEST", "change", []string{"RETREAT"}},
		{"alleged that is an accusation", "The auditor alleged that the rail company wasted funds.", "ACCUSE", "*", nil},
		{"alleged before an object is an accusation", "The auditor alleged fraud by the rail company.", "ACCUSE", "*", nil},
		{"gathered with a demand is a protest", "Hundreds of bakers gathered outside the town hall, demanding cheaper flour.", "PROTEST", "demo", nil},
		{"assembled against is a protest", "Nurses assembled in the hospital yard against the night-shift cuts.", "PROTEST", "demo", nil},
		{"asked not to be silenced is a request", "The editors asked the regulator not to be silenced by a licence ban.", "REQUEST", "*", nil},
		{"demanded that resign", "The students demanded that the rector resign.", "REQUEST", "change", []string{"RETREAT"}},
		{"urged to withdraw", "The council urged the rebels to withdraw from the city.", "REQUEST", "yield", []string{"RETREAT"}},
		{"appealed for aid", "The mayor appealed for aid after the floods.", "REQUEST", "assist", nil},
		{"welcomed", "The chamber of commerce welcomed the new cabinet.", "SUPPORT", "", nil},
		{"decree", "The president signed a decree suspending the elections.", "DECREE", "", nil},
		{"appointed", "The president appointed a new army chief.", "DECREE", "", nil},
		{"vowed to stop", "Farmers vowed to stop deliveries to the capital.", "THREATEN", "*", nil},
		{"turned away by police", "The senator was turned away by police at the gate.", "COERCE", "restrict", nil},
		{"refused to", "The rebels refused to lay down their weapons.", "REJECT", "*", []string{"RETREAT"}},
		{"agreed to", "The two parties agreed to a ceasefire.", "AGREE", "", nil},
		{"sanctions", "The bloc imposed sanctions on the ruling generals.", "SANCTION", "", nil},
		{"deployed troops", "The government deployed troops to the mining towns.", "MOBILIZE", "troops", nil},
		{"curfew", "Authorities imposed a curfew in the port city.", "COERCE", "curfew", nil},
		{"hosted talks", "The president hosted talks with the rebel commanders on Friday.", "CONSULT", "visit", nil},
		{"sent instructions", "The minister sent instructions for all prefects to close the markets.", "REQUEST", "*", nil},
		{"suggested should", "The ministers suggested that the talks should resume in May.", "REQUEST", "*", nil},
		{"police raid", "Police raided two warehouses in the port on Monday.", "COERCE", "seize", []string{"ASSAULT"}},
		{"army raid", "Soldiers raided two villages in the hills on Monday.", "ASSAULT", "*", nil},
		{"hunting a suspect", "Detectives were hunting a suspect seen near the station.", "ACCUSE", "investigate", nil},
		{"violence with facts", "Violence in the market on Sunday left 12 traders dead.", "ASSAULT", "*", nil},
		{"indefinite doer noun", "A suicide bomber blew himself up at the gate of the barracks.", "ASSAULT", "suicide-attack", nil},
		{"charges of a crime", "Prosecutors brought charges of murder and robbery against the driver on Friday.", "ACCUSE", "allege", []string{"ASSAULT"}},
		{"pleaded not guilty to charges", "The clerk pleaded not guilty to charges of fraud on Monday.", "ACCUSE", "allege", nil},
		{"died of wounds", "Five guards died of gunshot wounds after the raid on the prison.", "ASSAULT", "*", nil},
		{"skirmish verb", "Rival herders skirmished near the wells on Tuesday.", "ASSAULT", "*", nil},
		{"skirmish noun", "Two soldiers died in a skirmish with smugglers at the pass.", "ASSAULT", "*", nil},
		{"bombard", "Artillery units bombarded the eastern suburbs overnight.", "ASSAULT", "heavy-weapons", nil},
		{"bombardment", "A heavy bombardment of the harbour district lasted until dawn.", "ASSAULT", "heavy-weapons", nil},
		{"mass execution", "The junta carried out a mass execution of captured officers.", "ASSAULT", "*", nil},
		{"executed for", "The journalist was executed for espionage last month.", "ASSAULT", "*", nil},
		{"executed people", "The militia executed at least nine people in the square.", "ASSAULT", "*", nil},
		{"firing squad", "Four deserters were shot by a firing squad at dawn.", "ASSAULT", "*", nil},
		{"was hanged", "The former minister was hanged in the central prison.", "ASSAULT", "*", nil},
		{"military coup", "The elected president was deposed in a military coup in May.", "ASSAULT", "*", nil},
		{"bare coup", "The coup in March ended twenty years of civilian rule.", "ASSAULT", "*", nil},
		{"coup attempt", "Officers loyal to the general launched a coup attempt on Friday.", "ASSAULT", "*", nil},
		{"was poisoned", "The dissident was poisoned at a hotel in the capital.", "ASSAULT", "*", nil},
		{"hijacked plane", "Armed men hijacked a cargo plane bound for the coast.", "ASSAULT", "abduct", nil},
		{"hijacking of a bus", "The hijacking of a school bus near the border ended at dawn.", "ASSAULT", "abduct", nil},
		{"arson attack", "An arson attack gutted the party office on Friday.", "ASSAULT", "destroy", nil},
		{"knifepoint", "Two traders were robbed at knifepoint outside the depot.", "ASSAULT", "primitive", nil},
		{"lynched", "A mob lynched two cattle traders outside the village.", "ASSAULT", "primitive", nil},
		{"beheaded", "Insurgents beheaded a captured border guard on Sunday.", "ASSAULT", "primitive", nil},
		{"firefight", "Three rangers died in a firefight with poachers in the reserve.", "ASSAULT", "firearms", nil},
		{"gun battle", "Police and bandits fought a gun battle that left four dead on Friday.", "ASSAULT", "firearms", nil},
		{"sniper fire", "Two medics were wounded by sniper fire near the bridge.", "ASSAULT", "firearms", nil},
		{"shellfire", "Shellfire destroyed the clinic in the old town on Monday.", "ASSAULT", "heavy-weapons", nil},
		{"razed", "The militia razed six hamlets along the river.", "ASSAULT", "destroy", nil},
		{"death sentence", "A tribunal handed the rebel leader a death sentence on Tuesday.", "SANCTION", "convict", nil},
		{"passed a new law", "The assembly passed a new press law on Thursday.", "DECREE", "", nil},
		{"abolished", "Parliament abolished the death penalty in 2019.", "DECREE", "", nil},
		{"repealed", "The senate repealed the emergency powers act on Monday.", "DECREE", "", nil},
		{"convened", "The regional ministers convened in the capital on Monday.", "CONSULT", "*", nil},
		{"blackmail", "The gang blackmailed the customs chief with photographs.", "THREATEN", "*", nil},
		{"intimidate", "Militiamen intimidated voters at three polling stations.", "THREATEN", "*", nil},
		{"intimidation", "Observers reported intimidation of voters by armed youths.", "THREATEN", "*", nil},
		{"surrender noun", "The siege ended with the surrender of the garrison on Sunday.", "RETREAT", "withdraw", nil},
		{"found him guilty", "A military court found him guilty of treason on Monday.", "SANCTION", "convict", nil},
		{"warning told", "The army issued a warning to the rebels on Sunday.", "THREATEN", "*", nil},
		{"threats told", "The militia made threats against the judges of the high court.", "THREATEN", "*", nil},
		{"ordered the release", "A judge ordered the release of the two fishermen on Tuesday.", "RETREAT", "release", nil},
		{"ordered the immediate release", "The tribunal ordered the immediate release of all detained students.", "RETREAT", "release", nil},
		{"a prison sentence given", "The clerk was given a prison sentence of five years on Monday.", "SANCTION", "convict", nil},
		{"charged, no trial", "Prosecutors charged the harbour master with fraud on Monday.", "ACCUSE", "allege", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := code(tt.text)
			if hasEvent(x, tt.typ, tt.mode) == nil {
				t.Errorf("%q: want %s/%s, got %s", tt.text, tt.typ, tt.mode, describe(x))
			}
			for _, n := range tt.not {
				if hasEvent(x, n, "*") != nil {
					t.Errorf("%q: want no %s, got %s", tt.text, n, describe(x))
				}
			}
		})
	}
}

// TestNoEvent checks sentences that report nothing happening.
func TestNoEvent(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"no proof", "No proof has been provided of any fraud.", "AID"},
		{"hyphen compound adjective", "Traders from the rebel-occupied valley sold grain in the market.", "PROTEST"},
		{"hyphen compound adjective of mediation", "The envoy praised the church-brokered truce in the valley.", "CONSULT"},
		{"did not attack", "The rebels did not attack the convoy.", "ASSAULT"},
		{"never arrested", "Police never arrested the suspects.", "COERCE"},
		{"demonstrate that", "The figures demonstrate that poverty has grown.", "PROTEST"},
		{"press conference", "The minister spoke at a press conference.", "CONSULT"},
		{"ruling class", "The ruling class kept its privileges.", "DECREE"},
		{"name", "The Law Society issued a report on prisons.", "DECREE"},
		{"released photos", "The army released photos of the two suspects on Monday.", "RETREAT"},
		{"photo released", "The suspect is seen in a handout photo released by the police.", "RETREAT"},
		{"news release", "The details came in a news release from the sheriff.", "RETREAT"},
		{"refused to comment", "The ministry refused to comment on the report.", "REJECT"},
		{"source asked not to be named", "A nurse at the clinic, who asked not to be named, said the ward was full.", "REQUEST"},
		{"source requested anonymity", "Two guards, who requested anonymity because they feared reprisals, described the cells.", "REQUEST"},
		{"source asked that he not be identified", "The driver asked that he not be identified and said the road was mined.", "REQUEST"},
		{"alleged after a preposition", "The auditor published a study on alleged waste in the rail company.", "ACCUSE"},
		{"alleged after an article", "Villagers described the alleged abuses to the visiting bishop.", "ACCUSE"},
		{"gathered for a funeral", "Relatives gathered at the chapel for the fisherman's funeral.", "PROTEST"},
		{"assembled a cabinet", "The new premier assembled a cabinet of technocrats.", "PROTEST"},
		{"pleaded not guilty", "The mayor pleaded not guilty to fraud on Tuesday.", "REQUEST"},
		{"phone records", "Investigators studied his phone records.", "CONSULT"},
		{"block of", "The car was parked in the 400 block of Pine Street.", "PROTEST"},
		{"captured on camera", "The moment was captured on camera by a neighbour.", "ASSAULT"},
		{"offer with no one offering", "A deal had been offered to suspend the vote.", "AGREE"},
		{"law as a thing", "Nobody thought the law protected them.", "DECREE"},
		{"relative death", "The singer's father, who died in 2010, founded the band.", "ASSAULT"},
		{"died of illness", "Eight villagers died of an unknown illness last week.", "ASSAULT"},
		{"dying of cancer", "Relatives said the two men, one dying of cancer, had left the town.", "ASSAULT"},
		{"accidental blast", "The mine went off accidentally, killing two of the smugglers who carried it.", "ASSAULT"},
		{"heart attack", "The senator suffered a heart attack during the session.", "ASSAULT"},
		{"support oneself", "Nobody knew how the widow would support herself after the harvest.", "AGREE"},
		{"support oneself present", "Nobody knew how the widow would support herself after the harvest.", "SUPPORT"},
		{"host a sports event", "The port city will host the regional football final in June.", "CONSULT"},
		{"host a sports event promised", "The port city will host the regional football final in June.", "AGREE"},
		{"court dismissed the case", "In March a judge dismissed the case against the two farmers.", "REJECT"},
		{"pushed back a vote", "The assembly pushed back the elections to next year.", "COERCE"},
		{"cell phones", "He threw his cell phones into the river.", "CONSULT"},
		{"recognized the need", "The board recognized the need to hire more nurses.", "SUPPORT"},
		{"must be with adverb", "Many felt that tighter controls must now be enforced at the port.", "REQUEST"},
		{"alleged as adjective", "Alleged Bribery Scandal Shakes Town Council", "ACCUSE"},
		{"suggest as infer", "The survey results suggest that most voters stayed home.", "REQUEST"},
		{"execution of a plan", "The execution of the budget plan was slow.", "ASSAULT"},
		{"coup for a firm", "Winning the contract was a coup for the small shipyard.", "ASSAULT"},
		{"scored a coup", "The paper scored a coup with its interview of the ex-dictator.", "ASSAULT"},
		{"diplomatic coup", "The treaty was a diplomatic coup for the foreign minister.", "ASSAULT"},
		{"food poisoning", "Forty pupils were treated for food poisoning after lunch.", "ASSAULT"},
		{"poisoned relations", "The quarrel poisoned relations between the two capitals.", "ASSAULT"},
		{"hijacked a debate", "Hecklers hijacked the debate on the new budget.", "ASSAULT"},
		{"adjectival intimidated", "Aid workers met a very frightened and intimidated village population.", "THREATEN"},
		{"hanged himself", "The inmate hanged himself in his cell.", "ASSAULT"},
		{"scare quotes", "The senator called the budget vote a “coup” on Tuesday.", "ASSAULT"},
		{"coup plotters", "Several coup plotters were named in the report.", "ASSAULT"},
		{"hijacking of a system", "Critics decried the hijacking of the party by donors.", "ASSAULT"},
		{"arson in a list of charges", "The indictment lists fraud, smuggling, arson and other crimes.", "ASSAULT"},
		{"abolishing with no ruler", "Abolishing tuition fees would cost billions.", "DECREE"},
		{"bombarded with questions", "Reporters bombarded the mayor with questions about the budget.", "ASSAULT"},
		{"bombarded with calls", "The council office was bombarded with calls on Monday.", "ASSAULT"},
		{"forecast of a coup", "Analysts say the unrest will bring, perhaps, a military coup next year.", "ASSAULT"},
		{"possible battle", "There may be a battle for the port before the rains.", "ASSAULT"},
		{"attack a virus", "Doctors need more funds to attack the virus in the slums.", "ASSAULT"},
		{"battle a blaze", "Crews worked through the night to battle the blaze near the mill.", "ASSAULT"},
		{"abstract violence", "The old regime ruled by fear, bribery and violence.", "ASSAULT"},
		{"official repression", "Critics expect a rise in official repression before the vote.", "ASSAULT"},
		{"definite doer noun", "Neighbours had warned the police about the young suicide bomber.", "ASSAULT"},
		{"predicate doer noun", "He told friends that being a suicide bomber was noble.", "ASSAULT"},
		{"on trial on charges", "The former mayor is on trial on charges of fraud and bribery.", "ACCUSE"},
		{"on trial on charges of murder", "The pilot is on trial on charges of murder.", "ASSAULT"},
		{"sentencing scheduled", "Her sentencing is scheduled for early March.", "SANCTION"},
		{"sentencing set", "His sentencing has been set for May 4.", "SANCTION"},
		{"longer prison sentences", "Longer prison sentences for smugglers were debated in the senate.", "SANCTION"},
		{"ordered the release of papers", "The court ordered the release of the audit documents.", "RETREAT"},
		{"such threats", "Such threats are common in the valley, the pastor said.", "THREATEN"},
		{"these warnings", "Officials disregarded these two warnings for months.", "THREATEN"},
		{"ignored the warnings", "Fishermen ignored the warnings and sailed out on Monday.", "THREATEN"},
		{"in defiance of warnings", "In defiance of foreign warnings, the council pressed ahead with the vote.", "THREATEN"},
		{"wiki heading", "The town held a fair on Sunday.\n\n== The massacre ==\n\nThe town held a fair.", "ASSAULT"},
		{"subheading", "The town held a fair on Sunday.\n\nPending charges\n\nThe mayor opened the fair.", "ACCUSE"},
		{"conceded that", "The mayor conceded that the harbour bridge needs repairs.", "CONCEDE"},
		{"accepted that a fact", "The council accepted that the budget had failed.", "AGREE"},
		{"conceded after a quote", "“We lost the vote,” the senator conceded on Friday.", "CONCEDE"},
		{"deaths from an illness later in the clause", "The nurse said the four deaths in the ward were probably caused by a fever.", "ASSAULT"},
		{"illness modifying deaths", "Cholera deaths rose again in the two camps.", "ASSAULT"},
		{"killed in a car crash", "Her brother was killed in a car crash near the bridge.", "ASSAULT"},
		{"died after a landslide", "Two hikers died after a landslide near the pass.", "ASSAULT"},
		{"injured in a collision", "Six passengers were injured in a collision on the ring road.", "ASSAULT"},
		{"total by the end of a year", "By March 2021, 240 villagers had been killed in the valley.", "ASSAULT"},
		{"total over months of protests", "About 60 people have died in five months of street protests.", "ASSAULT"},
		{"protests filling a period", "About 60 people have died in five months of street protests.", "PROTEST"},
		{"total over the past years", "Over the past two years, 35 reporters have been killed in the province.", "ASSAULT"},
		{"event noun naming an inquiry", "Detectives reopened the arson probe on Monday.", "ASSAULT"},
		{"event noun naming a trial", "Jury selection began in the murder trial of the ferry captain.", "ASSAULT"},
		{"title-case court headline", "Ferry Clerk Denies Obstructing Harbour Bomb Probe", "ASSAULT"},
		{"obstructed inquiry in a headline", "Ferry Clerk Denies Obstructing Harbour Bomb Probe", "ACCUSE"},
		{"referendum as a setting", "Two million people voted against the dam in a local referendum last May.", "DECREE"},
		{"law as a setting", "The trader was fined under the old customs law.", "DECREE"},
		{"in-law", "His brother-in-law was held at the station.", "DECREE"},
		{"threat of a strike dropped", "The drivers dropped their threat of a national strike and met the minister.", "PROTEST"},
		{"prospect of riots", "Shopkeepers boarded up their windows at the prospect of fresh riots in the market.", "PROTEST"},
		{"adverb and participle opening the sentence", "Recently appointed Interior Minister Luis Vega has ordered a review of the prisons.", "DECREE"},
		{"preparing an offensive", "The army is preparing a spring offensive against the river towns.", "ASSAULT"},
		{"plan their raids", "The bandit chiefs plan their raids in a hut above the village.", "ASSAULT"},
		{"planned deployment", "Protesters marched against the planned deployment of foreign troops.", "MOBILIZE"},
		{"bullet list of past events", "The town held a fair on Sunday.\n\n* 2009 Cusco market bombing\n* 2011 Lima bus attack", "ASSAULT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := code(tt.text, actorSpec{Text: "Law Society", Name: "Law Society", Sector: "SOC", Kind: testigo.KindOrganization})
			if e := hasEvent(x, tt.typ, "*"); e != nil {
				t.Errorf("%q: want no %s, got %s", tt.text, tt.typ, describe(x))
			}
		})
	}
}

func TestHypothetical(t *testing.T) {
	x := code("If the talks fail, the militia could attack the town.")
	for _, e := range x.Events {
		if e.Type == "ASSAULT" && !e.Hypothetical {
			t.Errorf("conditional attack not hypothetical: %+v", e)
		}
	}
	for _, text := range []string{
		"The two brothers lose their licences if they are convicted of the fraud.",
		"Such cases go to a tribunal, where defendants can be sentenced to twenty years.",
	} {
		x = code(text)
		if e := hasEvent(x, "SANCTION", "*"); e == nil || !e.Hypothetical {
			t.Errorf("%q: want a hypothetical SANCTION, got %s", text, describe(x))
		}
		if hasEvent(x, "THREATEN", "*") != nil {
			t.Errorf("%q: a possible verdict is no threat: %s", text, describe(x))
		}
	}
	x = code("The rebels may have killed the hostages.")
	if e := hasEvent(x, "ASSAULT", "*"); e == nil || !e.Hypothetical {
		t.Errorf("epistemic killing: want a hypothetical ASSAULT, got %s", describe(x))
	}
}

// TestArguments checks actors, recipients, the passive agent, counts and the source.
func TestArguments(t *testing.T) {
	soldiers := actorSpec{Text: "soldiers", Name: "soldiers", Sector: "MIL", Kind: testigo.KindGroup}
	miners := actorSpec{Text: "miners", Name: "miners", Sector: "LAB", Kind: testigo.KindGroup}
	office := actorSpec{Text: "Ombudsman", Name: "Ombudsman", Sector: "GOV", Kind: testigo.KindOrganization}
	x := code("The Ombudsman reported that six miners were killed by soldiers near the pit on Monday. More than 20 others were wounded, many by gunfire.", soldiers, miners, office)
	if len(x.Events) != 1 {
		t.Fatalf("want one merged ASSAULT, got %s", describe(x))
	}
	e := x.Events[0]
	if e.Type != "ASSAULT" || e.Mode == nil || *e.Mode != "firearms" {
		t.Errorf("type/mode = %s/%v", e.Type, e.Mode)
	}
	if len(e.Actor) == 0 || e.Actor[0].Sector != "MIL" {
		t.Errorf("actor = %+v, want the soldiers", e.Actor)
	}
	if len(e.Recipient) == 0 || e.Recipient[0].Sector != "LAB" {
		t.Errorf("recipient = %+v, want the miners", e.Recipient)
	}
	if e.Dead == nil || e.Dead.Value != 6 || e.Injured == nil || e.Injured.Value != 20 || e.Injured.Qualifier != testigo.QualMoreThan {
		t.Errorf("dead %+v injured %+v, want 6 and more than 20", e.Dead, e.Injured)
	}
	if len(e.Evidence) < 2 {
		t.Errorf("want evidence in both sentences, got %+v", e.Evidence)
	}
	if e.Source == nil || e.Source.Name != "Ombudsman" {
		t.Errorf("source = %+v", e.Source)
	}
	if e.Date.Start == nil || *e.Date.Start != "2024-05-06" {
		t.Errorf("date = %+v, want Monday 2024-05-06", e.Date)
	}
	if e.ACLED == nil || e.ACLED.Inter1 != 1 {
		t.Errorf("acled = %+v", e.ACLED)
	}
}

// TestNamedSubjectCasualty checks that a named person right before the casualty words is
// their one victim, however far back the clause reaches ("..., where John Doe was pronounced
// dead"), and that a name elsewhere in such a clause is not.
func TestNamedSubjectCasualty(t *testing.T) {
	ruiz := actorSpec{Text: "Ana Ruiz", Name: "Ana Ruiz", Sector: "CVL", Kind: testigo.KindPerson}
	tests := []struct {
		text          string
		dead, injured int
	}{
		{"Two men were shot near the depot on Monday. Both were driven to a clinic, where 22-year-old Ana Ruiz was pronounced dead.", 1, 1},
		{"Two men were shot near the depot on Monday. Both were driven to a clinic, where Ana Ruiz said they were stable.", 0, 2},
	}
	for _, tt := range tests {
		x := code(tt.text, ruiz)
		var d, i int
		for _, e := range x.Events {
			if e.Dead != nil {
				d = max(d, e.Dead.Value)
			}
			if e.Injured != nil {
				i = max(i, e.Injured.Value)
			}
		}
		if d != tt.dead || i != tt.injured {
			t.Errorf("%q: dead %d injured %d, want %d %d (%s)", tt.text, d, i, tt.dead, tt.injured, describe(x))
		}
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		text           string
		dead, injured  int
		arrested, size int
	}{
		{"Five people were killed and nine injured when the bus was attacked.", 5, 9, 0, 0},
		{"Three nurses confirmed dead in the attack on the clinic. Two more have died since.", 5, 0, 0, 0},
		{"A man was shot and killed outside a bar on Saturday.", 1, 0, 0, 0},
		{"A 19-year-old woman was shot in the leg on Elm Street.", 0, 1, 0, 0},
		{"Tens of thousands marched through the capital.", 0, 0, 0, 10000},
		{"Police detained 45 protesters on the bridge.", 0, 0, 45, 0},
		// "shot dead" takes its object after it.
		{"Soldiers shot dead at least 12 villagers near the well on Tuesday.", 12, 0, 0, 0},
		{"Gunmen shot dead two traders and wounded five others in the market.", 2, 5, 0, 0},
		// Each participle counts the figure after it.
		{"Troops fired on farmers near the mine, killing at least six miners and wounding 40 others.", 6, 40, 0, 0},
		{"Gunmen attacked the market, killing three traders and injuring two.", 3, 2, 0, 0},
		// "lives" as a verb counts no one; as a plural noun it counts the dead.
		{"A grenade hit the depot on Monday. Three guards lives nearby.", 0, 0, 0, 0},
		{"Raiders burned the farm. One worker lives there with his family.", 0, 0, 0, 0},
		{"The flood of shells claimed 40 lives in the north.", 40, 0, 0, 0},
		{"Someone fired shots into a bakery on Friday, killing one man and injuring another.", 1, 1, 0, 0},
		// People shot, dead or not: those who did not die are the injured.
		{"Three people were shot on Friday night near the stadium, police said.", 0, 3, 0, 0},
		{"Two men were shot outside a club on Sunday, one fatally.", 1, 1, 0, 0},
		{"The two brothers shot to death on Sunday lived next door.", 2, 0, 0, 0},
		{"Two teenagers were shot and wounded near the park.", 0, 2, 0, 0},
		// The shooters are no victims; "shot at" is fired at.
		{"Two men wearing masks shot a store clerk in the arm on Monday.", 0, 1, 0, 0},
		{"A guard was approached by two men and was shot once in the hand.", 0, 1, 0, 0},
		// A denied figure is none.
		{"Shots were fired at the house but neither the couple nor their two sons were injured.", 0, 0, 0, 0},
		// A second victim with an outcome of its own.
		{"A 40-year-old man was stabbed to death and another man critically injured in the fight.", 1, 1, 0, 0},
		{"A driver was shot dead and a passenger wounded at the checkpoint.", 1, 1, 0, 0},
		{"Soldiers shot three people at the checkpoint on Sunday.", 0, 3, 0, 0},
		{"Five people, including a nurse, were shot outside the clinic.", 0, 5, 0, 0},
		{"A man and his wife were wounded when gunmen fired on their house.", 0, 2, 0, 0},
		{"Two more boys, aged 15-17, were also injured.", 0, 2, 0, 0},
		// Fired at is not hit; "shot at" a place or time is hit.
		{"The officer fired one shot at the suspect on Elm Street.", 0, 0, 0, 0},
		{"Three people were shot at the end of a vigil on Friday.", 0, 3, 0, 0},
		{"Deputies found the body of a man who had been shot near the river.", 1, 0, 0, 0},
		{"Neither the driver nor his son was hurt when gunmen fired on the car.", 0, 0, 0, 0},
		{"The bullet did not hit the suspect, police said.", 0, 0, 0, 0},
		{"A man walked into the clinic with two gunshot wounds on Monday.", 0, 1, 0, 0},
		{"Gunmen killed a man and officers found two people with gunshot wounds in the flat.", 1, 1, 0, 0},
		{"A man who was shot in the chest on Monday night passed away on Tuesday.", 1, 0, 0, 0},
		{"An elderly couple was shot in their home on Sunday.", 0, 2, 0, 0},
		// A victim before "after a shooting"; a shooting as subject that leaves a victim.
		{"A man is in critical condition after a shooting on Elm Street.", 0, 1, 0, 0},
		{"A shooting on Elm Street left a woman in critical condition, police said.", 0, 1, 0, 0},
		{"A video of the shooting showed a woman running from the store.", 0, 0, 0, 0},
		// One more victim told after the attack is that attack's; shooters with an object are no victims.
		{"One man is dead after a shooting at a bar on Sunday. Police said the man was shot in the parking lot. Another man was also shot and taken to a hospital.", 1, 1, 0, 0},
		{"Late on Friday two masked intruders shot a man in his home.", 0, 1, 0, 0},
		// "Another" adds one to the attack told sentences before, even after its victim died of wounds.
		{"Deputies said a 30-year-old man was shot near a bakery on Friday. Another man was also shot.", 0, 2, 0, 0},
		{"Deputies said a 30-year-old man was shot near a bakery on Friday. He died hours later. Another man was also shot.", 1, 1, 0, 0},
		{"Deputies said a 30-year-old man was shot dead near a bakery on Friday. A neighbor called for help. Another woman was wounded.", 1, 1, 0, 0},
		// Another victim of an attack of its own ("in a shooting") is another incident's.
		{"Deputies said a 30-year-old man was shot near a bakery on Friday. Another woman was wounded in a shooting near the port.", 0, 1, 0, 0},
		// Hit in a part of the body is an injury, the one hit standing before or inside the phrase.
		{"Gunfire broke out near the station on Monday. The driver was struck in the knee.", 0, 1, 0, 0},
		{"Gunfire broke out near the station on Monday. A stray round hit her in the shoulder.", 0, 1, 0, 0},
		{"Gunfire broke out near the station on Monday. One pellet hit a woman in the hip.", 0, 1, 0, 0},
		{"The hurricane hit the harbor on Monday and struck the town hard.", 0, 0, 0, 0},
		{"The suspect tripped while running and hit his head on the curb.", 0, 0, 0, 0},
		// A lower or upper body is a living one, no corpse.
		{"Two people were shot on Monday. The driver was hit in the arm and the passenger in his upper body.", 0, 2, 0, 0},
		// A participle after a victim noun lengthened by an age, with only adverbs between.
		{"A 35-year-old worker fatally shot outside the depot was named by police on Monday.", 1, 0, 0, 0},
		{"A 35-year-old worker badly wounded near the depot remained in a clinic on Monday.", 0, 1, 0, 0},
		{"A 35-year-old worker who lived nearby said she heard gunfire and someone shot at the depot.", 0, 0, 0, 0},
		{"Police say a 35-year-old worker shot her on the platform of the depot.", 0, 1, 0, 0},
		// A comma joins a second outcome to the first; rushed or transported to a hospital is hurt.
		{"One guard was killed, another wounded when gunmen stormed the depot on Friday.", 1, 1, 0, 0},
		{"One guard was killed by gunmen at the depot on Friday, another witness said.", 1, 0, 0, 0},
		{"One guard was killed and another was rushed to a hospital after gunmen stormed the depot.", 1, 1, 0, 0},
		{"Three guards were transported to the hospital after gunmen opened fire at the depot.", 0, 3, 0, 0},
		// Two nouns under one article are two victims.
		{"A man and woman were wounded when gunfire hit their car.", 0, 2, 0, 0},
		{"Gunmen killed a guard at the gate. Another man and woman were wounded.", 1, 2, 0, 0},
		{"A man and his dog were wounded when gunfire hit their car.", 0, 1, 0, 0},
		{"Deputies said a 30-year-old man was shot near a bakery on Friday. He died hours later. The man was also shot in the arm.", 1, 0, 0, 0},
		// A killer dead by his own hand is no victim of his: the one he shot is injured.
		{"Police say a 74-year-old man killed himself after shooting a 51-year-old woman several times.", 1, 1, 0, 0},
		{"A man who was running from deputies shot himself in the head. He was pronounced dead at the scene.", 1, 0, 0, 0},
		{"Three deputies shot and wounded a man who drove at them on Tuesday.", 0, 1, 0, 0},
		{"Two men shot and killed on Friday were brothers.", 2, 0, 0, 0},
		// The shooter killed by police is a death too.
		{"Officers returned fire and the shooter was killed.", 1, 0, 0, 0},
		// Injuries suffered are harm; a burglar shot is a victim too.
		{"A teenager suffered non-life-threatening injuries in a shooting on Oak Street.", 0, 1, 0, 0},
		{"A burglar was shot in the leg by a homeowner on Sunday.", 0, 1, 0, 0},
		{"Police say stray gunfire wounded a 15-year-old boy near the school.", 0, 1, 0, 0},
		// A victim read off a noun, told again with "the shooting", is still the dead one.
		{"A woman died after a shooting on Oak Street. In the shooting, the woman was hit in the chest.", 1, 0, 0, 0},
		{"A man on crutches fatally shot one of two intruders who came charging at him on Friday.", 1, 0, 0, 0},
		// The outcome told of "he" in a sentence of its own is the one victim of the attack before.
		{"Police responded to an accidental shooting on Elm Street on Monday. A neighbor said the gun went off while being cleaned. His injuries were not life-threatening, she said.", 0, 1, 0, 0},
		{"Police responded to a shooting on Elm Street on Monday. He was not hurt.", 0, 0, 0, 0},
		// A victim told dead outside the attack's clause.
		{"Deputies shot the driver, who was later pronounced dead at a hospital.", 1, 0, 0, 0},
		{"A woman, 31, died at the hospital after being shot twice on Pine Street.", 1, 0, 0, 0},
		{"A man who was shot on Pine Street was taken to a hospital in stable condition.", 0, 1, 0, 0},
		// A figure summed over several incidents is no single event's.
		{"Two men were wounded on Saturday night in separate shootings across the city. A man was shot in the arm on Pine Road.", 0, 1, 0, 0},
		{"Two overnight shootings left three people wounded. A teenager was shot in the leg near a gas station.", 0, 1, 0, 0},
		{"Three people were wounded in the shooting at the mall.", 0, 3, 0, 0},
		{"Two guards were shot at different locations on Friday. A guard was shot in the arm near the mill.", 0, 1, 0, 0},
		// The injured who die of their wounds are the dead, not more people.
		{"One person was injured in a shooting in Dover early Friday. Police said Smith was taken to the hospital, where he died.", 1, 0, 0, 0},
		{"A man was shot on Elm Street on Monday. He was rushed to a hospital but died an hour later.", 1, 0, 0, 0},
		{"A man was killed and a woman was wounded on Monday. The woman was taken to a hospital in stable condition.", 1, 1, 0, 0},
		// A running total is a toll, not the figure of the attack told beside it.
		{"A man was shot in the leg on Monday. Eighteen people have been killed in the city this year.", 0, 1, 0, 0},
		// Dead or injured together are neither figure.
		{"Mortar fire hit the camp on Sunday, killing or wounding 30 recruits.", 0, 0, 0, 0},
		{"Mortar fire hit the camp on Sunday, killing 12 recruits or more.", 12, 0, 0, 0},
		// A casualty verb before the figure takes it; the verb after "and" takes its own.
		{"A landmine blast killed two Kurdish shepherds and wounded four others near the pass.", 2, 4, 0, 0},
		{"The shelling killed one Danish aid worker and injured three more on Friday.", 1, 3, 0, 0},
		{"Two farmers and a teacher were killed in the raid.", 2, 0, 0, 0},
		// One person named by an occupation or status is one victim; a collective is not one.
		{"A veteran photographer has been killed in a rocket strike on the port.", 1, 0, 0, 0},
		{"An elderly detainee died as a result of beatings in a provincial jail.", 1, 0, 0, 0},
		{"The army was attacked near the border on Sunday.", 0, 0, 0, 0},
		// Victims found wounded who are no more than the dead are the dead.
		{"Police identified two people shot and killed on Friday. A man and a woman were found in a car with gunshot wounds.", 2, 0, 0, 0},
		// Victims told as other people than the dead (another sex or age, "also", "the second
		// victim") are more people; the same noun or a pronoun is the one told before.
		{"Deputies said a man was killed near the mill on Friday. A woman was wounded.", 1, 1, 0, 0},
		{"A 40-year-old guard was shot dead near the mill on Friday. A 19-year-old guard was hit in the arm.", 1, 1, 0, 0},
		{"A guard was shot dead near the mill on Friday. A driver was also wounded by gunfire.", 1, 1, 0, 0},
		{"A man was shot near the mill on Friday. The man died at a clinic.", 1, 0, 0, 0},
		{"A woman was shot dead near the mill on Friday. The woman was also hit in the arm.", 1, 0, 0, 0},
		// A casualty verb after "and", past or participle, after adverbs, with one more as its
		// object; not when the sentence sums several incidents.
		{"A gunman killed one guard and seriously injured another at the mill on Friday.", 1, 1, 0, 0},
		{"A blast at the mill on Friday left one guard dead and wounded a second man.", 1, 1, 0, 0},
		{"A gunman killed one guard and injured three others at the mill on Friday.", 1, 3, 0, 0},
		{"Two shootings on Friday killed a guard and wounded another.", 1, 0, 0, 0},
		// People counted with a relative clause of being shot were hit; a long subject before
		// "after a shooting" is still its victim.
		{"Three people who were shot outside the mill on Friday remain in a clinic.", 0, 3, 0, 0},
		{"Three people who shot at the mill on Friday fled in a van.", 0, 0, 0, 0},
		{"A 15-year-old girl was carried to a clinic with very serious injuries after a shooting near the mill.", 0, 1, 0, 0},
		// Each subject has its own outcome: the victim of a passive is the noun right before
		// it; two indefinite victims of one sentence are two people.
		{"A woman was badly hurt and her husband killed in a shooting near the mill.", 1, 1, 0, 0},
		{"A nurse was badly hurt and a driver killed when gunmen raided the mill.", 1, 1, 0, 0},
		{"A guard was killed and a nurse seriously injured when gunmen raided the mill.", 1, 1, 0, 0},
		{"A shooting near the mill on Sunday left a father and his daughter dead.", 2, 0, 0, 0},
		{"A teacher was badly hurt and her husband killed in a shooting near the mill.", 1, 1, 0, 0},
		// "A man was also wounded" is one more victim of the attack told before, however far;
		// told on another day it is another incident's.
		{"The raid on the mill left a guard dead.\n\nAn autopsy found that the guard died of gunshot wounds.\n\nA 60-year-old man was also wounded by gunfire.", 1, 1, 0, 0},
		// "The deaths of" people counts them dead; "mortally wounded" is dead.
		{"Deputies are investigating the deaths of two guards found near the mill on Friday.", 2, 0, 0, 0},
		{"Deputies identified three guards found mortally wounded near the mill on Friday.", 3, 0, 0, 0},
		// A killer dead by his own hand and the victim he killed are two dead; one he only
		// shot is injured; "a man shot and killed himself" is one dead.
		{"A guard shot his wife to death near the mill on Friday and then fatally shot himself.", 2, 0, 0, 0},
		{"A guard shot his wife near the mill on Friday and then killed himself.", 1, 1, 0, 0},
		{"Deputies say a 70-year-old guard killed himself after shooting a 40-year-old nurse several times.", 1, 1, 0, 0},
		{"Deputies say a guard shot and killed himself after a crash near the mill.", 1, 0, 0, 0},
		// Grazed by a bullet is hurt.
		{"A guard was killed at the mill on Monday. Two other guards were grazed by bullets.", 1, 2, 0, 0},
		{"The goats grazed near the mill on Monday.", 0, 0, 0, 0},
		// Taken to a named hospital or medical center is hurt; a death told after it is the
		// outcome; a gun's caliber taken there counts no one.
		{"Deputies responded to a shooting near the mill on Sunday. The victim was taken to Saint Ives Medical Center.", 0, 1, 0, 0},
		{"One guard was killed, another flown to Saint Ives Regional Hospital after gunfire at the mill.", 1, 1, 0, 0},
		{"Deputies responded to a shooting near the mill on Sunday. The victim was rushed to Saint Ives Hospital, where he died.", 1, 0, 0, 0},
		{"A guard was shot with a 45 caliber pistol and was taken to Saint Ives Medical Center.", 0, 1, 0, 0},
		{"Deputies responded to a shooting near the mill on Sunday. The suspect was taken to the county jail.", 0, 0, 0, 0},
		// "The shooting of three people" counts those hit: the dead told after are among them.
		{"Deputies are investigating the shooting of three guards near the mill on Friday.", 0, 3, 0, 0},
		{"Deputies described the shooting of four guards at the mill gate on Friday. One guard later died at a clinic.", 1, 3, 0, 0},
		{"Deputies are investigating the shooting of three dogs near the mill on Friday.", 0, 0, 0, 0},
		// "Both victims" told hurt after the attack are two; not after a sum of incidents.
		{"Deputies responded to a shooting near the mill on Friday. Both guards sustained minor injuries.", 0, 2, 0, 0},
		{"A guard was shot near the mill on Friday. A driver was shot in the arm. Both were taken to a clinic in stable condition.", 0, 2, 0, 0},
		{"Two shootings were reported near the mill on Friday. Both victims were taken to a hospital.", 0, 0, 0, 0},
		// A victim noun that modifies another ("officer-involved") names no victim.
		{"Deputies investigate a shooting that happened near the mill on Friday (Photo by Ann Lee) Deputies investigate an officer-involved shooting near the mill", 0, 0, 0, 0},
		// The fatal shooting of someone is a death; a non-fatal one is not.
		{"Deputies are investigating the fatal shooting of a guard near the mill on Friday.", 1, 0, 0, 0},
		{"Deputies are investigating the non-fatal shooting of a guard near the mill on Friday.", 0, 1, 0, 0},
		// "a male", "an individual" are people; a headline's bare noun after a dash too.
		{"Deputies say a shooting near the mill left a male with gunshot injuries.", 0, 1, 0, 0},
		{"— Guard in critical condition after a shooting near the mill", 0, 1, 0, 0},
		// A pistol-whipped victim is hurt; one only threatened with it is not.
		{"A robber pistol-whipped a cashier at the mill shop on Friday.", 0, 1, 0, 0},
		{"A robber threatened to pistol-whip a cashier at the mill shop on Friday.", 0, 0, 0, 0},
		// "The murder of" a victim is a death; an attempted one is not, nor a murder charge.
		{"Deputies have made an arrest in the murder of a guard shot near the mill on Friday.", 1, 0, 0, 0},
		{"Deputies have made an arrest in the attempted murder of a guard shot near the mill on Friday.", 0, 1, 0, 0},
		{"Deputies have made an arrest in the attempted first-degree murder of a guard shot near the mill on Friday.", 0, 1, 0, 0},
		// The victim before a relative clause is its noun, not a noun inside the clause.
		{"A man was killed near the mill on Friday. The woman, who lived there with her son, was shot by police.", 1, 1, 0, 0},
	}
	for _, tt := range tests {
		x := code(tt.text)
		var d, i, a, s int
		for _, e := range x.Events {
			if e.Dead != nil {
				d = max(d, e.Dead.Value)
			}
			if e.Injured != nil {
				i = max(i, e.Injured.Value)
			}
			if e.Arrested != nil {
				a = max(a, e.Arrested.Value)
			}
			if e.Size != nil {
				s = max(s, e.Size.Value)
			}
		}
		if d != tt.dead || i != tt.injured || a != tt.arrested || s != tt.size {
			t.Errorf("%q: dead %d injured %d arrested %d size %d, want %d %d %d %d (%s)", tt.text, d, i, a, s, tt.dead, tt.injured, tt.arrested, tt.size, describe(x))
		}
	}
}

// TestCrowdOfNamedPeople checks that a figure counting a people the actor stage names (not a
// generic noun of the lexicon) is the size of the protest it stands by.
func TestCrowdOfNamedPeople(t *testing.T) {
	tests := []struct {
		text   string
		actors []actorSpec
		size   int
	}{
		{"Up to 300 ethnic Ruthenians marched through the town on Friday.", []actorSpec{{Text: "Ruthenians", Name: "Ruthenians", Sector: "CVL", Kind: testigo.KindGroup}}, 300},
		{"About 2,000 Valdorians began a sit-in outside the assembly.", []actorSpec{{Text: "Valdorians", Name: "Valdorians", Sector: "CVL", Kind: testigo.KindGroup}}, 2000},
		// A number of things is no crowd, nor is a person named.
		{"Protesters marched past 300 Valdorian shops on Friday.", []actorSpec{{Text: "Protesters", Name: "protesters", Sector: "CVL", Kind: testigo.KindGroup}}, 0},
		{"Strikers blocked the port road after the deaths of two Valdorians.", []actorSpec{{Text: "Valdorians", Name: "Valdorians", Sector: "CVL", Kind: testigo.KindGroup}}, 0},
		{"About 40 Anna Petrova posters were carried in the march.", []actorSpec{{Text: "Anna Petrova", Name: "Anna Petrova", Sector: "SOC", Kind: testigo.KindPerson}}, 0},
	}
	for _, tt := range tests {
		x := code(tt.text, tt.actors...)
		size := 0
		for _, e := range x.Events {
			if e.Size != nil {
				size = max(size, e.Size.Value)
			}
		}
		if size != tt.size {
			t.Errorf("%q: size %d, want %d (%s)", tt.text, size, tt.size, describe(x))
		}
	}
}

// TestPronounSpeaker checks that a pronoun opening the sentence of a quote, far from the
// speech word, is read back to the subject of the sentence before.
func TestPronounSpeaker(t *testing.T) {
	tests := []struct {
		text   string
		actors []actorSpec
		want   string
	}{
		{"The Andean Dockers Federation, which had backed the strike until May, changed course last week. It issued a long statement on Friday declaring: “We ask every member to return to the piers tomorrow.”",
			[]actorSpec{{Text: "Andean Dockers Federation", Name: "Andean Dockers Federation", Sector: "LAB", Kind: testigo.KindOrganization},
				{Text: "Lima Port Authority", Name: "Lima Port Authority", Sector: "GOV", Kind: testigo.KindOrganization}}, "Andean Dockers Federation"},
		// A named subject before the verb is the speaker, not the sentence before's.
		{"The Andean Dockers Federation met on Friday. The Lima Port Authority then issued a long statement on Friday declaring: “We ask every member to return to the piers tomorrow.”",
			[]actorSpec{{Text: "Andean Dockers Federation", Name: "Andean Dockers Federation", Sector: "LAB", Kind: testigo.KindOrganization},
				{Text: "Lima Port Authority", Name: "Lima Port Authority", Sector: "GOV", Kind: testigo.KindOrganization}}, "Lima Port Authority"},
	}
	for _, tt := range tests {
		x := code(tt.text, tt.actors...)
		if len(x.Statements) != 1 || x.Statements[0].Speaker.Name != tt.want {
			t.Errorf("%q: statements %+v, want one by %s", tt.text, x.Statements, tt.want)
		}
	}
}

// TestVerbalActsByDay checks that two verbal acts of one actor in adjacent sentences are one
// event when nothing dates them apart, and two when each is told on a different day.
func TestVerbalActsByDay(t *testing.T) {
	union := actorSpec{Text: "Andean Dockers Federation", Name: "Andean Dockers Federation", Sector: "LAB", Kind: testigo.KindOrganization}
	tests := []struct {
		text string
		want int
	}{
		{"The Andean Dockers Federation demanded higher wages. The Andean Dockers Federation also demanded safer cranes.", 1},
		{"On May 2 the Andean Dockers Federation demanded higher wages. On May 6 the Andean Dockers Federation demanded safer cranes.", 2},
	}
	for _, tt := range tests {
		x := code(tt.text, union)
		n := 0
		for _, e := range x.Events {
			if e.Type == "REQUEST" {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%q: %d REQUEST events, want %d (%s)", tt.text, n, tt.want, describe(x))
		}
	}
}

// TestSeparateHappenings checks which tellings of one type stay apart: a counter-demonstration
// and the protest it answers, two parties doing alike in one sentence; and that two tellings
// of one happening still make one event.
func TestSeparateHappenings(t *testing.T) {
	donors := actorSpec{Text: "donors", Name: "donors", Sector: "GOV", Kind: testigo.KindGroup}
	bank := actorSpec{Text: "development bank", Name: "development bank", Sector: "BUS", Kind: testigo.KindOrganization}
	army := actorSpec{Text: "army", Name: "army", Sector: "MIL", Kind: testigo.KindOrganization}
	rebels := actorSpec{Text: "rebels", Name: "rebels", Sector: "REB", Kind: testigo.KindGroup}
	tests := []struct {
		text, typ string
		actors    []actorSpec
		want      int
	}{
		{"Thousands of farmers rallied outside the ministry on Monday. Police dispersed a small counter-demonstration nearby.", "PROTEST", nil, 2},
		{"Thousands of farmers rallied outside the ministry on Monday. The rally lasted until dusk.", "PROTEST", nil, 1},
		{"The donors suspended budget support and the development bank halted aid to the ministry.", "SANCTION", []actorSpec{donors, bank}, 2},
		{"The donors suspended budget support and halted aid to the ministry.", "SANCTION", []actorSpec{donors}, 1},
		{"The army shelled the ridge and the rebels fired mortars back.", "ASSAULT", []actorSpec{army, rebels}, 1},
	}
	for _, tt := range tests {
		x := code(tt.text, tt.actors...)
		n := 0
		for _, e := range x.Events {
			if e.Type == tt.typ {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("%q: %d %s events, want %d (%s)", tt.text, n, tt.typ, tt.want, describe(x))
		}
	}
}

// TestModalRequestMode checks that a demand told with "must" keeps the mode of its own
// complement when a later request of the same speakers, with another mode, is folded into it.
func TestModalRequestMode(t *testing.T) {
	leaders := []actorSpec{{Text: "Ana Ruiz", Name: "Ana Ruiz", Sector: "LAB"}, {Text: "Luis Soto", Name: "Luis Soto", Sector: "LAB"}}
	tests := []struct{ text, mode string }{
		{"On Monday Ana Ruiz and Luis Soto told reporters: “the growers must abandon the blockade. We have called upon the governor to meet us next week.”", "yield"},
		// Without the modal, the told request names the mode.
		{"On Monday Ana Ruiz and Luis Soto told reporters: “We have called upon the governor to meet us next week.”", "meet"},
	}
	for _, tt := range tests {
		x := code(tt.text, leaders...)
		if e := hasEvent(x, "REQUEST", tt.mode); e == nil {
			t.Errorf("%q: no REQUEST/%s, got %s", tt.text, tt.mode, describe(x))
		}
	}
}

// TestModifierProtest checks that a protest word modifying another protest noun ("Protest
// blockades") names that one happening only, while the verb with a subject keeps its own.
func TestModifierProtest(t *testing.T) {
	tests := []struct {
		text      string
		want, not string // modes of PROTEST
	}{
		{"Protest blockades have cut the coast road for a week.", "obstruct", "demo"},
		{"The protest blockades have cut the coast road for a week.", "obstruct", "demo"},
		{"Growers protest blockades set up by the port guards.", "demo", ""},
	}
	for _, tt := range tests {
		x := code(tt.text)
		if hasEvent(x, "PROTEST", tt.want) == nil {
			t.Errorf("%q: no PROTEST/%s, got %s", tt.text, tt.want, describe(x))
		}
		if tt.not != "" && hasEvent(x, "PROTEST", tt.not) != nil {
			t.Errorf("%q: PROTEST/%s, want none: %s", tt.text, tt.not, describe(x))
		}
	}
}

func TestTolls(t *testing.T) {
	x := code("The unrest has left at least 17 dead, over 300 wounded and hundreds more arrested, officials said.")
	want := map[string]int{"dead": 17, "injured": 300, "arrested": 100}
	got := map[string]int{}
	for _, tl := range x.Tolls {
		got[tl.Measure] = tl.Value
		if tl.AsOf == nil || *tl.AsOf != "2024-05-10" {
			t.Errorf("toll as_of = %v, want the publication date", tl.AsOf)
		}
		if tl.Scope.Country != "PER" {
			t.Errorf("toll scope = %+v", tl.Scope)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tolls = %v, want %v", got, want)
	}
	if len(x.Events) != 0 {
		t.Errorf("a toll is no event: got %s", describe(x))
	}
	x = code("Since the protests began on May 1, more than 250 students have been arrested, the rights group said.")
	if len(x.Tolls) != 1 || x.Tolls[0].Measure != "arrested" || x.Tolls[0].Since == nil || *x.Tolls[0].Since != "2024-05-01" {
		t.Errorf("tolls = %+v", x.Tolls)
	}
	// One figure in a headline and its lede is one toll, with the lede's qualifier and start.
	x = code("Death toll in dam protests rises to 14\n\nAt least 14 people have been killed in protests against the dam since May 1, the rights group said.")
	if len(x.Tolls) != 1 || x.Tolls[0].Qualifier != "at_least" || x.Tolls[0].Since == nil || len(x.Tolls[0].Evidence) != 2 {
		t.Errorf("tolls = %+v", x.Tolls)
	}
	// Two figures stay two.
	x = code("Death toll in dam protests rises to 14\n\nAt least 12 people have been killed in protests against the dam since May 1, the rights group said.")
	if len(x.Tolls) != 2 {
		t.Errorf("tolls = %+v", x.Tolls)
	}
}

// TestTollOverPeriod checks that a figure for a period of weeks or more, or one counted up to
// the end of a month or a year, is a toll with its day, and that a part of it is no toll.
func TestTollOverPeriod(t *testing.T) {
	tests := []struct {
		text, measure string
		value         int
		asOf          string
	}{
		{"By March 2021, 240 villagers had been killed in the valley, 90 of them children.", "dead", 240, "2021-03-31"},
		{"About 60 people have died in five months of street protests, a rights group said.", "dead", 60, "2024-05-10"},
		{"Over the past two years, 35 reporters have been killed in the province.", "dead", 35, "2024-05-10"},
		{"More than 400 students have been arrested during the last three months.", "arrested", 400, "2024-05-10"},
	}
	for _, tt := range tests {
		x := code(tt.text)
		if len(x.Tolls) != 1 || x.Tolls[0].Measure != tt.measure || x.Tolls[0].Value != tt.value || x.Tolls[0].AsOf == nil || *x.Tolls[0].AsOf != tt.asOf {
			t.Errorf("%q: tolls = %+v, want %s %d as of %s", tt.text, x.Tolls, tt.measure, tt.value, tt.asOf)
		}
	}
}

// TestCountsNoPeople checks that a count of blows or shots counts no one and that casualties
// spread over a whole area are a toll, not one attack's figure.
func TestCountsNoPeople(t *testing.T) {
	x := code("A 30-year-old man was stabbed four times and died in the street on Monday.")
	if e := hasEvent(x, "ASSAULT", "*"); e == nil || e.Dead == nil || e.Dead.Value != 1 {
		t.Errorf("stabbed four times and died: want one dead, got %+v", x.Events)
	}
	for _, text := range []string{
		"A farmer shot and killed six dogs that had attacked his sheep on Sunday.",
		"A shopkeeper was shot dead on Sunday. Two charged with murder in the death of the shopkeeper appeared in court on Monday.",
	} {
		x := code(text)
		for _, e := range x.Events {
			if e.Dead != nil && e.Dead.Value > 1 {
				t.Errorf("%q: dead = %d, want at most one", text, e.Dead.Value)
			}
		}
	}
	x = code("Nine people were shot across the city over the holiday, four of them fatally.")
	for _, e := range x.Events {
		if e.Dead != nil || e.Injured != nil {
			t.Errorf("a citywide tally gives an event casualties: %+v", e)
		}
	}
	if len(x.Tolls) == 0 {
		t.Errorf("a citywide tally: want a toll, got none")
	}
}

// TestPrecisionControls keeps what the rules for admissions, mishaps and periods must not
// take away.
func TestPrecisionControls(t *testing.T) {
	tests := []struct{ text, typ string }{
		{"The rebels conceded two villages to the army.", "CONCEDE"},
		{"The regime conceded defeat on Sunday.", "CONCEDE"},
		{"The union accepted that offer on Friday.", "AGREE"},
		{"A farmer was killed in an attack on the village.", "ASSAULT"},
		{"Gunmen killed a trader in the market on Monday.", "ASSAULT"},
		{"A car bomb killed four soldiers near the crash site.", "ASSAULT"},
		{"In two days of clashes, rebels killed 14 soldiers.", "ASSAULT"},
		{"The police discuss hoax threats with the school board.", "CONSULT"},
		{"Detectives reopened the arson probe on Monday.", "ACCUSE"},
		{"The government called a referendum on the new constitution.", "DECREE"},
		{"Parliament passed a law on Tuesday that bans street vending.", "DECREE"},
		{"The drivers threatened a national strike if fuel prices rise.", "THREATEN"},
		{"Falsely accused the mayor of fraud in a radio interview.", "ACCUSE"},
		{"Four of the officers who planned the coup were killed in the fighting.", "ASSAULT"},
		{"The party plan calls for new elections in June.", "REQUEST"},
		{"Quietly appointed the general as governor of the province last year.", "DECREE"},
		{"The strike by port workers entered its third day on Monday.", "PROTEST"},
		{"Thousands protested in the capital after three months of rising prices.", "PROTEST"},
	}
	for _, tt := range tests {
		if x := code(tt.text); hasEvent(x, tt.typ, "*") == nil {
			t.Errorf("%q: no %s, got %s", tt.text, tt.typ, describe(x))
		}
	}
}

func TestStatements(t *testing.T) {
	rosa := actorSpec{Text: "Rosa Quispe", Name: "Rosa Quispe", Sector: "LAB"}
	text := "Union leader Rosa Quispe told Reuters: “We will keep the roads closed until the law is repealed.” She added: “Nobody will pay these prices in our towns.” The minister called it “pure sabotage.”"
	x := code(text, rosa)
	if len(x.Statements) != 2 {
		t.Fatalf("want 2 statements, got %+v", x.Statements)
	}
	for _, s := range x.Statements {
		if s.Speaker.Name != "Rosa Quispe" {
			t.Errorf("speaker = %q", s.Speaker.Name)
		}
		ev := s.Evidence[0]
		if text[ev.Start:ev.End] != ev.Text || !strings.Contains(s.Quote, ev.Text[:10]) {
			t.Errorf("evidence %+v does not point at the quote %q", ev, s.Quote)
		}
	}
	if x.Statements[0].Via == nil || *x.Statements[0].Via != "Reuters" {
		t.Errorf("via = %v", x.Statements[0].Via)
	}
}

// TestEvidence checks every span on the fixture articles: inside the text, its text exact.
func TestEvidence(t *testing.T) {
	headline := fixture{name: "headline", text: "Troops open fire on miners' march, killing three\n\n" +
		"Troops opened fire on striking miners marching to the capital on Tuesday, killing three and wounding 12.\n"}
	// Two triggers of one sentence ("fired ... at people marching ..., killing ...") whose
	// clauses overlap.
	overlap := fixture{name: "overlap", text: "Police fired live ammunition and tear gas at thousands of people marching against a sharp rise in bus fares in San Pedro Sula on Tuesday, killing at least two demonstrators and wounding 15 others, the national Ombudsman said.\n"}
	for _, f := range append(fixtures(t), headline, overlap) {
		x := code(f.text)
		check := func(what string, ev []testigo.Evidence) {
			if len(ev) == 0 {
				t.Errorf("%s: %s without evidence", f.name, what)
			}
			seen := map[testigo.Evidence]bool{}
			for _, e := range ev {
				if seen[e] {
					t.Errorf("%s: %s gives evidence %+v twice", f.name, what, e)
				}
				seen[e] = true
				if e.Start < 0 || e.End > len(f.text) || e.Start >= e.End || f.text[e.Start:e.End] != e.Text {
					t.Errorf("%s: %s evidence %+v does not match the text", f.name, what, e)
				}
			}
		}
		for _, e := range x.Events {
			check(e.Type, e.Evidence)
			for i := 1; i < len(e.Evidence); i++ {
				if e.Evidence[i].Start < e.Evidence[i-1].End {
					t.Errorf("%s: %s evidence %q overlaps %q", f.name, e.Type, e.Evidence[i].Text, e.Evidence[i-1].Text)
				}
			}
			if e.Confidence <= 0 || e.Confidence > 1 {
				t.Errorf("%s: confidence %v", f.name, e.Confidence)
			}
		}
		for _, tl := range x.Tolls {
			check("toll", tl.Evidence)
		}
		for _, s := range x.Statements {
			check("statement", s.Evidence)
		}
	}
}

// TestEvidenceStart checks that evidence shortened to the words nearest its trigger starts
// on a whole word: never on a possessive 's cut from its owner.
func TestEvidenceStart(t *testing.T) {
	for _, text := range []string{
		"The dry plain north and west of the old river town on the army’s side of the valley is full of gunmen who last night ambushed convoys on the main road.",
		"The dry plain north and west of the old river town on the army's side of the valley is full of gunmen who last night ambushed convoys on the main road.",
	} {
		x := code(text)
		if len(x.Events) == 0 {
			t.Errorf("%q: no event", text)
		}
		for _, e := range x.Events {
			for _, ev := range e.Evidence {
				if strings.HasPrefix(ev.Text, "’") || strings.HasPrefix(ev.Text, "'") || ev.Start > 0 && isWordRuneAt(text, ev.Start) && isWordRune(lastRune(text[:ev.Start])) {
					t.Errorf("%s evidence %q starts inside a word", e.Type, ev.Text)
				}
			}
		}
	}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// TestDeterministic codes each fixture twice: the bytes must be the same.
func TestDeterministic(t *testing.T) {
	for _, f := range fixtures(t) {
		a, _ := json.Marshal(code(f.text))
		b, _ := json.Marshal(code(f.text))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs differ", f.name)
		}
	}
}

func TestLexiconLoads(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.byFirst) < 200 || len(l.modes) < 100 || len(l.participants) < 50 {
		t.Errorf("lexicon too small: %d triggers, %d mode cues, %d participants", len(l.byFirst), len(l.modes), len(l.participants))
	}
	for _, typ := range []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DECREE"} {
		found := false
		for _, ts := range l.byFirst {
			for _, tr := range ts {
				if tr.Type == typ {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("no trigger for %s", typ)
		}
	}
}

func TestVerbForms(t *testing.T) {
	tests := map[string][]string{
		"kill":                            {"kill", "kills", "killed", "killing"},
		"seize":                           {"seize", "seizes", "seized", "seizing"},
		"rally":                           {"rally", "rallies", "rallied", "rallying"},
		"detain":                          {"detain", "detains", "detained", "detaining"},
		"march":                           {"march", "marches", "marched", "marching"},
		"shoot/shot/shot/shooting/shoots": {"shoot", "shot", "shot", "shooting", "shoots"},
	}
	for in, want := range tests {
		if got := verbForms(in); !reflect.DeepEqual(got, want) {
			t.Errorf("verbForms(%q) = %v, want %v", in, got, want)
		}
	}
}

type fixture struct{ name, text string }

func fixtures(t testing.TB) []fixture {
	names, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no fixtures under testdata: %v", err)
	}
	var out []fixture
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fixture{filepath.Base(n), string(b)})
	}
	return out
}

// fixtureActors are the actors of the fixture articles, given by hand so that the golden
// files change only when the coder (or the pure stages it is fed by) changes.
var fixtureActors = []actorSpec{
	{Text: "Security forces", Name: "security forces", Sector: "COP", Kind: testigo.KindGroup},
	{Text: "Riot police", Name: "riot police", Sector: "COP", Kind: testigo.KindGroup},
	{Text: "police", Name: "police", Sector: "COP", Kind: testigo.KindGroup},
	{Text: "marchers", Name: "marchers", Sector: "CVL", Kind: testigo.KindGroup},
	{Text: "protesters", Name: "protesters", Sector: "CVL", Kind: testigo.KindGroup},
	{Text: "CGTP", Name: "CGTP", Sector: "LAB", Kind: testigo.KindOrganization},
	{Text: "Rosa Quispe", Name: "Rosa Quispe", Sector: "LAB"},
	{Text: "Carlos Ruiz", Name: "Carlos Ruiz", Sector: "GOV"},
	{Text: "William Ruto", Name: "William Ruto", Sector: "GOV"},
	{Text: "Raila Odinga", Name: "Raila Odinga", Sector: "OPP"},
	{Text: "Law Society", Name: "Law Society", Sector: "SOC", Kind: testigo.KindOrganization},
	{Text: "Parliament", Name: "Parliament", Sector: "LEG", Kind: testigo.KindOrganization},
	{Text: "farmers", Name: "farmers", Sector: "AGR", Kind: testigo.KindGroup},
	{Text: "Farmers", Name: "farmers", Sector: "AGR", Kind: testigo.KindGroup},
	{Text: "soldiers", Name: "soldiers", Sector: "MIL", Kind: testigo.KindGroup},
	{Text: "Red Cross", Name: "Red Cross", Sector: "NGO", Kind: testigo.KindOrganization},
	{Text: "Juan Mamani", Name: "Juan Mamani", Sector: "AGR"},
}

// TestGolden codes the fixture articles and compares with testdata/*.golden.json
// (go test -update rewrites them).
func TestGolden(t *testing.T) {
	for _, f := range fixtures(t) {
		doc := testigo.Document{ID: f.name, Text: f.text, Published: "2024-03-06", PublishedSource: testigo.PublishedMetadata}
		x := Code(doc, annotateSimple(f.text, doc.Published, fixtureActors))
		got, err := json.MarshalIndent(x, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", strings.TrimSuffix(f.name, ".txt")+".golden.json"), append(got, '\n'))
	}
}

// FuzzCode codes arbitrary text: it must not panic, every span must point into the text,
// and the output must be the same twice.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Police killed three protesters in Lima on Monday.",
		"“Unclosed quote, said nobody",
		"He added: “",
		"Since 2020, 5 have been arrested. Two more died since.",
		"\x00\xff“”\"\"'s’",
		"The following day, tens of thousands marched — “we will not stop,” she said.",
		"",
	} {
		f.Add(s)
	}
	for _, fx := range fixtures(f) {
		f.Add(fx.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		x := code(text)
		y := code(text)
		a, _ := json.Marshal(x)
		b, _ := json.Marshal(y)
		if !bytes.Equal(a, b) {
			t.Fatalf("not deterministic on %q", text)
		}
		for _, e := range x.Events {
			for _, ev := range e.Evidence {
				if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || text[ev.Start:ev.End] != ev.Text {
					t.Fatalf("bad evidence %+v on %q", ev, text)
				}
			}
		}
		for _, s := range x.Statements {
			for _, ev := range s.Evidence {
				if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End {
					t.Fatalf("bad statement evidence %+v on %q", ev, text)
				}
			}
		}
	})
}

func BenchmarkCode(b *testing.B) {
	fs := fixtures(b)
	type pre struct {
		doc testigo.Document
		ann testigo.Annotations
	}
	var docs []pre
	n := 0
	for _, f := range fs {
		doc := testigo.Document{ID: f.name, Text: f.text, Published: "2024-03-06"}
		docs = append(docs, pre{doc, annotateSimple(f.text, doc.Published, nil)})
		n += len(f.text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range docs {
			Code(p.doc, p.ann)
		}
	}
}

func TestSources(t *testing.T) {
	ombud := actorSpec{Text: "Ombudsman", Name: "Ombudsman", Sector: "GOV", Kind: testigo.KindOrganization}
	tests := []struct{ text, want string }{
		{"According to the Ombudsman, police detained 12 students.", "Ombudsman"},
		{"Police detained 12 students on Friday, the Ombudsman said.", "Ombudsman"},
		{"Police detained 12 students on Friday, the rights office said.", "the rights office"},
	}
	for _, tt := range tests {
		x := code(tt.text, ombud)
		e := hasEvent(x, "COERCE", "arrest")
		if e == nil || e.Source == nil || e.Source.Name != tt.want {
			t.Errorf("%q: source %+v, want %q", tt.text, e, tt.want)
			continue
		}
		for _, r := range e.Recipient {
			if r.Name == tt.want {
				t.Errorf("%q: the source is also a recipient", tt.text)
			}
		}
	}
}

// TestDeathsJoinAttack checks that deaths told after an attack, with no killer named, are
// the attack's casualties, not attacks of their own: one event per happening.
func TestDeathsJoinAttack(t *testing.T) {
	text := "A car bomb exploded outside the central market on Friday. Police said the blast was heard across the city. " +
		"A shop owner was later killed by his injuries, his brother said. Four other people were killed and the mayor was slightly hurt."
	x := code(text)
	n := 0
	for _, e := range x.Events {
		if e.Type == "ASSAULT" {
			n++
			if e.Dead == nil || e.Dead.Value != 4 {
				t.Errorf("dead %+v, want 4", e.Dead)
			}
			for _, ev := range e.Evidence {
				if strings.Contains(ev.Text, "Four other") {
					t.Errorf("a later death count is evidence of the attack: %q", ev.Text)
				}
			}
		}
	}
	if n != 1 {
		t.Errorf("%d ASSAULT events, want 1: %s", n, describe(x))
	}
}

// TestLedeDate checks that an event told without a day takes the day of the report's
// opening, and not a day after publication.
func TestLedeDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"A gunman opened fire at a bus stop on Wednesday night, police said. Witnesses said the victim was shot twice and taken to a clinic.", "2024-05-08"},
		{"Police have released few details. Witnesses said a man was shot twice and taken to a clinic.", ""},
		// A day told a few sentences on, with its part of the day (a TimeML TIME).
		{"Police are looking for a gunman. Witnesses said a man was shot twice and taken to a clinic. Officers closed the road for hours. Neighbors said they heard an argument late Saturday night.", "2024-05-04"},
		// The day a statement was given does not date what it reports.
		{"A man was shot twice outside a bar, police said Tuesday. Officers found him on the sidewalk late Sunday night.", "2024-05-05"},
	}
	for _, tt := range tests {
		x := code(tt.text)
		for _, e := range x.Events {
			if e.Type != "ASSAULT" {
				continue
			}
			got := ""
			if e.Date.Start != nil && e.Date.Precision == testigo.PrecisionDay {
				got = *e.Date.Start
			}
			if got != tt.want {
				t.Errorf("%q: %s dated %q, want %q", tt.text, e.Evidence[0].Text, got, tt.want)
			}
		}
	}
}

func TestHeadlineJoinsBody(t *testing.T) {
	x := code("Police fire on students in Cusco\n\nPolice opened fire on students outside the university on Monday, killing two.")
	n := 0
	for _, e := range x.Events {
		if e.Type == "ASSAULT" {
			n++
			if len(e.Evidence) < 2 {
				t.Errorf("headline evidence not kept: %+v", e.Evidence)
			}
		}
	}
	if n != 1 {
		t.Errorf("want one ASSAULT for headline and body, got %s", describe(x))
	}
}

func TestVictims(t *testing.T) {
	tests := []struct {
		text          string
		dead, injured int
	}{
		{"A teenager shot himself with his father's rifle on Sunday.", 0, 1},
		{"A man was shot on Main Street. He died later in hospital.", 1, 0},
		{"Gunmen killed 32-year-old Maria Lopez outside her shop.", 1, 0},
		// A person before an attack named by a noun is its victim only if harm is told.
		{"A man is in custody in connection with the shooting on Elm Street.", 0, 0},
		{"A family is mourning their son after an attack that killed him.", 1, 0},
		// An age alone names the one hit.
		{"Deputies said a driver shot a 17-year-old in the arm during an argument.", 0, 1},
		// The victim's outcome told in a sentence of its own, a few sentences on.
		{"Officers responded to a shooting on Oak Road late Friday. Neighbors heard an argument. The victim was taken to a hospital in stable condition.", 0, 1},
		{"Officers found a man in a parked car suffering from a gunshot wound. He was pronounced deceased at the scene.", 1, 0},
		{"Police responded to a shooting on Birch Lane. Carl Benton is charged with assault with intent to kill.", 0, 0},
		// A named victim counted injured and told dead elsewhere is a death.
		{"Detectives are questioning a witness in the Friday night shooting of Carl Benton, 31, outside a bar. Witnesses saw two cars leave. Officers heard three shots. Benton died hours later at a hospital.", 1, 0},
		// Two joined before the verb are its victims only as its own subject.
		{"A man and his son were wounded near the barn.", 0, 2},
		{"A man and a woman started a quarrel, and she was shot in the arm.", 0, 1},
		{"Someone fired at a parked car on Ash Street. The couple were taken to a hospital.", 0, 2},
		// One more victim, or two, joined after the first with an outcome of their own.
		{"A driver was killed and his wife and son were injured when gunmen fired on the car.", 1, 2},
		{"One man is dead and another hospitalized after gunfire outside a bar.", 1, 1},
		// The one hit is the verb's object, not its subject.
		{"Witnesses said a tenant shot his nephew during a quarrel and fled.", 0, 1},
		{"The robber shot him in the hand, then ran toward the river.", 0, 1},
		{"The man is suspected of shooting her during a dispute in March.", 0, 0},
	}
	maria := actorSpec{Text: "Maria Lopez", Name: "Maria Lopez", Sector: "CVL"}
	carl := actorSpec{Text: "Carl Benton", Name: "Carl Benton", Sector: "CVL"}
	for _, tt := range tests {
		x := code(tt.text, maria, carl)
		var d, i int
		for _, e := range x.Events {
			if e.Dead != nil {
				d = max(d, e.Dead.Value)
			}
			if e.Injured != nil {
				i = max(i, e.Injured.Value)
			}
		}
		if d != tt.dead || i != tt.injured {
			t.Errorf("%q: dead %d injured %d, want %d %d (%s)", tt.text, d, i, tt.dead, tt.injured, describe(x))
		}
	}
}

// TestVictimText checks who a single victim count names: the one hit, not the shooter.
func TestVictimText(t *testing.T) {
	tests := []struct{ text, injured string }{
		{"Deputies said a driver shot a 17-year-old in the arm during an argument.", "a 17-year-old"},
		{"Witnesses said a tenant shot his stepson during a quarrel and fled.", "his stepson"},
		{"The robber shot him in the hand, then ran toward the river.", "him"},
	}
	for _, tt := range tests {
		x := code(tt.text)
		got := ""
		for _, e := range x.Events {
			if e.Injured != nil {
				got = e.Injured.Text
			}
		}
		if got != tt.injured {
			t.Errorf("%q: injured %q, want %q", tt.text, got, tt.injured)
		}
	}
}

// TestVictimsTold checks that the victims named by a participle ("the three passengers killed
// were ...") add no attack of their own to the one told before.
func TestVictimsTold(t *testing.T) {
	x := code("Gunmen attacked a bus near the border on Monday. The three passengers killed were teachers.")
	n := 0
	for _, e := range x.Events {
		if e.Type != "ASSAULT" {
			continue
		}
		n++
		for _, ev := range e.Evidence {
			if strings.Contains(ev.Text, "passengers killed") {
				t.Errorf("victims told again are evidence of the attack: %q", ev.Text)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d ASSAULT events, want 1: %s", n, describe(x))
	}
}

// TestVerbReading checks that "lives" is read as the verb only where a subject or a place
// word shows it.
func TestVerbReading(t *testing.T) {
	tests := []struct {
		text string
		verb bool
	}{
		{"She lives in the old quarter", true},
		{"the teacher who lives near the school", true},
		{"Nadia Lives In Exile", true},
		{"claimed 40 lives in the north", false},
		{"lost their lives on the road", false},
		{"Fire Claims Many Lives In Port", false},
		{"Shelling Takes Hundreds Of Lives In Border Town", false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text), 0, nil)
		k := -1
		for i, tk := range toks {
			if tk.Lower == "lives" {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("%q: no lives token", tt.text)
		}
		if got := verbReading(toks, k, len(toks)); got != tt.verb {
			t.Errorf("%q: verb reading %v, want %v", tt.text, got, tt.verb)
		}
	}
}

// TestNonSpecific checks event words that tell no particular happening (a habit, a purpose or
// a capability, a topic of a picture or a search, a background cause, an inquiry in passing,
// an attack already told that a reaction is about), beside real events that must survive.
func TestNonSpecific(t *testing.T) {
	const told = "A bomb exploded at the bus station on Monday, killing six people. "
	tests := []struct {
		name, text, typ string
		want            bool
	}{
		// habitual
		{"continue to", "The hills are full of bandits who continue to ambush army convoys, officials said.", "ASSAULT", false},
		{"routinely", "Farmers fear the gangs that routinely kidnap travellers on the coast road.", "ASSAULT", false},
		{"relative present", "Villagers fear the militia, which abducts young men from the valley.", "ASSAULT", false},
		{"relative past with day", "Villagers buried the men whom the militia abducted on Sunday.", "ASSAULT", true},
		{"verbal act in relative present", "The union, which accuses the mayor of fraud, marched on Friday.", "ACCUSE", true},
		{"habit told with its day", "On Tuesday the guards routinely beat the prisoners, a witness said.", "ASSAULT", true},
		{"past ambush", "Gunmen ambushed a convoy on Monday near the border, killing four soldiers.", "ASSAULT", true},
		{"where with a present", "Troops searched the farm where the smugglers meet and plan their runs.", "CONSULT", false},
		{"where with a noun subject", "The valley where border skirmishes can spark a war lies north of the dam.", "ASSAULT", true},
		{"where with a past and a day", "The two envoys met on Monday in the village where the river bends.", "CONSULT", true},
		// speculation
		{"suggest that will", "Some economists suggest that tighter sanctions will deepen the slump.", "SANCTION", false},
		{"fear that could", "Farmers fear that the militia could attack the valley before the harvest.", "THREATEN", false},
		{"predict will", "Analysts predict the army will raid the port within weeks.", "THREATEN", false},
		{"guess about a told attack", "Gunmen shot two guards at the mine on Monday. Police fear the shooting may have been a warning to the owners.", "ASSAULT", true},
		{"said would march", "The dockers' union said its members would march to the port on Monday.", "PROTEST", true},
		{"what a text aims to do", "Three parties backed a bill that aims to widen sanctions on the junta.", "THREATEN", false},
		{"what a text aims to do, sanction", "Three parties backed a bill that aims to widen sanctions on the junta.", "SANCTION", false},
		{"what a party aims to do", "The bloc said it aims to widen sanctions on the junta.", "THREATEN", true},
		// purpose and capability
		{"trained to", "The recruits were trained to carry out attacks on bridges.", "ASSAULT", false},
		{"definite thing used to", "Critics doubt the sketchy, circumstantial evidence used to convict the farmer.", "SANCTION", true},
		{"one weapon used to", "Experts will test whether the rifle found in the yard was the gun. It was used to kill the judge, police said.", "ASSAULT", true},
		{"would continue to", "The envoy hoped that both sides would continue to cooperate on border patrols.", "AGREE", true},
		{"continue to for a stance", "We continue to welcome the talks between the two parties.", "SUPPORT", true},
		{"used to with nothing between", "Cheap drones used to drop grenades are hard to stop.", "ASSAULT", false},
		{"perfect use", "Smugglers have used old trucks to make car bombs for the cartels.", "ASSAULT", false},
		{"perfect progressive use", "Rebels have been using home-made mines to target army patrols.", "ASSAULT", false},
		{"options for", "Engineers listed the options for shooting down small drones.", "ASSAULT", false},
		{"tear gas to disperse", "Troops used tear gas to disperse protesters outside the palace on Sunday.", "COERCE", true},
		{"used a drone on a day", "The rebels used a drone to attack an army post on Tuesday.", "ASSAULT", true},
		{"batons to beat", "Police used batons to beat protesters in the square on Friday.", "ASSAULT", true},
		// gerund subject
		{"gerund subject", "Shooting down drones with nets is one of the ideas being studied.", "ASSAULT", false},
		{"gerund subject modal", "Attacking aid convoys would be a crime, the envoy said.", "ASSAULT", false},
		{"participle adjunct", "Killing two guards, the gunmen fled into the hills.", "ASSAULT", true},
		{"shooting erupted", "Shooting erupted in the capital on Monday.", "ASSAULT", true},
		// media and documents
		{"video purporting", "A video purporting to show the explosion circulated online on Friday.", "ASSAULT", false},
		{"searches related to", "He deleted internet searches related to the bombing.", "ASSAULT", false},
		{"film about", "A new film about the massacre opened in cinemas.", "ASSAULT", false},
		{"report of clashes", "Residents gave reports of clashes in the north on Monday.", "ASSAULT", true},
		// background cause
		{"due to ethnic clashes", "She left the country in 2010 due to ethnic clashes in the south.", "ASSAULT", false},
		{"cause with its parties", "The border was closed because of clashes between two clans.", "ASSAULT", true},
		{"because of the clashes on a day", "Thousands fled the city because of the clashes on Monday.", "ASSAULT", true},
		// inquiry in passing
		{"in an investigation", "He lied to agents in a fraud investigation.", "ACCUSE", false},
		{"impeding an investigation", "The clerk was fined for impeding the investigation into the fire.", "ACCUSE", false},
		{"launch of an investigation", "Residents welcomed the launch of an investigation into the shooting.", "ACCUSE", true},
		{"subject of a manhunt", "The farmer became the subject of a manhunt across the province.", "ACCUSE", true},
		{"investigation naming whom", "The lawyer spoke in an investigation of Mayor Quispe on Monday.", "ACCUSE", true},
		{"opened an investigation", "Police opened an investigation into the killing on Monday.", "ACCUSE", true},
		{"under investigation", "A tourist was placed under investigation for rioting.", "ACCUSE", true},
		// kinds of happening
		{"kind of protest", "A new kind of protest movement has spread to the towns.", "PROTEST", false},
		{"form of attack", "Experts call it the cheapest form of attack for small groups.", "ASSAULT", false},
		{"protest held", "Students held a protest in the main square on Friday.", "PROTEST", true},
		// a charge as the ground of something else
		{"trial on charges", "The former governor is in jail awaiting trial on several charges, including bribery.", "ACCUSE", false},
		{"jail on a charge", "She faces ten years in prison on the smuggling charge.", "ACCUSE", false},
		{"charged with", "Prosecutors charged the governor with bribery on Monday.", "ACCUSE", true},
		// reactions to an attack already told
		{"condemned the attack", told + "The president condemned the cowardly attack on the station.", "ACCUSE", true},
		{"responded to the bombing", told + "The minister responded to the bombing with a call for calm.", "ASSAULT", true},
		{"address heading", "Shooting 3900 Hill Road A warrant was issued for a man accused of the attack.", "ASSAULT", true},
		{"first report inside condolences", "We send our condolences to the families of the six people killed in the bombing at the station.", "ASSAULT", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := code(tt.text)
			if got := hasEvent(x, tt.typ, "*") != nil; got != tt.want {
				t.Errorf("%q: want %s %v, got %s", tt.text, tt.typ, tt.want, describe(x))
			}
		})
	}
	// Police who respond to a shooting come to its scene: the mention stays evidence of it.
	x := code("A man was shot dead on Main Street on Monday. Deputies responded to the shooting just after midnight.")
	if e := hasEvent(x, "ASSAULT", "*"); e == nil || len(e.Evidence) < 2 {
		t.Errorf("deputies responding: want the shooting told twice, got %s", describe(x))
	}
	// The attack told again inside a reaction adds no evidence: the reaction is about the
	// attack already coded.
	for _, text := range []string{
		told + "The minister responded to the bombing with a call for calm.",
		told + "We send our condolences to the families of the six people killed in the attack.",
		told + "The president condemned the cowardly attack on the station.",
		told + "There is deep anger in the town about Monday's attack and the fact that the police came late.",
	} {
		x := code(text)
		second := strings.Index(text, told) + len(told)
		for _, e := range x.Events {
			for _, ev := range e.Evidence {
				if e.Type == "ASSAULT" && ev.Start >= second {
					t.Errorf("%q: the reaction's attack is coded again: %+v", text, ev)
				}
			}
		}
	}
	// A mention that names its own victim is an attack told here, not the one already coded.
	text := told + "The mayor called a meeting in response to the killing of a shopkeeper in his store."
	second := strings.Index(text, told) + len(told)
	found := false
	for _, e := range code(text).Events {
		for _, ev := range e.Evidence {
			found = found || e.Type == "ASSAULT" && ev.Start >= second
		}
	}
	if !found {
		t.Errorf("%q: the killing of a shopkeeper is not coded", text)
	}
}

func TestLinkedStory(t *testing.T) {
	tests := []struct {
		name, text, typ string
		want            bool
	}{
		{"bracketed title alone", "The council met on Monday.\n\n[Gunmen attack a bus depot in the northern hills]\n\nThe mayor opened the fair.", "ASSAULT", false},
		{"bracketed title after a sentence", "The council met on Monday. [Gunmen attack a bus depot in the hills] The mayor opened the fair.", "ASSAULT", false},
		{"read more line", "The council met on Monday.\n\nRead more: Police arrest forty protesters in the capital\n\nThe mayor opened the fair.", "COERCE", false},
		{"related line", "The council met on Monday.\n\nRELATED: Troops shell a rebel village\n\nThe mayor opened the fair.", "ASSAULT", false},
		{"sentence after the title still codes", "The council met on Monday. [Rebels seize two towns near the border] Soldiers shelled the market on Tuesday.", "ASSAULT", true},
		{"editorial bracket in a quote", "“[The soldiers] attacked our village at dawn,” a farmer said.", "ASSAULT", true},
		{"short bracket", "[Update] Soldiers shelled the market on Tuesday.", "ASSAULT", true},
		{"read as a verb", "Read the charges: prosecutors accused the mayor of fraud on Monday.", "ACCUSE", true},
		{"a call to visit a page", "The fair opened on Monday.\n\nTo write to the editors of the Valley Post visit:\n\nwww.example.org/contact", "CONSULT", false},
		{"a call to visit an address", "For the full list of candidates visit www.example.org today.", "CONSULT", false},
		{"a real visit", "The foreign minister visited the capital on Monday.", "CONSULT", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := code(tt.text)
			if got := hasEvent(x, tt.typ, "*") != nil; got != tt.want {
				t.Errorf("%q: want %s %v, got %s", tt.text, tt.typ, tt.want, describe(x))
			}
		})
	}
}

// TestTargetedKilling checks that killing someone named by an office or a command is a
// targeted attack, and killing others, or those close to a leader, is not.
func TestTargetedKilling(t *testing.T) {
	tests := []struct {
		name, text string
		targeted   bool
	}{
		{"killed a deputy governor", "Raiders killed the deputy governor of the lake district on Sunday.", true},
		{"commanders killed", "The insurgents killed two militia commanders near the dam.", true},
		{"mayor was murdered", "The harbour town's mayor was murdered by unknown assailants on Friday.", true},
		{"villagers killed", "Raiders killed nine herders near the dam on Sunday.", false},
		{"bodyguards of a governor", "Raiders killed the bodyguards of the governor on Sunday.", false},
		{"chief's son", "Raiders killed the police chief's son on Sunday.", false},
		{"weapon says more", "Raiders shot dead the mayor on Sunday.", false},
	}
	for _, tt := range tests {
		x := code(tt.text)
		e := hasEvent(x, "ASSAULT", "*")
		if e == nil {
			t.Errorf("%s: %q: no attack, got %s", tt.name, tt.text, describe(x))
			continue
		}
		got := e.Mode != nil && *e.Mode == "targeted"
		if got != tt.targeted {
			t.Errorf("%s: %q: targeted %v, want %v (%s)", tt.name, tt.text, got, tt.targeted, describe(x))
		}
	}
}

// TestBlastEffect checks that what a blast did to a building, told after the explosion, is
// evidence of the attack.
func TestBlastEffect(t *testing.T) {
	text := "A parcel bomb went off at the post office. The windows were blown out, a clerk said."
	x := code(text)
	e := hasEvent(x, "ASSAULT", "explosives")
	if e == nil {
		t.Fatalf("no attack: %s", describe(x))
	}
	second := strings.Index(text, "The windows")
	told := false
	for _, ev := range e.Evidence {
		if ev.Start >= second {
			told = true
		}
	}
	if !told {
		t.Errorf("the blown-out windows are no evidence of the attack: %+v", e.Evidence)
	}
}

// TestBareVerbAfterPreposition checks that a bare verb form after a preposition is a noun:
// the subject of "died as a result of torture" is its victim, not its doer.
func TestBareVerbAfterPreposition(t *testing.T) {
	weaver := actorSpec{Text: "weaver", Name: "weaver", Sector: "CVL", Kind: testigo.KindPerson}
	x := code("A jailed weaver died as a result of torture in the border prison.", weaver)
	e := hasEvent(x, "ASSAULT", "*")
	if e == nil {
		t.Fatalf("no attack: %s", describe(x))
	}
	for _, a := range e.Actor {
		if a.Name == "weaver" {
			t.Errorf("the victim is the actor: %s", describe(x))
		}
	}
	if !hasEntity(e.Recipient, testigo.Entity{Name: "weaver", Text: "weaver", Sector: "CVL", Kind: testigo.KindPerson}) {
		t.Errorf("recipient = %+v, want the weaver", e.Recipient)
	}
}

// TestOneMoreVictim checks that "a man was also wounded" joins the attack told before, and
// not when it is told on another day.
func TestOneMoreVictim(t *testing.T) {
	tests := []struct {
		text    string
		injured bool // the dead guard's event also counts the one wounded
	}{
		{"A guard was shot dead at the mill on Saturday.\n\nThe mill was closed.\n\nA woman was also wounded on Saturday.", true},
		{"A guard was shot dead at the mill on Saturday.\n\nThe mill was closed.\n\nA woman was also wounded on Friday near the port.", false},
	}
	for _, tt := range tests {
		x := code(tt.text)
		found := false
		for _, e := range x.Events {
			if e.Dead != nil {
				found = true
				if (e.Injured != nil) != tt.injured {
					t.Errorf("%q: injured %v on the dead's event, want %v (%s)", tt.text, e.Injured != nil, tt.injured, describe(x))
				}
			}
		}
		if !found {
			t.Errorf("%q: no event with dead (%s)", tt.text, describe(x))
		}
	}
}

// TestLocativeNotParticipant checks that a body named after a purely locative preposition
// ("outside the ministry", "behind the embassy") is where the event happened, not its actor
// or its recipient.
func TestLocativeNotParticipant(t *testing.T) {
	ministry := actorSpec{Text: "ministry", Name: "ministry", Sector: "GOV", Kind: testigo.KindOrganization}
	embassy := actorSpec{Text: "embassy", Name: "embassy", Sector: "GOV", Kind: testigo.KindOrganization}
	police := actorSpec{Text: "Police", Name: "police", Sector: "COP", Kind: testigo.KindOrganization}
	cooks := actorSpec{Text: "cooks", Name: "cooks", Sector: "LAB", Kind: testigo.KindGroup}
	tests := []struct{ name, text, typ, place string }{
		{"outside", "Police detained nine cooks outside the ministry on Friday.", "COERCE", "ministry"},
		{"behind", "Police beat the cooks behind the embassy on Friday.", "ASSAULT", "embassy"},
		{"opposite", "The cooks marched opposite the embassy on Friday.", "PROTEST", "embassy"},
		{"inside", "Police arrested the cooks inside the ministry on Friday.", "COERCE", "ministry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := code(tt.text, ministry, embassy, police, cooks)
			e := hasEvent(x, tt.typ, "*")
			if e == nil {
				t.Fatalf("%q: want %s, got %s", tt.text, tt.typ, describe(x))
			}
			for _, a := range append(append([]testigo.Entity{}, e.Actor...), e.Recipient...) {
				if a.Name == tt.place {
					t.Errorf("%q: %s is a participant: actors %+v recipients %+v", tt.text, tt.place, e.Actor, e.Recipient)
				}
			}
		})
	}
}

// TestModifiedThingNoParticipant checks that a role word modifying a thing ("a press
// conference", "the press club") names no actor or recipient, while the role word alone does.
func TestModifiedThingNoParticipant(t *testing.T) {
	tests := []struct {
		text, typ string
		press     bool // the press takes part
	}{
		{"The governor told a press conference that rangers had shot three poachers.", "ASSAULT", false},
		{"Cadets threw stones at the press club and burned two cars.", "PROTEST", false},
		{"A press release from the port said guards had beaten four dockers.", "ASSAULT", false},
		{"Guards beat the press outside the stadium.", "ASSAULT", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := code(tt.text)
			e := hasEvent(x, tt.typ, "*")
			if e == nil {
				t.Fatalf("want %s, got %s", tt.typ, describe(x))
			}
			found := false
			for _, a := range append(append([]testigo.Entity{}, e.Actor...), e.Recipient...) {
				found = found || strings.EqualFold(a.Name, "press")
			}
			if found != tt.press {
				t.Errorf("press taking part = %v, want %v: actors %+v recipients %+v", found, tt.press, e.Actor, e.Recipient)
			}
		})
	}
}

// TestObjectOfEarlierVerb checks that what a first verb acted on is not the doer of an act
// coordinated after it or of a noun trigger in a phrase after it, even when that first verb
// is no trigger.
func TestObjectOfEarlierVerb(t *testing.T) {
	council := actorSpec{Text: "council", Name: "council", Sector: "GOV", Kind: testigo.KindOrganization}
	governor := actorSpec{Text: "governor", Name: "governor", Sector: "GOV", Kind: testigo.KindPerson}
	unions := actorSpec{Text: "unions", Name: "unions", Sector: "LAB", Kind: testigo.KindGroup}
	university := actorSpec{Text: "university", Name: "university", Sector: "EDU", Kind: testigo.KindOrganization}
	tests := []struct{ text, typ, doer, notDoer string }{
		{"The council suspended the licences of two unions and banned their marches.", "COERCE", "council", "unions"},
		{"The governor closed the university by decree on Monday.", "DECREE", "governor", "university"},
		{"The governor quietly shuttered the university and arrested its rector.", "COERCE", "governor", "university"},
		// no verb between the two mentions: both act
		{"The council and two unions signed a wage accord on Monday.", "AGREE", "unions", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := code(tt.text, council, governor, unions, university)
			e := hasEvent(x, tt.typ, "*")
			if e == nil {
				t.Fatalf("want %s, got %s", tt.typ, describe(x))
			}
			var names []string
			for _, a := range e.Actor {
				names = append(names, a.Name)
			}
			got := strings.Join(names, ",")
			if !strings.Contains(got, tt.doer) || tt.notDoer != "" && strings.Contains(got, tt.notDoer) {
				t.Errorf("actors %q, want %q and not %q", got, tt.doer, tt.notDoer)
			}
		})
	}
}

// TestCoordinatedReporters checks that the first of two sources joined by "and" before a
// speech verb is a reporter, not a recipient, while a list of victims stays recipients.
func TestCoordinatedReporters(t *testing.T) {
	fishermen := actorSpec{Text: "fishermen", Name: "fishermen", Sector: "CVL", Kind: testigo.KindGroup}
	elders := actorSpec{Text: "elders", Name: "elders", Sector: "CVL", Kind: testigo.KindGroup}
	guards := actorSpec{Text: "guards", Name: "guards", Sector: "MIL", Kind: testigo.KindGroup}
	tests := []struct {
		text      string
		eldersHit bool
	}{
		{"Coast guards shot at fishermen near the reef on Monday, killing four, elders and a church group said.", false},
		{"Coast guards shot at fishermen near the reef on Monday, elders or the mayor's office reported.", false},
		{"Coast guards shot at fishermen, elders and two boys near the reef on Monday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := code(tt.text, fishermen, elders, guards)
			e := hasEvent(x, "ASSAULT", "*")
			if e == nil {
				t.Fatalf("want ASSAULT, got %s", describe(x))
			}
			hit := false
			for _, r := range e.Recipient {
				hit = hit || r.Name == "elders"
			}
			if hit != tt.eldersHit {
				t.Errorf("elders among recipients = %v, want %v (%+v)", hit, tt.eldersHit, e.Recipient)
			}
		})
	}
}

// TestQuoteSpeakerNoParty checks that the speaker named after a quotation opening the
// sentence is no party to the act the quotation tells, while a phrase quoted inside
// narration keeps the parties around it.
func TestQuoteSpeakerNoParty(t *testing.T) {
	guards := actorSpec{Text: "guards", Name: "guards", Sector: "COP", Kind: testigo.KindGroup}
	cook := actorSpec{Text: "cook", Name: "cook", Sector: "CVL", Kind: testigo.KindPerson}
	tests := []struct {
		text    string
		cookHit bool
	}{
		{"\u201cThe guards beat us with sticks,\u201d a cook told reporters on Monday.", false},
		{"\"The guards beat us with sticks,\" said a cook at the camp.", false},
		{"The guards \u201cbeat\u201d a cook with sticks on Monday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := code(tt.text, guards, cook)
			e := hasEvent(x, "ASSAULT", "*")
			if e == nil {
				t.Fatalf("want ASSAULT, got %s", describe(x))
			}
			hit := false
			for _, a := range append(append([]testigo.Entity{}, e.Actor...), e.Recipient...) {
				hit = hit || a.Name == "cook"
			}
			if hit != tt.cookHit {
				t.Errorf("cook takes part = %v, want %v: actors %+v recipients %+v", hit, tt.cookHit, e.Actor, e.Recipient)
			}
		})
	}
}

// TestCoordinatedPassive checks that a participle joined by "and" to a passive shares it
// ("was taken to a cell and charged with"), while an active verb after a passive keeps its
// subject ("were deployed and arrested 20 dockers").
func TestCoordinatedPassive(t *testing.T) {
	ruiz := actorSpec{Text: "Ana Ruiz", Name: "Ana Ruiz", Sector: "JRN", Kind: testigo.KindPerson}
	police := actorSpec{Text: "Police", Name: "police", Sector: "COP", Kind: testigo.KindOrganization}
	tests := []struct{ text, typ, actor, notActor string }{
		{"The editor Ana Ruiz was driven to a barracks and charged with sedition.", "ACCUSE", "", "Ana Ruiz"},
		{"Ana Ruiz was questioned for hours and accused of spying.", "ACCUSE", "", "Ana Ruiz"},
		{"Police were deployed to the port and arrested 20 dockers.", "COERCE", "police", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := code(tt.text, ruiz, police)
			e := hasEvent(x, tt.typ, "*")
			if e == nil {
				t.Fatalf("want %s, got %s", tt.typ, describe(x))
			}
			var names []string
			for _, a := range e.Actor {
				names = append(names, a.Name)
			}
			got := strings.Join(names, ",")
			if tt.actor != "" && !strings.Contains(got, tt.actor) || tt.notActor != "" && strings.Contains(got, tt.notActor) {
				t.Errorf("actors %q, want %q and not %q", got, tt.actor, tt.notActor)
			}
		})
	}
}

// TestYearModifierDate checks that a year between an article and a noun ("a 2019 accord")
// dates only that noun's event, not the acts told around it or in the next sentence.
func TestYearModifierDate(t *testing.T) {
	union := actorSpec{Text: "union", Name: "union", Sector: "LAB", Kind: testigo.KindOrganization}
	police := actorSpec{Text: "Police", Name: "police", Sector: "COP", Kind: testigo.KindOrganization}
	x := code("The union accused the mine owners of breaking a 2019 accord. Police then arrested nine miners.", union, police)
	for _, e := range x.Events {
		if e.Date.Start != nil && strings.HasPrefix(*e.Date.Start, "2019") {
			t.Errorf("%s dated %s by the year of the accord", e.Type, *e.Date.Start)
		}
	}
	x = code("Nobody was tried for the 2019 massacre of nine miners.", union, police)
	if e := hasEvent(x, "ASSAULT", "*"); e == nil || e.Date.Start == nil || !strings.HasPrefix(*e.Date.Start, "2019") {
		t.Errorf("the massacre should be dated 2019: %+v", e)
	}
}
