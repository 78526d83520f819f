package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"testigo"
)

// jsonRecord is one JSON Lines document. Pointers tell a missing field from an empty one.
type jsonRecord struct {
	ID        *json.RawMessage `json:"id"`
	Text      *string          `json:"text"`
	Published string           `json:"published"`
	Title     string           `json:"title"`
	URL       string           `json:"url"`
	Byline    string           `json:"byline"`
	Path      string           `json:"path"`
}

// parseJSONLines reads one document per non-blank line. With single set (the caller hands
// one line at a time, named after it, as `--jsonl` does) a one-line input keeps the name;
// otherwise each line is named "name:LINE".
func (c ctx) parseJSONLines(data []byte, single bool) []Item {
	lines := bytes.Split(data, []byte("\n"))
	nonBlank := 0
	for _, l := range lines {
		if len(bytes.TrimSpace(l)) > 0 {
			nonBlank++
		}
	}
	if nonBlank == 0 {
		return []Item{failed(c.name, "", fmt.Errorf("%s: %w", c.name, ErrEmpty))}
	}
	if !single {
		if whole, ok := wholeJSON(data); ok {
			return c.parseJSONDocument(whole)
		}
	}
	var items []Item
	for i, l := range lines {
		l = bytes.TrimSuffix(l, []byte("\r"))
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		lc := c
		if !(single && nonBlank == 1) {
			lc.name = fmt.Sprintf("%s:%d", c.name, i+1)
		}
		items = append(items, lc.jsonLine(l))
	}
	return items
}

// wholeJSON reports whether data is one pretty-printed JSON object or an array, rather than
// JSON Lines: a ".json" file as people write them by hand or export them from other tools.
func wholeJSON(data []byte) ([]byte, bool) {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))
	if len(t) == 0 || (t[0] != '[' && t[0] != '{') {
		return nil, false
	}
	if t[0] == '{' {
		first, _, _ := bytes.Cut(t, []byte("\n"))
		if json.Valid(bytes.TrimSpace(first)) {
			return nil, false // one object per line
		}
	}
	return t, json.Valid(t)
}

// parseJSONDocument reads a JSON object or an array of objects, each one document like a
// line of JSON Lines; array elements are named "name#N", counting from 1.
func (c ctx) parseJSONDocument(data []byte) []Item {
	var compact bytes.Buffer
	if data[0] == '{' {
		if err := json.Compact(&compact, data); err != nil {
			return []Item{failed(c.name, "", fmt.Errorf("%s: bad JSON: %w", c.name, err))}
		}
		return []Item{c.jsonLine(compact.Bytes())}
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(data, &elems); err != nil {
		return []Item{failed(c.name, "", fmt.Errorf("%s: bad JSON: %w", c.name, err))}
	}
	if len(elems) == 0 {
		return []Item{failed(c.name, "", fmt.Errorf("%s: %w: the array has no documents", c.name, ErrEmpty))}
	}
	items := make([]Item, 0, len(elems))
	for i, e := range elems {
		lc := c
		lc.name = fmt.Sprintf("%s#%d", c.name, i+1)
		compact.Reset()
		if err := json.Compact(&compact, e); err != nil || compact.Len() == 0 || compact.Bytes()[0] != '{' {
			items = append(items, failed(lc.name, "", fmt.Errorf("%s: bad JSON: element %d is not an object", lc.name, i+1)))
			continue
		}
		items = append(items, lc.jsonLine(bytes.Clone(compact.Bytes())))
	}
	return items
}

// jsonLine reads one record; Doc.Text is its "text" string as given.
func (c ctx) jsonLine(line []byte) Item {
	doc := c.newDoc(FormatJSONL)
	doc.Path = ""
	bad := func(err error) Item { return Item{Doc: doc, Err: fmt.Errorf("%s: %w", c.name, err)} }
	line = bytes.TrimPrefix(line, utf8BOM)
	if off := invalidUTF8At(line); off >= 0 {
		return bad(fmt.Errorf("%w: invalid UTF-8 at byte offset %d of the line", ErrEncoding, off))
	}
	var rec jsonRecord
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return bad(fmt.Errorf("bad JSON at byte %d of the line: %w", se.Offset, err))
		}
		return bad(fmt.Errorf("bad JSON: %w", err))
	}
	if dec.More() {
		return bad(errors.New("bad JSON: more than one value on the line"))
	}
	if rec.ID != nil {
		id, err := idString(*rec.ID)
		if err != nil {
			return bad(err)
		}
		if id != "" {
			doc.ID = id
		}
	}
	doc.Path = rec.Path
	doc.Title = cleanInline(rec.Title)
	doc.URL = strings.TrimSpace(rec.URL)
	doc.Byline = cleanInline(rec.Byline)
	if rec.Text == nil {
		return bad(errors.New(`no "text" field`))
	}
	if isBlank([]byte(*rec.Text)) {
		return bad(fmt.Errorf(`%w: the "text" field is empty`, ErrEmpty))
	}
	doc.Text = *rec.Text

	given := ""
	if rec.Published != "" {
		if d, ok := isoDay(rec.Published); ok {
			given = d
		} else if d, _, ok := parseDateLine(rec.Published); ok {
			given = d // "16 Feb 2026": not the documented form, but unambiguous
		} else {
			doc.Problems = append(doc.Problems, testigo.Problem{Input: c.name,
				Message: fmt.Sprintf("published %s is not YYYY-MM-DD or RFC 3339; ignored", quoteShort(rec.Published))})
		}
	}
	// The line's own date comes first, then the caller's, then a date line in the text.
	h := scanHeader(doc.Text, markdownish(doc.Text))
	if given != "" {
		doc.Published, doc.PublishedSource = given, testigo.PublishedMetadata
	} else {
		c.setPublished(&doc, h.published, testigo.PublishedText)
	}
	if doc.Title == "" {
		doc.Title = h.title
	}
	if doc.Byline == "" {
		doc.Byline = h.byline
	}
	return Item{Doc: doc}
}

// idString accepts a string or a number as an ID.
func idString(raw json.RawMessage) (string, error) {
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), nil
	}
	if string(bytes.TrimSpace(raw)) == "null" {
		return "", nil
	}
	return "", fmt.Errorf(`"id" must be a string or a number, not %s`, quoteShort(string(raw)))
}
