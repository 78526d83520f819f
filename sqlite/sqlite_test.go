package sqlite

import (
	"context"
	"path/filepath"
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
