package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"testigo"
	"testigo/httpapi"
)

func init() {
	register("events", "list the stored events, merged across sources, with filters (table or JSON Lines)", runEvents)
}

func runEvents(ctx context.Context, args []string, std stdio) int {
	fs := newFlags("events", "usage: testigo events [--db PATH|postgres://URL] [filters] [--jsonl]", std)
	db := dbFlag(fs)
	query := filterFlags(fs)
	limit := fs.Int("limit", 100, "at most this many events (0: all)")
	jsonl := fs.Bool("jsonl", false, "print one JSON object per event")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *limit < 0 {
		fs.Usage()
		return 2
	}
	q, err := query()
	if err != nil {
		fmt.Fprintf(std.err, "testigo events: %s\n", flagError(err))
		return 2
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return fatal(std, "events", err)
	}
	defer st.Close()
	evs, err := httpapi.New(httpapi.Config{Store: st}).Events(ctx, q, *limit)
	if err != nil {
		return fatal(std, "events", err)
	}
	w := bufio.NewWriter(std.out)
	defer w.Flush()
	if *jsonl {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, e := range evs {
			if err := enc.Encode(e); err != nil {
				return fatal(std, "events", err)
			}
		}
		return 0
	}
	writeEventTable(w, evs)
	return 0
}

// writeEventTable prints events as aligned columns, one line each.
func writeEventTable(w *bufio.Writer, evs []testigo.StoredEvent) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tTYPE\tPLACE\tCOUNTRY\tDEAD\tINJURED\tARRESTED\tSOURCES\tACTORS")
	for _, e := range evs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", e.ID, showDate(e.Date), e.Type, placeName(e.Place), countryOf(e.Place),
			showCount(e.Dead), showCount(e.Injured), showCount(e.Arrested), len(e.Sources), cut(actorNames(e.Actor), 40))
	}
	tw.Flush()
	if len(evs) == 0 {
		fmt.Fprintln(w, "(no events)")
	}
}

func showDate(d testigo.EventDate) string {
	if d.Start == nil || *d.Start == "" {
		return "?"
	}
	if d.End != nil && *d.End != "" && *d.End != *d.Start {
		return *d.Start + ".." + *d.End
	}
	return *d.Start
}

func placeName(p *testigo.EventPlace) string {
	if p == nil {
		return "?"
	}
	return cut(p.Name, 30)
}

func countryOf(p *testigo.EventPlace) string {
	if p == nil || p.Country == "" {
		return "-"
	}
	return p.Country
}

func showCount(c *testigo.Count) string {
	if c == nil {
		return "-"
	}
	s := fmt.Sprint(c.Value)
	if c.Max != nil && *c.Max != c.Value {
		s += fmt.Sprintf("-%d", *c.Max)
	}
	if len(c.Reports) > 1 {
		var all []string
		for _, r := range c.Reports {
			all = append(all, fmt.Sprint(r.Value))
		}
		s += " (" + strings.Join(all, "/") + ")"
	}
	return s
}

func actorNames(es []testigo.Entity) string {
	var n []string
	for _, e := range es {
		n = append(n, e.Name)
	}
	return strings.Join(n, ", ")
}

func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// flagError words an error of httpapi.ParseQuery for the command line: its parameter
// becomes the flag of the same name.
func flagError(err error) string {
	msg := err.Error()
	if name, rest, ok := strings.Cut(strings.TrimPrefix(msg, "parameter "), ":"); ok && strings.HasPrefix(msg, "parameter ") {
		return "--" + strings.ReplaceAll(name, "_", "-") + ":" + rest
	}
	return msg
}
