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
