package sqlstore

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"time"

	"testigo"
	"testigo/merge"
)

// DB implements testigo.Store over a database/sql handle.
type DB struct {
	db *sql.DB
	d  Dialect
	// stmts caches prepared statements by query text: parsing SQL was most of the cost of
	// storing a document.
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// maxCachedStmts bounds the statement cache (queries with IN lists vary in length).
const maxCachedStmts = 256

// stmt returns the prepared statement for query (already rebound), or nil when it cannot be
// cached; callers then run the query text.
func (s *DB) stmt(ctx context.Context, query string) *sql.Stmt {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.stmts[query]; ok {
		return st
	}
	if len(s.stmts) >= maxCachedStmts {
		return nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil
	}
	s.stmts[query] = st
	return st
}

var _ testigo.Store = (*DB)(nil)

// Open migrates db with the migrations in dir of fsys and returns the store over it.
func Open(ctx context.Context, db *sql.DB, d Dialect, fsys fs.FS, dir string) (*DB, error) {
	if err := migrate(ctx, db, d, fsys, dir); err != nil {
		return nil, err
	}
	return &DB{db: db, d: d, stmts: map[string]*sql.Stmt{}}, nil
}

// SQL returns the underlying handle (for tests and tools that check the database itself).
func (s *DB) SQL() *sql.DB { return s.db }

// Close closes the database.
func (s *DB) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = map[string]*sql.Stmt{}
	s.mu.Unlock()
	return s.db.Close()
}

// Hash is the content hash a document is stored under: SHA-256 of its text, lowercase hex.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// clock is the time source; tests do not need to replace it, timestamps are never compared.
func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// q runs the engine's ? queries through the dialect.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// prepared returns what runs query on q: the cached statement, bound to q's transaction
// when q is one, or q itself. done releases a transaction's copy of the statement.
func (s *DB) prepared(ctx context.Context, q querier, query string) (querier, func()) {
	st := s.stmt(ctx, query)
	if st == nil {
		return rawQuerier{q, query}, func() {}
	}
	if tx, ok := q.(*sql.Tx); ok {
		ts := tx.StmtContext(ctx, st)
		return stmtQuerier{ts}, func() { ts.Close() }
	}
	return stmtQuerier{st}, func() {}
}

// rawQuerier and stmtQuerier run one query, given as text or prepared; the query argument
// of their methods is ignored.
type rawQuerier struct {
	q     querier
	query string
}

func (r rawQuerier) ExecContext(ctx context.Context, _ string, args ...any) (sql.Result, error) {
	return r.q.ExecContext(ctx, r.query, args...)
}
func (r rawQuerier) QueryContext(ctx context.Context, _ string, args ...any) (*sql.Rows, error) {
	return r.q.QueryContext(ctx, r.query, args...)
}
func (r rawQuerier) QueryRowContext(ctx context.Context, _ string, args ...any) *sql.Row {
	return r.q.QueryRowContext(ctx, r.query, args...)
}

type stmtQuerier struct{ st *sql.Stmt }

func (p stmtQuerier) ExecContext(ctx context.Context, _ string, args ...any) (sql.Result, error) {
	return p.st.ExecContext(ctx, args...)
}
func (p stmtQuerier) QueryContext(ctx context.Context, _ string, args ...any) (*sql.Rows, error) {
	return p.st.QueryContext(ctx, args...)
}
func (p stmtQuerier) QueryRowContext(ctx context.Context, _ string, args ...any) *sql.Row {
	return p.st.QueryRowContext(ctx, args...)
}

func (s *DB) exec(ctx context.Context, q querier, query string, args ...any) (sql.Result, error) {
	pq, done := s.prepared(ctx, q, s.d.Rebind(query))
	defer done()
	return pq.ExecContext(ctx, "", args...)
}

// query's rows stay valid after the transaction's statement copy is closed: database/sql
// closes that statement only once the rows are.
func (s *DB) query(ctx context.Context, q querier, query string, args ...any) (*sql.Rows, error) {
	pq, done := s.prepared(ctx, q, s.d.Rebind(query))
	defer done()
	return pq.QueryContext(ctx, "", args...)
}

func (s *DB) row(ctx context.Context, q querier, query string, args ...any) *sql.Row {
	pq, done := s.prepared(ctx, q, s.d.Rebind(query))
	defer done()
	return pq.QueryRowContext(ctx, "", args...)
}

// inTx runs fn in a write transaction holding the writers' lock.
func (s *DB) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := s.d.Lock(ctx, tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Known returns the subset of hashes already stored.
func (s *DB) Known(ctx context.Context, hashes []string) (map[string]bool, error) {
	out := map[string]bool{}
	for len(hashes) > 0 {
		n := min(len(hashes), 500)
		chunk := hashes[:n]
		hashes = hashes[n:]
		rows, err := s.query(ctx, s.db, `SELECT hash FROM documents WHERE hash IN (`+marks(len(chunk))+`)`, anys(chunk)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return nil, err
			}
			out[h] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func anys[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

// Put stores one document's extraction in one transaction and merges its events.
func (s *DB) Put(ctx context.Context, x testigo.Extraction, opt testigo.PutOptions) (testigo.PutResult, error) {
	var res testigo.PutResult
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		res, err = s.putTx(ctx, tx, x, opt)
		return err
	})
	if err != nil {
		return testigo.PutResult{}, fmt.Errorf("store %s: %w", x.Document.ID, err)
	}
	return res, nil
}

// PutBatch stores several extractions in one transaction, in order, as Put would one by
// one: fewer commits, the same result. When one of them fails the transaction is undone and
// each is stored on its own, so that only the bad one fails; errs[i] is its error.
func (s *DB) PutBatch(ctx context.Context, xs []testigo.Extraction, opt testigo.PutOptions) ([]testigo.PutResult, []error) {
	results := make([]testigo.PutResult, len(xs))
	errs := make([]error, len(xs))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for i, x := range xs {
			r, err := s.putTx(ctx, tx, x, opt)
			if err != nil {
				return err
			}
			results[i] = r
		}
		return nil
	})
	if err == nil {
		return results, errs
	}
	for i, x := range xs {
		results[i], errs[i] = s.Put(ctx, x, opt)
	}
	return results, errs
}

func (s *DB) putTx(ctx context.Context, tx *sql.Tx, x testigo.Extraction, opt testigo.PutOptions) (testigo.PutResult, error) {
	res := testigo.PutResult{Hash: Hash(x.Document.Text), Events: []string{}, Merged: []string{}}
	var n int
	if err := s.row(ctx, tx, `SELECT COUNT(*) FROM documents WHERE hash = ?`, res.Hash).Scan(&n); err != nil {
		return res, err
	}
	if n > 0 {
		res.Existing = true
		return res, nil
	}
	if err := s.insertDocument(ctx, tx, res.Hash, x); err != nil {
		return res, err
	}
	return res, s.storeCoded(ctx, tx, res.Hash, x, 0, nil, opt, &res)
}

