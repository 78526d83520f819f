package main

import (
	"context"
	"testigo/extract"
	"testigo/read"
)

func init() {
	register("extract", "print the events, tolls and statements each article reports (JSON Lines)", runExtract)
}

func runExtract(ctx context.Context, args []string, std stdio) int {
	fs, opt := docFlags("extract", std)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	x, err := extract.New()
	if err != nil {
		return fatal(std, "extract", err)
	}
	return processDocs(ctx, fs.Args(), opt, std, func(it read.Item) any {
		return x.Extract(it.Doc)
	})
}
