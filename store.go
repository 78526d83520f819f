package testigo

import (
	"context"
	"errors"
	"time"
)

// This file holds the storage interface: a lasting record of many documents, their events
// merged across sources, tolls over time and full-text search. Two backends implement it,
// package sqlite (one file, the default) and package postgres; package storetest checks that
// they behave the same.
//
// Identity: a document is stored once, keyed by the SHA-256 of its Text (Hash, lowercase hex).
// An event coded from one document is a "report"; its ID is the first 16 hex digits of the
// document's hash, "-", and its index in the extraction (e.g. "3fa4c1d29b0e7a55-2"). When
// reports from several documents describe one happening they are merged: a new event of kind
// "merged" (ID "m-" + 16 hex digits) stands for them, and each member points at it with
// MergedInto. Only events with MergedInto == "" are "visible": they are what Events lists by
// default. Split undoes a merge and makes the members visible again.

// ErrNotFound is returned (wrapped) when a document, event or merge does not exist.
var ErrNotFound = errors.New("not found")

// Event kinds in the store.
const (
	EventReport = "report" // coded from one document
	EventMerged = "merged" // stands for reports of one happening from several documents
)

// Merge record actions.
const (
	MergeActionMerge = "merge" // a merged event was made, or members were added to it
	MergeActionSplit = "split" // a merged event was undone; its members stand alone again
)

// Store is a lasting record of documents and what was coded from them. Every method is safe
// for concurrent use. Writes of one document (its text, events, tolls, statements and the
// merges they cause) happen in one transaction: a crash loses nothing committed and leaves
// no half-written document.
type Store interface {
	// Known returns the subset of hashes already stored, so ingest can skip them before
	// extracting.
	Known(ctx context.Context, hashes []string) (map[string]bool, error)

	// Put stores one document's extraction and merges its events with stored ones (unless
	// opt.NoMerge). A document whose hash is already stored is left untouched: the result
	// then has Existing set and nothing at all is written (no timestamp changes).
	Put(ctx context.Context, x Extraction, opt PutOptions) (PutResult, error)

	// Replace re-stores a stored document's extraction made by a newer coder (reprocess):
	// the document's report events, tolls and statements are replaced, except events a
	// human edited, which are kept as they are. A replaced event that belonged to a merged
	// event stays in it when the new event still matches it; otherwise the merge is redone.
	Replace(ctx context.Context, x Extraction, opt PutOptions) (PutResult, error)

	// Document returns a stored document by hash or by Document.ID (the first stored wins).
	Document(ctx context.Context, key string) (StoredDocument, error)
	// Documents lists stored documents, oldest first.
	Documents(ctx context.Context, f DocumentFilter) ([]StoredDocument, error)

	// Event returns one event by ID, visible or not.
	Event(ctx context.Context, id string) (StoredEvent, error)
	// Events lists events matching f, ordered by date then ID.
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// UpdateEvent replaces a stored event's coding with a human's edit (ev.ID names it) and
	// marks it Edited, so reprocess never touches it again.
	UpdateEvent(ctx context.Context, ev Event, by string) (StoredEvent, error)

	// Merge merges visible events by hand (at least two), recording who did it and why.
	Merge(ctx context.Context, ids []string, by, reason string) (StoredEvent, error)
	// Split undoes the merged event id: its members stand alone again (they are returned),
	// and the merge history records who split it and why.
	Split(ctx context.Context, id string, by, reason string) ([]StoredEvent, error)
	// Merges returns the merge history: of one event (merged or member) when eventID is
	// set, of all events otherwise; oldest first.
	Merges(ctx context.Context, eventID string) ([]MergeRecord, error)

	// Tolls lists the cumulative figures reported, ordered by as-of date.
	Tolls(ctx context.Context, f TollFilter) ([]StoredToll, error)
	// TollSeries groups the tolls by scope and measure into series over time, each point
	// next to the sum of the visible events' own counts up to its date.
	TollSeries(ctx context.Context, f TollFilter) ([]TollSeries, error)

	// Search runs a full-text query (words, "phrases", OR; diacritics ignored) over
	// document texts and event evidence; best first.
	Search(ctx context.Context, q string, limit int) ([]SearchHit, error)

	// Stale lists stored documents last coded by a coder version other than version, oldest
	// first, at most limit (0: all): what reprocess re-extracts.
	Stale(ctx context.Context, version string, limit int) ([]StoredDocument, error)

	// PutGeoNames stores GeoNames rows (replacing rows with the same ID) in one transaction.
	PutGeoNames(ctx context.Context, rows []GeoName) error
	// GeoNames calls fn for every stored GeoNames row, in ID order; fn's error stops it.
	GeoNames(ctx context.Context, fn func(GeoName) error) error

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	Close() error
}

