package actor

import (
	"fmt"
	"strings"
	"testing"

	"testigo"
)

func lex(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// brief renders a mention as "text|name|sector|country|kind|ref".
func brief(a testigo.Actor) string {
	c := a.Country
	if c == "" {
		c = a.Code
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s|%d", a.Entity.Text, a.Name, a.Sector, c, a.Kind, a.Ref)
}

func TestFind(t *testing.T) {
	l := lex(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"riot police", "Riot police fired tear gas at the marchers.", []string{
			"Riot police|riot police|COP|PER|group|-1", "marchers|marchers|CVL|PER|group|-1"}},
		{"demonym", "Chilean soldiers and Argentine doctors arrived.", []string{
			"Chilean soldiers|soldiers|MIL|CHL|group|-1", "Argentine doctors|doctors|MED|ARG|group|-1"}},
		{"acronym then its role nouns", "The Andean Miners Federation (FMA) struck. The FMA union federation later marched.", []string{
			"Andean Miners Federation|Andean Miners Federation|LAB|PER|organization|-1",
			"FMA union federation|Andean Miners Federation|LAB|PER|organization|0"}},
		{"name of no known sector with its acronym", "The Kallpa Andina Tupay (KAT) met. The KAT union voted.", []string{
			"Kallpa Andina Tupay|Kallpa Andina Tupay|LAB|PER|organization|-1",
			"KAT union|Kallpa Andina Tupay|LAB|PER|organization|0"}},
		{"undefined acronym with a state company apposition", "Crews blamed the state water company, the KWX, for the cuts. Mayors asked the KWX to pay.", []string{
			"company|company|BUS|PER|organization|-1", "KWX|KWX|GOV|PER|organization|-1", "Mayors|mayors|GOV|PER|group|-1", "KWX|KWX|GOV|PER|organization|1"}},
		{"undefined acronym with a business apposition after it", "The QRT, a private mining firm, closed the pit.", []string{
			"QRT|QRT|BUS|PER|organization|-1", "firm|firm|BUS|PER|organization|-1"}},
		{"undefined acronym alone", "Farmers called for the LDMA to act.", []string{
			"Farmers|farmers|AGR|PER|group|-1", "LDMA|LDMA||PER|organization|-1"}},
		{"undefined acronym with organization words", "Later the QMTB union said the QMTB would strike.", []string{
			"QMTB union|QMTB|LAB|PER|organization|-1", "QMTB|QMTB|LAB|PER|organization|0"}},
		{"a force's head without a name", "The port's security chief warned the crowd.", []string{
			"security chief|security chief|COP|PER|person|-1", "crowd|crowd|CVL|PER|group|-1"}},
		{"a body of jurists is judicial", "The Andean Jurists Association objected.", []string{
			"Andean Jurists Association|Andean Jurists Association|JUD|PER|organization|-1"}},
		{"ethnic before a people, tribal elders", "Ethnic Chileans and tribal elders marched.", []string{
			"Chileans|Chileans|CVL|CHL|group|-1", "tribal elders|elders|ELI|PER|group|-1"}},
		{"a day before a role is no name", "On Thursday union delegates met the mayor.", []string{
			"union|union|LAB|PER|organization|-1", "mayor|mayor|GOV|PER|person|-1"}},
		{"a day after a named body is a date, not the name", "The Supreme Tribunal on Monday freed the mayor. The Electoral Council in May barred him.", []string{
			"Supreme Tribunal|Supreme Tribunal|JUD|PER|organization|-1", "mayor|mayor|GOV|PER|person|-1",
			"Electoral Council|Electoral Council|GOV|PER|organization|-1"}},
		{"press as the modifier of a thing", "The mayor told a press conference that the press had lied, then left the press club.", []string{
			"mayor|mayor|GOV|PER|person|-1", "press|press|JRN|PER|group|-1"}},
		{"the bloc is the intergovernmental body told last", "The OAS and the Andean court met. Later the bloc warned the junta.", []string{
			"OAS|Organization of American States|GOV|IGO|organization|-1", "Andean court|court|JUD|PER|organization|-1",
			"bloc|Organization of American States|GOV|IGO|organization|0", "junta|junta|MIL|PER|organization|-1"}},
		{"the bloc with no such body told is nobody", "Later the bloc warned the junta.", []string{"junta|junta|MIL|PER|organization|-1"}},
		{"a body's title before a name", "Union secretary Rosa Paz met party secretary Luis Vega.", []string{
			"Union secretary Rosa Paz|Rosa Paz|LAB|PER|person|-1", "party secretary Luis Vega|Luis Vega|PTY|PER|person|-1"}},
		{"a body before a verb keeps its title apart", "The union thanked President Ana Ruiz.", []string{
			"union|union|LAB|PER|organization|-1", "President Ana Ruiz|Ana Ruiz|GOV|PER|person|-1"}},
		{"a dissident, a candidate", "Police detained a dissident and a candidate.", []string{
			"Police|police|COP|PER|organization|-1", "dissident|dissident|OPP|PER|person|-1", "candidate|candidate|PTY|PER|person|-1"}},
		{"capitals that are no organization", "They saw it on TV before the NBA Finals at 9 PM.", nil},
		{"a fall demanded is no fall", "Marchers demanded the immediate resignation of President Ada Orue.", []string{
			"Marchers|marchers|CVL|PER|group|-1", "President Ada Orue|Ada Orue|GOV|PER|person|-1"}},
		{"a fall that happened", "Crowds cheered the ouster of President Ada Orue.", []string{
			"Crowds|crowds|CVL|PER|group|-1", "President Ada Orue|Ada Orue|ELI|PER|person|-1"}},
		{"a nation's officers without police", "Chilean officers ended the truce talks.", []string{
			"Chilean officers|officers|MIL|CHL|group|-1"}},
		{"a nation's officers beside police", "Chilean officers and police ended the truce talks.", []string{
			"Chilean officers|officers|COP|CHL|group|-1", "police|police|COP|PER|organization|-1"}},
		{"two-word demonyms", "South African troops and Sri Lankan police met. New Zealanders and South Koreans watched.", []string{
			"South African troops|troops|MIL|ZAF|group|-1", "Sri Lankan police|police|COP|LKA|organization|-1",
			"New Zealanders|New Zealanders|CVL|NZL|group|-1", "South Koreans|South Koreans|CVL|KOR|group|-1"}},
		{"prisoners are civilians", "Inmates rioted and two prisoners escaped.", []string{
			"Inmates|inmates|CVL|PER|group|-1", "two prisoners|prisoners|CVL|PER|group|-1"}},
		{"rulers settlers and terror groups", "The rulers armed settlers, and a terror group struck migrants and immigrants.", []string{
			"rulers|rulers|GOV|PER|group|-1", "settlers|settlers|CVL|PER|group|-1", "terror group|terror group|REB|PER|organization|-1",
			"migrants|migrants|REF|PER|group|-1", "immigrants|immigrants|CVL|PER|group|-1"}},
		{"an office of one holder then the holder", "Later, UN Secretary-General Ana Ruiz declined.", []string{
			"UN Secretary-General Ana Ruiz|Ana Ruiz|GOV|UNO|person|-1"}},
		{"country before a capitalized title", "Chile President Ana Ruiz spoke.", []string{
			"Chile President Ana Ruiz|Ana Ruiz|GOV|CHL|person|-1"}},
		{"known organization over its first word", "The UN refugee agency counted the dead.", []string{
			"UN refugee agency|UN High Commissioner for Refugees|REF|UNO|organization|-1"}},
		{"a minister of a named portfolio", "Minister of Interior Ana Ruiz and Secretary for Foreign Affairs Luis Paz met.", []string{
			"Minister of Interior Ana Ruiz|Ana Ruiz|GOV|PER|person|-1", "Secretary for Foreign Affairs Luis Paz|Luis Paz|GOV|PER|person|-1"}},
		{"a dateline's agency is no actor", "SUCRE, Chile, 4 May 2025 (Andean Wire Service) - The Andean Workers Union said it would strike.", []string{
			"Andean Workers Union|Andean Workers Union|LAB|PER|organization|-1"}},
		{"a body in brackets after a lede is an actor", "The court (Supreme Labour Tribunal) - a new body - ruled.", []string{
			"court|court|JUD|PER|organization|-1", "Supreme Labour Tribunal|Supreme Labour Tribunal|JUD|PER|organization|-1"}},
		{"a dateline's country is no actor", "SUCRE, Chile (Wire) - Chile said it would act.", []string{
			"Chile|Chile|GOV|CHL|state|-1"}},
		{"possessive owners of a title", "The union's leader met the army's commander. Chile's leader left before Chile's general strike.", []string{
			"union's leader|union's leader|LAB|PER|person|-1", "army's commander|army's commander|MIL|PER|person|-1",
			"Chile's leader|chile's leader|GOV|CHL|person|-1"}},
		{"a demonym and an organization word going on as a name", "On Monday the Chilean Union of Bakers and the Chilean Army of the South met in the old port.", []string{
			"Chilean Union of Bakers|Chilean Union of Bakers|LAB|CHL|organization|-1", "Chilean Army|army|MIL|CHL|organization|-1"}},
		{"a known name in lower case", "Later al-Qaeda said its fighters and al-Qaeda leaders left.", []string{
			"al-Qaeda|al-Qaeda|REB|IMG|organization|-1", "fighters|fighters|REB|PER|group|-1", "al-Qaeda leaders|al-qaeda leaders|REB|IMG|group|-1"}},
		{"the country's capitalized title without a name", "He rejected a plea from the Chile President to wait.", []string{
			"Chile President|chile president|GOV|CHL|person|-1"}},
		{"security forces policing a crowd", "Security forces dispersed the crowd.", []string{
			"Security forces|security forces|COP|PER|group|-1", "crowd|crowd|CVL|PER|group|-1"}},
		{"security forces beside troops", "Security forces and troops cleared the rally.", []string{
			"Security forces|security forces|MIL|PER|group|-1", "troops|troops|MIL|PER|group|-1"}},
		{"security forces against insurgents", "Insurgents ambushed security forces on the highway.", []string{
			"Insurgents|insurgents|REB|PER|group|-1", "security forces|security forces|MIL|PER|group|-1"}},
		{"military police are soldiers", "Military police detained two officers.", []string{
			"Military police|military police|MIL|PER|group|-1", "two officers|officers|COP|PER|group|-1"}},
		{"compound roles", "It was a joint military-police raid.", []string{
			"military|military|MIL|PER|group|-1", "police|police|COP|PER|group|-1"}},
		{"adjective modifier", "Pro-government students occupied the square.", []string{
			"Pro-government students|students|EDU|PER|group|-1"}},
		{"title before name", "Senator Rosa Quispe voted against the bill.", []string{
			"Senator Rosa Quispe|Rosa Quispe|LEG|PER|person|-1"}},
		{"former is elite", "The former president Hugo Lara left the country.", []string{
			"former president Hugo Lara|Hugo Lara|ELI|PER|person|-1"}},
		{"lower-case title", "The new labour minister Ana Vela resigned on Friday.", []string{
			"new labour minister Ana Vela|Ana Vela|GOV|PER|person|-1"}},
		{"appositive", "Tomas Ruiz, the minister of the interior, denied it.", []string{
			"Tomas Ruiz|Tomas Ruiz|GOV|PER|person|-1", "minister of the interior|Tomas Ruiz|GOV|PER|person|0"}},
		{"appositive role noun after a name", "Marta Quiroga, Chile's best-known rights activist, began a fast.", []string{
			"Marta Quiroga|Marta Quiroga|SOC|CHL|person|-1", "Chile's best-known rights activist|Marta Quiroga|SOC|CHL|person|0"}},
		{"appositive role noun with an article", "Jorge Salas, a retired farmer, was killed.", []string{
			"Jorge Salas|Jorge Salas|AGR|PER|person|-1", "retired farmer|Jorge Salas|AGR|PER|person|0"}},
		{"appositive spokesman for a body", "Jorge Salas, a spokesman for the army, denied it.", []string{
			"Jorge Salas|Jorge Salas|MIL|PER|person|-1", "spokesman for the army|Jorge Salas|MIL|PER|person|0"}},
		{"member of a body before the name", "A member of the Peruvian parliament, Jorge Salas, began a fast.", []string{
			"member of the Peruvian parliament, Jorge Salas|Jorge Salas|LEG|PER|person|-1"}},
		{"member of a body before a list is no apposition", "A member of the Peruvian parliament, Jorge Salas and Ana Ruiz met.", []string{
			"Peruvian parliament|parliament|LEG|PER|organization|-1", "Jorge Salas|Jorge Salas|||person|-1", "Ana Ruiz|Ana Ruiz|||person|-1"}},
		{"a list of names is no apposition", "Jorge Salas, Ana Ruiz and Luis Paz signed the letter.", []string{
			"Jorge Salas|Jorge Salas|||person|-1", "Ana Ruiz|Ana Ruiz|||person|-1", "Luis Paz|Luis Paz|||person|-1"}},
		{"an age between name and role", "Jorge Salas, 34, a teacher, was arrested.", []string{
			"Jorge Salas|Jorge Salas|||person|-1", "teacher|teacher|EDU|PER|person|-1"}},
		{"a place in apposition is no person", "Police in Lima, Peru's capital, arrested two men.", []string{
			"Police|police|COP|PER|organization|-1", "two men|men|CVL|PER|group|-1"}},
		{"two people, each with a title", "They met the minister, and Jorge Salas, the governor, on Friday.", []string{
			"minister|minister|GOV|PER|person|-1", "Jorge Salas|Jorge Salas|GOV|PER|person|-1", "governor|Jorge Salas|GOV|PER|person|1"}},
		{"a plural role after a name is no apposition", "Jorge Salas, the teachers and the farmers marched.", []string{
			"Jorge Salas|Jorge Salas|||person|-1", "teachers|teachers|EDU|PER|group|-1", "farmers|farmers|AGR|PER|group|-1"}},
		{"a possessive pronoun in the apposition points to another person", "Luis Paz, his defence minister, and the mayor resigned.", []string{
			"Luis Paz|Luis Paz|||person|-1", "defence minister|defence minister|GOV|PER|person|-1", "mayor|mayor|GOV|PER|person|-1"}},
		{"candidates of the opposition", "The court barred two opposition candidates.", []string{
			"court|court|JUD|PER|organization|-1", "two opposition candidates|candidates|OPP|PER|group|-1"}},
		{"initials open a titled name", "The minister welcomed Chilean leader J.R. de Souza.", []string{
			"minister|minister|GOV|PER|person|-1", "Chilean leader J.R. de Souza|J.R. de Souza|GOV|CHL|person|-1"}},
		{"dotted country initials are no name", "U.S. President Ana Ruiz spoke.", []string{
			"U.S. President Ana Ruiz|Ana Ruiz|GOV|USA|person|-1"}},
		{"coreference by surname", "Tomas Ruiz spoke first. Later Ruiz said he would resign.", []string{
			"Tomas Ruiz|Tomas Ruiz|||person|-1", "Ruiz|Tomas Ruiz|||person|0"}},
		{"acronym defined then used", "The Popular Unity Party (PUP) won. Later the PUP split.", []string{
			"Popular Unity Party|Popular Unity Party|PTY|PER|organization|-1",
			"PUP|Popular Unity Party|PTY|PER|organization|0"}},
		{"acronym from another language", "The Peruvian Miners Federation (FNM) called a strike.", []string{
			"Peruvian Miners Federation|Peruvian Miners Federation|LAB|PER|organization|-1"}},
		{"head of an organization", "The PUP leader, Juan Soto, spoke. The Popular Unity Party (PUP) agreed.", []string{
			"PUP leader, Juan Soto|Juan Soto|PTY|PER|person|-1",
			"Popular Unity Party|Popular Unity Party|PTY|PER|organization|-1"}},
		{"org with possessive", "The Ombudsman's Office said the office would investigate.", []string{
			"Ombudsman's Office|Ombudsman's Office|GOV|PER|organization|-1",
			"office|Ombudsman's Office|GOV|PER|organization|0"}},
		{"org word decides sector", "The Chamber of Deputies and the National Chamber of Commerce met.", []string{
			"Chamber of Deputies|Chamber of Deputies|LEG|PER|organization|-1",
			"National Chamber of Commerce|National Chamber of Commerce|BUS|PER|organization|-1"}},
		{"known international", "The United Nations and Amnesty International condemned the killings.", []string{
			"United Nations|United Nations|GOV|UNO|organization|-1",
			"Amnesty International|Amnesty International|SOC|NGO|organization|-1"}},
		{"acronym the text defines over a known one", "The Orinoco Armed Squadrons (OAS) shelled a ferry. Later the OAS denied it.", []string{
			"Orinoco Armed Squadrons|Orinoco Armed Squadrons|MIL|PER|organization|-1", "OAS|Orinoco Armed Squadrons|MIL|PER|organization|0"}},
		{"the bloc names the union of states told before", "The African Union warned the junta. The bloc later suspended it.", []string{
			"African Union|African Union|GOV|IGO|organization|-1", "junta|junta|MIL|PER|organization|-1", "bloc|African Union|GOV|IGO|organization|0"}},
		{"the bloc with no union of states before names no one", "The junta warned the farmers. The bloc later split.", []string{
			"junta|junta|MIL|PER|organization|-1", "farmers|farmers|AGR|PER|group|-1"}},
		{"acronym known", "The OAS sent observers.", []string{"OAS|Organization of American States|GOV|IGO|organization|-1"}},
		{"state as actor", "Brazil said it would not recognize the result.", []string{
			"Brazil|Brazil|GOV|BRA|state|-1"}},
		{"country as place", "Thousands marched in Brazil.", nil},
		{"plural demonym", "Venezuelans crossed the border.", []string{"Venezuelans|Venezuelans|CVL|VEN|group|-1"}},
		{"country possessive", "Ecuador's government declared a curfew.", []string{
			"Ecuador's government|government|GOV|ECU|organization|-1"}},
		{"general strike is no general", "The union called a general strike.", []string{
			"union|union|LAB|PER|organization|-1"}},
		{"vice president", "Vice President Elena Mora flew to Lima.", []string{
			"Vice President Elena Mora|Elena Mora|GOV|PER|person|-1"}},
		{"organization title with comma", "The PUP senator, Luis Paz, resigned. The Popular Unity Party (PUP) lost.", []string{
			"PUP senator, Luis Paz|Luis Paz|LEG|PER|person|-1",
			"Popular Unity Party|Popular Unity Party|PTY|PER|organization|-1"}},
		{"sentence start word is no name", "However the rebels retreated.", []string{"rebels|rebels|REB|PER|group|-1"}},
		{"ambassador of an international body", "The ambassador of the European Union protested.", []string{
			"ambassador of the European Union|ambassador of the european union|GOV|EUR|person|-1"}},
		{"capitalized adjective before a title", "Former Socialist prime minister Kostas Dimas spoke.", []string{
			"Former Socialist prime minister Kostas Dimas|Kostas Dimas|ELI|PER|person|-1"}},
		{"sector word before an organization", "Troops fought the rebel Free Mountain Party in the hills.", []string{
			"Troops|troops|MIL|PER|group|-1", "rebel Free Mountain Party|Free Mountain Party|REB|PER|organization|-1"}},
		{"abbreviated titles", "Lt. Gen. Pedro Ramos took command.", []string{
			"Lt. Gen. Pedro Ramos|Pedro Ramos|MIL|PER|person|-1"}},
		{"deputy of a title", "Chile's Deputy Interior Minister Ana Ruiz resigned.", []string{
			"Chile's Deputy Interior Minister Ana Ruiz|Ana Ruiz|GOV|CHL|person|-1"}},
		{"capitalized role after a country", "Ghana's Cabinet met on Monday.", []string{
			"Ghana's Cabinet|cabinet|GOV|GHA|organization|-1"}},
		{"demonym plural before a place name", "Palestinians of the West Bank marched.", []string{
			"Palestinians|Palestinians|CVL|PSE|group|-1"}},
		{"country inside an organization's name", "Guards at the US Embassy fired.", []string{
			"US Embassy|US Embassy|GOV|USA|organization|-1"}},
		{"plural title over a list of names", "The PUP presidents of the Senate and Chamber of Deputies, Ana Ruiz and Juan Soto, spoke. The Popular Unity Party (PUP) agreed.", []string{
			"PUP presidents of the Senate and Chamber of Deputies, Ana Ruiz|Ana Ruiz|LEG|PER|person|-1",
			"Juan Soto|Juan Soto|LEG|PER|person|-1",
			"Popular Unity Party|Popular Unity Party|PTY|PER|organization|-1"}},
		{"streets are not people", "Officers found him on Elm Tree Drive near Lore City.", []string{"Officers|officers|COP|PER|group|-1"}},
		{"sentence-initial word is no first name", "Neither Maria nor her son was hurt.", nil},
		{"a title refers back to the person named with it", "Tomas Ruiz, the interior minister, spoke. Later the interior minister left.", []string{
			"Tomas Ruiz|Tomas Ruiz|GOV|PER|person|-1", "interior minister|Tomas Ruiz|GOV|PER|person|0",
			"interior minister|Tomas Ruiz|GOV|PER|person|0"}},
		{"headline in title case", "Riot Police Clash With Striking Miners Near Capital", []string{
			"Riot Police|riot police|COP|PER|group|-1", "Striking Miners|miners|LAB|PER|group|-1"}},
		{"ex- title", "The ex-president Hugo Lara returned.", []string{
			"ex-president Hugo Lara|Hugo Lara|ELI|PER|person|-1"}},
		{"head of a body named by a role noun", "Rosa Paz, the head of the union, spoke.", []string{
			"Rosa Paz|Rosa Paz|LAB|PER|person|-1", "head of the union|Rosa Paz|LAB|PER|person|0"}},
		{"organization word first in a long name", "The Liberation Tigers of the Northern Hills attacked.", []string{
			"Liberation Tigers of the Northern Hills|Liberation Tigers of the Northern Hills|REB|PER|organization|-1"}},
		{"a title first in a long name", "Police Chief Ana Ruiz of Tacna spoke.", []string{
			"Police Chief Ana Ruiz|Ana Ruiz|COP|PER|person|-1"}},
		{"deputies of a sheriff", "Sheriff Ana Ruiz said deputies found the car.", []string{
			"Sheriff Ana Ruiz|Ana Ruiz|COP|PER|person|-1", "deputies|deputies|COP|PER|group|-1"}},
		{"deputies of a chamber", "The deputies voted against the bill.", []string{"deputies|deputies|LEG|PER|group|-1"}},
		{"ranks in a police story", "Police said Sgt. Luis Paz fired once.", []string{
			"Police|police|COP|PER|organization|-1", "Sgt. Luis Paz|Luis Paz|COP|PER|person|-1"}},
		{"ranks in a military story", "Army troops said Sgt. Luis Paz fired once.", []string{
			"Army|army|MIL|PER|organization|-1", "troops|troops|MIL|PER|group|-1", "Sgt. Luis Paz|Luis Paz|MIL|PER|person|-1"}},
		{"boilerplate", "Contact Tim Knauss at the desk.", []string{"Tim Knauss|Tim Knauss|||person|-1"}},
		{"a fallen office holder", "They protested the overthrow of President Ana Ruiz.", []string{
			"President Ana Ruiz|Ana Ruiz|ELI|PER|person|-1"}},
		{"middle initial", "President John Q. Adams spoke.", []string{"President John Q. Adams|John Q. Adams|GOV|PER|person|-1"}},
		{"country name as a demonym", "Insurgents killed two U.S. soldiers.", []string{
			"Insurgents|insurgents|REB|PER|group|-1", "two U.S. soldiers|soldiers|MIL|USA|group|-1"}},
		{"members of an international group", "Hamas militants and U.N. peacekeepers clashed.", []string{
			"Hamas militants|militants|REB|IMG|group|-1", "U.N. peacekeepers|peacekeepers|MIL|UNO|group|-1"}},
		{"a person of an organization", "Officials met Rosa Quispe of the Andean Teachers Union.", []string{
			"Officials|officials|GOV|PER|group|-1", "Rosa Quispe|Rosa Quispe|EDU|PER|person|-1", "Andean Teachers Union|Andean Teachers Union|EDU|PER|organization|-1"}},
		{"a title alone opening a sentence", "Mayor said the road would reopen.", []string{"Mayor|mayor|GOV|PER|person|-1"}},
		{"adjective is no organization", "Islamic scholars met.", nil},
		{"church", "The Catholic Church and the bishops called for calm.", []string{
			"Catholic Church|Catholic Church|REL|NGO|organization|-1", "bishops|bishops|REL|PER|group|-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range l.Find(tt.text, nil, nil, "PER") {
				got = append(got, brief(a))
				if a.Span.Text(tt.text) != a.Entity.Text {
					t.Errorf("span %v is %q, text %q", a.Span, a.Span.Text(tt.text), a.Entity.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Find(%q)\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestPlaces(t *testing.T) {
	l := lex(t)
	text := "Officials in Quito met. Quito said no. Mateo Paz spoke in Tena."
	places := []testigo.Place{
		{Span: testigo.Span{Start: 13, End: 18}, Text: "Quito", Name: "Quito", Country: "ECU", FeatureCode: "PPLC", Literal: true},
		{Span: testigo.Span{Start: 24, End: 29}, Text: "Quito", Name: "Quito", Country: "ECU", FeatureCode: "PPLC", Literal: false},
		{Span: testigo.Span{Start: 59, End: 63}, Text: "Tena", Name: "Tena", Country: "ECU", FeatureCode: "PPLA", Literal: true},
	}
	var got []string
	for _, a := range l.Find(text, nil, places, "ECU") {
		got = append(got, brief(a))
	}
	want := []string{"Officials|officials|GOV|ECU|group|-1", "Quito|Quito|GOV|ECU|state|-1", "Mateo Paz|Mateo Paz|||person|-1"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// The order of the places given does not matter.
	reversed := []testigo.Place{places[2], places[1], places[0]}
	got = got[:0]
	for _, a := range l.Find(text, nil, reversed, "ECU") {
		got = append(got, brief(a))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("places in reverse order: got  %q\nwant %q", got, want)
	}
}

func TestSentences(t *testing.T) {
	l := lex(t)
	text := "Police came. Soldiers left."
	sents := []testigo.Sentence{{Span: testigo.Span{Start: 0, End: 12}}, {Span: testigo.Span{Start: 13, End: len(text)}}}
	got := l.Find(text, sents, nil, "")
	if len(got) != 2 || got[0].Sector != "COP" || got[1].Sector != "MIL" {
		t.Fatalf("got %+v", got)
	}
	// Sentences past the text are clipped, not a panic.
	if got := l.Find("Police came.", []testigo.Sentence{{Span: testigo.Span{Start: -3, End: 400}}}, nil, ""); len(got) != 1 {
		t.Fatalf("clipped: got %+v", got)
	}
}

func TestCountryCode(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Bolivia", "BOL", true}, {"Bolivian", "BOL", true}, {"Bolivians", "BOL", true},
		{"the United States", "USA", true}, {"U.S.", "USA", true}, {"US", "USA", true},
		{"Britain", "GBR", true}, {"British", "GBR", true}, {"Côte d'Ivoire", "CIV", true},
		{"Ivory Coast", "CIV", true}, {"Viet Nam", "VNM", true}, {"Vietnam", "VNM", true},
		{"BO", "BOL", true}, {"PER", "PER", true}, {"Filipino", "PHL", true},
		{"us", "", false}, {"chad", "", false}, {"Narnia", "", false}, {"", "", false},
	}
	for _, tt := range tests {
		got, ok := CountryCode(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CountryCode(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	bad := mapFS{
		"data/countries.tsv": "BO\tBOL\tBolivia\t\t\n", "data/demonyms.tsv": "BOL\tBolivia\n",
		"data/roles.tsv": "", "data/titles.tsv": "", "data/orgwords.tsv": "", "data/orgs.tsv": "",
		"data/placewords.tsv": "", "data/modifiers.tsv": "",
	}
	_, err := Load(bad)
	if err == nil || !strings.Contains(err.Error(), "data/demonyms.tsv:1") {
		t.Fatalf("want an error naming the line, got %v", err)
	}
	delete(bad, "data/orgs.tsv")
	bad["data/demonyms.tsv"] = "BOL\tBolivia\tBolivian\n"
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "orgs.tsv") {
		t.Fatalf("want a missing-file error, got %v", err)
	}
}

type mapFS map[string]string

func (m mapFS) ReadFile(name string) ([]byte, error) {
	s, ok := m[name]
	if !ok {
		return nil, fmt.Errorf("open %s: file does not exist", name)
	}
	return []byte(s), nil
}

func FuzzFind(f *testing.F) {
	l := lex(f)
	for _, s := range []string{
		"The Popular Unity Party (PUP) won. The PUP leader, Juan Soto, spoke.",
		"Riot police and security forces fired on anti-coup demonstrators.",
		"Bolivia's government", "(A) (", "’s ’s", "U.S.-backed", "the office", "Sen. Rosa Quispe",
		"former ex-president", "\xff\xfe", "A-B-C-D", "The (MAS)", "President,",
		"Ana Ruiz, a", "Ana Ruiz, the rights activist", "A member of the Chilean senate, Ana Ruiz", "leader J.R.", "J.R. de",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := l.Find(s, nil, nil, "PER")
		for i, a := range out {
			if a.Start < 0 || a.End > len(s) || a.Start >= a.End || s[a.Start:a.End] != a.Entity.Text {
				t.Fatalf("bad span %+v in %q", a, s)
			}
			if a.Ref >= i || a.Ref < -1 || a.Ref >= 0 && out[a.Ref].Ref != -1 {
				t.Fatalf("bad ref %d at %d in %q", a.Ref, i, s)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	l := lex(b)
	text := strings.Repeat("The new interior minister Ana Vela said riot police and soldiers dispersed "+
		"thousands of anti-coup demonstrators near the Popular Unity Party (PUP) headquarters. "+
		"The PUP leader, Juan Soto, and the Ombudsman's Office condemned it; Vela denied it. ", 30)
	var sents []testigo.Sentence // split after each ". ", as a stand-in for package segment
	start := 0
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '.' && text[i+1] == ' ' {
			sents = append(sents, testigo.Sentence{Span: testigo.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	sents = append(sents, testigo.Sentence{Span: testigo.Span{Start: start, End: len(text)}})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		l.Find(text, sents, nil, "PER")
	}
}

// TestCapitalJoinedByOthers checks that a capital followed by "along with" is the state acting,
// unless a preposition of place governs it.
func TestCapitalJoinedByOthers(t *testing.T) {
	l := lex(t)
	for _, tt := range []struct{ text, want string }{
		{"Quito along with its allies demanded talks.", "Quito|Quito|GOV|ECU|state|-1"},
		{"Students marched in Quito along with nurses.", "Students|students|EDU|ECU|group|-1\nnurses|nurses|MED|ECU|group|-1"},
	} {
		start := strings.Index(tt.text, "Quito")
		places := []testigo.Place{{Span: testigo.Span{Start: start, End: start + 5}, Text: "Quito", Name: "Quito", Country: "ECU", FeatureCode: "PPLC", Literal: true}}
		var got []string
		for _, a := range l.Find(tt.text, nil, places, "ECU") {
			got = append(got, brief(a))
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
