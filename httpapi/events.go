package httpapi

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"testigo"
	"testigo/export"
)

const (
	defaultLimit = 100
	maxLimit     = 1000
	// scanChunk is how many events one store call returns while a selection is scanned.
	scanChunk = 500
	maxChunk  = 16_000
)

// BBox is a longitude/latitude box: west, south, east, north (GeoJSON's order).
type BBox struct{ West, South, East, North float64 }

func (b BBox) contains(lon, lat float64) bool {
	if lat < b.South || lat > b.North {
		return false
	}
	if b.West <= b.East {
		return b.West <= lon && lon <= b.East
	}
	return lon >= b.West || lon <= b.East // the box crosses the antimeridian
}

// Query is a parsed events selection: the store's filter and the order. Mode, ACLED and BBox
// repeat the filter's fields: the SQL stores apply them, and this package checks them again
// over what a store returns, for stores that do not.
type Query struct {
	Store testigo.EventFilter
	Mode  string
	ACLED string
	BBox  *BBox
	Sort  string
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// ParseQuery reads the filters of the events and export endpoints from URL parameters. Its
// errors name the parameter.
func ParseQuery(v url.Values) (Query, error) {
	q := Query{Sort: "date"}
	f := &q.Store
	for _, p := range []struct {
		name string
		dst  *string
	}{{"from", &f.From}, {"to", &f.To}} {
		if s := v.Get(p.name); s != "" {
			if !isoDate.MatchString(s) {
				return q, fmt.Errorf("parameter %s: %q is not a date YYYY-MM-DD", p.name, s)
			}
			*p.dst = s
		}
	}
	f.Country = strings.ToUpper(strings.TrimSpace(v.Get("country")))
	if f.Country != "" && !regexp.MustCompile(`^[A-Z]{3}$`).MatchString(f.Country) {
		return q, fmt.Errorf("parameter country: %q is not an ISO 3166 alpha-3 code", v.Get("country"))
	}
	f.Admin1 = strings.TrimSpace(v.Get("admin1"))
	f.Type = strings.ToUpper(strings.TrimSpace(v.Get("type")))
	f.Actor = strings.TrimSpace(v.Get("actor"))
	f.Query = strings.TrimSpace(v.Get("q"))
	f.Document = strings.TrimSpace(v.Get("document"))
	q.Mode = strings.ToLower(strings.TrimSpace(v.Get("mode")))
	q.ACLED = strings.TrimSpace(v.Get("acled"))
	if s := v.Get("min_dead"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return q, fmt.Errorf("parameter min_dead: %q is not a count", s)
		}
		f.MinDead = n
	}
	if s := v.Get("members"); s != "" {
		b, err := strconv.ParseBool(s)
		if err != nil {
			return q, fmt.Errorf("parameter members: %q is not true or false", s)
		}
		f.Members = b
	}
	if s := v.Get("bbox"); s != "" {
		b, err := parseBBox(s)
		if err != nil {
			return q, err
		}
		q.BBox = &b
		f.BBox = &[4]float64{b.West, b.South, b.East, b.North}
	}
	f.Mode, f.ACLED = q.Mode, q.ACLED
	if s := v.Get("sort"); s != "" {
		ok := false
		for _, o := range testigo.EventOrders {
			ok = ok || o == s
		}
		if !ok {
			return q, fmt.Errorf("parameter sort: %q is not one of %s", s, strings.Join(testigo.EventOrders, ", "))
		}
		q.Sort = s
	}
	f.Order = q.Sort
	return q, nil
}

func parseBBox(s string) (BBox, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return BBox{}, fmt.Errorf("parameter bbox: %q is not west,south,east,north", s)
	}
	var n [4]float64
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return BBox{}, fmt.Errorf("parameter bbox: %q is not a number", p)
		}
		n[i] = x
	}
	b := BBox{n[0], n[1], n[2], n[3]}
	if b.South > b.North || b.South < -90 || b.North > 90 || b.West < -180 || b.East > 180 {
		return BBox{}, fmt.Errorf("parameter bbox: %q is not a box west,south,east,north in degrees", s)
	}
	return b, nil
}

