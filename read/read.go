// Package read turns the bytes of an input (plain text, Markdown, HTML, RSS/Atom, JSON Lines)
// into documents. It does no I/O: callers hand it bytes and a name for error messages.
//
// Offsets matter downstream: for plain text and Markdown, Document.Text is the input's bytes
// unchanged, so every span the later stages find points into the file itself. For HTML and
// feed items, Document.Text is the extracted main text, paragraphs separated by "\n\n".
package read

import (
	"fmt"
	"strings"

	"testigo"
)

// Options steer Parse.
type Options struct {
	// Published is a publication date (YYYY-MM-DD, or an RFC 3339 timestamp whose day is
	// kept) given by the caller; it wins over any date found in an article's text or page,
	// and the document's PublishedSource is then "metadata". Feed items and JSON Lines
	// records that carry their own date keep it; the caller's fills in for those without.
	Published string
	// Format forces a format (text, markdown, html, feed, jsonl); "" detects it.
	Format string
}

// Item is one document read from an input, or the reason it could not be read.
// Doc.ID and Doc.Path are set even when Err is not nil, so the error can be reported.
type Item struct {
	Doc testigo.Document
	Err error
}

// Formats Parse knows, as Options.Format takes them and Detect returns them.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatFeed     = "feed"
	FormatJSONL    = "jsonl"
)

// FormatFeedItem is the Document.Format of one item of an RSS or Atom feed.
const FormatFeedItem = "feed-item"

// Parse reads every document that data holds (one for an article, several for a feed or
// JSON Lines). It never panics; a bad document yields an Item with Err set, and the others
// are still returned.
func Parse(name string, data []byte, opt Options) (items []Item) {
	defer func() {
		// The HTML and feed libraries are large; a bug in one of them must cost one input,
		// not the whole run.
		if r := recover(); r != nil {
			items = append(items, Item{
				Doc: testigo.Document{ID: name, Path: name, PublishedSource: testigo.PublishedNone},
				Err: fmt.Errorf("%s: internal error while reading: %v", name, r),
			})
		}
	}()
	format, err := formatOf(name, data, opt.Format)
	if err != nil {
		return []Item{failed(name, name, err)}
	}
	published, pubProblem := normalizePublished(opt.Published)
	c := ctx{name: name, published: published}
	if pubProblem != "" {
		c.problems = append(c.problems, testigo.Problem{Input: name, Message: pubProblem})
	}
	switch format {
	case FormatJSONL:
		return c.parseJSONLines(data, strings.EqualFold(opt.Format, FormatJSONL))
	case FormatFeed:
		return c.parseFeed(data)
	case FormatHTML:
		return []Item{c.parseHTML(data)}
	case FormatMarkdown:
		return []Item{c.parsePlain(data, true)}
	default:
		return []Item{c.parsePlain(data, false)}
	}
}

// ctx is what every format's reader needs to know about the input.
type ctx struct {
	name      string // for IDs and error messages
	published string // the caller's date, normalized, or ""
	problems  []testigo.Problem
}

// newDoc starts a document of the input with the defaults every format shares.
func (c ctx) newDoc(format string) testigo.Document {
	d := testigo.Document{ID: c.name, Path: c.name, Format: format, PublishedSource: testigo.PublishedNone}
	if len(c.problems) > 0 {
		d.Problems = append([]testigo.Problem(nil), c.problems...)
	}
	return d
}

// setPublished applies the precedence: the caller's date, then what the document says.
func (c ctx) setPublished(d *testigo.Document, found, source string) {
	switch {
	case c.published != "":
		d.Published, d.PublishedSource = c.published, testigo.PublishedMetadata
	case found != "":
		d.Published, d.PublishedSource = found, source
	default:
		d.Published, d.PublishedSource = "", testigo.PublishedNone
	}
}

func failed(id, path string, err error) Item {
	return Item{Doc: testigo.Document{ID: id, Path: path, PublishedSource: testigo.PublishedNone}, Err: err}
}

// normalizePublished accepts YYYY-MM-DD or an RFC 3339 timestamp and returns the day; a
// value it cannot read is dropped with a message saying why.
func normalizePublished(s string) (day, problem string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ""
	}
	if d, ok := isoDay(s); ok {
		return d, ""
	}
	return "", fmt.Sprintf("publication date %q is not YYYY-MM-DD or RFC 3339; ignored", s)
}
