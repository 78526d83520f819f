package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"strings"
	"text/tabwriter"

	"testigo"
	"testigo/httpapi"
)

func init() {
	register("events", "list the stored events, merged across sources, with filters (table or JSON Lines)", runEvents)
}

func runEvents(ctx context.Context, args []string, std stdio) int {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	fs.SetOutput(std.err)
	db := dbFlag(fs)
	// The filters are the events endpoint's query parameters, with the same names, parsed
	// and applied by the same code (httpapi.ParseQuery, (*httpapi.Server).Events).
	filters := map[string]*string{}
	for _, f := range []struct{ name, usage string }{
		{"from", "events ending on or after this day, YYYY-MM-DD"},
		{"to", "events starting on or before this day, YYYY-MM-DD"},
		{"country", "ISO alpha-3 country code, e.g. BOL"},
		{"admin1", "first-level division's name"},
		{"bbox", "west,south,east,north in degrees: events placed inside"},
		{"type", "PLOVER event type, e.g. PROTEST, ASSAULT"},
		{"mode", "PLOVER mode, e.g. firearms, demo"},
		{"acled", "ACLED event type, e.g. Protests, Riots"},
		{"actor", "part of an actor's or recipient's name"},
		{"min-dead", "at least this many dead"},
		{"q", "full-text query over the events' evidence: words, \"phrases\", OR, -word"},
		{"document", "only the events coded from this document (hash)"},
		{"sort", "date (default), -date, dead, -dead"},
	} {
		filters[f.name] = fs.String(f.name, "", f.usage)
	}
	members := fs.Bool("members", false, "also list the reports folded into merged events")
	limit := fs.Int("limit", 100, "at most this many events (0: all)")
	jsonl := fs.Bool("jsonl", false, "print one JSON object per event")
	fs.Usage = func() {
		fmt.Fprintln(std.err, "usage: testigo events [--db PATH|postgres://URL] [filters] [--jsonl]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *limit < 0 {
		fs.Usage()
		return 2
	}
	v := url.Values{}
	for name, val := range filters {
		if *val != "" {
			v.Set(strings.ReplaceAll(name, "-", "_"), *val)
		}
	}
	if *members {
		v.Set("members", "true")
	}
	q, err := httpapi.ParseQuery(v)
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
