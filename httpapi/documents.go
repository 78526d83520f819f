package httpapi

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"

	"testigo"
)

// CodedSpan is a span of a document's text that something was coded from.
type CodedSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Event string `json:"event"` // the report event's ID
	Type  string `json:"type"`  // the event's PLOVER type
	// What the span supports: "evidence" (the event itself), or the figure it gives:
	// "dead", "injured", "arrested", "size".
	What  string `json:"what"`
	Value *int   `json:"value,omitempty"` // the figure, for a figure's span
}

// DocumentDetail is a document with its text and the spans coded in it.
type DocumentDetail struct {
	Document testigo.StoredDocument `json:"document"`
	Text     string                 `json:"text"`
	Spans    []CodedSpan            `json:"spans"`
	Events   []string               `json:"events"`
}

func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) {
	var f testigo.DocumentFilter
	v := r.URL.Query()
	for _, p := range []struct {
		name string
		dst  *int
	}{{"limit", &f.Limit}, {"offset", &f.Offset}} {
		if x := v.Get(p.name); x != "" {
			n, err := strconv.Atoi(x)
			if err != nil || n < 0 {
				s.fail(w, r, http.StatusBadRequest, fmt.Errorf("parameter %s: %q is not a count", p.name, x))
				return
			}
			*p.dst = n
		}
	}
	if f.Limit == 0 || f.Limit > maxLimit {
		f.Limit = maxLimit
	}
	docs, err := s.cfg.Store.Documents(r.Context(), f)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if docs == nil {
		docs = []testigo.StoredDocument{}
	}
	writeJSON(w, map[string]any{"documents": docs})
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	doc, err := s.cfg.Store.Document(ctx, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, fmt.Errorf("document %q: %w", r.PathValue("id"), err))
		return
	}
	evs, err := s.cfg.Store.Events(ctx, testigo.EventFilter{Document: doc.Hash, Members: true})
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	d := DocumentDetail{Document: doc, Text: doc.Text, Spans: []CodedSpan{}, Events: []string{}}
	for _, ev := range evs {
		if ev.Kind != testigo.EventReport || ev.Document != doc.Hash {
			continue
		}
		d.Events = append(d.Events, ev.ID)
		d.Spans = append(d.Spans, codedSpans(ev, len(doc.Text))...)
	}
	sort.SliceStable(d.Spans, func(i, j int) bool {
		if d.Spans[i].Start != d.Spans[j].Start {
			return d.Spans[i].Start < d.Spans[j].Start
		}
		return d.Spans[i].End > d.Spans[j].End
	})
	writeJSON(w, d)
}

// codedSpans lists a report event's evidence and figure spans that lie inside its text.
func codedSpans(ev testigo.StoredEvent, textLen int) []CodedSpan {
	var out []CodedSpan
	add := func(e testigo.Evidence, what string, value *int) {
		if e.Start < 0 || e.End > textLen || e.Start >= e.End {
			return // a span outside the text is a coder bug; it must not break the page
		}
		out = append(out, CodedSpan{Start: e.Start, End: e.End, Event: ev.ID, Type: ev.Type, What: what, Value: value})
	}
	for _, e := range ev.Evidence {
		add(e, "evidence", nil)
	}
	for _, c := range []struct {
		what string
		c    *testigo.Count
	}{{"dead", ev.Dead}, {"injured", ev.Injured}, {"arrested", ev.Arrested}, {"size", ev.Size}} {
		if c.c == nil {
			continue
		}
		for _, rep := range c.c.Reports {
			v := rep.Value
			add(rep.Evidence, c.what, &v)
		}
	}
	return out
}

func (s *Server) tollSeries(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	f := testigo.TollFilter{Country: v.Get("country"), Admin1: v.Get("admin1"), Measure: v.Get("measure"),
		From: v.Get("from"), To: v.Get("to")}
	for _, d := range []struct{ name, val string }{{"from", f.From}, {"to", f.To}} {
		if d.val != "" && !isoDate.MatchString(d.val) {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("parameter %s: %q is not a date YYYY-MM-DD", d.name, d.val))
			return
		}
	}
	series, err := s.cfg.Store.TollSeries(r.Context(), f)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if series == nil {
		series = []testigo.TollSeries{}
	}
	writeJSON(w, map[string]any{"series": series})
}
