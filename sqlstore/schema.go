// Package sqlstore is the engine behind both storage backends (packages sqlite and postgres):
// one implementation of testigo.Store over database/sql, so that the two behave the same.
// What differs between the databases (placeholders, full-text search, locking) is a Dialect.
package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Dialect is what differs between the databases.
type Dialect interface {
	// Name is "sqlite" or "postgres".
	Name() string
	// Rebind turns the engine's ? placeholders into the database's own.
	Rebind(query string) string
	// Lock serializes writers for the rest of tx (merging reads, then writes).
	Lock(ctx context.Context, tx *sql.Tx) error
	// IndexTexts adds rows to the full-text index, in one statement.
	IndexTexts(ctx context.Context, tx *sql.Tx, rows []TextRow) error
	// Search runs a full-text query; ranks are higher for better hits.
	Search(ctx context.Context, db *sql.DB, q string, limit int) ([]Hit, error)
}

// TextRow is one row of the full-text index: a document's text (Kind "document", Ref its
// hash) or an event's evidence (Kind "event", Ref its ID), with the document's hash.
type TextRow struct {
	Kind, Ref, Doc, Title, Body string
}

// Hit is a raw full-text hit.
type Hit struct {
	Kind, Ref, Doc, Title, Snippet string
	Rank                           float64
}

// migrate applies the migrations in dir of fsys (files NNNN_name.sql, in order) that the
// database lacks, each in its own transaction, and refuses a database newer than the binary.
func migrate(ctx context.Context, db *sql.DB, d Dialect, fsys fs.FS, dir string) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("schema_version: %w", err)
	}
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	type mig struct {
		version int
		name    string
	}
	var migs []mig
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		num, _, _ := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return fmt.Errorf("migration %s: name must start with its version number", e.Name())
		}
		migs = append(migs, mig{v, e.Name()})
	}
	sort.Slice(migs, func(i, j int) bool { return migs[i].version < migs[j].version })
	var have int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&have); err != nil {
		return fmt.Errorf("schema_version: %w", err)
	}
	if len(migs) > 0 && have > migs[len(migs)-1].version {
		return fmt.Errorf("the database's schema is version %d, newer than this testigo knows (%d): upgrade testigo", have, migs[len(migs)-1].version)
	}
	for _, m := range migs {
		if m.version <= have {
			continue
		}
		body, err := fs.ReadFile(fsys, path.Join(dir, m.name))
		if err != nil {
			return err
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if err := d.Lock(ctx, tx); err != nil {
			tx.Rollback()
			return err
		}
		// Another process may have applied it while we waited for the lock.
		var again int
		if err := tx.QueryRowContext(ctx, d.Rebind(`SELECT COUNT(*) FROM schema_version WHERE version = ?`), m.version).Scan(&again); err != nil {
			tx.Rollback()
			return err
		}
		if again > 0 {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, d.Rebind(`INSERT INTO schema_version (version, applied_at) VALUES (?, ?)`), m.version, now()); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}
