package read

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"

	"testigo"
)

// parseFeed reads an RSS or Atom feed: one document per item. A feed cut off in the middle
// (a partial download) still gives the items before the cut, followed by an error item that
// names the feed.
func (c ctx) parseFeed(data []byte) []Item {
	if isBlank(data) {
		return []Item{failed(c.name, c.name, fmt.Errorf("%s: %w", c.name, ErrEmpty))}
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	var tail []Item
	if err != nil {
		repaired, cut, ok := repairFeed(data)
		if ok {
			if f, rerr := gofeed.NewParser().Parse(bytes.NewReader(repaired)); rerr == nil {
				feed = f
				tail = []Item{failed(c.name, c.name, fmt.Errorf("%s: feed is truncated or malformed after byte %d (%v); the %d items before it were read", c.name, cut, err, len(f.Items)))}
				err = nil
			}
		}
	}
	if err != nil {
		return []Item{failed(c.name, c.name, fmt.Errorf("%s: not a readable RSS or Atom feed: %w", c.name, err))}
	}
	var items []Item
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		items = append(items, c.feedItem(i+1, it))
	}
	if len(items) == 0 && len(tail) == 0 {
		return []Item{failed(c.name, c.name, fmt.Errorf("%s: the feed has no items", c.name))}
	}
	return append(items, tail...)
}

// feedItem makes the document of one item; index counts from 1.
func (c ctx) feedItem(index int, it *gofeed.Item) Item {
	doc := c.newDoc(FormatFeedItem)
	doc.ID = fmt.Sprintf("%s#%d", c.name, index)
	switch {
	case strings.TrimSpace(it.GUID) != "":
		doc.ID = strings.TrimSpace(it.GUID)
	case strings.TrimSpace(it.Link) != "":
		doc.ID = strings.TrimSpace(it.Link)
	}
	doc.URL = strings.TrimSpace(it.Link)
	doc.Title = cleanInline(HTMLText(it.Title))
	doc.Byline = cleanInline(itemAuthor(it))

	body := it.Content
	if len(strings.TrimSpace(HTMLText(body))) < len(strings.TrimSpace(HTMLText(it.Description))) {
		body = it.Description // a teaser in <content> and the story in <description> happens too
	}
	doc.Text = HTMLText(body)
	if strings.TrimSpace(doc.Text) == "" {
		return Item{Doc: doc, Err: fmt.Errorf("%s: item %d (%s) has no text", c.name, index, doc.ID)}
	}

	// Each item's own date comes first, as a JSON Lines record's does; the caller's date
	// stands in for items without one.
	own := ""
	switch {
	case it.PublishedParsed != nil:
		own = it.PublishedParsed.Format("2006-01-02")
	case it.UpdatedParsed != nil:
		own = it.UpdatedParsed.Format("2006-01-02")
	default:
		own, _ = isoDay(it.Published)
	}
	if own != "" {
		doc.Published, doc.PublishedSource = own, testigo.PublishedMetadata
	} else {
		c.setPublished(&doc, scanHeader(doc.Text, false).published, testigo.PublishedText)
	}
	return Item{Doc: doc}
}

func itemAuthor(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	if len(names) == 0 && it.Author != nil {
		names = append(names, it.Author.Name)
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		names = append(names, it.DublinCoreExt.Creator...)
	}
	return strings.Join(names, ", ")
}

// repairFeed cuts a broken feed after its last complete item and closes the elements
// around it, so that the items before the break can be read. It returns the offset of the
// cut.
func repairFeed(data []byte) ([]byte, int, bool) {
	lower := bytes.ToLower(data)
	for _, c := range []struct{ end, closing string }{
		{"</item>", "</channel></rss>"},
		{"</entry>", "</feed>"},
	} {
		i := bytes.LastIndex(lower, []byte(c.end))
		if i < 0 {
			continue
		}
		cut := i + len(c.end)
		closing := c.closing
		if bytes.Contains(lower[:min(len(lower), 4096)], []byte("<rdf:rdf")) {
			closing = "</rdf:RDF>"
		}
		out := make([]byte, 0, cut+len(closing))
		out = append(out, data[:cut]...)
		out = append(out, closing...)
		return out, cut, true
	}
	return nil, 0, false
}
