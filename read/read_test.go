package read

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"testigo"
	"testigo/internal/golden"
)

// goldenItem is an Item as the golden files keep it: the document with its text, or the error.
type goldenItem struct {
	Doc   testigo.Document `json:"doc"`
	Text  string           `json:"text"`
	Error string           `json:"error,omitempty"`
}

func fixtures(t testing.TB) []string {
	t.Helper()
	names, err := filepath.Glob("testdata/*.*")
	if err != nil || len(names) == 0 {
		t.Fatalf("no fixtures in testdata: %v", err)
	}
	return names
}

// TestGolden reads every fixture under testdata and compares all it yields, text included,
// with testdata/golden/NAME.json. Run `go test ./read -update` after a deliberate change.
func TestGolden(t *testing.T) {
	for _, path := range fixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var got []goldenItem
			for _, it := range Parse(filepath.Base(path), data, Options{}) {
				g := goldenItem{Doc: it.Doc, Text: it.Doc.Text}
				if it.Err != nil {
					g.Error = it.Err.Error()
				}
				got = append(got, g)
			}
			golden.CheckJSON(t, filepath.Join("testdata", "golden", filepath.Base(path)+".json"), got)
		})
	}
}

// The fixtures' facts, checked outright so that a careless -update cannot bless a regression.
func TestFixtureFacts(t *testing.T) {
	type want struct {
		index                           int // which item of the input
		id, title, byline, published    string
		source, format, textHas, errHas string
		textLacks                       []string
	}
	tests := []struct {
		file  string
		items int
		want  []want
	}{
		{"kisumu-curfew.txt", 1, []want{{id: "kisumu-curfew.txt", title: "Curfew imposed in Kisumu after night of clashes",
			byline: "Achieng Odhiambo", published: "2026-02-07", source: "text", format: "text", textHas: "KISUMU, Kenya"}}},
		{"nakuru-march.md", 1, []want{{title: "Teachers march in Nakuru over unpaid salaries", byline: "Grace Wanjiru",
			published: "2026-02-09", source: "text", format: "markdown", textHas: "**Nakuru**"}}},
		{"front-matter.md", 1, []want{{title: "Eldoret traders close shops in tax protest", byline: "Samuel Kibet",
			published: "2026-02-10", source: "text", format: "markdown"}}},
		{"teachers-strike.html", 1, []want{{title: "Kenyan teachers extend strike to Mombasa", byline: "Halima Abdi",
			published: "2026-02-12", source: "text", format: "html",
			textHas:   "closing more than 200 public schools in the coastal city, according to the teachers' union.\n\nUnion members",
			textLacks: []string{"Front page", "Copyright", "<p>"}}}},
		{"hostile.html", 1, []want{{title: "Police disperse sit-in at Garissa university", format: "html", source: "none",
			textHas:   "12 students were arrested",
			textLacks: []string{"SCRIPT IN BODY", "NOSCRIPT", "IFRAME", "TEMPLATE", "SVG TEXT", "INJECTED", "alert", "cookie"}}}},
		{"truncated.html", 1, []want{{title: "Fishermen block port in Lamu", published: "2026-02-14", source: "text",
			format: "html", textHas: "Hundreds of fishermen blocked the jetty"}}},
		{"wire.rss", 4, []want{
			{index: 0, id: "wire-2026-0215-001", title: "Opposition rally banned in Nairobi", byline: "Kevin Mutua",
				published: "2026-02-15", source: "metadata", format: "feed-item",
				textHas: "citing intelligence reports of planned violence.\n\nOpposition leaders"},
			{index: 1, id: "https://wire.example.org/2026/02/16/machakos-market", published: "2026-02-16",
				source: "metadata", textHas: "Machakos on Monday morning.\n\nThe county"},
			{index: 2, errHas: "has no text"},
			{index: 3, id: "wire.rss#4", source: "none", textHas: "freed on bail"},
		}},
		{"wire.atom", 2, []want{
			{index: 0, id: "urn:example:lake-region:101", byline: "Brian Omondi", published: "2026-02-17", source: "metadata"},
			{index: 1, id: "urn:example:lake-region:102", published: "2026-02-18", source: "metadata", textHas: "400 families"},
		}},
		{"truncated.rss", 3, []want{
			{index: 0, id: "wire-2026-0215-001"},
			{index: 1, id: "https://wire.example.org/2026/02/16/machakos-market"},
			{index: 2, errHas: "truncated.rss: feed is truncated"},
		}},
		{"batch.jsonl", 8, []want{
			{index: 0, id: "kenya-001", title: "Arrests in Nakuru", published: "2026-02-09", source: "metadata", format: "jsonl"},
			{index: 1, id: "kenya-002", byline: "Samuel Kibet", published: "2026-02-11", source: "metadata"},
			{index: 2, id: "batch.jsonl:3", source: "none", textHas: "Kisumu"},
			{index: 3, errHas: "batch.jsonl:4: bad JSON"},
			{index: 4, errHas: "batch.jsonl:5: empty document"},
			{index: 5, errHas: `batch.jsonl:6: no "text" field`},
			{index: 6, id: "kenya-007", title: "Teachers' strike enters third week", published: "2026-02-19", source: "text"},
			{index: 7, id: "7", published: "2026-02-16", source: "metadata"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			items := Parse(tt.file, data, Options{})
			if len(items) != tt.items {
				t.Fatalf("got %d items, want %d: %+v", len(items), tt.items, items)
			}
			for _, w := range tt.want {
				it := items[w.index]
				d := it.Doc
				if w.errHas != "" {
					if it.Err == nil || !strings.Contains(it.Err.Error(), w.errHas) {
						t.Errorf("item %d: error %v, want one containing %q", w.index, it.Err, w.errHas)
					}
					continue
				}
				if it.Err != nil {
					t.Errorf("item %d: unexpected error %v", w.index, it.Err)
					continue
				}
				check := func(field, got, want string) {
					if want != "" && got != want {
						t.Errorf("item %d: %s = %q, want %q", w.index, field, got, want)
					}
				}
				check("ID", d.ID, w.id)
				check("Title", d.Title, w.title)
				check("Byline", d.Byline, w.byline)
				check("Published", d.Published, w.published)
				check("PublishedSource", d.PublishedSource, w.source)
				check("Format", d.Format, w.format)
				if w.textHas != "" && !strings.Contains(d.Text, w.textHas) {
					t.Errorf("item %d: text lacks %q:\n%s", w.index, w.textHas, d.Text)
				}
				for _, bad := range w.textLacks {
					if strings.Contains(d.Text, bad) {
						t.Errorf("item %d: text has %q:\n%s", w.index, bad, d.Text)
					}
				}
			}
		})
	}
}

// Plain text and Markdown keep the file's bytes: offsets downstream are file offsets.
func TestPlainTextKeepsBytes(t *testing.T) {
	for _, name := range []string{"kisumu-curfew.txt", "nakuru-march.md", "front-matter.md"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		items := Parse(name, data, Options{})
		if items[0].Doc.Text != string(data) {
			t.Errorf("%s: Text is not the file's bytes", name)
		}
	}
	bom := "\ufeffFloods close roads in Kisumu\r\n\r\nHeavy rain closed roads on Friday.\r\n"
	it := Parse("bom.txt", []byte(bom), Options{})[0]
	if it.Err != nil || it.Doc.Text != bom || it.Doc.Title != "Floods close roads in Kisumu" {
		t.Errorf("BOM and CRLF: got %+v, err %v", it.Doc, it.Err)
	}
}

func TestBadInputs(t *testing.T) {
	tests := []struct {
		name, format string
		data         []byte
		is           error  // errors.Is target, or nil
		has          string // text the message must contain
	}{
		{"empty.txt", "", nil, ErrEmpty, "empty.txt: empty document"},
		{"blank.txt", "", []byte(" \n\t\r\n  "), ErrEmpty, "empty document"},
		{"bom-only.txt", "", []byte("\ufeff\n"), ErrEmpty, "empty document"},
		{"blank.md", "", []byte("\n\n"), ErrEmpty, "blank.md"},
		{"nul.txt", "", []byte("Police fired\x00on marchers"), ErrBinary, "NUL byte at offset 12"},
		{"control.txt", "", bytes.Repeat([]byte{0x01, 0x02, 'a', 'b'}, 100), ErrBinary, "control characters"},
		{"latin1.txt", "", []byte("Protesta en Asunci\xf3n el lunes"), ErrEncoding, "invalid UTF-8 at byte offset 18"},
		{"utf16.txt", "", []byte{0xFF, 0xFE, 'H', 0, 'i', 0}, ErrEncoding, "UTF-16"},
		{"empty.html", "", []byte("  "), ErrEmpty, "empty.html"},
		{"nothing.html", "", []byte("<html><body><script>alert(1)</script></body></html>"), nil, "nothing.html: no readable text"},
		{"image.html", "", bytes.Repeat([]byte{0x89, 0, 0, 0}, 100), ErrBinary, "image.html"},
		{"garbage.rss", "", []byte("<rss><channel><item><title>x"), nil, "garbage.rss: not a readable RSS or Atom feed"},
		{"empty.rss", "", []byte(""), ErrEmpty, "empty.rss"},
		{"noitems.atom", "", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>`), nil, "noitems.atom: the feed has no items"},
		{"stdin:3", "jsonl", []byte("{\"id\":\"a\",\"text\":\"caf\xe9\"}"), ErrEncoding, "stdin:3: not UTF-8: invalid UTF-8 at byte offset 21"},
		{"stdin:4", "jsonl", []byte(`{"id":"a","text":""}`), ErrEmpty, "stdin:4"},
		{"stdin:5", "jsonl", []byte(`[1,2]`), nil, "stdin:5: bad JSON"},
		{"stdin:6", "jsonl", []byte(`{"id":{"x":1},"text":"t"}`), nil, `stdin:6: "id" must be`},
		{"stdin:7", "jsonl", []byte(`{"text":"a"} {"text":"b"}`), nil, "more than one value"},
		{"x.txt", "pdf", []byte("hello"), nil, `unknown format "pdf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := Parse(tt.name, tt.data, Options{Format: tt.format})
			if len(items) != 1 {
				t.Fatalf("got %d items, want 1", len(items))
			}
			err := items[0].Err
			if err == nil {
				t.Fatalf("no error; doc %+v", items[0].Doc)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			if !strings.Contains(err.Error(), tt.has) {
				t.Errorf("error %q lacks %q", err, tt.has)
			}
			if items[0].Doc.ID == "" || items[0].Doc.PublishedSource == "" {
				t.Errorf("failed item lacks ID or PublishedSource: %+v", items[0].Doc)
			}
		})
	}
}

func TestHTMLInOtherCharset(t *testing.T) {
	page := []byte("<html><head><meta charset=\"windows-1252\"><title>Marcha</title></head><body><p>Miles de personas marcharon en Asunci\xf3n el lunes contra el aumento del precio del combustible.</p></body></html>")
	it := Parse("latin1.html", page, Options{})[0]
	if it.Err != nil {
		t.Fatal(it.Err)
	}
	if !strings.Contains(it.Doc.Text, "Asunción") {
		t.Errorf("text not decoded: %q", it.Doc.Text)
	}
}

func TestHTMLJSONLD(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",` +
		`"headline":"Curfew in Kisumu","author":{"@type":"Person","name":"Achieng Odhiambo"},` +
		`"datePublished":"2026-02-07T22:00:00+03:00"}</script></head><body><article><p>Authorities imposed a ` +
		`dusk-to-dawn curfew on Kisumu on Saturday after a night of clashes between police and young men.</p></article></body></html>`
	it := Parse("ld.html", []byte(page), Options{})[0]
	d := it.Doc
	if it.Err != nil || d.Title != "Curfew in Kisumu" || d.Byline != "Achieng Odhiambo" || d.Published != "2026-02-07" ||
		d.PublishedSource != "text" || strings.Contains(d.Text, "schema.org") {
		t.Errorf("got %+v, err %v", d, it.Err)
	}
}

func TestHTMLTooDeep(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 5000) + "<p>Text.</p>" + strings.Repeat("</div>", 5000)
	it := Parse("deep.html", []byte(page), Options{})
	if len(it) != 1 || it[0].Err == nil || !strings.Contains(it[0].Err.Error(), "deep.html: cannot parse HTML") {
		t.Errorf("got %+v", it)
	}
}

