package coder

import (
	"strings"
	"testing"

	"testigo"
)

// names lists the names of entities, joined by "|".
func namesT(es []testigo.Entity) string {
	var out []string
	for _, e := range es {
		out = append(out, e.Name)
	}
	return strings.Join(out, "|")
}

// TestSides checks who is put on the actor side and who on the recipient side of an event,
// and that a mention stands on one side only.
func TestSides(t *testing.T) {
	group := func(text, sector string) actorSpec {
		return actorSpec{Text: text, Name: text, Sector: sector, Kind: testigo.KindGroup}
	}
	person := func(text, sector string) actorSpec {
		return actorSpec{Text: text, Name: text, Sector: sector, Kind: testigo.KindPerson}
	}
	tests := []struct {
		name, text, typ   string
		actors            []actorSpec
		actor, recipient  string // names joined by "|"; "-" for none
		notBothOn, absent string // a name that must not stand on both sides / nowhere
	}{
		{name: "the adjective on the fire names the state that fired",
			text: "Moroccan artillery fire killed three shepherds near the dunes on Sunday.", typ: "ASSAULT",
			actors: []actorSpec{group("shepherds", "CVL")},
			actor:  "Morocco", recipient: "shepherds"},
		{name: "a noun trigger after a state adjective",
			text: "Fishing boats were sunk in the bay during Chilean shelling on Monday.", typ: "ASSAULT",
			actor: "Chile", recipient: "-"},
		{name: "a state adjective on the victim names no doer",
			text: "The blast killed two Moroccan shepherds near the dunes.", typ: "ASSAULT",
			actors: []actorSpec{group("shepherds", "CVL")},
			actor:  "unidentified attackers", recipient: "shepherds", absent: "Morocco"},
		{name: "a participle after the object of an earlier verb is a passive",
			text: "Soldiers freed seven traders kidnapped near the border on Friday.", typ: "ASSAULT",
			actors: []actorSpec{group("Soldiers", "MIL"), group("traders", "BUS")},
			actor:  "-", recipient: "traders", notBothOn: "traders"},
		{name: "a participle with an object of its own keeps its subject",
			text: "Smugglers freed the guide and kidnapped two nurses near the border.", typ: "ASSAULT",
			actors: []actorSpec{group("Smugglers", "CRM"), group("guide", "CVL"), group("nurses", "MED")},
			actor:  "Smugglers", recipient: "nurses"},
		{name: "a news agency credited in parentheses is no party",
			text: "TALLINN, 2 June (Baltic Wire) - Masked men shot two border guards near the lake.", typ: "ASSAULT",
			actors: []actorSpec{group("Baltic Wire", "JRN"), group("Masked men", "UAF"), group("border guards", "MIL")},
			actor:  "Masked men", recipient: "border guards", absent: "Baltic Wire"},
		{name: "the press told the news is no party",
			text: "Bandits abducted three herders on Sunday, a village elder told the Valley Courier.", typ: "ASSAULT",
			actors: []actorSpec{group("Bandits", "CRM"), group("herders", "AGR"), person("village elder", "CVL"), group("Valley Courier", "JRN")},
			actor:  "Bandits", recipient: "herders", absent: "Valley Courier"},
		{name: "with names the other party of talks",
			text: "The dockers' union agreed on Monday to resume talks with the port authority.", typ: "AGREE",
			actors: []actorSpec{group("dockers' union", "LAB"), group("port authority", "GOV")},
			actor:  "dockers' union", recipient: "port authority"},
		{name: "to names who is given",
			text: "The governor promised new seed loans to the growers.", typ: "AGREE",
			actors: []actorSpec{person("governor", "GOV"), group("growers", "AGR")},
			actor:  "governor", recipient: "growers"},
		{name: "the object of an infinitive after a governing verb",
			text: "The governor threatened to expel union organizers from the province.", typ: "THREATEN",
			actors: []actorSpec{person("governor", "GOV"), group("union organizers", "LAB")},
			actor:  "governor", recipient: "union organizers"},
		{name: "a criticism told after the clause it is about targets that clause's subject",
			text: "The port authority is ignoring the safety rules, the dockers' union protested on Monday.", typ: "ACCUSE",
			actors: []actorSpec{group("port authority", "GOV"), group("dockers' union", "LAB")},
			actor:  "dockers' union", recipient: "port authority"},
		{name: "a list of subjects before a criticism stays its author",
			text: "The dockers' union, the port authority and the pilots criticized the new rules.", typ: "ACCUSE",
			actors:    []actorSpec{group("dockers' union", "LAB"), group("port authority", "GOV"), group("pilots", "LAB")},
			absent:    "-",
			notBothOn: "port authority"},
		{name: "from names who made the appeal that is dismissed",
			text: "The strikers dismissed an appeal from the transport minister.", typ: "REJECT",
			actors: []actorSpec{group("strikers", "LAB"), person("transport minister", "GOV")},
			actor:  "strikers", recipient: "transport minister"},
		{name: "from names who is asked",
			text: "Fishermen demanded compensation from the shipping firm.", typ: "REQUEST",
			actors: []actorSpec{group("Fishermen", "CVL"), group("shipping firm", "BUS")},
			actor:  "Fishermen", recipient: "shipping firm"},
		{name: "by in an active clause names the author of what is rejected",
			text: "The senate rejected a budget plan by the finance ministry.", typ: "REJECT",
			actors: []actorSpec{group("senate", "LEG"), group("finance ministry", "GOV")},
			actor:  "senate", recipient: "finance ministry"},
		{name: "of after a noun of arrest is its patient",
			text: "The arrest of two reporters drew wide criticism.", typ: "COERCE",
			actors: []actorSpec{group("reporters", "JRN")},
			actor:  "-", recipient: "reporters",
			notBothOn: "reporters"},
		{name: "of after a noun of protest is its agent",
			text: "A march of nurses blocked the avenue for hours.", typ: "PROTEST",
			actors:    []actorSpec{group("nurses", "MED")},
			actor:     "nurses",
			notBothOn: "nurses"},
		{name: "in protest of names the target",
			text: "Dozens of shopkeepers are on a hunger strike in protest of the council's decision.", typ: "PROTEST",
			actors:    []actorSpec{group("council", "GOV")},
			recipient: "council", notBothOn: "council"},
		{name: "must: the sayer demands, the subject is asked",
			text: "The bishop said the militia must hand over its weapons.", typ: "REQUEST",
			actors: []actorSpec{person("bishop", "REL"), group("militia", "PRM")},
			actor:  "bishop", recipient: "militia"},
		{name: "a sayer announcing his own act is not its recipient",
			text: "The governor announced that she will impose a curfew on the miners.", typ: "THREATEN",
			actors: []actorSpec{person("governor", "GOV"), group("miners", "LAB")},
			actor:  "governor", recipient: "miners",
			notBothOn: "governor"},
		{name: "a group of X is X",
			text: "A delegation of fishermen met the harbour master on Monday.", typ: "CONSULT",
			actors: []actorSpec{group("fishermen", "CVL"), person("harbour master", "GOV")},
			actor:  "fishermen", recipient: "harbour master"},
		{name: "a bombing with no one named is by unidentified attackers",
			text: "A roadside bomb killed two soldiers near the bridge.", typ: "ASSAULT",
			actors: []actorSpec{group("soldiers", "MIL")},
			actor:  "unidentified attackers"},
		{name: "a speech word inside a title is no speech verb",
			text: "The Secretary of State Ana Ruiz telephoned the trade envoy on Tuesday.", typ: "CONSULT",
			actors: []actorSpec{person("Secretary of State Ana Ruiz", "GOV"), person("trade envoy", "GOV")},
			actor:  "Secretary of State Ana Ruiz", recipient: "trade envoy"},
		{name: "a mention that starts inside a trigger is its object",
			text: "The republic expelled two consular diplomats on Friday.", typ: "SANCTION",
			actors: []actorSpec{{Text: "republic", Name: "republic", Sector: "GOV", Kind: testigo.KindState}, group("two consular diplomats", "GOV")},
			actor:  "republic", recipient: "two consular diplomats"},
		{name: "a name after a participle is still the subject",
			text: "Newly appointed harbour master Ana Ruiz has refused to meet the dockers.", typ: "REJECT",
			actors: []actorSpec{person("harbour master Ana Ruiz", "GOV"), group("dockers", "LAB")},
			actor:  "harbour master Ana Ruiz", recipient: "dockers"},
		{name: "the object of a coordinated verb is not the next verb's subject",
			text: "Police arrested the mayor and deported two reporters.", typ: "COERCE",
			actors:    []actorSpec{group("Police", "COP"), person("mayor", "GOV"), group("two reporters", "JRN")},
			notBothOn: "mayor"},
		{name: "a weapon that attaches is used by its subject, not suffered",
			text: "Guards fired water cannon at dozens of dockers outside the port on Friday.", typ: "ASSAULT",
			actors: []actorSpec{group("Guards", "COP"), group("dockers", "LAB")},
			actor:  "Guards", recipient: "dockers"},
		{name: "the subject of a casualty word is its victim",
			text: "Three dockers were hurt outside the port on Friday.", typ: "ASSAULT",
			actors:    []actorSpec{group("Three dockers", "LAB")},
			recipient: "Three dockers"},
		{name: "who marches is the one named right before the participle",
			text: "Soldiers fired at hundreds of nurses marching against the new law.", typ: "PROTEST",
			actors: []actorSpec{group("Soldiers", "MIL"), group("nurses", "MED")},
			actor:  "nurses"},
		{name: "the object of a verb before a noun trigger's phrase is not its subject",
			text: "Rebels wounded two soldiers in a bomb attack on Thursday.", typ: "ASSAULT",
			actors: []actorSpec{group("Rebels", "REB"), group("two soldiers", "MIL")},
			actor:  "Rebels", notBothOn: "two soldiers"},
		{name: "a role noun glued by a hyphen names no one",
			text: "Anti-government marchers clashed with police near the station.", typ: "PROTEST",
			absent: "government"},
		{name: "a role noun before -called leads the act",
			text: "Shops stayed closed during an opposition-called strike on Monday.", typ: "PROTEST",
			actor: "opposition"},
		{name: "a gerund after a determiner is a noun with a by agent",
			text: "The killing of two guards by rebels shocked the town.", typ: "ASSAULT",
			actors: []actorSpec{group("rebels", "REB")},
			actor:  "rebels"},
		{name: "by after another phrase is no agent of the noun",
			text: "Nurses began a hunger strike on Monday in protest against abuses by the police.", typ: "PROTEST",
			actors: []actorSpec{group("Nurses", "MED"), group("police", "COP")},
			actor:  "Nurses", recipient: "police"},
		{name: "modifiers joined by a hyphen are joint agents of the noun",
			text: "The report describes Ranger-Warden repression that left the valley empty.", typ: "ASSAULT",
			actors: []actorSpec{group("Ranger", "MIL"), group("Warden", "PRM"), group("villagers", "CVL")},
			actor:  "Warden|Ranger"},
		{name: "a modifier after a spaced dash is not joined",
			text: "The report describes Ranger - Warden repression that left the valley empty.", typ: "ASSAULT",
			actors: []actorSpec{group("Ranger", "MIL"), group("Warden", "PRM")},
			actor:  "Warden"},
		{name: "a crowd counted after a preposition is not the subject of the participle after the clause",
			text: "Guards fired live rounds at hundreds of Ruthenians near the depot on Friday, killing at least two farmers.", typ: "ASSAULT",
			actors: []actorSpec{group("Guards", "COP"), group("Ruthenians", "CVL"), group("farmers", "AGR")},
			actor:  "Guards"},
		{name: "a crowd counted as subject still acts",
			text: "Hundreds of Ruthenians attacked the depot on Friday, killing two guards.", typ: "ASSAULT",
			actors: []actorSpec{group("Ruthenians", "CVL"), group("guards", "COP")},
			actor:  "Ruthenians"},
		{name: "a participle right after a noun tells what that noun does",
			text: "Guards fired at Ruthenians marching outside the depot.", typ: "PROTEST",
			actors: []actorSpec{group("Guards", "COP"), group("Ruthenians", "CVL")},
			actor:  "Ruthenians", absent: "guards"},
		{name: "the subject before a relative clause is the main verb's",
			text: "The Dockers Federation, which had backed the strike until May, met with the Port Authority on Friday.", typ: "CONSULT",
			actors: []actorSpec{group("Dockers Federation", "LAB"), group("Port Authority", "GOV")},
			actor:  "Dockers Federation", recipient: "Port Authority"},
		{name: "a name later in the sentence before a relative clause is not the subject",
			text: "On Friday, after a vote by the Dockers Federation, which had backed the strike until May, officials met with the Port Authority.", typ: "CONSULT",
			actors: []actorSpec{group("Dockers Federation", "LAB"), group("Port Authority", "GOV"), group("officials", "GOV")},
			actor:  "officials", absent: "dockers"},
		{name: "two triggers of one event keep a participant on one side",
			text: "The rebel leaders said they would meet the UN mediator Ana Ruiz next week.", typ: "AGREE",
			actors:    []actorSpec{group("rebel leaders", "REB"), {Text: "UN", Name: "UN", Sector: "GOV", Kind: testigo.KindOrganization}, person("Ana Ruiz", "")},
			notBothOn: "UN"},
		{name: "a pronoun in a main clause does not look forward past a comparison",
			text: "Guards closed the market road on Monday. They fired at the traders as if they were thieves.", typ: "ASSAULT",
			actors: []actorSpec{group("Guards", "COP"), group("traders", "CVL"), group("thieves", "CRM")},
			actor:  "Guards", absent: "thieves"},
		{name: "a pronoun in a fronted subordinate clause looks forward to the subject",
			text: "When they reached the bridge on Monday, the dockers blocked the road to the port.", typ: "PROTEST",
			actors: []actorSpec{group("dockers", "LAB")},
			actor:  "dockers"},
		{name: "a date after a preposition ends its phrase",
			text: "The bishop offered to mediate, and on Thursday union delegates met ministry officials.", typ: "CONSULT",
			actors: []actorSpec{person("bishop", "REL"), group("union delegates", "LAB"), group("ministry officials", "GOV")},
			actor:  "union delegates", recipient: "ministry officials"},
		{name: "a verb in a relative clause is its antecedent's",
			text: "Riot police fired tear gas at hundreds of nurses who had marched to the ministry to demand higher wages.", typ: "REQUEST",
			actors: []actorSpec{group("Riot police", "COP"), group("nurses", "MED")},
			actor:  "nurses", absent: "police"},
		{name: "a participle clause after a relative clause is the main verb's",
			text: "Guards fired at hundreds of nurses who had marched to the ministry to demand higher wages, wounding two porters.", typ: "REQUEST",
			actors: []actorSpec{group("Guards", "COP"), group("nurses", "MED"), group("porters", "MED")},
			actor:  "nurses", absent: "porters"},
		{name: "a participle clause after a main verb keeps its objects",
			text: "Guards fired at hundreds of nurses near the ministry, wounding two porters.", typ: "ASSAULT",
			actors: []actorSpec{group("Guards", "COP"), group("nurses", "MED"), group("porters", "MED")},
			actor:  "Guards", recipient: "nurses|porters"},
		{name: "who disperses a protest does not protest",
			text: "Police used tear gas to disperse a small demonstration near the ministry on Friday.", typ: "PROTEST",
			actors: []actorSpec{group("Police", "COP")},
			absent: "police"},
		{name: "who joins a protest protests",
			text: "Hundreds of teachers joined a demonstration near the ministry on Friday.", typ: "PROTEST",
			actors: []actorSpec{group("teachers", "EDU")},
			actor:  "teachers"},
		{name: "the subject of a coordinated clause is no object",
			text: "The donors suspended budget support and the development bank halted aid to the ministry.", typ: "SANCTION",
			actors: []actorSpec{group("donors", "GOV"), group("development bank", "BUS")},
			actor:  "donors", absent: "bank"},
		{name: "the subject before a relative clause closing right before the verb",
			text: "Governor Ana Ruiz, who fled the city after rebels shelled the port, praised the navy on Sunday.", typ: "SUPPORT",
			actors: []actorSpec{person("Governor Ana Ruiz", "GOV"), group("rebels", "REB"), group("navy", "MIL")},
			actor:  "Governor Ana Ruiz", recipient: "navy"},
		{name: "a verb after a comma and and shares the sentence's subject",
			text: "The ombudsman said 40 people had been hurt and 12 detained, and accused the police of brutality.", typ: "ACCUSE",
			actors: []actorSpec{person("ombudsman", "GOV"), group("police", "COP")},
			actor:  "ombudsman", recipient: "police"},
		{name: "a verb after a comma and and is not done by a name inside what was said",
			text: "The inquiry said 40 people had been hurt and 12 detained, and accused the police of brutality.", typ: "ACCUSE",
			actors: []actorSpec{group("people", "CVL"), group("police", "COP")},
			actor:  "-"},
		{name: "a participle after a bare figure is passive",
			text: "The ombudsman said 40 people had been hurt and 12 detained during the unrest.", typ: "COERCE",
			actors: []actorSpec{person("ombudsman", "GOV"), group("people", "CVL")},
			actor:  "-"},
		{name: "who dies in protests does not lead them",
			text: "Nine farmers were killed in anti-dam protests in the north on Monday.", typ: "PROTEST",
			actors: []actorSpec{group("farmers", "AGR")},
			absent: "farmers"},
		{name: "an -s form after its subject is a verb",
			text: "The dockers' union protests the new port fees.", typ: "PROTEST",
			actors: []actorSpec{group("dockers' union", "LAB")},
			actor:  "dockers' union"},
		{name: "a possessive before a noun trigger is its agent",
			text: "Soldiers fired tear gas at the nurses' march near the ministry on Friday.", typ: "PROTEST",
			actors: []actorSpec{group("Soldiers", "MIL"), group("nurses", "MED")},
			actor:  "nurses", absent: "soldiers"},
		{name: "a possessive with 's before a noun trigger is its agent",
			text: "Soldiers fired tear gas at the union's march near the ministry on Friday.", typ: "PROTEST",
			actors: []actorSpec{group("Soldiers", "MIL"), group("union", "LAB")},
			actor:  "union", absent: "soldiers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := code(tt.text, tt.actors...)
			e := hasEvent(x, tt.typ, "*")
			if e == nil {
				t.Fatalf("%q: no %s event, got %s", tt.text, tt.typ, describe(x))
			}
			gotA, gotR := namesT(e.Actor), namesT(e.Recipient)
			if gotA == "" {
				gotA = "-"
			}
			if gotR == "" {
				gotR = "-"
			}
			if tt.actor != "" && gotA != tt.actor {
				t.Errorf("%q: actor %q, want %q", tt.text, gotA, tt.actor)
			}
			if tt.recipient != "" && gotR != tt.recipient {
				t.Errorf("%q: recipient %q, want %q", tt.text, gotR, tt.recipient)
			}
			if tt.absent != "" {
				for _, e := range append(append([]testigo.Entity{}, e.Actor...), e.Recipient...) {
					if strings.Contains(strings.ToLower(e.Name), tt.absent) {
						t.Errorf("%q: %q names %q", tt.text, e.Name, tt.absent)
					}
				}
			}
			if tt.notBothOn != "" && strings.Contains("|"+gotA+"|", "|"+tt.notBothOn+"|") && strings.Contains("|"+gotR+"|", "|"+tt.notBothOn+"|") {
				t.Errorf("%q: %q on both sides", tt.text, tt.notBothOn)
			}
		})
	}
}

