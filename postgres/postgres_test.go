package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"testigo"
	"testigo/sqlstore"
	"testigo/storetest"
)

// server is the one throwaway server of this package's tests; each test gets a database.
var (
	server  *storetest.Postgres
	skipWhy string
	dbCount atomic.Int64
)

func TestMain(m *testing.M) {
	var err error
	server, err = storetest.StartPostgres()
	if err != nil {
		skipWhy = err.Error()
		fmt.Fprintln(os.Stderr, "postgres tests SKIPPED:", skipWhy)
	}
	code := m.Run()
	if server != nil {
		server.Stop()
	}
	os.Exit(code)
}

// freshDatabase creates an empty database for one test and returns its URL.
func freshDatabase(t testing.TB) string {
	t.Helper()
	if server == nil {
		t.Skip("SKIPPING PostgreSQL tests: " + skipWhy)
	}
	name := fmt.Sprintf("t%d_%d", os.Getpid(), dbCount.Add(1))
	admin, err := sql.Open("pgx", server.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	return server.DatabaseURL(name)
}

func open(t *testing.T) testigo.Store {
	s, err := Open(context.Background(), freshDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestRebind(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"a = ? AND b = ?", "a = $1 AND b = $2"},
		{"x = '?' AND y = ?", "x = '?' AND y = $1"},
	}
	for _, tt := range tests {
		if got := (Dialect{}).Rebind(tt.in); got != tt.want {
			t.Errorf("Rebind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRedact(t *testing.T) {
	got := redact("postgres://me:secret@db:5432/x")
	if strings.Contains(got, "secret") {
		t.Errorf("redact left the password: %s", got)
	}
}

func BenchmarkPut(b *testing.B) {
	storetest.BenchPut(b, func(b *testing.B) testigo.Store {
		s, err := Open(context.Background(), freshDatabase(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	}, 10)
}

func TestTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"police", "('police')"},
		{`"gas plant" OR Potosí`, "(('gas' <-> 'plant') | 'potosi')"},
		{"a -b c*", "('a' & 'c':*) & !'b'"},
		{"-b", ""},
		{"it's", "(('it' <-> 's'))"},
	}
	for _, tt := range tests {
		if got := TSQuery(sqlstore.ParseQuery(tt.in)); got != tt.want {
			t.Errorf("TSQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkGeoNames(b *testing.B) {
	storetest.BenchGeoNames(b, func(b *testing.B) testigo.Store {
		s, err := Open(context.Background(), freshDatabase(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

// TestListing runs the listing's part of the conformance suite.
func TestListing(t *testing.T) { storetest.Listing(t, open) }

// TestMigrationFillsListingColumns: in a database whose events were stored before schema 4,
// migration 4 fills the mode, ACLED type and point columns from the stored data (JSONB).
func TestMigrationFillsListingColumns(t *testing.T) {
	ctx := context.Background()
	url := freshDatabase(t)
	storetest.CheckListingMigration(t, func() (storetest.SQLStore, error) { return Open(ctx, url) })
}
