package main

import (
	"context"

	"testigo"
	"testigo/annotate"
	"testigo/read"
)

func init() {
	register("annotate", "print what testigo reads in each article: sentences, places, dates, numbers, actors", runAnnotate)
}

// annotation is one line of annotate's output (CONTRACT.md).
type annotation struct {
	Document testigo.Document `json:"document"`
	testigo.Annotations
}

func runAnnotate(ctx context.Context, args []string, std stdio) int {
	fs, opt := docFlags("annotate", std)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	a, err := annotate.New()
	if err != nil {
		return fatal(std, "annotate", err)
	}
	return processDocs(ctx, fs.Args(), opt, std, func(it read.Item) any {
		return annotation{Document: it.Doc, Annotations: a.Annotate(it.Doc)}
	})
}
