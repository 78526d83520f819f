package read

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"testigo"
)

// dateHorizon bounds the dates htmldate may accept, and stands in for "now" when it reads a
// partial date. A fixed value keeps the output the same whenever it runs (htmldate's
// default is the clock); strict parsing below refuses dates without a year anyway.
var dateHorizon = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)

// htmlDateOptions are those measured to keep the page's own publication time and zone: with
// the defaults a date in the URL wins and the time is dropped.
func htmlDateOptions() *htmldate.Options {
	return &htmldate.Options{
		ExtractTime:       true,
		DeferUrlExtractor: true,
		UseOriginalDate:   true, // the first publication, not the last edit
		MaxDate:           dateHorizon,
		DateParserConfig: &dps.Configuration{
			CurrentTime:         dateHorizon,
			StrictParsing:       true,
			PreferredDateSource: dps.Past,
		},
	}
}

// parseHTML extracts the main text of a web page with trafilatura, with its title, author
// and publication date. When trafilatura finds nothing, the page's visible text outside
// navigation and boilerplate is used, and the document says so in Problems.
func (c ctx) parseHTML(data []byte) Item {
	doc := c.newDoc(FormatHTML)
	if isBlank(data) {
		return Item{Doc: doc, Err: fmt.Errorf("%s: %w", c.name, ErrEmpty)}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 && looksBinary(data) {
		return Item{Doc: doc, Err: fmt.Errorf("%s: %w: NUL byte at offset %d", c.name, ErrBinary, i)}
	}
	utf8Data, err := toUTF8(data)
	if err != nil {
		return Item{Doc: doc, Err: fmt.Errorf("%s: %w", c.name, err)}
	}
	root, err := html.Parse(bytes.NewReader(utf8Data))
	if err != nil {
		return Item{Doc: doc, Err: fmt.Errorf("%s: cannot parse HTML: %w", c.name, err)}
	}
	if looksTruncated(utf8Data) {
		doc.Problems = append(doc.Problems, testigo.Problem{Input: c.name, Offset: len(data),
			Message: "the page ends before </html>: it may be truncated; the text read is what came before"})
	}

	opts := trafilatura.Options{
		ExcludeComments: true,
		HtmlDateOptions: htmlDateOptions(),
	}
	if u, err := url.Parse(c.name); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		opts.OriginalURL = u // the name of a fetched page is its address
	}
	if c.published != "" {
		// The caller's date wins; skip the date search, which is the slow part.
		t, _ := time.Parse("2006-01-02", c.published)
		opts.HtmlDateOverride = &htmldate.Result{DateTime: t, HasTime: true}
	}
	pruneInert(root)
	res, terr := trafilatura.ExtractDocument(root, opts)
	text := ""
	if terr == nil && res != nil {
		text = nodeText(res.ContentNode, false)
		m := res.Metadata
		doc.Title = cleanInline(m.Title)
		doc.Byline = cleanInline(m.Author)
		doc.URL = m.URL
		if doc.URL == "" && opts.OriginalURL != nil {
			doc.URL = opts.OriginalURL.String()
		}
		doc.Language = m.Language
		found := ""
		if !m.Date.IsZero() && c.published == "" {
			found = m.Date.Format("2006-01-02")
		}
		c.setPublished(&doc, found, testigo.PublishedText)
	} else {
		c.setPublished(&doc, "", "")
	}
	if strings.TrimSpace(text) == "" {
		// trafilatura gives up on pages whose text is short or oddly nested; the visible
		// text of the body, without navigation and scripts, is still better than nothing.
		text = nodeText(bodyOf(root), true)
		if strings.TrimSpace(text) == "" {
			msg := "no readable text in the page"
			if terr != nil {
				msg += " (" + terr.Error() + ")"
			}
			return Item{Doc: doc, Err: fmt.Errorf("%s: %s", c.name, msg)}
		}
		doc.Problems = append(doc.Problems, testigo.Problem{Input: c.name,
			Message: "main-text extraction found nothing; the page's visible text was used"})
		if doc.Title == "" {
			doc.Title = cleanInline(titleOf(root))
		}
	}
	doc.Text = text
	return Item{Doc: doc}
}

// looksBinary tells a page with a stray NUL from an image renamed .html.
func looksBinary(data []byte) bool {
	sample := data[:min(len(data), 8192)]
	return bytes.Count(sample, []byte{0}) > len(sample)/100
}

// looksTruncated reports a page that opened <html> or <body> but never closed it.
func looksTruncated(data []byte) bool {
	tail := bytes.ToLower(data[max(0, len(data)-2048):])
	head := bytes.ToLower(data[:min(len(data), 4096)])
	if bytes.Contains(head, []byte("<html")) {
		return !bytes.Contains(tail, []byte("</html"))
	}
	if bytes.Contains(head, []byte("<body")) {
		return !bytes.Contains(tail, []byte("</body"))
	}
	return false
}

