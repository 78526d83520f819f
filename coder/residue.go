package coder

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scraped pages carry lines that belong to other articles: the titles of related stories set
// in square brackets inside the body ("[Dam breach floods three villages]"), and "Read more:"
// or "Related:" lines. They tell another story, so no event of this document is coded from
// them; the other stages (places, dates) may still mark them.

// linkedStory returns the byte range of sentence s that is a link to another story, or
// (0, 0): a bracketed title standing alone at the start of the sentence (the sentence ends
// with it or a new sentence follows it), or the whole sentence after a link label such as
// "Read more:" or "Related:".
func (d *document) linkedStory(s sentence) (int, int) {
	txt := d.text[s.Start:s.End]
	if strings.HasPrefix(txt, "[") {
		if end := bracketedTitleEnd(txt); end > 0 {
			return s.Start, s.Start + end
		}
		return 0, 0
	}
	// A call to visit a page: a sentence that ends with "visit:" or sends the reader to a web
	// address ("To reach the editors, visit:", "For details visit www.example.org").
	for i := s.T0; i < s.T1; i++ {
		if w := d.toks[i].Lower; w != "visit" && w != "see" && w != "follow" && w != "click" {
			continue
		}
		if i+1 < s.T1 && d.toks[i+1].Lower == ":" && i+2 >= s.T1 || i+1 < s.T1 && (strings.HasPrefix(d.toks[i+1].Lower, "www") || strings.HasPrefix(d.toks[i+1].Lower, "http")) {
			return s.Start, s.End
		}
	}
	// A label of one to three words closed by a colon, or by a dash: "Read more:",
	// "RELATED —", "See also:".
	var words []string
	for i := s.T0; i < s.T1 && i < s.T0+4; i++ {
		t := d.toks[i]
		if t.Word {
			words = append(words, t.Lower)
			continue
		}
		if len(words) > 0 && (t.Lower == ":" || t.Lower == "—" || t.Lower == "–" || t.Lower == "|") && lex.is("link_label", strings.Join(words, " ")) {
			return s.Start, s.End
		}
		break
	}
	return 0, 0
}

// bracketedTitleEnd returns the end of the bracketed title that opens txt, or 0: a closing
// "]" within 200 bytes, no nested bracket, three or more words starting with a capital letter,
// and after it the end of txt, or a word starting with a capital letter or a quote.
func bracketedTitleEnd(txt string) int {
	c := strings.IndexByte(txt, ']')
	if c < 0 || c > 200 || strings.ContainsAny(txt[1:c], "[") {
		return 0
	}
	title := strings.TrimSpace(txt[1:c])
	if len(strings.Fields(title)) < 3 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(title); !unicode.IsUpper(r) {
		return 0
	}
	rest := strings.TrimLeftFunc(txt[c+1:], unicode.IsSpace)
	if rest == "" {
		return c + 1
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsUpper(r) || r == '"' || r == '“' {
		return c + 1
	}
	return 0
}
