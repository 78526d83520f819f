// Package sqlite is the default storage backend: one SQLite file (modernc.org/sqlite, pure
// Go) in WAL mode, with FTS5 full-text search. It implements testigo.Store through package
// sqlstore, which it shares with package postgres.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"net/url"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"testigo/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Open opens (creating it if need be) the SQLite database at path and brings its schema up
// to date. Every pooled connection gets the pragmas: a busy timeout, WAL, foreign keys, and
// immediate transactions so that writers queue instead of failing.
func Open(ctx context.Context, path string) (*sqlstore.DB, error) {
	dsn := DSN(path)
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s, err := sqlstore.Open(ctx, db, Dialect{}, migrations, "migrations")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// DSN is the driver's data source name for the file at path.
func DSN(path string) string {
	u := url.URL{Scheme: "file", Opaque: path}
	if strings.HasPrefix(path, "/") {
		u = url.URL{Scheme: "file", Path: path}
	}
	return u.String() + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-65536)&_txlock=immediate"
}

// Dialect is SQLite's part of the engine.
type Dialect struct{}

// Name is "sqlite".
func (Dialect) Name() string { return "sqlite" }

// Rebind keeps the ? placeholders, SQLite's own.
func (Dialect) Rebind(q string) string { return q }

// Lock does nothing: transactions begin IMMEDIATE, which takes the write lock.
func (Dialect) Lock(context.Context, *sql.Tx) error { return nil }

// IndexTexts adds rows to the FTS5 table.
func (Dialect) IndexTexts(ctx context.Context, tx *sql.Tx, rows []sqlstore.TextRow) error {
	if len(rows) == 0 {
		return nil
	}
	args := make([]any, 0, 5*len(rows))
	for _, r := range rows {
		args = append(args, r.Kind, r.Ref, r.Doc, r.Title, r.Body)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO search (kind, ref, doc, title, body) VALUES `+repeatJoin("(?, ?, ?, ?, ?)", len(rows)), args...)
	return err
}

func repeatJoin(s string, n int) string {
	return strings.TrimSuffix(strings.Repeat(s+", ", n), ", ")
}

// Search runs q through FTS5, best (lowest bm25) first.
func (Dialect) Search(ctx context.Context, db *sql.DB, q string, limit int) ([]sqlstore.Hit, error) {
	m := MatchExpr(sqlstore.ParseQuery(q))
	if m == "" {
		return nil, nil
	}
	rows, err := db.QueryContext(ctx, `SELECT kind, ref, doc, title, snippet(search, 4, '[', ']', '…', 16), bm25(search) FROM search WHERE search MATCH ? ORDER BY bm25(search), ref LIMIT ?`, m, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q, err)
	}
	defer rows.Close()
	var out []sqlstore.Hit
	for rows.Next() {
		var h sqlstore.Hit
		if err := rows.Scan(&h.Kind, &h.Ref, &h.Doc, &h.Title, &h.Snippet, &h.Rank); err != nil {
			return nil, err
		}
		h.Rank = -h.Rank
		out = append(out, h)
	}
	return out, rows.Err()
}

// MatchExpr writes terms as an FTS5 query: every word and phrase quoted (so no word is taken
// for an operator), OR kept, negation as FTS5's binary NOT.
func MatchExpr(terms []sqlstore.Term) string {
	var pos, neg []string
	for _, t := range terms {
		switch {
		case t.Or:
			pos = append(pos, "OR")
		case t.Not:
			neg = append(neg, quote(t))
		default:
			pos = append(pos, quote(t))
		}
	}
	// Drop dangling ORs left by negated terms.
	var clean []string
	for i, p := range pos {
		if p == "OR" && (i == 0 || i == len(pos)-1 || pos[i-1] == "OR") {
			continue
		}
		clean = append(clean, p)
	}
	if len(clean) == 0 {
		return ""
	}
	expr := strings.Join(clean, " ")
	if len(neg) > 0 {
		expr = "(" + expr + ") NOT (" + strings.Join(neg, " OR ") + ")"
	}
	return expr
}

func quote(t sqlstore.Term) string {
	s := `"` + strings.ReplaceAll(t.Text, `"`, `""`) + `"`
	if t.Prefix {
		s += "*"
	}
	return s
}
