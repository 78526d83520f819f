package httpapi

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"testigo"
)

// memStore is a small in-memory testigo.Store for this package's tests: enough of the
// contract (documents, events with the store's filters and order, merges, tolls) to serve
// the API without a database. The writes merging needs are not implemented.
type memStore struct {
	mu     sync.Mutex
	docs   []testigo.StoredDocument
	events []testigo.StoredEvent
	merges []testigo.MergeRecord
	tolls  []testigo.StoredToll
}

var errUnsupported = errors.New("memStore: not supported")

func hashOf(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// addDoc stores a document and its events as reports, returning their stored forms.
func (m *memStore) addDoc(doc testigo.Document, evs []testigo.Event, tolls []testigo.Toll) (string, []testigo.StoredEvent) {
	m.mu.Lock()
	defer m.mu.Unlock()
	hash := hashOf(doc.Text)
	m.docs = append(m.docs, testigo.StoredDocument{Document: doc, Hash: hash, CoderVersion: "test", IngestedAt: time.Unix(1700000000, 0).UTC(), Events: len(evs)})
	var out []testigo.StoredEvent
	for i, ev := range evs {
		ev.ID = fmt.Sprintf("%s-%d", hash[:16], i)
		se := testigo.StoredEvent{Event: ev, Kind: testigo.EventReport, Document: hash, CoderVersion: "test",
			CreatedAt: time.Unix(1700000000, 0).UTC(),
			Sources:   []testigo.EventSource{{Event: ev.ID, Document: hash, ID: doc.ID, URL: doc.URL, Title: doc.Title, Published: doc.Published, Evidence: ev.Evidence}}}
		m.events = append(m.events, se)
		out = append(out, se)
	}
	for _, t := range tolls {
		date := doc.Published
		if t.AsOf != nil {
			date = *t.AsOf
		}
		m.tolls = append(m.tolls, testigo.StoredToll{Toll: t, ID: int64(len(m.tolls) + 1), Document: hash, DocID: doc.ID, Title: doc.Title, Date: date})
	}
	return hash, out
}

// mergeEvents makes a merged event standing for the given reports, with the first's coding.
func (m *memStore) mergeEvents(ids []string, by, reason string) testigo.StoredEvent {
	m.mu.Lock()
	defer m.mu.Unlock()
	merged := testigo.StoredEvent{Kind: testigo.EventMerged, Members: ids, CoderVersion: "test", CreatedAt: time.Unix(1700000100, 0).UTC()}
	for i := range m.events {
		for j, id := range ids {
			if m.events[i].ID != id {
				continue
			}
			if j == 0 {
				merged.Event = m.events[i].Event
				merged.ID = "m-" + hashOf(strings.Join(ids, ","))[:16]
			}
			merged.Sources = append(merged.Sources, m.events[i].Sources...)
			m.events[i].MergedInto = merged.ID
		}
	}
	m.events = append(m.events, merged)
	m.merges = append(m.merges, testigo.MergeRecord{ID: int64(len(m.merges) + 1), Event: merged.ID, Action: testigo.MergeActionMerge,
		Members: ids, By: by, At: time.Unix(1700000100, 0).UTC(), Reason: reason})
	return merged
}

func (m *memStore) Known(ctx context.Context, hashes []string) (map[string]bool, error) {
	return nil, errUnsupported
}
func (m *memStore) Put(ctx context.Context, x testigo.Extraction, opt testigo.PutOptions) (testigo.PutResult, error) {
	return testigo.PutResult{}, errUnsupported
}
func (m *memStore) Replace(ctx context.Context, x testigo.Extraction, opt testigo.PutOptions) (testigo.PutResult, error) {
	return testigo.PutResult{}, errUnsupported
}

func (m *memStore) Document(ctx context.Context, key string) (testigo.StoredDocument, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, d := range m.docs {
		if d.Hash == key || d.ID == key {
			return d, nil
		}
	}
	return testigo.StoredDocument{}, fmt.Errorf("document %q: %w", key, testigo.ErrNotFound)
}

func (m *memStore) Documents(ctx context.Context, f testigo.DocumentFilter) ([]testigo.StoredDocument, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return pageOf(m.docs, f.Offset, f.Limit), nil
}

func pageOf[T any](all []T, offset, limit int) []T {
	if offset >= len(all) {
		return nil
	}
	all = all[offset:]
	if limit > 0 && limit < len(all) {
		all = all[:limit]
	}
	return append([]T(nil), all...)
}

func (m *memStore) Event(ctx context.Context, id string) (testigo.StoredEvent, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range m.events {
		if e.ID == id {
			return e, nil
		}
	}
	return testigo.StoredEvent{}, fmt.Errorf("event %q: %w", id, testigo.ErrNotFound)
}

func (m *memStore) Events(ctx context.Context, f testigo.EventFilter) ([]testigo.StoredEvent, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []testigo.StoredEvent
	for _, e := range m.events {
		if e.MergedInto != "" && !f.Members && f.Document == "" {
			continue
		}
		start, end := startDate(&e), ""
		if e.Date.End != nil {
			end = *e.Date.End
		} else {
			end = start
		}
		switch {
		case f.From != "" && (end == "" || end < f.From),
			f.To != "" && (start == "" || start > f.To),
			f.Country != "" && (e.Place == nil || e.Place.Country != f.Country),
			f.Admin1 != "" && (e.Place == nil || !strings.EqualFold(e.Place.Admin1, f.Admin1)),
			f.Type != "" && e.Type != f.Type,
			f.MinDead > 0 && (e.Dead == nil || e.Dead.Value < f.MinDead),
			f.Document != "" && e.Document != f.Document:
			continue
		}
		if f.Actor != "" {
			found := false
			for _, a := range append(append([]testigo.Entity{}, e.Actor...), e.Recipient...) {
				found = found || strings.Contains(strings.ToLower(a.Name), strings.ToLower(f.Actor))
			}
			if !found {
				continue
			}
		}
		if f.Query != "" {
			found := false
			for _, ev := range e.Evidence {
				found = found || strings.Contains(strings.ToLower(ev.Text), strings.ToLower(f.Query))
			}
			if !found {
				continue
			}
		}
		out = append(out, e)
	}
	switch f.Order {
	case "", "date", "-date", "dead", "-dead":
	default:
		return nil, fmt.Errorf("events: order %q", f.Order)
	}
	// The SQL stores' orders (sqlstore.Events).
	before := func(a, b testigo.EventKey) bool {
		switch f.Order {
		case "-date":
			if a.Date != b.Date {
				return a.Date > b.Date
			}
			return a.ID > b.ID
		case "dead", "-dead":
			if a.Dead != b.Dead {
				return (a.Dead < b.Dead) == (f.Order == "dead")
			}
		}
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.ID < b.ID
	}
	sort.SliceStable(out, func(i, j int) bool { return before(testigo.KeyOf(&out[i].Event), testigo.KeyOf(&out[j].Event)) })
	if f.After != nil {
		kept := out[:0]
		for _, e := range out {
			if before(*f.After, testigo.KeyOf(&e.Event)) {
				kept = append(kept, e)
			}
		}
		out = kept
	}
	return pageOf(out, f.Offset, f.Limit), nil
}

func (m *memStore) UpdateEvent(ctx context.Context, ev testigo.Event, by string) (testigo.StoredEvent, error) {
	return testigo.StoredEvent{}, errUnsupported
}
func (m *memStore) Merge(ctx context.Context, ids []string, by, reason string) (testigo.StoredEvent, error) {
	return m.mergeEvents(ids, by, reason), nil
}
func (m *memStore) Split(ctx context.Context, id string, by, reason string) ([]testigo.StoredEvent, error) {
	return nil, errUnsupported
}

func (m *memStore) Merges(ctx context.Context, eventID string) ([]testigo.MergeRecord, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []testigo.MergeRecord
	for _, r := range m.merges {
		if eventID == "" || r.Event == eventID || contains(r.Members, eventID) {
			out = append(out, r)
		}
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (m *memStore) Tolls(ctx context.Context, f testigo.TollFilter) ([]testigo.StoredToll, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]testigo.StoredToll(nil), m.tolls...), nil
}

func (m *memStore) TollSeries(ctx context.Context, f testigo.TollFilter) ([]testigo.TollSeries, error) {
	tolls, _ := m.Tolls(ctx, f)
	bySeries := map[string]*testigo.TollSeries{}
	var keys []string
	for _, t := range tolls {
		if f.Measure != "" && t.Measure != f.Measure {
			continue
		}
		k := t.Scope.Country + "/" + t.Scope.Admin1 + "/" + t.Measure
		s, ok := bySeries[k]
		if !ok {
			s = &testigo.TollSeries{Scope: t.Scope, Measure: t.Measure}
			bySeries[k] = s
			keys = append(keys, k)
		}
		s.Points = append(s.Points, testigo.TollPoint{Date: t.Date, Value: t.Value, Max: t.Max, Qualifier: t.Qualifier,
			Source: t.Source, Document: t.Document, DocID: t.DocID, Title: t.Title, Evidence: t.Evidence})
	}
	sort.Strings(keys)
	var out []testigo.TollSeries
	for _, k := range keys {
		out = append(out, *bySeries[k])
	}
	return out, nil
}

func (m *memStore) Search(ctx context.Context, q string, limit int) ([]testigo.SearchHit, error) {
	return nil, errUnsupported
}
func (m *memStore) Stale(ctx context.Context, version string, limit int) ([]testigo.StoredDocument, error) {
	return nil, errUnsupported
}
func (m *memStore) PutGeoNames(ctx context.Context, rows []testigo.GeoName) error {
	return errUnsupported
}
func (m *memStore) GeoNames(ctx context.Context, fn func(testigo.GeoName) error) error {
	return errUnsupported
}

func (m *memStore) Stats(ctx context.Context) (testigo.Stats, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := testigo.Stats{Documents: len(m.docs), Tolls: len(m.tolls)}
	for _, e := range m.events {
		if e.MergedInto == "" {
			st.Events++
		}
		if e.Kind == testigo.EventReport {
			st.Reports++
		} else {
			st.Merged++
		}
	}
	return st, nil
}

func (m *memStore) Close() error { return nil }