// toUTF8 decodes a page in another charset (a <meta charset>, a BOM, or a guess for bytes
// that are not UTF-8); valid UTF-8 is passed through untouched.
func toUTF8(data []byte) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(data[:min(len(data), 4096)], "text/html")
	if utf8.Valid(data) && (!certain || name == "utf-8") {
		return data, nil
	}
	if name == "utf-8" {
		return []byte(strings.ToValidUTF8(string(data), "\uFFFD")), nil
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(data)))
	if err != nil {
		return nil, fmt.Errorf("decoding %s: %w", name, err)
	}
	return []byte(strings.ToValidUTF8(string(out), "\uFFFD")), nil
}

func bodyOf(root *html.Node) *html.Node {
	if b := dom.QuerySelector(root, "body"); b != nil {
		return b
	}
	return root
}

func titleOf(root *html.Node) string {
	if h := dom.QuerySelector(root, "h1"); h != nil {
		return dom.TextContent(h)
	}
	if t := dom.QuerySelector(root, "title"); t != nil {
		return dom.TextContent(t)
	}
	return ""
}

// Elements whose content is never article text.
var skipElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "iframe": true,
	"object": true, "embed": true, "svg": true, "math": true, "canvas": true, "head": true,
	"button": true, "select": true, "input": true, "textarea": true, "video": true, "audio": true,
	"map": true, "picture": true,
}

// pruneInert removes what a browser never shows as text (scripts, styles, templates,
// frames) before extraction: trafilatura keeps some of it, <template> for one. JSON-LD
// scripts stay, since trafilatura reads the author and date from them.
func pruneInert(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && skipElements[strings.ToLower(c.Data)] && c.Data != "head" &&
			!(c.Data == "script" && strings.Contains(strings.ToLower(dom.GetAttribute(c, "type")), "json")) {
			n.RemoveChild(c)
		} else {
			pruneInert(c)
		}
		c = next
	}
}

// Elements that are page furniture rather than the article, skipped in the fallback path.
var boilerplateElements = map[string]bool{
	"nav": true, "header": true, "footer": true, "aside": true, "form": true, "menu": true,
}

// Elements that end a paragraph.
var blockElements = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "body": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "footer": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true, "blockquote": true,
	"pre": true, "table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true, "caption": true,
	"figure": true, "figcaption": true, "address": true, "hr": true, "aside": true, "nav": true,
	"details": true, "summary": true, "fieldset": true, "form": true, "center": true,
}

// NodeText turns an HTML fragment into plain text: one paragraph per block element,
// paragraphs separated by a blank line, white space inside a paragraph collapsed, a <br>
// kept as a line break. Scripts, styles and form controls are dropped.
func NodeText(n *html.Node) string { return nodeText(n, false) }

// HTMLText parses an HTML fragment (a feed item's description, say) and returns its text as
// NodeText does.
func HTMLText(fragment string) string {
	if !strings.Contains(fragment, "<") {
		return plainParagraphs(html.UnescapeString(fragment))
	}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return ""
	}
	w := textWriter{}
	for _, n := range nodes {
		w.walk(n, false)
	}
	return w.finish()
}

// plainParagraphs reads a fragment without markup (many feeds send plain descriptions):
// blank lines separate its paragraphs.
func plainParagraphs(s string) string {
	w := textWriter{}
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			w.endParagraph()
			continue
		}
		w.text(line + "\n")
	}
	return w.finish()
}

func nodeText(n *html.Node, skipBoilerplate bool) string {
	if n == nil {
		return ""
	}
	w := textWriter{}
	w.walk(n, skipBoilerplate)
	return w.finish()
}

// textWriter collects paragraphs while walking a tree.
type textWriter struct {
	paras  []string
	cur    strings.Builder
	space  bool // a space is pending before the next word
	breaks int  // <br> seen since the last word
	depth  int
}

func (w *textWriter) walk(n *html.Node, skipBoilerplate bool) {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > 512 { // pathological nesting: the parser allows it, the stack should not pay
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		tag := strings.ToLower(n.Data)
		if skipElements[tag] || (skipBoilerplate && boilerplateElements[tag]) {
			return
		}
		if tag == "br" {
			w.lineBreak()
			return
		}
		if blockElements[tag] {
			w.endParagraph()
			defer w.endParagraph()
		} else if tag == "td" || tag == "th" {
			w.space = true
			defer func() { w.space = true }()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, skipBoilerplate)
	}
}

func (w *textWriter) text(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' {
			w.space = true
			continue
		}
		if r == utf8.RuneError || unicode.IsControl(r) {
			r = ' '
			w.space = true
			continue
		}
		if w.breaks >= 2 {
			w.endParagraph()
		} else if w.breaks == 1 && w.cur.Len() > 0 {
			w.cur.WriteByte('\n')
			w.space = false
		}
		w.breaks = 0
		if w.space && w.cur.Len() > 0 {
			w.cur.WriteByte(' ')
		}
		w.space = false
		w.cur.WriteRune(r)
	}
}

func (w *textWriter) lineBreak() {
	if w.cur.Len() > 0 {
		w.breaks++
	}
}

func (w *textWriter) endParagraph() {
	if w.cur.Len() > 0 {
		w.paras = append(w.paras, w.cur.String())
		w.cur.Reset()
	}
	w.space, w.breaks = false, 0
}

func (w *textWriter) finish() string {
	w.endParagraph()
	return strings.Join(w.paras, "\n\n")
}

// cleanInline collapses white space in a one-line value (a title, an author).
func cleanInline(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "")), " ")
}