// BatchPutter is a Store that can store several documents in one transaction, for bulk
// ingest: the same results as Put one by one, with fewer commits. Both backends have it.
type BatchPutter interface {
	// PutBatch stores xs in order; errs[i] says why xs[i] could not be stored (the others
	// are stored all the same).
	PutBatch(ctx context.Context, xs []Extraction, opt PutOptions) (results []PutResult, errs []error)
}

// PutOptions steer Put and Replace.
type PutOptions struct {
	// NoMerge stores the events without merging them with stored ones.
	NoMerge bool
	// By names who merges (recorded in the merge history); "" means "testigo ingest".
	By string
}

// PutResult says what Put or Replace did.
type PutResult struct {
	Hash     string   `json:"hash"`
	Existing bool     `json:"existing"` // already stored: nothing was written
	Events   []string `json:"events"`   // IDs of the report events stored
	Tolls    int      `json:"tolls"`
	Merged   []string `json:"merged"` // IDs of the merged events the new events joined or made
	Kept     int      `json:"kept"`   // Replace: edited events left as they were
}

// StoredDocument is a document as stored.
type StoredDocument struct {
	Document
	Hash         string    `json:"hash"`
	CoderVersion string    `json:"coder_version"`
	IngestedAt   time.Time `json:"ingested_at"`
	Events       int       `json:"events"` // report events coded from it
}

// DocumentFilter selects documents. Zero fields select everything.
type DocumentFilter struct {
	Limit  int `json:"limit,omitempty"`
	Offset int `json:"offset,omitempty"`
}

// StoredEvent is an event as stored: the coding (for a merged event, the combination of its
// members) and where it came from.
type StoredEvent struct {
	Event
	Kind string `json:"kind"` // EventReport or EventMerged
	// Document is the hash of the document a report event was coded from ("" when merged).
	Document string `json:"document,omitempty"`
	// Sources lists the documents behind the event with the evidence each gave: one for a
	// report, one per member for a merged event.
	Sources []EventSource `json:"sources"`
	// Members are the report events a merged event stands for.
	Members []string `json:"members,omitempty"`
	// MergedInto is the merged event a report belongs to, "" when it is visible.
	MergedInto   string    `json:"merged_into,omitempty"`
	CoderVersion string    `json:"coder_version"`
	Edited       bool      `json:"edited"`
	CreatedAt    time.Time `json:"created_at"`
}

// EventSource is one document behind an event and the evidence it gave (spans into its text).
type EventSource struct {
	Event     string     `json:"event"`    // the report event's ID
	Document  string     `json:"document"` // the document's hash
	ID        string     `json:"id"`       // Document.ID
	URL       string     `json:"url,omitempty"`
	Title     string     `json:"title,omitempty"`
	Published string     `json:"published,omitempty"`
	Evidence  []Evidence `json:"evidence"`
}

// EventFilter selects events. Zero fields select everything visible.
type EventFilter struct {
	From    string `json:"from,omitempty"`    // YYYY-MM-DD: events ending on or after it
	To      string `json:"to,omitempty"`      // YYYY-MM-DD: events starting on or before it
	Country string `json:"country,omitempty"` // ISO alpha-3
	Admin1  string `json:"admin1,omitempty"`
	Type    string `json:"type,omitempty"`  // PLOVER type
	Actor   string `json:"actor,omitempty"` // part of an actor's or recipient's name, any case
	MinDead int    `json:"min_dead,omitempty"`
	Mode    string `json:"mode,omitempty"`  // PLOVER mode, as coded (lower case)
	ACLED   string `json:"acled,omitempty"` // ACLED event type, any case
	// BBox selects events placed inside west, south, east, north (degrees); west > east
	// crosses the antimeridian. Events without coordinates are outside every box.
	BBox     *[4]float64 `json:"bbox,omitempty"`
	Query    string      `json:"q,omitempty"`        // full-text query over the event's evidence and documents
	Document string      `json:"document,omitempty"` // only events coded from this document hash
	// Members includes report events folded into merged ones.
	Members bool `json:"members,omitempty"`
	// Order is one of EventOrders: "" (or "date") lists by start date then ID, "-date" the
	// latest first, "dead" and "-dead" by the dead counted (fewest, most), then by date and ID.
	Order string `json:"order,omitempty"`
	// After lists only the events that come after this key in Order: keyset paging, where a
	// deep page costs what the first does (Offset makes the store step over every row before).
	After  *EventKey `json:"after,omitempty"`
	Limit  int       `json:"limit,omitempty"`
	Offset int       `json:"offset,omitempty"`
}