// match applies the filters a store may not (the SQL stores do: this is then a check).
func (q Query) match(ev *testigo.StoredEvent) bool {
	if q.Mode != "" && (ev.Mode == nil || *ev.Mode != q.Mode) {
		return false
	}
	if q.ACLED != "" && (ev.ACLED == nil || !strings.EqualFold(ev.ACLED.EventType, q.ACLED)) {
		return false
	}
	if q.BBox != nil && (ev.Place == nil || (ev.Place.Lat == 0 && ev.Place.Lon == 0) || !q.BBox.contains(ev.Place.Lon, ev.Place.Lat)) {
		return false
	}
	return true
}

// scan calls fn with each event of the store's selection after the key (from the first when
// nil), in the store's order; fn returns false to stop. The store pages by key, so a scan
// deep into a large store costs what its first page does.
//
// chunk is how many events to ask the store for at a time (a page's worth: the store does
// the filtering); it grows when a store's events fail match.
func (s *Server) scan(ctx context.Context, q Query, after *testigo.EventKey, chunk int, fn func(ev testigo.StoredEvent) bool) error {
	f := q.Store
	if chunk <= 0 {
		chunk = scanChunk
	}
	f.Limit = chunk
	f.After = after
	for {
		evs, err := s.cfg.Store.Events(ctx, f)
		if err != nil {
			return err
		}
		for i := range evs {
			if q.match(&evs[i]) && !fn(evs[i]) {
				return nil
			}
		}
		if len(evs) < chunk {
			return nil
		}
		k := testigo.KeyOf(&evs[len(evs)-1].Event)
		f.After = &k
		chunk = min(2*chunk, maxChunk)
		f.Limit = chunk
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// Events returns the first limit events of the selection q (all of them when limit is 0) in
// q's order: the events the events endpoint sends, page after page. testigo events calls it,
// so that the command line and the API select with one implementation.
func (s *Server) Events(ctx context.Context, q Query, limit int) ([]testigo.StoredEvent, error) {
	out := []testigo.StoredEvent{}
	err := s.scan(ctx, q, nil, limit, func(ev testigo.StoredEvent) bool {
		out = append(out, ev)
		return limit <= 0 || len(out) < limit
	})
	return out, err
}

// cursor is where the next page starts: the listing key of the last event sent, and the
// order it was sent in. Events stored meanwhile take their place in the order: those before
// the cursor are not sent twice, those after it are sent.
type cursor struct {
	After testigo.EventKey `json:"k"`
	Sort  string           `json:"s"`
}

func (c cursor) encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads a cursor; "" is the first page (nil key).
func decodeCursor(s, sortOrder string) (*testigo.EventKey, error) {
	if s == "" {
		return nil, nil
	}
	var c cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || json.Unmarshal(b, &c) != nil || c.After.ID == "" {
		return nil, fmt.Errorf("parameter cursor: %q is not a cursor this server made", s)
	}
	if c.Sort != sortOrder {
		return nil, fmt.Errorf("parameter cursor: made for sort=%s, not sort=%s", c.Sort, sortOrder)
	}
	return &c.After, nil
}

func startDate(ev *testigo.StoredEvent) string {
	if ev.Date.Start == nil {
		return ""
	}
	return *ev.Date.Start
}

// Page is the events endpoint's response.
type Page struct {
	Events []testigo.StoredEvent `json:"events"`
	// Next is the cursor of the following page, "" on the last.
	Next string `json:"next"`
}

// Select returns one page of the selection q, starting at the cursor (empty for the first).
// The store lists in every order, a page at a time.
func (s *Server) Select(ctx context.Context, q Query, cur string, limit int) (Page, error) {
	page := Page{Events: []testigo.StoredEvent{}}
	after, err := decodeCursor(cur, q.Sort)
	if err != nil {
		return page, err
	}
	more := false
	// One more than a page tells whether there is a next page.
	err = s.scan(ctx, q, after, limit+1, func(ev testigo.StoredEvent) bool {
		if len(page.Events) == limit {
			more = true
			return false
		}
		page.Events = append(page.Events, ev)
		return true
	})
	if more {
		page.Next = cursor{After: testigo.KeyOf(&page.Events[len(page.Events)-1].Event), Sort: q.Sort}.encode()
	}
	return page, err
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q, err := ParseQuery(v)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	limit := defaultLimit
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > maxLimit {
			s.fail(w, r, http.StatusBadRequest, fmt.Errorf("parameter limit: %q is not a number from 1 to %d", l, maxLimit))
			return
		}
		limit = n
	}
	page, err := s.Select(r.Context(), q, v.Get("cursor"), limit)
	if err != nil {
		status := http.StatusInternalServerError
		if strings.HasPrefix(err.Error(), "parameter ") {
			status = http.StatusBadRequest
		}
		s.fail(w, r, status, err)
		return
	}
	writeJSON(w, page)
}

// EventDetail is one event with everything behind it.
type EventDetail struct {
	Event testigo.StoredEvent `json:"event"`
	// Reports are the report events behind it, one per source, with each source's own
	// figures: the event itself for a report, its members for a merged event.
	Reports []testigo.StoredEvent `json:"reports"`
	Merges  []testigo.MergeRecord `json:"merges"`
}

func (s *Server) getEvent(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ev, err := s.cfg.Store.Event(ctx, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, fmt.Errorf("event %q: %w", r.PathValue("id"), err))
		return
	}
	d := EventDetail{Event: ev, Reports: []testigo.StoredEvent{}}
	if ev.Kind == testigo.EventMerged {
		for _, id := range ev.Members {
			m, err := s.cfg.Store.Event(ctx, id)
			if err != nil {
				s.fail(w, r, http.StatusInternalServerError, fmt.Errorf("member %q of %q: %w", id, ev.ID, err))
				return
			}
			d.Reports = append(d.Reports, m)
		}
	} else {
		d.Reports = append(d.Reports, ev)
	}
	if d.Merges, err = s.cfg.Store.Merges(ctx, ev.ID); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	if d.Merges == nil {
		d.Merges = []testigo.MergeRecord{}
	}
	writeJSON(w, d)
}

