// Package testigo holds the domain types shared by every stage of the pipeline and every
// backend: documents and the spans that point into them, the mentions found in a text
// (places, dates, quantities, actors) and what is coded from them (events, tolls,
// statements). It has no dependencies beyond the standard library; subpackages do the work.
//
// Every item that comes from a text carries a Span: byte offsets into Document.Text, the
// UTF-8 text as read. Nothing downstream ever points at a normalized copy.
package testigo

import "fmt"

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Text returns the bytes of text the span covers, or "" if it lies outside text.
func (s Span) Text(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Where the publication date came from.
const (
	PublishedMetadata = "metadata" // given by the caller (--published, a feed, a JSON Lines field)
	PublishedText     = "text"     // found in the document (an HTML meta tag, a date line, a dateline)
	PublishedInferred = "inferred" // guessed from something weaker (a URL, a file name)
	PublishedNone     = "none"     // unknown: relative dates are then left with precision "unknown"
)

// Document is one article as read: its text and what is known about it.
type Document struct {
	ID              string `json:"id"`
	Path            string `json:"path,omitempty"`
	URL             string `json:"url,omitempty"`
	Title           string `json:"title,omitempty"`
	Byline          string `json:"byline,omitempty"`
	Published       string `json:"published,omitempty"` // YYYY-MM-DD, or "" when unknown
	PublishedSource string `json:"published_source"`
	Format          string `json:"format,omitempty"` // text, markdown, html, feed-item, jsonl
	Language        string `json:"language,omitempty"`
	// Text is the UTF-8 text every Span points into: the file's bytes for plain text and
	// Markdown, the extracted main text for HTML and feed items.
	Text string `json:"-"`
	// Problems found while reading that did not stop it (a truncated page, say).
	Problems []Problem `json:"problems,omitempty"`
}

// Problem is something wrong in an input, kept as data with its position, not raised.
type Problem struct {
	Input   string `json:"input"`            // the file, URL or JSON Lines line it concerns
	Offset  int    `json:"offset,omitempty"` // byte offset in that input, when known
	Message string `json:"message"`
}

func (p Problem) Error() string {
	if p.Offset > 0 {
		return fmt.Sprintf("%s: byte %d: %s", p.Input, p.Offset, p.Message)
	}
	return fmt.Sprintf("%s: %s", p.Input, p.Message)
}

// Sentence is one sentence of the text; Paragraph counts paragraphs from 0.
type Sentence struct {
	Span
	Paragraph int `json:"paragraph"`
}

// Place is a place name found in a text and, where the gazetteer knows it, where it is.
type Place struct {
	Span
	Text        string  `json:"text"`
	Name        string  `json:"name"`
	GeonamesID  int     `json:"geonames_id,omitempty"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	Country     string  `json:"country,omitempty"` // ISO 3166 alpha-3
	Admin1      string  `json:"admin1,omitempty"`  // first-level division's name
	Admin2      string  `json:"admin2,omitempty"`
	FeatureCode string  `json:"feature_code,omitempty"` // GeoNames feature code: PPL, ADM1, PCLI ...
	Population  int     `json:"population,omitempty"`
	// Literal is false for a place name used for something else: "Washington said", "Bolivian".
	Literal bool `json:"literal"`
	// Precision is ACLED's geo_precision: 1 the town itself, 2 near or part of a town,
	// 3 a larger region. A name the gazetteer lacks but that the text places inside a
	// known place ("Villa Esperanza in El Alto") takes that place's coordinates with precision 2.
	Precision int `json:"precision"`
	// Within names the containing place the text gave, when the coordinates are borrowed.
	Within string `json:"within,omitempty"`
}

// Date types, as TimeML's TIMEX3.
const (
	DateDate     = "DATE"
	DateTime     = "TIME"
	DateDuration = "DURATION"
	DateSet      = "SET"
)

// Date precisions for a resolved calendar range.
const (
	PrecisionDay     = "day"
	PrecisionWeek    = "week"
	PrecisionMonth   = "month"
	PrecisionYear    = "year"
	PrecisionUnknown = "unknown"
)

// Date is a temporal expression and its normalized value.
type Date struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"`  // DATE, TIME, DURATION, SET
	Value string `json:"value"` // TimeML value: 2019-11-19, 2019-11, 2019-W47, 2013, P3D, XXXX-12
	// Start and End are the calendar days the expression covers (YYYY-MM-DD), empty when
	// it cannot be placed (no publication date, a duration). They shadow Span's Start and
	// End: use d.Span.Start for the byte offset. In JSON they are date_start and date_end,
	// so that "start" and "end" stay the byte offsets CONTRACT.md requires.
	Start     string `json:"date_start,omitempty"`
	End       string `json:"date_end,omitempty"`
	Precision string `json:"precision,omitempty"`
	// Relative is true when the value depends on an anchor ("yesterday", "Friday").
	Relative bool `json:"relative,omitempty"`
}

// Qualifiers of a count.
const (
	QualExact    = "exact"
	QualAtLeast  = "at_least"
	QualMoreThan = "more_than"
	QualAbout    = "about"
	QualUpTo     = "up_to"
	QualRange    = "range"
	QualVague    = "vague" // "dozens", "hundreds", "tens of thousands": the value is ACLED's floor
)

// Quantity is a number in the text with what it counts.
type Quantity struct {
	Span
	Text      string `json:"text"`
	Value     int    `json:"value"` // the conservative figure
	Max       *int   `json:"max"`   // upper bound of a range, or nil
	Qualifier string `json:"qualifier"`
	Noun      string `json:"noun,omitempty"` // the head noun counted: people, demonstrators
	// NounSpan locates Noun in the text, when there is one.
	NounSpan *Span `json:"noun_span,omitempty"`
}

// Entity kinds.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
	KindGroup        = "group"
	KindState        = "state"
)