// EventKey is an event's place in the listing orders: its start day ("" when it has none
// to list by), the dead it counts (the conservative figure, 0 when none) and its ID.
type EventKey struct {
	Date string `json:"d,omitempty"`
	Dead int    `json:"n,omitempty"`
	ID   string `json:"i"`
}

// KeyOf returns ev's EventKey, as the store lists it.
func KeyOf(ev *Event) EventKey {
	k := EventKey{ID: ev.ID}
	if ev.Date.Start != nil && ev.Date.Precision != PrecisionUnknown {
		k.Date = *ev.Date.Start
	}
	if ev.Dead != nil {
		k.Dead = ev.Dead.Value
	}
	return k
}

// EventOrders are the orders Events can list in (EventFilter.Order).
var EventOrders = []string{"date", "-date", "dead", "-dead"}

// MergeRecord is one entry of the merge history.
type MergeRecord struct {
	ID      int64     `json:"id"`
	Event   string    `json:"event"`   // the merged event
	Action  string    `json:"action"`  // MergeActionMerge or MergeActionSplit
	Members []string  `json:"members"` // the report events concerned
	By      string    `json:"by"`
	At      time.Time `json:"at"`
	Reason  string    `json:"reason"`
}

// StoredToll is a reported cumulative figure with the document that reported it.
type StoredToll struct {
	Toll
	ID       int64  `json:"id"`
	Document string `json:"document"` // hash
	DocID    string `json:"document_id"`
	URL      string `json:"url,omitempty"`
	Title    string `json:"title,omitempty"`
	// Date is the toll's as-of date, or the document's publication date when it gives none.
	Date string `json:"date"`
}

// TollFilter selects tolls. Zero fields select everything.
type TollFilter struct {
	Country string `json:"country,omitempty"`
	Admin1  string `json:"admin1,omitempty"`
	Measure string `json:"measure,omitempty"`
	From    string `json:"from,omitempty"`
	To      string `json:"to,omitempty"`
}

// TollSeries is the reported cumulative figures of one measure in one scope over time.
type TollSeries struct {
	Scope   TollScope   `json:"scope"`
	Measure string      `json:"measure"`
	Points  []TollPoint `json:"points"`
}

// TollPoint is one reported figure of a series, next to what the events add up to.
type TollPoint struct {
	Date      string     `json:"date"`
	Value     int        `json:"value"`
	Max       *int       `json:"max"`
	Qualifier string     `json:"qualifier"`
	Source    *Source    `json:"source"`
	Document  string     `json:"document"`
	DocID     string     `json:"document_id"`
	Title     string     `json:"title,omitempty"`
	URL       string     `json:"url,omitempty"`
	Evidence  []Evidence `json:"evidence"`
	// EventsSum adds up the measure's Value over the visible events in the scope that
	// started on or before Date.
	EventsSum int `json:"events_sum"`
}

// SearchHit is one full-text match.
type SearchHit struct {
	Kind     string  `json:"kind"`     // "document" or "event"
	Document string  `json:"document"` // hash
	Event    string  `json:"event,omitempty"`
	Title    string  `json:"title,omitempty"`
	Snippet  string  `json:"snippet"`
	Rank     float64 `json:"rank"` // higher is better
}

// GeoName is one row of a GeoNames dump.
type GeoName struct {
	ID             int     `json:"geonameid"`
	Name           string  `json:"name"`
	ASCIIName      string  `json:"asciiname"`
	AlternateNames string  `json:"alternatenames"` // comma-separated, as in the dump
	Lat            float64 `json:"lat"`
	Lon            float64 `json:"lon"`
	FeatureClass   string  `json:"feature_class"`
	FeatureCode    string  `json:"feature_code"`
	Country        string  `json:"country_code"` // ISO alpha-2, as in the dump
	Admin1         string  `json:"admin1_code"`
	Admin2         string  `json:"admin2_code"`
	Population     int     `json:"population"`
}

// Stats counts what a store holds.
type Stats struct {
	Documents  int `json:"documents"`
	Events     int `json:"events"`  // visible events
	Reports    int `json:"reports"` // report events
	Merged     int `json:"merged"`  // merged events
	Tolls      int `json:"tolls"`
	Statements int `json:"statements"`
	GeoNames   int `json:"geonames"`
}
