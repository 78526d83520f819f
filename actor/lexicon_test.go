package actor

import (
	"strings"
	"testing"
)

// ploverSectors are the 25 PLOVER sector codes.
var ploverSectors = map[string]bool{
	"COP": true, "GOV": true, "JUD": true, "LEG": true, "MIL": true, "PRM": true, "PTY": true,
	"REB": true, "SPY": true, "UAF": true, "UNK": true, "AGR": true, "BUS": true, "CRM": true,
	"CVL": true, "EDU": true, "ELI": true, "JRN": true, "LAB": true, "MED": true, "REF": true,
	"OPP": true, "PRE": true, "REL": true, "SOC": true,
}

var kinds = map[string]bool{"person": true, "organization": true, "group": true, "state": true}

// TestLexiconCodes checks that every sector, kind and code in the data files is one PLOVER
// and ISO 3166 know, so that a typo in a lexicon cannot reach the output.
func TestLexiconCodes(t *testing.T) {
	l := lex(t)
	for first, ps := range l.roles {
		for _, p := range ps {
			f := strings.Split(p.value, "\t")
			if f[0] == "-" && f[1] == roleThing {
				continue // a role word modifying a thing: no actor
			}
			for _, s := range strings.Split(f[0], "+") {
				if !ploverSectors[s] {
					t.Errorf("roles.tsv %q %v: sector %q", first, p.words, s)
				}
			}
			if !kinds[f[1]] {
				t.Errorf("roles.tsv %v: kind %q", p.words, f[1])
			}
		}
	}
	for _, ps := range l.titles {
		for _, p := range ps {
			if !ploverSectors[p.value] {
				t.Errorf("titles.tsv %v: sector %q", p.words, p.value)
			}
		}
	}
	for w, ow := range l.orgWords {
		if !ploverSectors[ow.sector] || ow.weight <= 0 {
			t.Errorf("orgwords.tsv %q: %+v", w, ow)
		}
	}
	for _, e := range l.orgList {
		if !ploverSectors[e.sector] || !kinds[e.kind] {
			t.Errorf("orgs.tsv %q: sector %q kind %q", e.name, e.sector, e.kind)
		}
		if !international(e.code) {
			if _, ok := l.country[e.code]; !ok {
				t.Errorf("orgs.tsv %q: code %q is neither a PLOVER code nor a country", e.name, e.code)
			}
		}
	}
	for w, sec := range l.sectorWords {
		if !ploverSectors[sec] {
			t.Errorf("modifiers.tsv %q: sector %q", w, sec)
		}
	}
	for name, a := range l.names {
		if _, ok := l.country[a]; !ok {
			t.Errorf("country name %q: code %q unknown", name, a)
		}
	}
	if len(l.country) < 249 {
		t.Errorf("only %d countries", len(l.country))
	}
}
