package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder catches failures so that Check's own failures can be tested.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Fatal(...any)          { r.failed = true }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.golden.json")
	if err := os.WriteFile(path, []byte("[\n  1\n]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		v    any
		fail bool
	}{{[]int{1}, false}, {[]int{2}, true}} {
		r := &recorder{TB: t}
		CheckJSON(r, path, c.v)
		if r.failed != c.fail {
			t.Errorf("CheckJSON(%v): failed %v, want %v", c.v, r.failed, c.fail)
		}
	}
	r := &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "missing.json"), []byte("x"))
	if !r.failed {
		t.Error("a missing golden file did not fail")
	}
}
