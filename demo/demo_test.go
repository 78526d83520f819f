package demo

import (
	"io/fs"
	"regexp"
	"testing"
)

func TestArticles(t *testing.T) {
	arts, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 12 {
		t.Errorf("%d articles, want a dozen", len(arts))
	}
	day := regexp.MustCompile(`^2030-04-\d\d$`)
	ids := map[string]bool{}
	outlets := map[string]int{}
	for _, a := range arts {
		if !day.MatchString(a.Published) || a.ID == "" || a.Title == "" || len(a.Text) < 200 {
			t.Errorf("%s: bad entry %+v", a.File, a.Published)
		}
		if ids[a.ID] {
			t.Errorf("%s: id %s twice", a.File, a.ID)
		}
		ids[a.ID] = true
		outlets[a.Outlet]++
	}
	if len(outlets) < 4 {
		t.Errorf("%d outlets, want several telling the same events", len(outlets))
	}
	// Every article file is in the manifest.
	files, _ := fs.Glob(files, "articles/*.txt")
	if len(files) != len(arts) {
		t.Errorf("%d files but %d manifest entries", len(files), len(arts))
	}
}
