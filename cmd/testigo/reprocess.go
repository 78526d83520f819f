package main

import (
	"context"
	"fmt"
	"runtime/debug"

	"testigo"
	"testigo/coder"
	"testigo/read"
	"testigo/sqlstore"
)

func init() {
	register("reprocess", "re-extract stored documents coded by an older coder, keeping merges that still hold and human edits", runReprocess)
}

// reprocessBatch is how many stale documents are read from the store at a time.
const reprocessBatch = 200

func runReprocess(ctx context.Context, args []string, std stdio) int {
	fs := newFlags("reprocess", fmt.Sprintf("usage: testigo reprocess [--db PATH|postgres://URL]\n\nRe-runs extraction (coder %s) over the stored documents another coder version made.\nEvents a human edited are kept as they are.", coder.Version), std)
	db := dbFlag(fs)
	progress := fs.String("progress", "auto", "progress bar on standard error: auto (on a terminal), on, off")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return fatal(std, "reprocess", err)
	}
	defer st.Close()
	x, err := extractorFor(ctx, st, std)
	if err != nil {
		return fatal(std, "reprocess", err)
	}
	bar := newBar(std.err, *progress, "reprocess")
	var docs, events, merged, kept, failed int
	failedHashes := map[string]bool{}
	for ctx.Err() == nil {
		stale, err := st.Stale(ctx, coder.Version, reprocessBatch+len(failedHashes))
		if err != nil {
			return fatal(std, "reprocess", err)
		}
		var todo []testigo.StoredDocument
		for _, d := range stale {
			if !failedHashes[d.Hash] {
				todo = append(todo, d)
			}
		}
		if len(todo) == 0 {
			break
		}
		type result struct {
			hash string
			x    testigo.Extraction
			err  error
		}
		ordered[result]{
			work: func(it read.Item) (r result) {
				r.hash = sqlstore.Hash(it.Doc.Text)
				defer func() {
					if p := recover(); p != nil {
						r.err = fmt.Errorf("%s: extraction failed: %v\n%s", it.Doc.ID, p, debug.Stack())
					}
				}()
				r.x = x.Extract(it.Doc)
				return r
			},
			emit: func(r result) {
				if bar != nil {
					bar.Add(1)
				}
				if r.err == nil {
					var res testigo.PutResult
					res, r.err = st.Replace(ctx, r.x, testigo.PutOptions{})
					if r.err == nil {
						docs++
						events += len(res.Events)
						merged += len(res.Merged)
						kept += res.Kept
						return
					}
				}
				failed++
				failedHashes[r.hash] = true
				fmt.Fprintf(std.err, "testigo reprocess: %v\n", r.err)
			},
		}.run(func(send func(read.Item)) {
			for _, d := range todo {
				send(read.Item{Doc: d.Document})
			}
		})
	}
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(std.err)
	}
	fmt.Fprintf(std.out, "reprocessed %d documents with coder %s: %d events, %d merged with other reports, %d edited events kept; %d failed\n",
		docs, coder.Version, events, merged, kept, failed)
	if failed > 0 || ctx.Err() != nil {
		return 1
	}
	return 0
}