// TestTownRecipient checks that an act done to a town, with no one else it is done to, has
// the town's people (CVL) as its recipient, and that a town named elsewhere in the sentence
// does not.
func TestTownRecipient(t *testing.T) {
	tests := []struct {
		text, town, typ, want string // want: the recipient's name, "-" for none
	}{
		{"Rebels shelled the hill town of Vardo on Tuesday.", "Vardo", "ASSAULT", "Vardo"},
		{"The army imposed a curfew in Lomita after the riots.", "Lomita", "COERCE", "Lomita"},
		// A town where a reporter speaks is no target.
		{"Rebels shelled the border posts, officials in Vardo said.", "Vardo", "ASSAULT", "-"},
		// An arrest is done to people, not to the town it happens in.
		{"Police arrested dozens in Lomita on Friday.", "Lomita", "COERCE", "-"},
		// Far from the trigger, in another phrase.
		{"Rebels shelled the posts today in revenge for an earlier air raid on the market of Vardo.", "Vardo", "ASSAULT", "-"},
	}
	for _, tt := range tests {
		doc := testigo.Document{ID: "t", Text: tt.text, Published: "2024-05-10"}
		ann := annotateSimple(tt.text, doc.Published, []actorSpec{{Text: "Rebels", Name: "rebels", Sector: "REB", Kind: testigo.KindGroup},
			{Text: "army", Name: "army", Sector: "MIL", Kind: testigo.KindOrganization}, {Text: "Police", Name: "police", Sector: "COP", Kind: testigo.KindOrganization}})
		i := strings.Index(tt.text, tt.town)
		ann.Places = append(ann.Places, testigo.Place{Span: testigo.Span{Start: i, End: i + len(tt.town)}, Text: tt.town, Name: tt.town,
			Country: "PER", FeatureCode: "PPL", Literal: true, Precision: 1})
		x := Code(doc, ann)
		e := hasEvent(x, tt.typ, "*")
		if e == nil {
			t.Errorf("%q: no %s event, got %s", tt.text, tt.typ, describe(x))
			continue
		}
		got := namesT(e.Recipient)
		if got == "" {
			got = "-"
		}
		if !strings.Contains("|"+got+"|", "|"+tt.want+"|") || tt.want == "-" && got != "-" && strings.Contains(got, tt.town) {
			t.Errorf("%q: recipient %q, want %q", tt.text, got, tt.want)
		}
		for _, r := range e.Recipient {
			if r.Name == tt.town && r.Sector != "CVL" {
				t.Errorf("%q: town recipient sector %q, want CVL", tt.text, r.Sector)
			}
		}
	}
}

// TestDefaultActorAfterMerge checks that "unidentified attackers" stand for a bombing only
// when none of its parts names who did it.
func TestDefaultActorAfterMerge(t *testing.T) {
	rebels := actorSpec{Text: "rebels", Name: "rebels", Sector: "REB", Kind: testigo.KindGroup}
	soldiers := actorSpec{Text: "soldiers", Name: "soldiers", Sector: "MIL", Kind: testigo.KindGroup}
	x := code("The rebels set off a car bomb near the barracks, and the explosion killed four soldiers.", rebels, soldiers)
	e := hasEvent(x, "ASSAULT", "*")
	if e == nil {
		t.Fatalf("no ASSAULT: %s", describe(x))
	}
	if got := namesT(e.Actor); got != "rebels" {
		t.Errorf("actor %q, want rebels alone", got)
	}
}
