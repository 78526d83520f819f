package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"regexp"

	"testigo"
	"testigo/read"
)

// docOptions are the options of the commands that read documents (extract, annotate).
type docOptions struct {
	published *string
	jsonl     *bool
	format    *string
}

func docFlags(name string, std stdio) (*flag.FlagSet, docOptions) {
	fs := newFlags(name, fmt.Sprintf("usage: testigo %s [--published YYYY-MM-DD] [--format F] FILE...   (- for standard input)\n       testigo %s --jsonl [FILE...] < docs.jsonl", name, name), std)
	o := docOptions{
		published: fs.String("published", "", "publication date of the documents, YYYY-MM-DD (wins over a date found in them)"),
		jsonl:     fs.Bool("jsonl", false, "read documents as JSON Lines ({\"id\",\"text\",\"published\",\"title\"}) from the files or standard input"),
		format:    fs.String("format", "", "force the input format: text, markdown, html, feed, jsonl (default: detect)"),
	}
	return fs, o
}

var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// errorLine is the output line of a document that could not be read.
type errorLine struct {
	Document testigo.Document `json:"document"`
	Error    string           `json:"error"`
}

// processDocs reads the inputs, runs work on each document over all cores and prints one JSON
// line per document in input order. It returns 1 when any input failed.
func processDocs(ctx context.Context, args []string, o docOptions, std stdio, work func(read.Item) any) int {
	if *o.published != "" && !isoDay.MatchString(*o.published) {
		fmt.Fprintf(std.err, "testigo: --published %q is not a date YYYY-MM-DD\n", *o.published)
		return 2
	}
	if !*o.jsonl && len(args) == 0 {
		fmt.Fprintln(std.err, "testigo: no input (name files, - for standard input, or --jsonl)")
		return 2
	}
	opt := read.Options{Published: *o.published, Format: *o.format}
	w := bufio.NewWriterSize(std.out, 1<<16)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed := 0
	ordered[any]{
		work: func(it read.Item) any {
			if it.Err != nil {
				return errorLine{Document: it.Doc, Error: it.Err.Error()}
			}
			return work(it)
		},
		emit: func(v any) {
			if e, ok := v.(errorLine); ok {
				failed++
				fmt.Fprintf(std.err, "testigo: %s\n", e.Error)
			}
			if err := enc.Encode(v); err != nil {
				fmt.Fprintf(std.err, "testigo: writing output: %v\n", err)
			}
		},
	}.run(func(send func(read.Item)) {
		readInputs(ctx, args, *o.jsonl, opt, std.in, send)
	})
	if failed > 0 {
		fmt.Fprintf(std.err, "testigo: %d input(s) could not be read\n", failed)
		return 1
	}
	return 0
}

func fatal(std stdio, what string, err error) int {
	fmt.Fprintf(std.err, "testigo %s: %v\n", what, err)
	return 1
}
