package main

import (
	"context"
	"flag"
	"os"
	"strings"

	"testigo"
	"testigo/postgres"
	"testigo/sqlite"
)

// defaultDB is where the commands that use the store keep it: $TESTIGO_DB, or testigo.db in
// the current directory.
func defaultDB() string {
	if v := os.Getenv("TESTIGO_DB"); v != "" {
		return v
	}
	return "testigo.db"
}

// dbFlag adds the --db option to fs.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", defaultDB(), "the store: a SQLite file, or postgres://user@host/db (default $TESTIGO_DB or testigo.db)")
}

// isPostgres tells a PostgreSQL URL from a file name.
func isPostgres(spec string) bool {
	return strings.HasPrefix(spec, "postgres://") || strings.HasPrefix(spec, "postgresql://")
}

// openStore opens the store spec names, creating a SQLite file if need be.
func openStore(ctx context.Context, spec string) (testigo.Store, error) {
	if isPostgres(spec) {
		return postgres.Open(ctx, spec)
	}
	return sqlite.Open(ctx, spec)
}
