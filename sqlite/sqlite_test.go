package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"testigo"
	"testigo/storetest"
)

func open(t *testing.T) testigo.Store {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func BenchmarkPut(b *testing.B) {
	storetest.BenchPut(b, func(b *testing.B) testigo.Store {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	}, 10)
}

// FuzzSearch: whatever a user types, search answers without an FTS5 syntax error.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"", `"a b" OR -c d*`, `"`, "OR", "NEAR(a b)", "a:b", "^x", `'`, "a AND NOT b", "\xff", "-", "(", "col:*"} {
		f.Add(s)
	}
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "f.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(context.Background(), q, 5); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	})
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Opening again applies nothing twice.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopening: %v", err)
	}
	var versions int
	s.SQL().QueryRow("SELECT COUNT(*) FROM schema_version").Scan(&versions)
	files, _ := migrations.ReadDir("migrations")
	if versions != len(files) || versions == 0 {
		t.Errorf("%d schema versions recorded, want %d", versions, len(files))
	}
	var mode string
	s.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode)
	var fk int
	s.SQL().QueryRow("PRAGMA foreign_keys").Scan(&fk)
	if mode != "wal" || fk != 1 {
		t.Errorf("journal_mode %q, foreign_keys %d; want wal, 1", mode, fk)
	}
	// A database from a newer testigo is refused, not damaged.
	s.SQL().Exec("INSERT INTO schema_version (version, applied_at) VALUES (99, 'later')")
	s.Close()
	if _, err := Open(ctx, path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("opening a newer schema: %v", err)
	}
}

func BenchmarkGeoNames(b *testing.B) {
	storetest.BenchGeoNames(b, func(b *testing.B) testigo.Store {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "g.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

// TestListing runs the listing's part of the conformance suite.
func TestListing(t *testing.T) { storetest.Listing(t, open) }

// TestMigrationFillsListingColumns: in a database whose events were stored before schema 4,
// migration 4 fills the mode, ACLED type and point columns from the stored data.
func TestMigrationFillsListingColumns(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	storetest.CheckListingMigration(t, func() (storetest.SQLStore, error) { return Open(ctx, path) })
}