func (s *DB) insertDocument(ctx context.Context, tx *sql.Tx, hash string, x testigo.Extraction) error {
	d := x.Document
	problems, _ := json.Marshal(nonNil(d.Problems))
	var seq int64
	if err := s.row(ctx, tx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM documents`).Scan(&seq); err != nil {
		return err
	}
	_, err := s.exec(ctx, tx, `INSERT INTO documents (hash, seq, doc_id, path, url, title, byline, published, published_source, format, language, text, problems, coder_version, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		hash, seq, d.ID, d.Path, d.URL, d.Title, d.Byline, d.Published, d.PublishedSource, d.Format, d.Language, d.Text, string(problems), x.CoderVersion, now())
	if err != nil {
		return err
	}
	return s.d.IndexTexts(ctx, tx, []TextRow{{Kind: "document", Ref: hash, Doc: hash, Title: d.Title, Body: d.Text}})
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// storeCoded writes the events, tolls and statements of x for the stored document hash,
// numbering new events from first, then merges them. prefer lists merged events to try
// first for each new event (reprocess keeps the merges that still hold).
func (s *DB) storeCoded(ctx context.Context, tx *sql.Tx, hash string, x testigo.Extraction, first int, prefer []string, opt testigo.PutOptions, res *testigo.PutResult) error {
	created := now()
	var fresh []testigo.Event
	for i, ev := range x.Events {
		ev.ID = fmt.Sprintf("%s-%d", hash[:16], first+i)
		fresh = append(fresh, ev)
		res.Events = append(res.Events, ev.ID)
	}
	// All of the document's events go in a few statements: round trips are most of the cost
	// on a server. Merging below never looks at events of the same document.
	for i := 0; i < len(fresh); i += eventsPerInsert {
		chunk := fresh[i:min(len(fresh), i+eventsPerInsert)]
		if err := s.insertEvents(ctx, tx, chunk, testigo.EventReport, hash, first+i, x.CoderVersion, created); err != nil {
			return err
		}
	}
	for i, tl := range x.Tolls {
		if tl.Scope.Country == "" {
			tl.Scope.Country = mainCountry(x.Events)
		}
		date := x.Document.Published
		if tl.AsOf != nil && *tl.AsOf != "" {
			date = *tl.AsOf
		}
		data, _ := json.Marshal(tl)
		if _, err := s.exec(ctx, tx, `INSERT INTO tolls (document_hash, ordinal, measure, value, date, country, admin1, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			hash, i, tl.Measure, tl.Value, date, tl.Scope.Country, tl.Scope.Admin1, string(data)); err != nil {
			return err
		}
		res.Tolls++
	}
	for i, st := range x.Statements {
		data, _ := json.Marshal(st)
		if _, err := s.exec(ctx, tx, `INSERT INTO statements (document_hash, ordinal, data) VALUES (?, ?, ?)`, hash, i, string(data)); err != nil {
			return err
		}
	}
	if opt.NoMerge {
		return nil
	}
	used := map[string]bool{}
	by := opt.By
	if by == "" {
		by = "testigo ingest"
	}
	for _, ev := range fresh {
		id, err := s.mergeNew(ctx, tx, hash, ev, prefer, used, by)
		if err != nil {
			return err
		}
		if id != "" {
			used[id] = true
			res.Merged = append(res.Merged, id)
		}
	}
	return nil
}

// mainCountry is the country most of the events happened in: the scope of a toll that
// names none.
func mainCountry(evs []testigo.Event) string {
	n := map[string]int{}
	best := ""
	for _, e := range evs {
		if e.Place == nil || e.Place.Country == "" {
			continue
		}
		n[e.Place.Country]++
		if c := e.Place.Country; n[c] > n[best] || (n[c] == n[best] && c < best) {
			best = c
		}
	}
	return best
}

// eventsPerInsert is how many events one INSERT carries (24 parameters each).
const eventsPerInsert = 40

func (s *DB) insertEvent(ctx context.Context, tx *sql.Tx, ev testigo.Event, kind, hash string, ordinal int, version, created string) error {
	return s.insertEvents(ctx, tx, []testigo.Event{ev}, kind, hash, ordinal, version, created)
}

// insertEvents inserts evs (numbered from ordinal) in one statement, and indexes the
// evidence of report events in another.
func (s *DB) insertEvents(ctx context.Context, tx *sql.Tx, evs []testigo.Event, kind, hash string, ordinal int, version, created string) error {
	if len(evs) == 0 {
		return nil
	}
	var doc any
	if hash != "" {
		doc = hash
	}
	var values []string
	var args []any
	var texts []TextRow
	for i, ev := range evs {
		c := columnsOf(ev)
		data, _ := json.Marshal(ev)
		values = append(values, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
		args = append(args, ev.ID, kind, doc, ordinal+i, ev.Type, c.start, c.end, ev.Date.Precision, c.longSpan, c.country, c.admin1, c.place,
			c.dead, c.injured, c.arrested, c.size, c.actors, c.mode, c.acled, c.lat, c.lon, version, created, string(data))
		if kind == testigo.EventReport {
			texts = append(texts, TextRow{Kind: "event", Ref: ev.ID, Doc: hash, Body: evidenceText(ev)})
		}
	}
	_, err := tx.ExecContext(ctx, s.d.Rebind(`INSERT INTO events (id, kind, document_hash, ordinal, type, date_start, date_end, precision, long_span, country, admin1, place, dead, injured, arrested, size, actors, mode, acled_type, lat, lon, coder_version, edited, created_at, data)
		VALUES `+strings.Join(values, ", ")), args...)
	if err != nil {
		return err
	}
	return s.d.IndexTexts(ctx, tx, texts)
}

func evidenceText(ev testigo.Event) string {
	var b strings.Builder
	for i, e := range ev.Evidence {
		if i > 0 {
			b.WriteString(" … ")
		}
		b.WriteString(e.Text)
	}
	return b.String()
}

// columns are an event's fields the engine filters on.
type columns struct {
	start, end, country, admin1, place, actors, mode, acled string
	dead, injured, arrested, size, longSpan                 int
	lat, lon                                                any // float64, or nil without coordinates
}

// spanClasses are the longest date range, in days past the start, of the events stored with
// long_span 0, 1, 2, 3: a day, a week, a month, a year (merge.MaxSpanDays).
var spanClasses = []int{1, 8, 31, merge.MaxSpanDays}

// spanClass is the long_span of an event dated start..end (YYYY-MM-DD).
func spanClass(start, end string) int {
	for class, days := range spanClasses {
		if end <= addDays(start, days) {
			return class
		}
	}
	return len(spanClasses) - 1
}

func addDays(day string, n int) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

func columnsOf(ev testigo.Event) columns {
	var c columns
	if ev.Date.Start != nil && ev.Date.Precision != testigo.PrecisionUnknown {
		c.start = *ev.Date.Start
		c.end = c.start
		if ev.Date.End != nil && *ev.Date.End != "" {
			c.end = *ev.Date.End
		}
	}
	if c.start != "" {
		c.longSpan = spanClass(c.start, c.end)
	}
	if p := ev.Place; p != nil {
		c.country, c.admin1, c.place = p.Country, p.Admin1, p.Name
		if p.Lat != 0 || p.Lon != 0 {
			c.lat, c.lon = p.Lat, p.Lon
		}
	}
	if ev.Mode != nil {
		c.mode = *ev.Mode
	}
	if ev.ACLED != nil {
		c.acled = ev.ACLED.EventType
	}
	val := func(n *testigo.Count) int {
		if n == nil {
			return 0
		}
		return n.Value
	}
	c.dead, c.injured, c.arrested, c.size = val(ev.Dead), val(ev.Injured), val(ev.Arrested), val(ev.Size)
	var names []string
	for _, e := range append(append([]testigo.Entity{}, ev.Actor...), ev.Recipient...) {
		names = append(names, strings.ToLower(e.Name))
	}
	c.actors = strings.Join(names, "\n")
	return c
}

// storedRow is one events row as read.
type storedRow struct {
	id, kind, doc, mergedInto, version, created string
	edited                                      bool
	ev                                          testigo.Event
}

const eventCols = `id, kind, COALESCE(document_hash, ''), COALESCE(merged_into, ''), coder_version, edited, created_at, data`

func scanEvent(sc interface{ Scan(...any) error }) (storedRow, error) {
	var r storedRow
	var edited int
	var data string
	if err := sc.Scan(&r.id, &r.kind, &r.doc, &r.mergedInto, &r.version, &edited, &r.created, &data); err != nil {
		return r, err
	}
	r.edited = edited != 0
	if err := json.Unmarshal([]byte(data), &r.ev); err != nil {
		return r, fmt.Errorf("event %s: %w", r.id, err)
	}
	r.ev.ID = r.id
	return r, nil
}

func (s *DB) eventRows(ctx context.Context, q querier, where string, args ...any) ([]storedRow, error) {
	rows, err := s.query(ctx, q, `SELECT `+eventCols+` FROM events WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedRow
	for rows.Next() {
		r, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// mergeNew merges the new report ev of document hash into the first visible event it matches
// (not one from the same document, nor one another event of it joined), and returns the
// merged event's ID, or "" when it matched none.
func (s *DB) mergeNew(ctx context.Context, tx *sql.Tx, hash string, ev testigo.Event, prefer []string, used map[string]bool, by string) (string, error) {
	c := columnsOf(ev)
	from, to, ok := merge.Window(ev)
	if !ok || ev.Place == nil || ev.Negated || ev.Hypothetical {
		return "", nil
	}
	var cands []storedRow
	for _, id := range prefer {
		if used[id] {
			continue
		}
		rs, err := s.eventRows(ctx, tx, `id = ? AND merged_into IS NULL`, id)
		if err != nil {
			return "", err
		}
		cands = append(cands, rs...)
	}
	// Candidates overlap [from, to]. Each class of events by the length of their dates is
	// looked up apart: a one-day event starts at most a day before from, a month at most 31
	// days, so each lookup scans a short stretch of the (type, long_span, date_start) index.
	const cond = `type = ? AND long_span = ? AND date_start >= ? AND date_start <= ? AND date_end >= ? AND merged_into IS NULL
		AND (country = ? OR country = '' OR ? = '') AND (document_hash IS NULL OR document_hash <> ?)`
	var args []any
	var query []string
	for class, days := range spanClasses {
		args = append(args, ev.Type, class, addDays(from, -days), to, from, c.country, c.country, hash)
		query = append(query, cond)
	}
	rs, err := s.eventRows(ctx, tx, strings.Join(query, ` UNION ALL SELECT `+eventCols+` FROM events WHERE `), args...)
	if err != nil {
		return "", err
	}
	// The earliest candidate wins, whatever order the database returned them in.
	sort.Slice(rs, func(i, j int) bool {
		si, sj := columnsOf(rs[i].ev).start, columnsOf(rs[j].ev).start
		if si != sj {
			return si < sj
		}
		return rs[i].id < rs[j].id
	})
	cands = append(cands, rs...)
	for _, cand := range cands {
		if used[cand.id] || cand.doc == hash {
			continue
		}
		ok, why := merge.Match(cand.ev, ev)
		if !ok {
			continue
		}
		if cand.kind == testigo.EventMerged {
			var same int
			if err := s.row(ctx, tx, `SELECT COUNT(*) FROM events WHERE merged_into = ? AND document_hash = ?`, cand.id, hash).Scan(&same); err != nil {
				return "", err
			}
			if same > 0 {
				continue
			}
			if _, err := s.exec(ctx, tx, `UPDATE events SET merged_into = ? WHERE id = ?`, cand.id, ev.ID); err != nil {
				return "", err
			}
			if err := s.recombine(ctx, tx, cand.id); err != nil {
				return "", err
			}
			return cand.id, s.record(ctx, tx, cand.id, testigo.MergeActionMerge, []string{ev.ID}, by, why)
		}
		id, err := s.makeMerged(ctx, tx, []string{cand.id, ev.ID})
		if err != nil {
			return "", err
		}
		return id, s.record(ctx, tx, id, testigo.MergeActionMerge, []string{cand.id, ev.ID}, by, why)
	}
	return "", nil
}

// makeMerged creates a merged event standing for the report events ids.
func (s *DB) makeMerged(ctx context.Context, tx *sql.Tx, ids []string) (string, error) {
	sorted := append([]string{}, ids...)
	sort.Strings(sorted)
	sum := sha256.Sum256([]byte(strings.Join(sorted, "\n")))
	id := "m-" + hex.EncodeToString(sum[:8])
	// A split and re-merge of the same members gets the same ID; make room for it.
	for n := 2; ; n++ {
		var k int
		if err := s.row(ctx, tx, `SELECT COUNT(*) FROM events WHERE id = ?`, id).Scan(&k); err != nil {
			return "", err
		}
		if k == 0 {
			break
		}
		id = fmt.Sprintf("m-%s-%d", hex.EncodeToString(sum[:8]), n)
	}
	if err := s.insertEvent(ctx, tx, testigo.Event{ID: id, Type: "MERGED"}, testigo.EventMerged, "", 0, "", now()); err != nil {
		return "", err
	}
	if _, err := s.exec(ctx, tx, `UPDATE events SET merged_into = ? WHERE id IN (`+marks(len(ids))+`)`, append([]any{id}, anys(ids)...)...); err != nil {
		return "", err
	}
	return id, s.recombine(ctx, tx, id)
}

// memberRows returns the reports of merged event id with their documents' publication dates.
func (s *DB) memberRows(ctx context.Context, q querier, id string) ([]storedRow, error) {
	return s.eventRows(ctx, q, `merged_into = ? ORDER BY id`, id)
}

// recombine recomputes merged event id from its members, unless a human edited it.
func (s *DB) recombine(ctx context.Context, tx *sql.Tx, id string) error {
	var edited int
	if err := s.row(ctx, tx, `SELECT edited FROM events WHERE id = ?`, id).Scan(&edited); err != nil {
		return err
	}
	rows, err := s.query(ctx, tx, `SELECT e.id, e.data, e.coder_version, d.doc_id, d.published FROM events e JOIN documents d ON d.hash = e.document_hash WHERE e.merged_into = ?`, id)
	if err != nil {
		return err
	}
	type mem struct {
		m         merge.Member
		published string
	}
	var mems []mem
	var version string
	var versions []string
	for rows.Next() {
		var eid, data, v, docID, pub string
		if err := rows.Scan(&eid, &data, &v, &docID, &pub); err != nil {
			rows.Close()
			return err
		}
		var ev testigo.Event
		if err := json.Unmarshal([]byte(data), &ev); err != nil {
			rows.Close()
			return fmt.Errorf("event %s: %w", eid, err)
		}
		ev.ID = eid
		mems = append(mems, mem{merge.Member{Event: ev, Source: docID}, pub})
		versions = append(versions, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if edited != 0 {
		return nil
	}
	members := make([]merge.Member, len(mems))
	pubOf := map[string]string{}
	for i, m := range mems {
		members[i] = m.m
		pubOf[m.m.Event.ID] = m.published
	}
	merge.Order(members, func(m merge.Member) string { return pubOf[m.Event.ID] })
	ev := merge.Combine(members)
	ev.ID = id
	// The merged event is as old as its oldest coder: reprocess must look at it.
	sort.Strings(versions)
	if len(versions) > 0 {
		version = versions[0]
	}
	return s.updateEventData(ctx, tx, ev, version, false)
}

func (s *DB) updateEventData(ctx context.Context, tx *sql.Tx, ev testigo.Event, version string, edited bool) error {
	c := columnsOf(ev)
	data, _ := json.Marshal(ev)
	ed := 0
	if edited {
		ed = 1
	}
	_, err := s.exec(ctx, tx, `UPDATE events SET type = ?, date_start = ?, date_end = ?, precision = ?, long_span = ?, country = ?, admin1 = ?, place = ?, dead = ?, injured = ?, arrested = ?, size = ?, actors = ?, mode = ?, acled_type = ?, lat = ?, lon = ?, coder_version = ?, edited = CASE WHEN edited = 1 THEN 1 ELSE ? END, data = ? WHERE id = ?`,
		ev.Type, c.start, c.end, ev.Date.Precision, c.longSpan, c.country, c.admin1, c.place, c.dead, c.injured, c.arrested, c.size, c.actors, c.mode, c.acled, c.lat, c.lon, version, ed, string(data), ev.ID)
	return err
}

func (s *DB) record(ctx context.Context, tx *sql.Tx, event, action string, members []string, by, reason string) error {
	m, _ := json.Marshal(members)
	_, err := s.exec(ctx, tx, `INSERT INTO merges (event_id, action, members, by_whom, at, reason) VALUES (?, ?, ?, ?, ?, ?)`, event, action, string(m), by, now(), reason)
	return err
}

// Replace re-stores the extraction of a stored document (reprocess).
func (s *DB) Replace(ctx context.Context, x testigo.Extraction, opt testigo.PutOptions) (testigo.PutResult, error) {
	res := testigo.PutResult{Hash: Hash(x.Document.Text), Events: []string{}, Merged: []string{}}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := s.row(ctx, tx, `SELECT COUNT(*) FROM documents WHERE hash = ?`, res.Hash).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			if err := s.insertDocument(ctx, tx, res.Hash, x); err != nil {
				return err
			}
			return s.storeCoded(ctx, tx, res.Hash, x, 0, nil, opt, &res)
		}
		old, err := s.eventRows(ctx, tx, `document_hash = ? ORDER BY ordinal`, res.Hash)
		if err != nil {
			return err
		}
		first := 0
		var prefer []string
		for _, r := range old {
			var ord int
			fmt.Sscanf(r.id[strings.LastIndexByte(r.id, '-')+1:], "%d", &ord)
			if ord >= first {
				first = ord + 1
			}
			if r.edited {
				res.Kept++
				continue
			}
			if r.mergedInto != "" {
				prefer = append(prefer, r.mergedInto)
			}
			if _, err := s.exec(ctx, tx, `DELETE FROM search WHERE ref = ?`, r.id); err != nil {
				return err
			}
			if _, err := s.exec(ctx, tx, `DELETE FROM events WHERE id = ?`, r.id); err != nil {
				return err
			}
		}
		if _, err := s.exec(ctx, tx, `DELETE FROM tolls WHERE document_hash = ?`, res.Hash); err != nil {
			return err
		}
		if _, err := s.exec(ctx, tx, `DELETE FROM statements WHERE document_hash = ?`, res.Hash); err != nil {
			return err
		}
		if _, err := s.exec(ctx, tx, `UPDATE documents SET coder_version = ? WHERE hash = ?`, x.CoderVersion, res.Hash); err != nil {
			return err
		}
		// The merges the old events were in now lack them: recompute them so the new events
		// are matched against what the other sources said, try them first, and undo those
		// left with a single member.
		by := opt.By
		if by == "" {
			by = "testigo reprocess"
		}
		var keep []string
		for _, id := range prefer {
			var k int
			if err := s.row(ctx, tx, `SELECT COUNT(*) FROM events WHERE merged_into = ?`, id).Scan(&k); err != nil {
				return err
			}
			if k > 0 {
				if err := s.recombine(ctx, tx, id); err != nil {
					return err
				}
				keep = append(keep, id)
			}
		}
		opt.By = by
		if err := s.storeCoded(ctx, tx, res.Hash, x, first, keep, opt, &res); err != nil {
			return err
		}
		for _, id := range prefer {
			if _, err := s.settle(ctx, tx, id, by); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return testigo.PutResult{}, fmt.Errorf("reprocess %s: %w", x.Document.ID, err)
	}
	return res, nil
}

// settle recomputes merged event id after members left it, or undoes it when fewer than two
// remain; it reports whether the merged event still exists.
func (s *DB) settle(ctx context.Context, tx *sql.Tx, id, by string) (bool, error) {
	var n int
	if err := s.row(ctx, tx, `SELECT COUNT(*) FROM events WHERE id = ?`, id).Scan(&n); err != nil || n == 0 {
		return false, err
	}
	members, err := s.memberRows(ctx, tx, id)
	if err != nil {
		return false, err
	}
	if len(members) >= 2 {
		return true, s.recombine(ctx, tx, id)
	}
	ids := []string{}
	for _, m := range members {
		ids = append(ids, m.id)
	}
	if _, err := s.exec(ctx, tx, `UPDATE events SET merged_into = NULL WHERE merged_into = ?`, id); err != nil {
		return false, err
	}
	if _, err := s.exec(ctx, tx, `DELETE FROM events WHERE id = ?`, id); err != nil {
		return false, err
	}
	return false, s.record(ctx, tx, id, testigo.MergeActionSplit, ids, by, "fewer than two reports left after re-extraction")
}

// Merge merges visible events by hand.
func (s *DB) Merge(ctx context.Context, ids []string, by, reason string) (testigo.StoredEvent, error) {
	if len(ids) < 2 {
		return testigo.StoredEvent{}, fmt.Errorf("merge: need at least two events, got %d", len(ids))
	}
	var id string
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var reports []string
		seen := map[string]bool{}
		for _, eid := range ids {
			if seen[eid] {
				continue
			}
			seen[eid] = true
			rs, err := s.eventRows(ctx, tx, `id = ?`, eid)
			if err != nil {
				return err
			}
			if len(rs) == 0 {
				return fmt.Errorf("merge: event %s: %w", eid, testigo.ErrNotFound)
			}
			r := rs[0]
			if r.mergedInto != "" {
				return fmt.Errorf("merge: event %s is already part of %s; merge that one", eid, r.mergedInto)
			}
			if r.kind == testigo.EventReport {
				reports = append(reports, r.id)
				continue
			}
			members, err := s.memberRows(ctx, tx, r.id)
			if err != nil {
				return err
			}
			for _, m := range members {
				reports = append(reports, m.id)
			}
			if _, err := s.exec(ctx, tx, `UPDATE events SET merged_into = NULL WHERE merged_into = ?`, r.id); err != nil {
				return err
			}
			if _, err := s.exec(ctx, tx, `DELETE FROM events WHERE id = ?`, r.id); err != nil {
				return err
			}
			if err := s.record(ctx, tx, r.id, testigo.MergeActionSplit, memberIDs(members), by, "merged into a larger event by hand"); err != nil {
				return err
			}
		}
		var err error
		if id, err = s.makeMerged(ctx, tx, reports); err != nil {
			return err
		}
		if reason == "" {
			reason = "merged by hand"
		}
		return s.record(ctx, tx, id, testigo.MergeActionMerge, reports, by, reason)
	})
	if err != nil {
		return testigo.StoredEvent{}, err
	}
	return s.Event(ctx, id)
}

func memberIDs(rs []storedRow) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, r.id)
	}
	return out
}

// Split undoes merged event id.
func (s *DB) Split(ctx context.Context, id, by, reason string) ([]testigo.StoredEvent, error) {
	var members []string
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		rs, err := s.eventRows(ctx, tx, `id = ?`, id)
		if err != nil {
			return err
		}
		if len(rs) == 0 {
			return fmt.Errorf("split %s: %w", id, testigo.ErrNotFound)
		}
		if rs[0].kind != testigo.EventMerged {
			return fmt.Errorf("split %s: not a merged event", id)
		}
		ms, err := s.memberRows(ctx, tx, id)
		if err != nil {
			return err
		}
		members = memberIDs(ms)
		if _, err := s.exec(ctx, tx, `UPDATE events SET merged_into = NULL WHERE merged_into = ?`, id); err != nil {
			return err
		}
		if _, err := s.exec(ctx, tx, `DELETE FROM events WHERE id = ?`, id); err != nil {
			return err
		}
		if reason == "" {
			reason = "split by hand"
		}
		return s.record(ctx, tx, id, testigo.MergeActionSplit, members, by, reason)
	})
	if err != nil {
		return nil, err
	}
	var out []testigo.StoredEvent
	for _, m := range members {
		e, err := s.Event(ctx, m)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// Merges returns the merge history.
func (s *DB) Merges(ctx context.Context, eventID string) ([]testigo.MergeRecord, error) {
	where, args := "1 = 1", []any{}
	if eventID != "" {
		b, _ := json.Marshal(eventID)
		where, args = `event_id = ? OR members LIKE ?`, []any{eventID, "%" + string(b) + "%"}
	}
	rows, err := s.query(ctx, s.db, `SELECT id, event_id, action, members, by_whom, at, reason FROM merges WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []testigo.MergeRecord{}
	for rows.Next() {
		var m testigo.MergeRecord
		var members, at string
		if err := rows.Scan(&m.ID, &m.Event, &m.Action, &members, &m.By, &at, &m.Reason); err != nil {
			return nil, err
		}
		json.Unmarshal([]byte(members), &m.Members)
		m.At = parseTime(at)
		out = append(out, m)
	}
	return out, rows.Err()
}

// UpdateEvent stores a human's edit of an event.
func (s *DB) UpdateEvent(ctx context.Context, ev testigo.Event, by string) (testigo.StoredEvent, error) {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		rs, err := s.eventRows(ctx, tx, `id = ?`, ev.ID)
		if err != nil {
			return err
		}
		if len(rs) == 0 {
			return fmt.Errorf("update event %s: %w", ev.ID, testigo.ErrNotFound)
		}
		if err := s.updateEventData(ctx, tx, ev, rs[0].version, true); err != nil {
			return err
		}
		if rs[0].kind == testigo.EventReport {
			if _, err := s.exec(ctx, tx, `DELETE FROM search WHERE ref = ?`, ev.ID); err != nil {
				return err
			}
			if err := s.d.IndexTexts(ctx, tx, []TextRow{{Kind: "event", Ref: ev.ID, Doc: rs[0].doc, Body: evidenceText(ev)}}); err != nil {
				return err
			}
		}
		if rs[0].mergedInto != "" {
			return s.recombine(ctx, tx, rs[0].mergedInto)
		}
		return nil
	})
	if err != nil {
		return testigo.StoredEvent{}, err
	}
	return s.Event(ctx, ev.ID)
}

// Event returns one event by ID.
func (s *DB) Event(ctx context.Context, id string) (testigo.StoredEvent, error) {
	rs, err := s.eventRows(ctx, s.db, `id = ?`, id)
	if err != nil {
		return testigo.StoredEvent{}, err
	}
	if len(rs) == 0 {
		return testigo.StoredEvent{}, fmt.Errorf("event %s: %w", id, testigo.ErrNotFound)
	}
	out, err := s.complete(ctx, rs)
	if err != nil {
		return testigo.StoredEvent{}, err
	}
	return out[0], nil
}

// Events lists events matching f.
func (s *DB) Events(ctx context.Context, f testigo.EventFilter) ([]testigo.StoredEvent, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if f.Document != "" {
		add(`document_hash = ?`, f.Document)
	} else if !f.Members {
		add(`merged_into IS NULL`)
	}
	if f.From != "" {
		add(`date_end <> '' AND date_end >= ?`, f.From)
		// date_end >= From bounds nothing in the listing's index (date_start, id); a bound
		// on date_start derived from the stored spans lets the scan start near From.
		low, err := s.earliestStartEndingFrom(ctx, f.From)
		if err != nil {
			return nil, err
		}
		add(`date_start >= ?`, low)
	}
	if f.To != "" {
		add(`date_start <> '' AND date_start <= ?`, f.To)
	}
	if f.Country != "" {
		add(`country = ?`, strings.ToUpper(f.Country))
	}
	if f.Admin1 != "" {
		add(`LOWER(admin1) = ?`, strings.ToLower(f.Admin1))
	}
	if f.Type != "" {
		add(`type = ?`, strings.ToUpper(f.Type))
	}
	if f.Actor != "" {
		add(`actors LIKE ? ESCAPE '!'`, "%"+likeEscaper.Replace(strings.ToLower(f.Actor))+"%")
	}
	if f.MinDead > 0 {
		add(`dead >= ?`, f.MinDead)
	}
	if f.Mode != "" {
		add(`mode = ?`, f.Mode)
	}
	if f.ACLED != "" {
		add(`LOWER(acled_type) = ?`, strings.ToLower(f.ACLED))
	}
	if b := f.BBox; b != nil {
		west, south, east, north := b[0], b[1], b[2], b[3]
		add(`lat IS NOT NULL AND lat >= ? AND lat <= ?`, south, north)
		if west <= east {
			add(`lon >= ? AND lon <= ?`, west, east)
		} else { // the box crosses the antimeridian
			add(`(lon >= ? OR lon <= ?)`, west, east)
		}
	}
	if f.Query != "" {
		ids, err := s.matchingEvents(ctx, f.Query)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			return []testigo.StoredEvent{}, nil
		}
		add(`id IN (`+marks(len(ids))+`)`, anys(ids)...)
	}
	if k := f.After; k != nil {
		switch f.Order {
		// Row values and a plain bound on the leading column let both engines start the
		// index range scan at the key instead of filtering from the first row.
		case "", "date":
			add(`(date_start, id) > (?, ?)`, k.Date, k.ID)
		case "-date":
			add(`(date_start, id) < (?, ?)`, k.Date, k.ID)
		case "dead":
			add(`dead >= ? AND (dead > ? OR (date_start, id) > (?, ?))`, k.Dead, k.Dead, k.Date, k.ID)
		case "-dead":
			add(`dead <= ? AND (dead < ? OR (date_start, id) > (?, ?))`, k.Dead, k.Dead, k.Date, k.ID)
		}
	}
	if len(where) == 0 {
		where = []string{"1 = 1"}
	}
	orders := map[string]string{"": "date_start, id", "date": "date_start, id", "-date": "date_start DESC, id DESC",
		"dead": "dead, date_start, id", "-dead": "dead DESC, date_start, id"}
	order, ok := orders[f.Order]
	if !ok {
		return nil, fmt.Errorf("events: order %q is not one of %s", f.Order, strings.Join(testigo.EventOrders, ", "))
	}
	q := strings.Join(where, " AND ") + ` ORDER BY ` + order
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	if f.Offset > 0 {
		if f.Limit <= 0 {
			q += " LIMIT -1"
			if s.d.Name() == "postgres" {
				q = strings.TrimSuffix(q, " LIMIT -1") + " LIMIT ALL"
			}
		}
		q += fmt.Sprintf(" OFFSET %d", f.Offset)
	}
	rs, err := s.eventRows(ctx, s.db, q, args...)
	if err != nil {
		return nil, err
	}
	return s.complete(ctx, rs)
}

// earliestStartEndingFrom returns a day on or before the start of every event that ends on
// or after from. An event of span class c < 3 starts at most spanClasses[c] days before its
// end; the longest class has no upper bound, so its earliest start is looked up (index
// events_span_end covers the query: a short range scan over the long events only).
func (s *DB) earliestStartEndingFrom(ctx context.Context, from string) (string, error) {
	low := addDays(from, -spanClasses[len(spanClasses)-2])
	var longest sql.NullString
	if err := s.row(ctx, s.db, `SELECT MIN(date_start) FROM events WHERE long_span = ? AND date_end >= ? AND date_start <> ''`,
		len(spanClasses)-1, from).Scan(&longest); err != nil {
		return "", fmt.Errorf("events from %s: %w", from, err)
	}
	if longest.Valid && longest.String < low {
		low = longest.String
	}
	return low, nil
}

// likeEscaper makes a user's text literal in a LIKE pattern (ESCAPE '!').
var likeEscaper = strings.NewReplacer("!", "!!", "%", "!%", "_", "!_")

// matchingEvents returns the visible events whose evidence matches a full-text query. A
// document hit alone does not select its events: an article names far more than each event.
func (s *DB) matchingEvents(ctx context.Context, q string) ([]string, error) {
	hits, err := s.d.Search(ctx, s.db, q, 10000)
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	var events []string
	for _, h := range hits {
		if h.Kind == "event" {
			events = append(events, h.Ref)
		}
	}
	for _, batch := range []struct {
		col string
		ids []string
	}{{"id", events}} {
		for len(batch.ids) > 0 {
			n := min(len(batch.ids), 500)
			chunk := batch.ids[:n]
			batch.ids = batch.ids[n:]
			rows, err := s.query(ctx, s.db, `SELECT COALESCE(merged_into, id) FROM events WHERE `+batch.col+` IN (`+marks(n)+`)`, anys(chunk)...)
			if err != nil {
				return nil, err
			}
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return nil, err
				}
				set[id] = true
			}
			rows.Close()
		}
	}
	out := make([]string, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	sort.Strings(out)
	return out, nil
}

// complete turns rows into StoredEvents with their sources and members.
func (s *DB) complete(ctx context.Context, rs []storedRow) ([]testigo.StoredEvent, error) {
	out := make([]testigo.StoredEvent, 0, len(rs))
	var merged []string
	for _, r := range rs {
		if r.kind == testigo.EventMerged {
			merged = append(merged, r.id)
		}
	}
	members := map[string][]storedRow{}
	for len(merged) > 0 {
		n := min(len(merged), 500)
		chunk := merged[:n]
		merged = merged[n:]
		ms, err := s.eventRows(ctx, s.db, `merged_into IN (`+marks(n)+`) ORDER BY id`, anys(chunk)...)
		if err != nil {
			return nil, err
		}
		for _, m := range ms {
			members[m.mergedInto] = append(members[m.mergedInto], m)
		}
	}
	// The sources' documents, read in one query per 500 (metadata only, no text).
	var hashes []string
	seen := map[string]bool{}
	need := func(r storedRow) {
		if r.doc != "" && !seen[r.doc] {
			seen[r.doc] = true
			hashes = append(hashes, r.doc)
		}
	}
	for _, r := range rs {
		need(r)
		for _, m := range members[r.id] {
			need(m)
		}
	}
	docs, err := s.sourceDocuments(ctx, hashes)
	if err != nil {
		return nil, err
	}
	source := func(r storedRow) (testigo.EventSource, error) {
		d, ok := docs[r.doc]
		if !ok {
			return testigo.EventSource{}, fmt.Errorf("event %s: document %s: %w", r.id, r.doc, testigo.ErrNotFound)
		}
		return testigo.EventSource{Event: r.id, Document: r.doc, ID: d.ID, URL: d.URL, Title: d.Title, Published: d.Published, Evidence: nonNil(r.ev.Evidence)}, nil
	}
	for _, r := range rs {
		se := testigo.StoredEvent{Event: r.ev, Kind: r.kind, Document: r.doc, MergedInto: r.mergedInto, CoderVersion: r.version, Edited: r.edited, CreatedAt: parseTime(r.created), Sources: []testigo.EventSource{}}
		if r.kind == testigo.EventMerged {
			ms := members[r.id]
			pub := map[string]string{}
			for _, m := range ms {
				src, err := source(m)
				if err != nil {
					return nil, err
				}
				pub[m.id] = src.Published
				se.Sources = append(se.Sources, src)
				se.Members = append(se.Members, m.id)
			}
			sort.SliceStable(se.Sources, func(i, j int) bool {
				a, b := se.Sources[i], se.Sources[j]
				if a.Published != b.Published {
					return a.Published < b.Published
				}
				return a.Event < b.Event
			})
		} else if r.doc != "" {
			src, err := source(r)
			if err != nil {
				return nil, err
			}
			se.Sources = append(se.Sources, src)
		}
		out = append(out, se)
	}
	return out, nil
}

// sourceDocuments reads what an event's sources say of their documents, by hash.
func (s *DB) sourceDocuments(ctx context.Context, hashes []string) (map[string]testigo.Document, error) {
	docs := make(map[string]testigo.Document, len(hashes))
	for len(hashes) > 0 {
		n := min(len(hashes), 500)
		chunk := hashes[:n]
		hashes = hashes[n:]
		rows, err := s.query(ctx, s.db, `SELECT hash, doc_id, url, title, published FROM documents WHERE hash IN (`+marks(n)+`)`, anys(chunk)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var hash string
			var d testigo.Document
			if err := rows.Scan(&hash, &d.ID, &d.URL, &d.Title, &d.Published); err != nil {
				rows.Close()
				return nil, err
			}
			docs[hash] = d
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return docs, nil
}

const documentCols = `hash, doc_id, path, url, title, byline, published, published_source, format, language, text, problems, coder_version, ingested_at, (SELECT COUNT(*) FROM events e WHERE e.document_hash = documents.hash)`

func scanDocument(sc interface{ Scan(...any) error }) (testigo.StoredDocument, error) {
	var d testigo.StoredDocument
	var problems, at string
	err := sc.Scan(&d.Hash, &d.ID, &d.Path, &d.URL, &d.Title, &d.Byline, &d.Published, &d.PublishedSource, &d.Format, &d.Language, &d.Text, &problems, &d.CoderVersion, &at, &d.Events)
	if err != nil {
		return d, err
	}
	json.Unmarshal([]byte(problems), &d.Problems)
	if len(d.Problems) == 0 {
		d.Problems = nil
	}
	d.IngestedAt = parseTime(at)
	return d, nil
}

func (s *DB) documentBy(ctx context.Context, where string, args ...any) (testigo.StoredDocument, error) {
	d, err := scanDocument(s.row(ctx, s.db, `SELECT `+documentCols+` FROM documents WHERE `+where+` ORDER BY seq LIMIT 1`, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return d, testigo.ErrNotFound
	}
	return d, err
}

// Document returns a stored document by hash or by ID.
func (s *DB) Document(ctx context.Context, key string) (testigo.StoredDocument, error) {
	d, err := s.documentBy(ctx, `hash = ?`, key)
	if errors.Is(err, testigo.ErrNotFound) {
		d, err = s.documentBy(ctx, `doc_id = ?`, key)
	}
	if err != nil {
		return d, fmt.Errorf("document %s: %w", key, err)
	}
	return d, nil
}

// Documents lists stored documents, oldest first.
func (s *DB) Documents(ctx context.Context, f testigo.DocumentFilter) ([]testigo.StoredDocument, error) {
	return s.documents(ctx, `1 = 1`, nil, f.Limit, f.Offset)
}

func (s *DB) documents(ctx context.Context, where string, args []any, limit, offset int) ([]testigo.StoredDocument, error) {
	q := `SELECT ` + documentCols + ` FROM documents WHERE ` + where + ` ORDER BY seq`
	if limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", limit)
		if offset > 0 {
			q += fmt.Sprintf(" OFFSET %d", offset)
		}
	}
	rows, err := s.query(ctx, s.db, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []testigo.StoredDocument{}
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	if limit <= 0 && offset > 0 {
		out = out[min(offset, len(out)):]
	}
	return out, rows.Err()
}

// Stale lists documents coded by another coder version.
func (s *DB) Stale(ctx context.Context, version string, limit int) ([]testigo.StoredDocument, error) {
	return s.documents(ctx, `coder_version <> ?`, []any{version}, limit, 0)
}

// Tolls lists the cumulative figures reported.
func (s *DB) Tolls(ctx context.Context, f testigo.TollFilter) ([]testigo.StoredToll, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	add(`1 = 1`)
	if f.Country != "" {
		add(`t.country = ?`, strings.ToUpper(f.Country))
	}
	if f.Admin1 != "" {
		add(`LOWER(t.admin1) = ?`, strings.ToLower(f.Admin1))
	}
	if f.Measure != "" {
		add(`t.measure = ?`, strings.ToLower(f.Measure))
	}
	if f.From != "" {
		add(`t.date >= ?`, f.From)
	}
	if f.To != "" {
		add(`t.date <> '' AND t.date <= ?`, f.To)
	}
	rows, err := s.query(ctx, s.db, `SELECT t.id, t.document_hash, t.date, t.data, d.doc_id, d.url, d.title FROM tolls t JOIN documents d ON d.hash = t.document_hash
		WHERE `+strings.Join(where, " AND ")+` ORDER BY t.date, d.seq, t.ordinal`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []testigo.StoredToll{}
	for rows.Next() {
		var t testigo.StoredToll
		var data string
		if err := rows.Scan(&t.ID, &t.Document, &t.Date, &data, &t.DocID, &t.URL, &t.Title); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(data), &t.Toll); err != nil {
			return nil, fmt.Errorf("toll %d: %w", t.ID, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// TollSeries groups tolls into series next to the events' own sums.
func (s *DB) TollSeries(ctx context.Context, f testigo.TollFilter) ([]testigo.TollSeries, error) {
	tolls, err := s.Tolls(ctx, f)
	if err != nil {
		return nil, err
	}
	countries := map[string]bool{}
	for _, t := range tolls {
		countries[t.Scope.Country] = true
	}
	var evs []eventCount
	for c := range countries {
		rows, err := s.query(ctx, s.db, `SELECT admin1, date_start, dead, injured, arrested FROM events WHERE merged_into IS NULL AND country = ? AND date_start <> ''`, c)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			e := eventCount{country: c}
			if err := rows.Scan(&e.admin1, &e.start, &e.dead, &e.injured, &e.arrested); err != nil {
				rows.Close()
				return nil, err
			}
			evs = append(evs, e)
		}
		rows.Close()
	}
	return Series(tolls, evs), nil
}

type eventCount struct {
	country, admin1, start  string
	dead, injured, arrested int
}

func (e eventCount) measure(m string) int {
	switch m {
	case "dead":
		return e.dead
	case "injured":
		return e.injured
	case "arrested":
		return e.arrested
	}
	return 0
}

// Series groups tolls (ordered by date) by scope and measure; each point carries the sum of
// the events' counts in its scope up to its date.
func Series(tolls []testigo.StoredToll, evs []eventCount) []testigo.TollSeries {
	type key struct {
		scope   testigo.TollScope
		measure string
	}
	index := map[key]int{}
	var out []testigo.TollSeries
	for _, t := range tolls {
		k := key{t.Scope, t.Measure}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, testigo.TollSeries{Scope: t.Scope, Measure: t.Measure})
		}
		sum := 0
		for _, e := range evs {
			if e.country != t.Scope.Country || (t.Scope.Admin1 != "" && !strings.EqualFold(e.admin1, t.Scope.Admin1)) {
				continue
			}
			if t.Date == "" || e.start > t.Date {
				continue
			}
			if t.Since != nil && *t.Since != "" && e.start < *t.Since {
				continue
			}
			sum += e.measure(t.Measure)
		}
		out[i].Points = append(out[i].Points, testigo.TollPoint{
			Date: t.Date, Value: t.Value, Max: t.Max, Qualifier: t.Qualifier, Source: t.Source,
			Document: t.Document, DocID: t.DocID, Title: t.Title, URL: t.URL, Evidence: nonNil(t.Evidence), EventsSum: sum,
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Scope.Country != b.Scope.Country {
			return a.Scope.Country < b.Scope.Country
		}
		if a.Scope.Admin1 != b.Scope.Admin1 {
			return a.Scope.Admin1 < b.Scope.Admin1
		}
		return a.Measure < b.Measure
	})
	if out == nil {
		out = []testigo.TollSeries{}
	}
	return out
}

// Search runs a full-text query over documents and evidence.
func (s *DB) Search(ctx context.Context, q string, limit int) ([]testigo.SearchHit, error) {
	if limit <= 0 {
		limit = 20
	}
	hits, err := s.d.Search(ctx, s.db, q, limit)
	if err != nil {
		return nil, err
	}
	out := make([]testigo.SearchHit, 0, len(hits))
	for _, h := range hits {
		sh := testigo.SearchHit{Kind: h.Kind, Document: h.Doc, Title: h.Title, Snippet: h.Snippet, Rank: h.Rank}
		if h.Kind == "event" {
			sh.Event = h.Ref
			var t string
			if err := s.row(ctx, s.db, `SELECT title FROM documents WHERE hash = ?`, h.Doc).Scan(&t); err == nil {
				sh.Title = t
			}
		}
		out = append(out, sh)
	}
	return out, nil
}

// geonamesPerInsert is how many rows one INSERT carries: one round trip for many rows
// (12 parameters each, well under both databases' limits).
const geonamesPerInsert = 400

// PutGeoNames stores GeoNames rows in one transaction.
func (s *DB) PutGeoNames(ctx context.Context, rows []testigo.GeoName) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		for len(rows) > 0 {
			n := min(len(rows), geonamesPerInsert)
			chunk := rows[:n]
			rows = rows[n:]
			// A later row with the same ID wins, as it would one by one; one INSERT may not
			// touch a row twice.
			last := map[int]int{}
			for i, g := range chunk {
				last[g.ID] = i
			}
			var values []string
			var args []any
			for i, g := range chunk {
				if last[g.ID] != i {
					continue
				}
				values = append(values, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				args = append(args, g.ID, g.Name, g.ASCIIName, g.AlternateNames, g.Lat, g.Lon, g.FeatureClass, g.FeatureCode, g.Country, g.Admin1, g.Admin2, g.Population)
			}
			q := `INSERT INTO geonames (id, name, asciiname, alternatenames, lat, lon, feature_class, feature_code, country, admin1, admin2, population)
				VALUES ` + strings.Join(values, ", ") + `
				ON CONFLICT (id) DO UPDATE SET name = excluded.name, asciiname = excluded.asciiname, alternatenames = excluded.alternatenames,
				lat = excluded.lat, lon = excluded.lon, feature_class = excluded.feature_class, feature_code = excluded.feature_code,
				country = excluded.country, admin1 = excluded.admin1, admin2 = excluded.admin2, population = excluded.population`
			if _, err := tx.ExecContext(ctx, s.d.Rebind(q), args...); err != nil {
				return fmt.Errorf("geonames rows %d to %d: %w", chunk[0].ID, chunk[len(chunk)-1].ID, err)
			}
		}
		return nil
	})
}

// GeoNames calls fn for every stored row in ID order.
func (s *DB) GeoNames(ctx context.Context, fn func(testigo.GeoName) error) error {
	rows, err := s.query(ctx, s.db, `SELECT id, name, asciiname, alternatenames, lat, lon, feature_class, feature_code, country, admin1, admin2, population FROM geonames ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var g testigo.GeoName
		if err := rows.Scan(&g.ID, &g.Name, &g.ASCIIName, &g.AlternateNames, &g.Lat, &g.Lon, &g.FeatureClass, &g.FeatureCode, &g.Country, &g.Admin1, &g.Admin2, &g.Population); err != nil {
			return err
		}
		if err := fn(g); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Stats counts what is stored.
func (s *DB) Stats(ctx context.Context) (testigo.Stats, error) {
	var st testigo.Stats
	err := s.row(ctx, s.db, `SELECT
		(SELECT COUNT(*) FROM documents),
		(SELECT COUNT(*) FROM events WHERE merged_into IS NULL),
		(SELECT COUNT(*) FROM events WHERE kind = 'report'),
		(SELECT COUNT(*) FROM events WHERE kind = 'merged'),
		(SELECT COUNT(*) FROM tolls),
		(SELECT COUNT(*) FROM statements),
		(SELECT COUNT(*) FROM geonames)`).Scan(&st.Documents, &st.Events, &st.Reports, &st.Merged, &st.Tolls, &st.Statements, &st.GeoNames)
	return st, err
}
