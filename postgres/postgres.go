// Package postgres is the storage backend for a shared PostgreSQL server (jackc/pgx/v5),
// with tsvector/GIN full-text search. It implements testigo.Store through package sqlstore,
// which it shares with package sqlite, so both behave the same.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"testigo/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Open connects to the database at url (postgres://…) and brings its schema up to date.
func Open(ctx context.Context, url string) (*sqlstore.DB, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(url), err)
	}
	db.SetMaxOpenConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", redact(url), err)
	}
	s, err := sqlstore.Open(ctx, db, Dialect{}, migrations, "migrations")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", redact(url), err)
	}
	return s, nil
}

// redact hides a password in a URL for error messages.
func redact(url string) string {
	at := strings.LastIndexByte(url, '@')
	scheme := strings.Index(url, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return url
	}
	userinfo := url[scheme+3 : at]
	if user, _, ok := strings.Cut(userinfo, ":"); ok {
		return url[:scheme+3] + user + ":xxxxx" + url[at:]
	}
	return url
}

// Dialect is PostgreSQL's part of the engine.
type Dialect struct{}

// Name is "postgres".
func (Dialect) Name() string { return "postgres" }

// Rebind numbers the ? placeholders $1, $2 … outside string literals.
func (Dialect) Rebind(q string) string {
	var b strings.Builder
	n, inStr := 0, false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			inStr = !inStr
			b.WriteByte(c)
		case c == '?' && !inStr:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// writersLock is the advisory lock writers take: merging reads the visible events and then
// writes, so two writers must not interleave.
const writersLock = 0x7e5716

// Lock takes the writers' advisory lock until the transaction ends.
func (Dialect) Lock(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, writersLock)
	return err
}

// IndexTexts adds rows to the search table; the tsvector is built from the folded text.
func (d Dialect) IndexTexts(ctx context.Context, tx *sql.Tx, rows []sqlstore.TextRow) error {
	if len(rows) == 0 {
		return nil
	}
	var values []string
	args := make([]any, 0, 7*len(rows))
	for _, r := range rows {
		values = append(values, "(?, ?, ?, ?, ?, setweight(to_tsvector('simple', ?), 'A') || to_tsvector('simple', ?))")
		args = append(args, r.Kind, r.Ref, r.Doc, r.Title, r.Body, sqlstore.Fold(r.Title), sqlstore.Fold(r.Body))
	}
	_, err := tx.ExecContext(ctx, d.Rebind(`INSERT INTO search (kind, ref, doc, title, body, tsv) VALUES `+strings.Join(values, ", ")), args...)
	return err
}

// Search runs q through the GIN index, best (highest ts_rank) first.
func (Dialect) Search(ctx context.Context, db *sql.DB, q string, limit int) ([]sqlstore.Hit, error) {
	tq := TSQuery(sqlstore.ParseQuery(q))
	if tq == "" {
		return nil, nil
	}
	rows, err := db.QueryContext(ctx, `SELECT kind, ref, doc, title,
		ts_headline('simple', body, to_tsquery('simple', $1), 'StartSel=[, StopSel=], MaxWords=24, MinWords=8'),
		ts_rank(tsv, to_tsquery('simple', $1))
		FROM search WHERE tsv @@ to_tsquery('simple', $1) ORDER BY 6 DESC, ref LIMIT $2`, tq, limit)
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
		out = append(out, h)
	}
	return out, rows.Err()
}

// TSQuery writes terms as a to_tsquery('simple', …) expression over folded words: words
// and phrases (<->) joined by &, OR as |, negation as & !.
func TSQuery(terms []sqlstore.Term) string {
	var pos, neg []string
	for _, t := range terms {
		switch {
		case t.Or:
			pos = append(pos, "|")
		case t.Not:
			if w := lexemes(t); w != "" {
				neg = append(neg, "!"+w)
			}
		default:
			if w := lexemes(t); w != "" {
				pos = append(pos, w)
			}
		}
	}
	var b []string
	for i, p := range pos {
		if p == "|" {
			if i == 0 || i == len(pos)-1 || pos[i-1] == "|" || len(b) == 0 {
				continue
			}
			b = append(b, "|")
			continue
		}
		if len(b) > 0 && b[len(b)-1] != "|" {
			b = append(b, "&")
		}
		b = append(b, p)
	}
	for len(b) > 0 && b[len(b)-1] == "|" {
		b = b[:len(b)-1]
	}
	if len(b) == 0 {
		return ""
	}
	expr := "(" + strings.Join(b, " ") + ")"
	for _, n := range neg {
		expr += " & " + n
	}
	return expr
}

// lexemes turns a term into tsquery lexemes: its words, folded, as the 'simple' parser
// splits them, followed by <-> in a phrase.
func lexemes(t sqlstore.Term) string {
	words := strings.FieldsFunc(sqlstore.Fold(t.Text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
	if len(words) == 0 {
		return ""
	}
	for i, w := range words {
		words[i] = "'" + strings.ReplaceAll(w, "'", "''") + "'"
	}
	if t.Prefix {
		words[len(words)-1] += ":*"
	}
	if len(words) == 1 {
		return words[0]
	}
	return "(" + strings.Join(words, " <-> ") + ")"
}
