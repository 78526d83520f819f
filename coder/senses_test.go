package coder

import "testing"

// TestTriggerSenses checks the senses of trigger words of the verbal and non-violent types:
// which readings of a word are an event of its type and which are not.
func TestTriggerSenses(t *testing.T) {
	minister := actorSpec{Text: "foreign minister", Name: "foreign minister", Sector: "GOV"}
	tests := []struct {
		name, text string
		actors     []actorSpec
		typ, mode  string // the event wanted; mode "*" for any
		not        []string
	}{
		// "arrived in" is a visit only when an office-holder arrives.
		{"official arrives", "The foreign minister arrived in Lisbon on Monday.", []actorSpec{minister}, "CONSULT", "visit", nil},
		{"delegation arrives", "A delegation from the northern league arrived in the capital on Monday.", nil, "CONSULT", "visit", nil},
		{"traveller arrives", "The lorry driver arrived in the village on Monday and bought bread.", nil, "", "", []string{"CONSULT"}},
		{"unit arrives", "A column of engineers arrived in the valley at dawn.", nil, "", "", []string{"CONSULT"}},
		// "seek" is a request only for a thing others give.
		{"sought help from", "The farmers sought help from the regional council.", nil, "REQUEST", "*", nil},
		{"sought asylum", "The poet sought asylum at the embassy last week.", nil, "REQUEST", "*", nil},
		{"seeking an ouster", "A petition seeking the mayor's ouster gathered signatures.", nil, "REQUEST", "*", nil},
		{"sought to", "The settlers sought to extend their farms into the hills.", nil, "", "", []string{"REQUEST"}},
		{"seeking a term", "The governor is seeking a third term in the autumn.", nil, "", "", []string{"REQUEST"}},
		{"what he seeks", "Nobody knows what the chairman is seeking in the new charter.", nil, "", "", []string{"REQUEST"}},
		{"sought a vote absorbs it", "The movement sought a referendum on independence in 2009.", nil, "", "", []string{"REQUEST", "DECREE"}},
		{"sought shelter", "The family sought shelter in a school after the storm.", nil, "", "", []string{"REQUEST"}},
		{"sought a loan from", "The treasury sought a loan from the regional bank.", nil, "REQUEST", "*", nil},
		{"sought a suspect", "Detectives sought a suspect who fled on a motorbike.", nil, "ACCUSE", "investigate", []string{"REQUEST"}},
		// A rally is a protest unless it only places a speech.
		{"rally against", "Thousands joined a rally against the fuel tax on Sunday.", nil, "PROTEST", "demo", nil},
		{"speech at a rally", "The governor, addressing a rally of port staff, said the harbour would grow.", nil, "", "", []string{"PROTEST"}},
		{"speech at a protest rally", "At a rally against the dam, the activist said the valley would flood.", nil, "PROTEST", "demo", nil},
		{"official told a rally", "The governor told a rally in the port city that taxes would fall.", []actorSpec{{Text: "governor", Name: "governor", Sector: "GOV"}}, "", "", []string{"PROTEST"}},
		{"unionist spoke at a rally", "\u201cWe will stay out,\u201d said the miners' union chief at a rally on Friday.", []actorSpec{{Text: "miners' union chief", Name: "union chief", Sector: "LAB"}}, "PROTEST", "demo", nil},
		{"campaign rally", "The candidate held a campaign rally in the market town.", nil, "", "", []string{"PROTEST"}},
		{"protesters gathered", "Protesters gathered outside the courthouse on Tuesday.", nil, "PROTEST", "demo", nil},
		// Halting aid or support is a sanction, not support; silencing broadcasts is censorship.
		{"suspended budget support", "The donors suspended budget support to the ministry on Friday.", nil, "SANCTION", "discontinue", []string{"SUPPORT"}},
		{"paused aid", "The bank paused some aid programmes in the north.", nil, "SANCTION", "discontinue", nil},
		{"suspended broadcasts", "The council suspended the broadcasts of three local stations.", nil, "COERCE", "censor", nil},
		{"cut the internet", "Officials cut mobile internet in the province before the vote.", nil, "COERCE", "censor", nil},
		// A possessive inside a phrase's gap keeps the phrase whole; after a possessive, a bare
		// verb form is a noun.
		{"broke up a possessed march", "Riot police broke up the nurses' march on Friday.", nil, "COERCE", "restrict", nil},
		{"possessive before march", "The dockers' march blocked the ring road for hours.", nil, "PROTEST", "*", nil},
		{"their march", "Their march blocked the ring road for hours.", nil, "PROTEST", "*", nil},
		{"possessive before a verb with no noun reading", "The senate voted the bill through despite the governor's veto last month.", nil, "REJECT", "*", nil},
		// Demonstrators' own violence is a violent demonstration; weapons of war keep an attack.
		{"protesters stormed", "Protesters stormed the regional assembly on Tuesday.", nil, "PROTEST", "riot", []string{"ASSAULT"}},
		{"troops stormed", "Troops stormed the rebel camp at dawn.", nil, "ASSAULT", "*", []string{"PROTEST"}},
		{"marchers set on fire", "Marchers set the town hall on fire.", nil, "PROTEST", "vandalize", []string{"ASSAULT"}},
		{"set a car on fire is no shooting", "Youths set a police car on fire near the stadium.", nil, "ASSAULT", "destroy", nil},
		{"protesters with a bomb", "Protesters shot at the police post from a rooftop.", nil, "ASSAULT", "*", nil},
		// A clash that demonstrators take part in is a violent demonstration.
		{"protesters clashed", "Protesters clashed with riot police near the stadium on Friday.", nil, "PROTEST", "riot", []string{"ASSAULT"}},
		{"police clashed with demonstrators", "Police clashed with demonstrators outside the assembly.", nil, "PROTEST", "riot", []string{"ASSAULT"}},
		{"armed clash", "Two rival militias clashed near the airport on Friday.", nil, "ASSAULT", "*", []string{"PROTEST"}},
		// Protest in words is a complaint.
		{"protested that", "The union protested that the managers had broken the contract.", nil, "ACCUSE", "disapprove", []string{"PROTEST"}},
		{"protested to the embassy", "The ministry protested to the Danish embassy over the cartoons.", nil, "ACCUSE", "disapprove", []string{"PROTEST"}},
		// Stopping a protest restricts it.
		{"broke up a demonstration", "Police broke up a demonstration by nurses outside the hospital.", nil, "COERCE", "restrict", nil},
		{"prevented protests", "Soldiers prevented protests in the old town on Saturday.", nil, "COERCE", "restrict", nil},
		{"reimposed blockades", "The army reimposed blockades around the northern villages.", nil, "COERCE", "restrict", []string{"PROTEST"}},
		// Plainer words for strikes, criticism, withdrawals and censorship.
		// A strike by a state or an armed force, or one that kills, is an armed strike.
		{"demonym strikes killed", "Moroccan strikes killed four herders near the dunes on Sunday.", nil, "ASSAULT", "*", []string{"PROTEST"}},
		{"strikes wounded", "Overnight strikes wounded a dozen villagers in the valley.", nil, "ASSAULT", "*", []string{"PROTEST"}},
		{"country strikes depot", "Estonia strikes fuel depot across the border", nil, "ASSAULT", "*", []string{"PROTEST"}},
		{"army strikes", "Army strikes on the ridge continued for a second day.", []actorSpec{{Text: "Army", Name: "army", Sector: "MIL"}}, "ASSAULT", "*", []string{"PROTEST"}},
		{"demonym strikes over pay", "Belgian strikes over pension cuts closed the ports on Monday.", nil, "PROTEST", "strike", nil},
		{"rail strikes hit commuters", "Rail strikes hit commuters in the capital for a third day.", nil, "PROTEST", "strike", nil},
		// An agreement broken is no agreement made.
		{"had broken the deal", "The herders' council said the ranchers had broken the grazing deal.", nil, "", "", []string{"AGREE"}},
		{"broke the truce", "The two clans broke the truce on Sunday.", nil, "", "", []string{"RETREAT", "AGREE"}},
		{"signed an accord", "The two clans signed an accord on grazing rights.", nil, "AGREE", "*", nil},
		// An accusation denied was made by others: the denier accuses no one.
		{"denied the charges", "The harbour militia denied the charges on Sunday.", nil, "", "", []string{"ACCUSE"}},
		{"denies these allegations", "The warden denies these allegations.", nil, "", "", []string{"ACCUSE"}},
		{"levelled charges", "The prosecutor levelled charges against the warden on Sunday.", nil, "ACCUSE", "*", nil},
		{"downed tools", "Bakers downed tools across the province on Monday.", nil, "PROTEST", "strike", nil},
		{"walked off the job", "Nurses walked off the job at two clinics.", nil, "PROTEST", "strike", nil},
		{"slammed a plan", "The mayor slammed the transport plan as reckless.", nil, "ACCUSE", "disapprove", nil},
		{"slammed into", "A van slammed into a fence near the bridge.", nil, "", "", []string{"ACCUSE"}},
		{"hit out at", "The farmers' union hit out at the minister over grain prices.", nil, "ACCUSE", "disapprove", []string{"ASSAULT"}},
		{"lodged a complaint", "The embassy lodged a formal complaint with the foreign office.", nil, "ACCUSE", "disapprove", nil},
		{"pulled troops out", "The republic pulled its troops out of the disputed valley.", nil, "RETREAT", "withdraw", nil},
		{"recalled ambassadors", "Both capitals recalled their ambassadors after the incident.", nil, "SANCTION", "withdraw", nil},
		{"suspended a licence", "Regulators suspended the radio station's licence for a month.", nil, "COERCE", "censor", nil},
		// A date inside a phrasal verb leaves it whole.
		{"called Friday on", "The bishops called Friday on the two clans to lay down their arms.", nil, "REQUEST", "*", nil},
		{"met on Monday with", "The mediator met on Monday with the strike leaders.", nil, "CONSULT", "*", nil},
		{"called someone on a day", "The coach called his brother on Sunday to say he had won.", nil, "", "", []string{"REQUEST"}},
		// A noun trigger read as a verb of another sense, or as a modifier, is no event.
		{"to strike someone", "The farmer raised his stick to strike the wolf.", nil, "", "", []string{"PROTEST"}},
		{"to strike a deal", "The two firms hope to strike a deal this week.", nil, "", "", []string{"PROTEST"}},
		{"voted to strike", "The bus drivers voted to strike on Monday.", nil, "PROTEST", "strike", nil},
		{"strike action", "Porters returned to strike action after the talks failed.", nil, "PROTEST", "strike", nil},
		{"protest movement", "Students joined the growing student protest movement in the provinces.", nil, "", "", []string{"PROTEST"}},
		// The topic of talks is not an event; what an ultimatum demands is part of it.
		{"talks on a ceasefire", "The two sides held talks on a ceasefire in the capital.", nil, "CONSULT", "*", []string{"RETREAT"}},
		{"talks yesterday on a pullout", "The two governments began talks yesterday on a withdrawal of border guards.", nil, "CONSULT", "*", []string{"RETREAT"}},
		{"talks on a day, then an attack", "The envoys held talks on Monday after an ambush on the convoy killed five.", nil, "ASSAULT", "*", nil},
		{"returned to talks the next day", "The rebels returned to talks the next day.", nil, "CONSULT", "*", nil},
		{"ultimatum to halt attacks", "The republic issued an ultimatum to its neighbour to halt attacks on its border posts.", nil, "THREATEN", "*", []string{"ASSAULT"}},
		// "insist" demands only with "on" or an ought.
		{"insisted on", "The union insisted on talks with the owners.", nil, "REQUEST", "*", nil},
		{"insisted a fact", "The spokesman insisted the figures were accurate.", nil, "", "", []string{"REQUEST"}},
		// "protest" closing a sentence after what was said reports a complaint.
		{"reporting protest", "The mill owners have cut wages twice this year, the weavers' guild protested on Tuesday.", nil, "ACCUSE", "disapprove", []string{"PROTEST"}},
		{"crowd protested after a clause", "After the count was annulled, thousands protested.", nil, "PROTEST", "demo", []string{"ACCUSE"}},
		{"participial opener", "Angered by the ruling of the court, the miners protested.", nil, "PROTEST", "demo", []string{"ACCUSE"}},
		{"coordinated protest", "The count was annulled on Friday, and the miners protested.", nil, "PROTEST", "demo", []string{"ACCUSE"}},
		{"protested in a place", "The ballots were burned, the students protested in the main square.", nil, "PROTEST", "demo", []string{"ACCUSE"}},
		// Hearings, inspectors and reopened crossings.
		{"hearing into", "The tribunal opened a hearing into the prison beatings on Monday.", nil, "ACCUSE", "investigate", nil},
		{"dispatched inspectors", "The watchdog dispatched inspectors to the reactor site.", nil, "ACCUSE", "investigate", nil},
		{"reopened a crossing", "The army reopened the crossing for food lorries on Monday.", nil, "RETREAT", "access", nil},
		// A participle glued by a hyphen is an adjective.
		{"Norway-brokered accord", "The herders may return to the valley under a Norway-brokered accord.", nil, "", "", []string{"CONSULT"}},
		{"brokered a deal", "Norway brokered a deal between the two parties.", nil, "CONSULT", "third-party", nil},
		// A sanction announced as decided is imposed; a warned one is threatened.
		{"announced a sanction", "The republic announced on Friday it would freeze the assets of the junta's leaders.", nil, "SANCTION", "discontinue", []string{"THREATEN"}},
		{"warned of a sanction", "The republic warned it would freeze the assets of the junta's leaders.", nil, "THREATEN", "relations", []string{"SANCTION"}},
		{"sanction on a condition", "The league announced it would suspend aid if the vote went ahead.", nil, "THREATEN", "*", []string{"SANCTION"}},
		{"searching for whoever is responsible", "Detectives were searching for a woman thought to be responsible for the fire.", nil, "ACCUSE", "investigate", nil},
		{"warm welcome to a leader", "The king gave a warm welcome on Friday to the visiting premier.", nil, "CONSULT", "visit", nil},
		// Pleas, phone conversations, verbal charges, blocked websites, broken truces.
		{"plea for calm", "The bishop made a plea for calm after the vote.", nil, "REQUEST", "*", nil},
		{"guilty plea", "The clerk entered a guilty plea for the theft.", nil, "", "", []string{"REQUEST"}},
		{"phone conversation", "The two premiers held a phone conversation on Friday.", nil, "CONSULT", "phone", nil},
		{"charged that", "The ministry charged that the militia had shelled the market.", nil, "ACCUSE", "*", nil},
		{"blocked a website", "The authorities blocked the union's website on Monday.", nil, "COERCE", "censor", []string{"PROTEST"}},
		{"violated a truce", "The militia violated the truce on Monday, the army said.", nil, "", "", []string{"RETREAT"}},
		// Executing a person is an attack; executing a plan, an order or a warrant is none.
		{"executed a person", "The junta executed the poet at dawn.", []actorSpec{{Text: "junta", Name: "junta", Sector: "MIL"}, {Text: "poet", Name: "poet", Sector: "CVL", Kind: "person"}}, "ASSAULT", "*", nil},
		{"executed him", "Guards executed him behind the barracks.", nil, "ASSAULT", "*", nil},
		{"person was executed", "She was executed after a closed hearing.", nil, "ASSAULT", "*", nil},
		{"plan was executed", "The rescue plan was executed in under an hour.", nil, "", "", []string{"ASSAULT"}},
		{"executed a warrant", "Deputies executed a search warrant at the farmhouse.", nil, "", "", []string{"ASSAULT"}},
		{"execution of a person", "The envoy deplored the execution of the poet.", []actorSpec{{Text: "poet", Name: "poet", Sector: "CVL", Kind: "person"}}, "ASSAULT", "*", nil},
		{"execution of a budget", "The execution of the budget slipped by a year.", nil, "", "", []string{"ASSAULT"}},
		// Handing someone over to be tried accuses them; sending someone elsewhere does not.
		{"sent to a military court", "Scores of dockers who struck last spring were sent to a military court.", nil, "ACCUSE", "allege", nil},
		{"referred to a tribunal", "The file on the two clerks was referred to the fraud tribunal.", nil, "ACCUSE", "allege", nil},
		{"put on trial", "The former treasurer was put on trial in the port city.", nil, "ACCUSE", "allege", nil},
		{"brought before a judge", "The four organisers were brought before a judge on Monday.", nil, "ACCUSE", "allege", nil},
		{"sent lawyers to a court", "The guild sent two lawyers to the court to watch the hearing.", nil, "", "", []string{"ACCUSE"}},
		{"sent to a city", "The young clerk was sent to the coast to open a branch.", nil, "", "", []string{"ACCUSE"}},
		// An office letting people do what it could stop eases a restriction; promised, it agrees.
		{"allowed people to", "The ministry allowed the herders to graze in the reserve.", []actorSpec{{Text: "ministry", Name: "ministry", Sector: "GOV", Kind: "organization"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "CONCEDE", "*", nil},
		{"will allow people to", "The ministry will allow the herders to graze in the reserve.", []actorSpec{{Text: "ministry", Name: "ministry", Sector: "GOV", Kind: "organization"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "AGREE", "*", []string{"CONCEDE"}},
		{"did not allow people to", "The ministry did not allow the herders to graze in the reserve.", []actorSpec{{Text: "ministry", Name: "ministry", Sector: "GOV", Kind: "organization"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "REJECT", "*", []string{"CONCEDE"}},
		{"allowed a thing to", "The ministry allowed grain prices to climb all winter.", []actorSpec{{Text: "ministry", Name: "ministry", Sector: "GOV", Kind: "organization"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "", "", []string{"CONCEDE", "AGREE"}},
		{"weather allowed people to", "The mild spring allowed the herders to graze early.", []actorSpec{{Text: "ministry", Name: "ministry", Sector: "GOV", Kind: "organization"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "", "", []string{"CONCEDE", "AGREE"}},
		// Making people act against their will is coercion under threat; driving them from
		// home expels them; a happening or a bare passive forces no one.
		{"forced people to", "The militiamen forced the herders to pay a toll at the ford.", []actorSpec{{Text: "militiamen", Name: "militiamen", Sector: "PRM", Kind: "group"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "THREATEN", "*", nil},
		{"they are obliging us to", "“They are obliging us to march on Sunday,” one porter said.", nil, "THREATEN", "*", []string{"PROTEST"}},
		{"forced people to leave", "The militiamen forced the herders to leave their camps.", []actorSpec{{Text: "militiamen", Name: "militiamen", Sector: "PRM", Kind: "group"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "COERCE", "deport", nil},
		{"were forced to close", "The two bakeries were forced to close in the drought.", nil, "", "", []string{"THREATEN", "COERCE"}},
		{"drought forced people to", "The drought forced the herders to sell their goats.", []actorSpec{{Text: "militiamen", Name: "militiamen", Sector: "PRM", Kind: "group"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "", "", []string{"THREATEN", "COERCE"}},
		{"forced to the table", "The militiamen forced the herders to the negotiating table.", []actorSpec{{Text: "militiamen", Name: "militiamen", Sector: "PRM", Kind: "group"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "CONSULT", "*", []string{"THREATEN"}},
		{"forces as a noun", "The militiamen and government forces must ensure safety to let the herders return.", []actorSpec{{Text: "militiamen", Name: "militiamen", Sector: "PRM", Kind: "group"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "REQUEST", "*", []string{"THREATEN"}},
		// What a blast did tells the attack only beside an explosion (TestBlastEffect).
		{"windows blown out by a gale", "A gale swept the harbour town overnight. The windows were blown out, a clerk said.", nil, "", "", []string{"ASSAULT"}},
		// Meeting demands yields to them; meeting the people who make them consults.
		{"met their demands", "The mill owners met their demands on Friday.", nil, "CONCEDE", "*", []string{"CONSULT"}},
		{"refused to meet the demands", "The junta refused to meet the demands of the porters.", nil, "REJECT", "*", []string{"CONCEDE"}},
		{"met the leaders to hear demands", "The prefect met the porters to hear the demands.", nil, "CONSULT", "*", []string{"CONCEDE"}},
		{"an office allows anyone to", "The ministry allows the herders to file complaints online.", []actorSpec{{Text: "ministry", Name: "ministry", Sector: "GOV", Kind: "organization"}, {Text: "herders", Name: "herders", Sector: "CVL", Kind: "group"}}, "", "", []string{"CONCEDE"}},
		// A call by telephone is a consultation by phone (PLOVER), whoever is called.
		{"telephoned the police", "A shopkeeper telephoned the police after the blast.", nil, "CONSULT", "phone", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := code(tt.text, tt.actors...)
			if tt.typ != "" && hasEvent(x, tt.typ, tt.mode) == nil {
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

// TestTopEvent checks which event of a sentence is the most confident: the act told, not
// what it is about.
func TestTopEvent(t *testing.T) {
	tests := []struct{ name, text, top string }{
		{"gerund after a preposition", "Prosecutors are investigating a teacher over her part in rioting at the stadium.", "ACCUSE"},
		{"talks on a pullback", "The two governments began talks yesterday on a withdrawal of border guards.", "CONSULT"},
	}
	for _, tt := range tests {
		x := code(tt.text)
		// The wanted type must rank strictly above every other: a tie is no ranking.
		best, conf, tie := "", -1.0, false
		for _, e := range x.Events {
			switch {
			case e.Confidence > conf:
				best, conf, tie = e.Type, e.Confidence, false
			case e.Confidence == conf && e.Type != best:
				tie = true
			}
		}
		if best != tt.top || tie {
			t.Errorf("%s: %q: top event %s, want %s (%s)", tt.name, tt.text, best, tt.top, describe(x))
		}
	}
}