// Entity is an actor: a person, an organization, a group or a state.
type Entity struct {
	Name    string `json:"name"`
	Text    string `json:"text"`
	Sector  string `json:"sector,omitempty"`  // PLOVER sector: GOV MIL COP JUD LEG PTY LAB CVL ...
	Country string `json:"country,omitempty"` // ISO 3166 alpha-3
	Code    string `json:"code,omitempty"`    // PLOVER code: a country, UNO, EUR, IGO, NGO ...
	Kind    string `json:"kind,omitempty"`
}

// Actor is an Entity as mentioned at one place in the text. Ref links a coreferent mention
// ("Morales" after "Evo Morales") to the index of its first mention in the same list, or -1.
type Actor struct {
	Span
	Entity
	Ref int `json:"-"`
}

// Annotations is the mentions layer of one document: what testigo read before coding.
type Annotations struct {
	Paragraphs []Span     `json:"-"`
	Sentences  []Sentence `json:"sentences"`
	Places     []Place    `json:"places"`
	Dates      []Date     `json:"dates"`
	Quantities []Quantity `json:"quantities"`
	Actors     []Actor    `json:"actors"`
	// Country is the alpha-3 code of the country the document is mostly about, or "".
	Country string `json:"country,omitempty"`
}

// Evidence is a span of the source text that supports an item, with its text.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// NewEvidence cuts s out of text.
func NewEvidence(text string, s Span) Evidence {
	return Evidence{Start: s.Start, End: s.End, Text: s.Text(text)}
}

// EventDate is when an event happened, as a calendar range with its precision.
type EventDate struct {
	Start     *string `json:"start"`
	End       *string `json:"end"`
	Precision string  `json:"precision"`
	Text      string  `json:"text,omitempty"`
}