// exportItem is what the export writers need of a stored event.
func exportItem(ev testigo.StoredEvent) export.Item {
	it := export.Item{Event: ev.Event}
	if !ev.CreatedAt.IsZero() {
		it.Updated = ev.CreatedAt.Unix()
	}
	for _, src := range ev.Sources {
		id := src.ID
		if id == "" {
			id = src.Document
		}
		it.Sources = append(it.Sources, export.Cite{DocumentID: id, URL: src.URL, Title: src.Title, Published: src.Published})
	}
	return it
}

func (s *Server) exportAs(format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q, err := ParseQuery(r.URL.Query())
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, err)
			return
		}
		w.Header().Set("Content-Type", export.ContentType(format))
		w.Header().Set("Content-Disposition", `attachment; filename="testigo-events`+export.Extension(format)+`"`)
		if err := s.Export(r.Context(), q, format, w); err != nil {
			// The status line is gone and the body is cut short; say so in the log.
			s.cfg.Logger.Error("export failed", "format", format, "err", err)
		}
	}
}

// Export writes every event of the selection q to w in format (see package export).
func (s *Server) Export(ctx context.Context, q Query, format string, w io.Writer) error {
	ew, err := export.New(format, w)
	if err != nil {
		return err
	}
	var werr error
	write := func(ev testigo.StoredEvent) bool {
		werr = ew.Write(exportItem(ev))
		return werr == nil
	}
	if err := s.scan(ctx, q, nil, scanChunk, write); err != nil {
		return err
	}
	if werr != nil {
		return werr
	}
	return ew.Close()
}
