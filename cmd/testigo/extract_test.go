package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs testigo in-process and returns its exit status, standard output and error.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := runMain(context.Background(), args, stdio{in: strings.NewReader(stdin), out: &out, err: &errOut})
	return code, out.String(), errOut.String()
}

func TestExtractBatchWithBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("Riot police fired tear gas at students marching in Quito on Monday, and 14 were arrested.\n"))
	empty := write("empty.txt", nil)
	binary := write("binary.txt", []byte("ELF\x00\x01\x02\x00\x00"))
	latin1 := write("latin1.txt", []byte("Protesters marched in Bogot\xe1 on Friday.\n"))
	truncated := write("cut.html", []byte("<html><head><title>Clashes</title></head><body><article><p>Soldiers opened fire on farmers blocking a highway near Cusco on Tuesday, killing three, the ombudsman said. Dozens"))
	missing := filepath.Join(dir, "missing.txt")

	args := []string{"extract", "--published", "2024-05-08", good, empty, binary, latin1, truncated, missing, good}
	code, out, errOut := runCLI(t, "", args...)
	if code != 1 {
		t.Errorf("exit status %d, want 1 when some inputs fail", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 7 {
		t.Fatalf("%d output lines, want one per input (7):\n%s", len(lines), out)
	}
	wantError := []bool{false, true, true, true, false, true, false}
	for i, line := range lines {
		var v struct {
			Document struct{ ID, Path string } `json:"document"`
			Error    string                    `json:"error"`
			Events   []json.RawMessage         `json:"events"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if got := v.Error != ""; got != wantError[i] {
			t.Errorf("line %d (%s): error %q, want an error: %v", i+1, v.Document.Path, v.Error, wantError[i])
		}
		if v.Error != "" && !strings.Contains(v.Error, filepath.Base(v.Document.Path)) {
			t.Errorf("line %d: error %q does not name the input", i+1, v.Error)
		}
		if v.Document.Path != args[3+i] {
			t.Errorf("line %d is for %s, want %s (input order)", i+1, v.Document.Path, args[3+i])
		}
	}
	if lines[0] != lines[6] {
		t.Errorf("the same input gave different output:\n%s\n%s", lines[0], lines[6])
	}
	if !strings.Contains(errOut, "4 input(s) could not be read") {
		t.Errorf("stderr does not sum up the failures:\n%s", errOut)
	}
}

func TestExtractJSONLines(t *testing.T) {
	in := `{"id":"a","text":"Troops shot dead two miners in Potosí on Sunday, the union said.","published":"2024-02-12"}
not json
{"id":"c","text":""}
{"id":"d","text":"Hundreds of teachers marched in Lima on Thursday to demand higher pay."}
`
	code, out, _ := runCLI(t, in, "extract", "--jsonl")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4:\n%s", len(lines), out)
	}
	for i, want := range []string{`"id":"a"`, `"error"`, `"error"`, `"id":"d"`} {
		if !strings.Contains(lines[i], want) {
			t.Errorf("line %d lacks %s:\n%s", i+1, want, lines[i])
		}
	}
	var first struct {
		Document struct {
			PublishedSource string `json:"published_source"`
		} `json:"document"`
		Events []struct {
			Type     string `json:"type"`
			Evidence []struct {
				Start, End int
				Text       string
			} `json:"evidence"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Document.PublishedSource != "metadata" {
		t.Errorf("published_source %q, want metadata", first.Document.PublishedSource)
	}
	text := "Troops shot dead two miners in Potosí on Sunday, the union said."
	found := false
	for _, e := range first.Events {
		found = found || e.Type == "ASSAULT"
		for _, ev := range e.Evidence {
			if ev.Start < 0 || ev.End > len(text) || text[ev.Start:ev.End] != ev.Text {
				t.Errorf("evidence %d:%d %q does not lie in the text", ev.Start, ev.End, ev.Text)
			}
		}
	}
	if !found {
		t.Errorf("no ASSAULT event in %s", lines[0])
	}
}

func TestAnnotateOffsets(t *testing.T) {
	text := "Police arrested 40 protesters in Santiago, Chile, on 3 March 2021."
	in, _ := json.Marshal(map[string]string{"id": "x", "text": text})
	code, out, errOut := runCLI(t, string(in)+"\n", "annotate", "--jsonl")
	if code != 0 {
		t.Fatalf("exit status %d: %s", code, errOut)
	}
	var v struct {
		Places     []struct{ Start, End int } `json:"places"`
		Dates      []struct{ Start, End int } `json:"dates"`
		Quantities []struct{ Start, End int } `json:"quantities"`
		Sentences  []struct{ Start, End int } `json:"sentences"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Sentences) != 1 || len(v.Places) == 0 || len(v.Dates) == 0 || len(v.Quantities) == 0 {
		t.Fatalf("missing annotations: %s", out)
	}
	for _, sp := range append(append(v.Places, v.Dates...), v.Quantities...) {
		if sp.Start < 0 || sp.End <= sp.Start || sp.End > len(text) {
			t.Errorf("span %d:%d outside the text", sp.Start, sp.End)
		}
	}
	if got := text[v.Dates[0].Start:v.Dates[0].End]; !strings.Contains(got, "2021") {
		t.Errorf("date span %q", got)
	}
}