// EventPlace is where an event happened.
type EventPlace struct {
	Name       string  `json:"name"`
	GeonamesID int     `json:"geonames_id,omitempty"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Country    string  `json:"country,omitempty"`
	Admin1     string  `json:"admin1,omitempty"`
	Admin2     string  `json:"admin2,omitempty"`
	Precision  int     `json:"precision"`
	Text       string  `json:"text,omitempty"`
}

// Count is a figure an event or a toll reports: dead, injured, arrested, crowd size.
type Count struct {
	Value     int    `json:"value"` // the conservative figure
	Max       *int   `json:"max"`
	Qualifier string `json:"qualifier"`
	Text      string `json:"text"`
	// Reports keeps every figure folded into Value (seven confirmed dead, two more since),
	// or, after a merge, each source's figure.
	Reports []CountReport `json:"reports,omitempty"`
}

// CountReport is one reported figure behind a Count.
type CountReport struct {
	Value     int      `json:"value"`
	Qualifier string   `json:"qualifier,omitempty"`
	Source    string   `json:"source,omitempty"` // the document ID or reporting party
	Evidence  Evidence `json:"evidence"`
}

// Source is the party that reports an event, a toll or a statement.
type Source struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// ACLED holds ACLED's classification of an event in its scope.
type ACLED struct {
	EventType    string `json:"event_type"`
	SubEventType string `json:"sub_event_type"`
	Inter1       int    `json:"inter1"`
	Inter2       int    `json:"inter2"`
	Interaction  int    `json:"interaction"`
}

// Event is one coded happening, with the evidence for it.
type Event struct {
	ID           string      `json:"id"`
	Type         string      `json:"type"` // a PLOVER type or DECREE
	Mode         *string     `json:"mode"`
	Context      []string    `json:"context"`
	ACLED        *ACLED      `json:"acled"`
	CAMEO        string      `json:"cameo,omitempty"`
	Date         EventDate   `json:"date"`
	Place        *EventPlace `json:"place"`
	Actor        []Entity    `json:"actor"`
	Recipient    []Entity    `json:"recipient"`
	Dead         *Count      `json:"dead,omitempty"`
	Injured      *Count      `json:"injured,omitempty"`
	Arrested     *Count      `json:"arrested,omitempty"`
	Size         *Count      `json:"size,omitempty"`
	Source       *Source     `json:"source"`
	Negated      bool        `json:"negated"`
	Hypothetical bool        `json:"hypothetical"`
	Evidence     []Evidence  `json:"evidence"`
	Confidence   float64     `json:"confidence"`
}

// TollScope is the area a cumulative count covers.
type TollScope struct {
	Country string `json:"country,omitempty"`
	Admin1  string `json:"admin1,omitempty"`
}

// Toll is a cumulative count "as of" a date: "the total number of victims to at least 32".
type Toll struct {
	Measure   string     `json:"measure"` // dead, injured, arrested, missing, displaced
	Value     int        `json:"value"`
	Max       *int       `json:"max"`
	Qualifier string     `json:"qualifier"`
	AsOf      *string    `json:"as_of"`
	Since     *string    `json:"since"`
	Scope     TollScope  `json:"scope"`
	Source    *Source    `json:"source"`
	Evidence  []Evidence `json:"evidence"`
}

// Statement is a quotation with its speaker.
type Statement struct {
	Speaker  Entity     `json:"speaker"`
	Quote    string     `json:"quote"`
	Date     EventDate  `json:"date"`
	Via      *string    `json:"via"`
	Evidence []Evidence `json:"evidence"`
}

// Extraction is what the coder makes of one document.
type Extraction struct {
	Document   Document    `json:"document"`
	Events     []Event     `json:"events"`
	Tolls      []Toll      `json:"tolls"`
	Statements []Statement `json:"statements"`
	// CoderVersion names the coder that made it, so stored events can be re-extracted.
	CoderVersion string `json:"coder_version,omitempty"`
}

// WithEmptyLists returns a with nil lists replaced by empty ones, so JSON shows [] not null.
func (a Annotations) WithEmptyLists() Annotations {
	if a.Sentences == nil {
		a.Sentences = []Sentence{}
	}
	if a.Places == nil {
		a.Places = []Place{}
	}
	if a.Dates == nil {
		a.Dates = []Date{}
	}
	if a.Quantities == nil {
		a.Quantities = []Quantity{}
	}
	if a.Actors == nil {
		a.Actors = []Actor{}
	}
	return a
}
