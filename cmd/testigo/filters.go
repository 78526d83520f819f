package main

import (
	"flag"
	"net/url"
	"strconv"
	"strings"

	"testigo/httpapi"
)

// filterFlags declares the events endpoint's filters as flags of the same names (events,
// export), so that the command line selects with the API's own code: the returned function
// parses them with httpapi.ParseQuery once the flag set has been parsed.
func filterFlags(fs *flag.FlagSet) func() (httpapi.Query, error) {
	filters := map[string]*string{}
	for _, f := range []struct{ name, usage string }{
		{"from", "events ending on or after this day, YYYY-MM-DD"},
		{"to", "events starting on or before this day, YYYY-MM-DD"},
		{"country", "ISO alpha-3 country code, e.g. BOL"},
		{"admin1", "first-level division's name"},
		{"bbox", "west,south,east,north in degrees: events placed inside"},
		{"type", "PLOVER event type (or DECREE), e.g. PROTEST, ASSAULT"},
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
	return func() (httpapi.Query, error) {
		v := url.Values{}
		for name, val := range filters {
			if *val != "" {
				v.Set(strings.ReplaceAll(name, "-", "_"), *val)
			}
		}
		if *members {
			v.Set("members", strconv.FormatBool(true))
		}
		return httpapi.ParseQuery(v)
	}
}
