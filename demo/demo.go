// Package demo holds the demo corpus: a dozen short news reports, written for testigo, about
// an invented political crisis in a real country (see README.md). It is data only; the
// caller reads and stores the articles.
package demo

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed manifest.tsv articles/*.txt
var files embed.FS

// Article is one report of the corpus: its file, its metadata from manifest.tsv and its bytes.
type Article struct {
	File      string // articles/NN-....txt
	ID        string
	Published string // YYYY-MM-DD
	Outlet    string
	Title     string
	Text      []byte
}

// Articles returns the corpus in manifest order. An error names the manifest line or file.
func Articles() ([]Article, error) {
	manifest, err := files.ReadFile("manifest.tsv")
	if err != nil {
		return nil, err
	}
	var out []Article
	sc := bufio.NewScanner(strings.NewReader(string(manifest)))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("demo/manifest.tsv:%d: %d fields, want 5 (file, id, published, outlet, title)", n, len(f))
		}
		a := Article{File: "articles/" + f[0], ID: f[1], Published: f[2], Outlet: f[3], Title: f[4]}
		if a.Text, err = files.ReadFile(a.File); err != nil {
			return nil, fmt.Errorf("demo/manifest.tsv:%d: %w", n, err)
		}
		out = append(out, a)
	}
	return out, sc.Err()
}
