package read

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strings"
)

// formatOf decides the format: a forced one if given, else Detect.
func formatOf(name string, data []byte, forced string) (string, error) {
	if forced == "" {
		return Detect(name, data), nil
	}
	switch strings.ToLower(forced) {
	case "text", "txt", "plain":
		return FormatText, nil
	case "markdown", "md":
		return FormatMarkdown, nil
	case "html", "htm":
		return FormatHTML, nil
	case "feed", "rss", "atom", "xml":
		return FormatFeed, nil
	case "jsonl", "ndjson", "json":
		return FormatJSONL, nil
	}
	return "", fmt.Errorf("%s: unknown format %q (want text, markdown, html, feed or jsonl)", name, forced)
}

// Detect names the format of an input from its name's extension, and when the extension
// says nothing (standard input, no extension, .xml) from the first bytes of the content.
func Detect(name string, data []byte) string {
	if u, err := url.Parse(name); err == nil && u.Scheme != "" && u.Host != "" {
		name = u.Path // a fetched page: "https://host/story.html?ref=rss"
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text":
		return FormatText
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".rss", ".atom":
		return FormatFeed
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL
	}
	return sniff(data)
}

// sniff looks at the start of the content only, so that detection costs nothing on large
// inputs.
func sniff(data []byte) string {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n\f")
	lower := bytes.ToLower(head)
	if bytes.HasPrefix(lower, []byte("<")) {
		switch {
		case bytes.Contains(lower, []byte("<rss")), bytes.Contains(lower, []byte("<feed")),
			bytes.Contains(lower, []byte("<rdf:rdf")):
			return FormatFeed
		case bytes.Contains(lower, []byte("<!doctype html")), bytes.Contains(lower, []byte("<html")),
			bytes.Contains(lower, []byte("<body")), bytes.Contains(lower, []byte("<p>")),
			bytes.Contains(lower, []byte("<div")), bytes.Contains(lower, []byte("<article")):
			return FormatHTML
		}
	}
	if (bytes.HasPrefix(head, []byte("{")) && looksLikeJSONLine(data)) ||
		((bytes.HasPrefix(head, []byte("{")) || bytes.HasPrefix(head, []byte("["))) && json.Valid(bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM)))) {
		return FormatJSONL
	}
	if looksLikeMarkdown(head) {
		return FormatMarkdown
	}
	return FormatText
}

// looksLikeJSONLine reports whether the first line is a JSON object.
func looksLikeJSONLine(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	line, _, _ := bytes.Cut(data, []byte("\n"))
	var obj map[string]json.RawMessage
	return json.Unmarshal(line, &obj) == nil
}

var (
	mdHeadingRx = regexp.MustCompile(`(?m)^#{1,6}[ \t]+\S`)
	mdSetextRx  = regexp.MustCompile(`\A[^\n]*\S[^\n]*\r?\n(=+|-{3,})[ \t]*\r?\n`)
	mdLinkRx    = regexp.MustCompile(`\[[^\]\n]+\]\([^)\s]+\)`)
	mdStrongRx  = regexp.MustCompile(`\*\*[^*\n]+\*\*|__[^_\n]+__`)
)

// looksLikeMarkdown wants more than one Markdown trait, or a heading or YAML front matter
// at the very top, since plain prose can have a stray "#" or "**".
func looksLikeMarkdown(head []byte) bool {
	if bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")) {
		return true
	}
	if bytes.HasPrefix(head, []byte("#")) && mdHeadingRx.Match(head[:min(len(head), 256)]) &&
		mdHeadingRx.FindIndex(head)[0] == 0 {
		return true
	}
	if mdSetextRx.Match(head[:min(len(head), 512)]) {
		return true
	}
	// The regular expressions are slow next to a byte search; run each only where its
	// marker occurs.
	traits := 0
	for _, t := range []struct {
		marker string
		rx     *regexp.Regexp
	}{{"#", mdHeadingRx}, {"](", mdLinkRx}, {"**", mdStrongRx}, {"__", mdStrongRx}} {
		if bytes.Contains(head, []byte(t.marker)) && t.rx.Match(head) {
			traits++
			if t.marker == "**" {
				break // ** and __ are one trait
			}
		}
	}
	return traits >= 2
}