// Parse is called from several goroutines by the commands; run with -race to check.
func TestParseConcurrent(t *testing.T) {
	names := fixtures(t)
	want := map[string]int{}
	inputs := map[string][]byte{}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		inputs[n] = data
		want[n] = len(Parse(n, data, Options{}))
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for _, n := range names {
				if got := len(Parse(n, inputs[n], Options{})); got != want[n] {
					done <- fmt.Errorf("%s: %d items, then %d", n, want[n], got)
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func TestPublishedPrecedence(t *testing.T) {
	txt := []byte("Police clear camp in Nairobi\n\n16 February 2026\n\nPolice cleared a protest camp on Monday.\n")
	jsonWith := []byte(`{"id":"a","text":"Police cleared a camp.","published":"2026-02-01"}`)
	jsonWithout := []byte(`{"id":"a","text":"Police cleared a camp."}`)
	tests := []struct {
		name, format string
		data         []byte
		opt          string
		want, source string
	}{
		{"a.txt", "", txt, "", "2026-02-16", "text"},
		{"a.txt", "", txt, "2026-03-01", "2026-03-01", "metadata"},
		{"a.txt", "", txt, "2026-03-01T23:30:00-04:00", "2026-03-01", "metadata"},
		{"a.txt", "", []byte("No date here at all.\n"), "", "", "none"},
		{"s:1", "jsonl", jsonWith, "2026-03-01", "2026-02-01", "metadata"}, // the line's own date first
		{"s:1", "jsonl", jsonWithout, "2026-03-01", "2026-03-01", "metadata"},
		{"s:1", "jsonl", jsonWithout, "", "", "none"},
		{"a.html", "", []byte(`<html><head><meta property="article:published_time" content="2026-02-20T23:50:00-05:00"></head><body><p>Police fired tear gas at a march in the capital on Friday, witnesses said, and several people were hurt.</p></body></html>`), "", "2026-02-20", "text"},
		{"a.html", "", []byte(`<html><head><meta property="article:published_time" content="2026-02-20T23:50:00-05:00"></head><body><p>Police fired tear gas at a march in the capital on Friday, witnesses said, and several people were hurt.</p></body></html>`), "2026-02-22", "2026-02-22", "metadata"},
	}
	for _, tt := range tests {
		it := Parse(tt.name, tt.data, Options{Published: tt.opt, Format: tt.format})[0]
		if it.Err != nil {
			t.Errorf("%s %q: %v", tt.name, tt.opt, it.Err)
			continue
		}
		if it.Doc.Published != tt.want || it.Doc.PublishedSource != tt.source {
			t.Errorf("%s opt %q: published %q (%s), want %q (%s)", tt.name, tt.opt,
				it.Doc.Published, it.Doc.PublishedSource, tt.want, tt.source)
		}
	}
	feed := Parse("w.rss", []byte(`<rss><channel><item><description>One.</description><pubDate>Mon, 16 Feb 2026 07:45:00 +0000</pubDate></item>`+
		`<item><description>Two.</description></item></channel></rss>`), Options{Published: "2026-03-01"})
	if len(feed) != 2 || feed[0].Doc.Published != "2026-02-16" || feed[1].Doc.Published != "2026-03-01" ||
		feed[0].Doc.PublishedSource != "metadata" || feed[1].Doc.PublishedSource != "metadata" {
		t.Errorf("feed: the item's date first, then the caller's: %+v", feed)
	}
	it := Parse("a.txt", txt, Options{Published: "last week"})[0]
	if it.Doc.Published != "2026-02-16" || len(it.Doc.Problems) != 1 {
		t.Errorf("a bad --published should be ignored with a problem: %+v", it.Doc)
	}
}

func TestJSONLinesSingleLineKeepsName(t *testing.T) {
	it := Parse("stdin:3", []byte(`{"text":"Hi there."}`), Options{Format: "jsonl"})
	if len(it) != 1 || it[0].Doc.ID != "stdin:3" || it[0].Doc.Path != "" || it[0].Doc.Text != "Hi there." {
		t.Errorf("got %+v", it)
	}
	multi := Parse("docs.jsonl", []byte("{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n"), Options{})
	if len(multi) != 2 || multi[0].Doc.ID != "docs.jsonl:1" || multi[1].Doc.ID != "docs.jsonl:3" {
		t.Errorf("got %+v", multi)
	}
}

func TestWholeJSONFile(t *testing.T) {
	pretty := []byte("{\n  \"id\": \"report-7\",\n  \"title\": \"Strike in Tarija\",\n  \"text\": \"Teachers stopped work on Monday.\"\n}\n")
	it := Parse("report.json", pretty, Options{})
	if len(it) != 1 || it[0].Err != nil || it[0].Doc.ID != "report-7" || it[0].Doc.Title != "Strike in Tarija" ||
		it[0].Doc.Text != "Teachers stopped work on Monday." {
		t.Fatalf("one pretty-printed object: got %+v", it)
	}
	arr := []byte(`[{"id":"a","text":"One."}, 3, {"text":""}, {"text":"Two."}]`)
	it = Parse("batch.json", arr, Options{})
	if len(it) != 4 {
		t.Fatalf("array of 4: got %d items", len(it))
	}
	if it[0].Err != nil || it[0].Doc.ID != "a" || it[3].Err != nil || it[3].Doc.ID != "batch.json#4" {
		t.Errorf("good elements: %+v / %+v", it[0], it[3])
	}
	if it[1].Err == nil || !strings.Contains(it[1].Err.Error(), "batch.json#2: bad JSON") {
		t.Errorf("a number in the array: %v", it[1].Err)
	}
	if !errors.Is(it[2].Err, ErrEmpty) {
		t.Errorf("an empty text: %v", it[2].Err)
	}
	if it := Parse("empty.json", []byte("[]"), Options{}); len(it) != 1 || !errors.Is(it[0].Err, ErrEmpty) {
		t.Errorf("an empty array: %+v", it)
	}
	// --jsonl hands one line at a time: a line that is an array stays an error there.
	if it := Parse("stdin:5", []byte(`[{"text":"a"}]`), Options{Format: "jsonl"}); len(it) != 1 || it[0].Err == nil {
		t.Errorf("a JSON Lines line holding an array: %+v", it)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"a.txt", "# Not markdown, says the extension", "text"},
		{"a.md", "plain words", "markdown"},
		{"a.MARKDOWN", "x", "markdown"},
		{"a.htm", "x", "html"},
		{"a.rss", "x", "feed"},
		{"a.atom", "x", "feed"},
		{"a.jsonl", "x", "jsonl"},
		{"a.ndjson", "x", "jsonl"},
		{"-", "<!DOCTYPE html><html><body>x</body></html>", "html"},
		{"-", "\ufeff  <html lang=en>", "html"},
		{"a.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", "feed"},
		{"a.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "feed"},
		{"-", "<rdf:RDF xmlns:rdf=\"x\">", "feed"},
		{"-", "{\"id\":\"a\",\"text\":\"b\"}\n{\"id\":\"c\"", "jsonl"},
		{"-", "{not json at all}", "text"},
		{"a.json", "x", "jsonl"},
		{"-", "{\n  \"id\": \"a\",\n  \"text\": \"b\"\n}\n", "jsonl"},
		{"-", "[{\"text\": \"b\"}]", "jsonl"},
		{"-", "[1] is how a list starts", "text"},
		{"-", "# Heading\n\nText", "markdown"},
		{"-", "Title\n=====\n\nText", "markdown"},
		{"-", "---\ntitle: x\n---\nText", "markdown"},
		{"-", "See [the report](http://x) and **this**.", "markdown"},
		{"-", "Police fired on marchers. #protest", "text"},
		{"story", "Police fired on marchers in the capital.", "text"},
		{"https://news.example.org/2026/02/story.html?ref=rss#top", "Police fired.", "html"},
		{"https://news.example.org/feed/", "<?xml version=\"1.0\"?><rss>", "feed"},
	}
	for _, tt := range tests {
		if got := Detect(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("Detect(%q, %q) = %q, want %q", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestParseDateLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"16 November 2019", "2019-11-16"},
		{"November 16, 2019", "2019-11-16"},
		{"Nov. 16, 2019", "2019-11-16"},
		{"Nov 16 2019", "2019-11-16"},
		{"2019-11-16", "2019-11-16"},
		{"Saturday 16 November 2019", "2019-11-16"},
		{"Saturday, November 16, 2019", "2019-11-16"},
		{"Sat, 16th November 2019", "2019-11-16"},
		{"16 de noviembre de 2019", "2019-11-16"},
		{"Published: 16 November 2019", "2019-11-16"},
		{"Posted on November 16, 2019 at 2:05 p.m. ET", "2019-11-16"},
		{"16 November 2019 14:05 GMT", "2019-11-16"},
		{"2019-11-16T08:15:00-04:00", "2019-11-16"},
		{"16 November", ""},      // no year
		{"31 November 2019", ""}, // no such day
		{"November 2019", ""},
		{"Police fired on 16 November 2019", ""},
		{"By Jane Doe", ""},
		{"16/11/2019", ""}, // ambiguous numeric order is not guessed
		{"", ""},
	}
	for _, tt := range tests {
		got, _, ok := parseDateLine(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDateLine(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if _, upd, _ := parseDateLine("Updated: 17 November 2019"); !upd {
		t.Error("an Updated line should say so")
	}
}

func TestParseDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"KABUL, Afghanistan (Jan. 25, 2013) — Afghan police said", "2013-01-25"},
		{"LA PAZ, Nov 16 (Reuters) - Bolivian police", ""}, // no year: say nothing
		{"WASHINGTON, Nov. 16, 2019 — The president", "2019-11-16"},
		{"NAIROBI, Kenya, Feb. 7, 2026 (AP) -- Police", "2026-02-07"},
		{"SÃO PAULO, 16 de noviembre de 2019 — La policía", "2019-11-16"},
		{"ASUNCIÓN (2026-03-14) — The government", "2026-03-14"},
		{"Police said on Nov. 16, 2019 - that", ""}, // not capitals: an ordinary sentence
		{"NAIROBI (Reuters) - Police fired", ""},
		{"No dash in this one at all", ""},
	}
	for _, tt := range tests {
		got, ok := parseDateline(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDateline(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestScanHeader(t *testing.T) {
	tests := []struct {
		name     string
		markdown bool
		in       string
		want     header
	}{
		{"title byline date", false, "Police fire on marchers\nBy Jane Doe\n16 November 2019\n\nPolice fired on marchers.",
			header{"Police fire on marchers", "Jane Doe", "2019-11-16"}},
		{"name-only byline", false, "Police fire on marchers\nJane Doe\n\nPolice fired on marchers on Saturday.",
			header{"Police fire on marchers", "Jane Doe", ""}},
		{"date before title", false, "Saturday 16 November 2019\nPolice fire on marchers\n\nPolice fired on marchers.",
			header{"Police fire on marchers", "", "2019-11-16"}},
		{"dateline", false, "Police fire on marchers\n\nLA PAZ, Bolivia, Nov. 16, 2019 (Reuters) - Police fired.",
			header{"Police fire on marchers", "", "2019-11-16"}},
		{"no title when prose", false, "Police fired on marchers in the capital on Saturday.\nMore text.",
			header{}},
		{"wrapped prose is not a title", false, "Police fired on marchers in the capital on Saturday, killing\nnine people, officials said.",
			header{}},
		{"By as a sentence", false, "Clashes in the capital\n\nBy Saturday the police had withdrawn.",
			header{"Clashes in the capital", "", ""}},
		{"subtitle in title case is not a byline", false, "Police Fire On Marchers\nAnger Grows In Capital City Streets\n\nText.",
			header{"Police Fire On Marchers", "", ""}},
		{"published wins over updated", false, "Title here\nUpdated: 18 November 2019\nPublished: 16 November 2019\n\nBody.",
			header{"Title here", "", "2019-11-16"}},
		{"updated alone", false, "Title here\nUpdated 18 November 2019\n\nBody.",
			header{"Title here", "", "2019-11-18"}},
		{"markdown decoration", true, "# Police fire on *marchers*\n\n**By [Jane Doe](http://x/jd)**  \n_Nov. 16, 2019_\n\nBody.",
			header{"Police fire on marchers", "Jane Doe", "2019-11-16"}},
		{"markdown setext and kicker", true, "Police fire on marchers\n===\n\n*La Paz bureau*\n\nLA PAZ, Nov. 16, 2019 — Police fired.",
			header{"Police fire on marchers", "", "2019-11-16"}},
		{"markdown later heading is not a title", true, "Police fired on marchers in the capital on Saturday.\n\n## Background\n\nText.",
			header{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scanHeader(tt.in, tt.markdown); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestFrontMatterMustClose(t *testing.T) {
	var h header
	if start := h.frontMatter(topLines("---\ntitle: x\nauthor: Jane Doe\n\nBody.", 100)); start != 0 || h != (header{}) {
		t.Errorf("unclosed front matter read: start %d, %+v", start, h)
	}
	if start := h.frontMatter(topLines("---\ntitle: x\nauthor: Jane Doe\n---\nBody.", 100)); start != 4 || h.title != "x" || h.byline != "Jane Doe" {
		t.Errorf("front matter: start %d, %+v", start, h)
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One  two\nthree</p><p>Four</p>", "One two three\n\nFour"},
		{"Line one<br>line two<br><br>Para two", "Line one\nline two\n\nPara two"},
		{"<div><h2>Head</h2>Text <b>bold</b>, <i>it</i>.</div>", "Head\n\nText bold, it."},
		{"<ul><li>a</li><li>b</li></ul>", "a\n\nb"},
		{"<table><tr><td>x</td><td>y</td></tr></table>", "x y"},
		{"a&nbsp;b &amp; c", "a b & c"},
		{"<script>bad()</script><style>.x{}</style>ok", "ok"},
		{"Plain one\nwrapped.\n\nPlain &amp; two.", "Plain one wrapped.\n\nPlain & two."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := HTMLText(tt.in); got != tt.want {
			t.Errorf("HTMLText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkItems is the invariant every fuzz target asserts: each item carries an error, or a
// document with an ID, a PublishedSource and valid UTF-8 text that is not blank; plain text
// keeps the input's bytes.
func checkItems(t *testing.T, name string, data []byte, items []Item, keepsBytes bool) {
	t.Helper()
	if len(items) == 0 {
		t.Fatalf("no items for %q", data)
	}
	for _, it := range items {
		if it.Doc.ID == "" || it.Doc.PublishedSource == "" {
			t.Errorf("item lacks ID or PublishedSource: %+v", it)
		}
		if it.Err != nil {
			if !strings.Contains(it.Err.Error(), name) {
				t.Errorf("error %q does not name the input %q", it.Err, name)
			}
			continue
		}
		if !utf8.ValidString(it.Doc.Text) || isBlank([]byte(it.Doc.Text)) {
			t.Errorf("document text invalid or blank: %q", it.Doc.Text)
		}
		if keepsBytes && it.Doc.Text != string(data) {
			t.Errorf("text is not the input's bytes")
		}
		if it.Doc.Published != "" {
			if _, ok := isoDay(it.Doc.Published); !ok || len(it.Doc.Published) != 10 {
				t.Errorf("published %q is not YYYY-MM-DD", it.Doc.Published)
			}
		}
	}
}

func addSeeds(f *testing.F, exts ...string) {
	for _, path := range fixtures(f) {
		for _, ext := range exts {
			if strings.HasSuffix(path, ext) {
				data, err := os.ReadFile(path)
				if err != nil {
					f.Fatal(err)
				}
				f.Add(data)
			}
		}
	}
}

func FuzzParseText(f *testing.F) {
	addSeeds(f, ".txt")
	f.Add([]byte("Title\nBy X Y\n16 November 2019\n\nKABUL, Afghanistan (Jan. 25, 2013) — x"))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, "f.txt", data, Parse("f.txt", data, Options{Format: FormatText}), true)
	})
}

func FuzzParseMarkdown(f *testing.F) {
	addSeeds(f, ".md")
	f.Add([]byte("---\ntitle: a\n---\n# b\n===\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, "f.md", data, Parse("f.md", data, Options{Format: FormatMarkdown}), true)
	})
}

func FuzzParseHTML(f *testing.F) {
	addSeeds(f, ".html")
	f.Add([]byte("<html><body><p>x"))
	f.Add([]byte("<table><tr><td><table><tr><td>deep"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, "f.html", data, Parse("f.html", data, Options{Format: FormatHTML}), false)
	})
}

func FuzzParseFeed(f *testing.F) {
	addSeeds(f, ".rss", ".atom")
	f.Add([]byte("<rss><channel><item><description>x</description></item></channel></rss>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkItems(t, "f.rss", data, Parse("f.rss", data, Options{Format: FormatFeed}), false)
	})
}

func FuzzParseJSONL(f *testing.F) {
	addSeeds(f, ".jsonl")
	f.Add([]byte(`{"id":"a","text":"b","published":"2019-11-16T00:00:00Z"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		items := Parse("f.jsonl", data, Options{})
		if isBlank(data) {
			return
		}
		checkItems(t, "f.jsonl", data, items, false)
	})
}

func BenchmarkParseHTML(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "teachers-strike.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if it := Parse("bench.html", page, Options{}); it[0].Err != nil {
			b.Fatal(it[0].Err)
		}
	}
}

func BenchmarkParseText(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "kisumu-curfew.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if it := Parse("bench.txt", data, Options{}); it[0].Err != nil {
			b.Fatal(it[0].Err)
		}
	}
}
