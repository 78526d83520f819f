package export

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"

	"testigo"
)

// QuadCode is PLOVER's quad class of an event type: 1 verbal cooperation, 2 material
// cooperation, 3 verbal conflict, 4 material conflict; 0 for types outside PLOVER (DECREE).
func QuadCode(eventType string) int {
	switch eventType {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE":
		return 1
	case "COOPERATE", "AID", "RETREAT":
		return 2
	case "REQUEST", "ACCUSE", "REJECT", "THREATEN":
		return 3
	case "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT":
		return 4
	}
	return 0
}

// PLOVERRecord is one line of the PLOVER JSON Lines export: the PLOVER record's fields
// (id, date, actor, recipient, event, mode, context, event_loc, size, text, text_info,
// cite_info ...) and testigo's evidence, each passage with its byte span.
type PLOVERRecord struct {
	ID        string           `json:"id"`
	Date      string           `json:"date"`
	EndDate   string           `json:"enddate,omitempty"`
	DatePrec  string           `json:"date_precision,omitempty"`
	Actor     []testigo.Entity `json:"actor"`
	Recipient []testigo.Entity `json:"recipient"`
	Event     string           `json:"event"`
	QuadCode  int              `json:"quad_code,omitempty"`
	Mode      string           `json:"mode"`
	Context   []string         `json:"context"`
	EventLoc  *PLOVERLocation  `json:"event_loc"`
	Size      *PLOVERSize      `json:"size,omitempty"`
	EventText string           `json:"event_text,omitempty"`
	Text      string           `json:"text"`
	TextInfo  *PLOVERTextInfo  `json:"text_info,omitempty"`
	CiteInfo  *Cite            `json:"cite_info,omitempty"`
	// Sources are all the documents reporting the event, the cite_info one first.
	Sources      []Cite             `json:"sources,omitempty"`
	Negated      bool               `json:"negated,omitempty"`
	Hypothetical bool               `json:"hypothetical,omitempty"`
	Evidence     []testigo.Evidence `json:"evidence"`
	Confidence   float64            `json:"confidence"`
}

// PLOVERLocation is a record's event_loc.
type PLOVERLocation struct {
	Name       string  `json:"name"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Country    string  `json:"country,omitempty"`
	Admin1     string  `json:"admin1,omitempty"`
	Admin2     string  `json:"admin2,omitempty"`
	GeonamesID int     `json:"geonames_id,omitempty"`
	Precision  int     `json:"geo_precision,omitempty"`
}

// PLOVERSize is a record's size: the conservative figures, absent when not reported.
type PLOVERSize struct {
	Dead         *int `json:"dead,omitempty"`
	Injured      *int `json:"injured,omitempty"`
	Arrested     *int `json:"arrested,omitempty"`
	Participants *int `json:"participants,omitempty"`
}

// PLOVERTextInfo locates Text in the cited document: the first evidence passage's bytes.
type PLOVERTextInfo struct {
	Sequence int `json:"sequence"`
	Start    int `json:"start"`
	End      int `json:"end"`
}

// ToPLOVER converts an item to its PLOVER record.
func ToPLOVER(it Item) PLOVERRecord {
	ev := it.Event
	r := PLOVERRecord{
		ID:           ev.ID,
		Date:         deref(ev.Date.Start),
		DatePrec:     ev.Date.Precision,
		Actor:        nonNil(ev.Actor),
		Recipient:    nonNil(ev.Recipient),
		Event:        ev.Type,
		QuadCode:     QuadCode(ev.Type),
		Mode:         deref(ev.Mode),
		Context:      ev.Context,
		EventText:    ev.Date.Text,
		Negated:      ev.Negated,
		Hypothetical: ev.Hypothetical,
		Evidence:     ev.Evidence,
		Confidence:   ev.Confidence,
	}
	if r.Context == nil {
		r.Context = []string{}
	}
	if r.Evidence == nil {
		r.Evidence = []testigo.Evidence{}
	}
	if end := deref(ev.Date.End); end != "" && end != r.Date {
		r.EndDate = end
	}
	if p := ev.Place; p != nil {
		r.EventLoc = &PLOVERLocation{Name: p.Name, Lat: p.Lat, Lon: p.Lon, Country: p.Country,
			Admin1: p.Admin1, Admin2: p.Admin2, GeonamesID: p.GeonamesID, Precision: p.Precision}
	}
	size := PLOVERSize{Dead: countPtr(ev.Dead), Injured: countPtr(ev.Injured),
		Arrested: countPtr(ev.Arrested), Participants: countPtr(ev.Size)}
	if size != (PLOVERSize{}) {
		r.Size = &size
	}
	texts := make([]string, 0, len(ev.Evidence))
	for _, e := range ev.Evidence {
		texts = append(texts, e.Text)
	}
	r.Text = strings.Join(texts, " … ")
	if len(ev.Evidence) > 0 {
		r.TextInfo = &PLOVERTextInfo{Start: ev.Evidence[0].Start, End: ev.Evidence[0].End}
	}
	if len(it.Sources) > 0 {
		c := it.Sources[0]
		r.CiteInfo = &c
		r.Sources = it.Sources
	}
	return r
}

func nonNil(es []testigo.Entity) []testigo.Entity {
	if es == nil {
		return []testigo.Entity{}
	}
	return es
}

func countPtr(c *testigo.Count) *int {
	if c == nil {
		return nil
	}
	v := c.Value
	return &v
}

type ploverWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewPLOVER returns a Writer of PLOVER JSON Lines: one record per line.
func NewPLOVER(w io.Writer) Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &ploverWriter{w: bw, enc: enc}
}

func (p *ploverWriter) Write(it Item) error { return p.enc.Encode(ToPLOVER(it)) }

func (p *ploverWriter) Close() error { return p.w.Flush() }
