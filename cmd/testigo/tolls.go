package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"testigo"
)

func init() {
	register("tolls", "show cumulative tolls over time per country and measure, with sources, next to the events' sums", runTolls)
}

func runTolls(ctx context.Context, args []string, std stdio) int {
	fs := newFlags("tolls", "usage: testigo tolls [--db PATH|postgres://URL] [--country BOL] [--measure dead] [--jsonl]", std)
	db := dbFlag(fs)
	var f testigo.TollFilter
	fs.StringVar(&f.Country, "country", "", "ISO alpha-3 country code, e.g. BOL")
	fs.StringVar(&f.Admin1, "admin1", "", "first-level division's name")
	fs.StringVar(&f.Measure, "measure", "", "dead, injured, arrested, missing, displaced")
	fs.StringVar(&f.From, "from", "", "figures as of this day or later, YYYY-MM-DD")
	fs.StringVar(&f.To, "to", "", "figures as of this day or earlier, YYYY-MM-DD")
	jsonl := fs.Bool("jsonl", false, "print one JSON object per series")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return fatal(std, "tolls", err)
	}
	defer st.Close()
	series, err := st.TollSeries(ctx, f)
	if err != nil {
		return fatal(std, "tolls", err)
	}
	w := bufio.NewWriter(std.out)
	defer w.Flush()
	if *jsonl {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, s := range series {
			if err := enc.Encode(s); err != nil {
				return fatal(std, "tolls", err)
			}
		}
		return 0
	}
	if len(series) == 0 {
		fmt.Fprintln(w, "(no tolls)")
	}
	for i, s := range series {
		if i > 0 {
			fmt.Fprintln(w)
		}
		scope := s.Scope.Country
		if scope == "" {
			scope = "(no country)"
		}
		if s.Scope.Admin1 != "" {
			scope += " / " + s.Scope.Admin1
		}
		fmt.Fprintf(w, "%s, %s\n", scope, s.Measure)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  AS OF\tREPORTED\tEVENTS' SUM\tSOURCE\tDOCUMENT")
		for _, p := range s.Points {
			date := p.Date
			if date == "" {
				date = "?"
			}
			v := fmt.Sprint(p.Value)
			if p.Max != nil && *p.Max != p.Value {
				v += fmt.Sprintf("-%d", *p.Max)
			}
			if p.Qualifier != "" && p.Qualifier != testigo.QualExact {
				v += " (" + p.Qualifier + ")"
			}
			src := "-"
			if p.Source != nil && p.Source.Name != "" {
				src = p.Source.Name
			}
			doc := p.DocID
			if p.Title != "" {
				doc += ": " + cut(p.Title, 50)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\t%s\n", date, v, p.EventsSum, cut(src, 40), doc)
		}
		tw.Flush()
	}
	return 0
}
