package httpapi

import (
	"context"
	"net/url"
	"strings"
	"testing"
)

// FuzzParseQuery feeds arbitrary query strings to the events filters: they must never
// panic, and an accepted query must be well formed.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"", "from=2025-01-01&to=2025-12-31", "bbox=-58,-26,-54,-25", "bbox=170,-10,-170,10", "bbox=1,2,3",
		"min_dead=3&sort=-dead", "country=pry&type=protest&mode=demo", "members=true", "sort=x", "min_dead=-1",
		"bbox=NaN,0,1,1", "from=9999-99-99", "q=%22a+phrase%22",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, err := ParseQuery(v)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "parameter ") {
				t.Errorf("error %q does not name the parameter", err)
			}
			return
		}
		if q.Store.MinDead < 0 {
			t.Errorf("negative min_dead accepted")
		}
		if b := q.BBox; b != nil && !(b.South <= b.North) {
			t.Errorf("box %+v accepted", *b)
		}
		// The store is given every filter the query holds.
		if q.Store.Mode != q.Mode || q.Store.ACLED != q.ACLED || (q.BBox == nil) != (q.Store.BBox == nil) || q.Store.Order != q.Sort {
			t.Errorf("%q: query %+v, store filter %+v", raw, q, q.Store)
		}
	})
}

// FuzzCursor feeds arbitrary cursors to a page request: a bad one is an error naming the
// parameter, never a panic.
func FuzzCursor(f *testing.F) {
	m, _ := newTestStore(f)
	s := New(Config{Store: m})
	q, _ := ParseQuery(nil)
	first, _ := s.Select(context.Background(), q, "", 1)
	for _, c := range []string{"", first.Next, "zzz", "eyJvIjotMSwicyI6ImRhdGUifQ", "eyJvIjo5OTk5OTk5LCJzIjoiZGF0ZSJ9"} {
		f.Add(c, "date")
		f.Add(c, "-dead")
	}
	f.Fuzz(func(t *testing.T, cursor, order string) {
		q := Query{Sort: order}
		if order != "date" {
			q.Sort = "-dead"
		}
		page, err := s.Select(context.Background(), q, cursor, 2)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "parameter cursor") {
				t.Errorf("error %q", err)
			}
			return
		}
		if len(page.Events) > 2 {
			t.Errorf("%d events on a page of 2", len(page.Events))
		}
	})
}
