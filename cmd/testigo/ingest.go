package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"testigo"
	"testigo/extract"
	"testigo/read"
	"testigo/sqlstore"
)

func init() {
	register("ingest", "read articles and feeds into the store, once each, merging reports of one happening", runIngest)
}

// ingestSummary is what ingest did, printed at the end (as JSON with --json).
type ingestSummary struct {
	Read     int             `json:"read"`     // documents read
	Stored   int             `json:"stored"`   // new documents stored
	Skipped  int             `json:"skipped"`  // already stored (same text)
	Failed   int             `json:"failed"`   // could not be read, extracted or stored
	Events   int             `json:"events"`   // events found in the new documents
	Tolls    int             `json:"tolls"`    // tolls found in the new documents
	Merged   int             `json:"merged"`   // new events merged with reports from other documents
	Failures []ingestFailure `json:"failures"` // why each failed
	Seconds  float64         `json:"seconds"`
}

type ingestFailure struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
}

// ingestResult is one document after the parallel stage: extracted, already stored, or failed.
type ingestResult struct {
	doc     testigo.Document
	x       testigo.Extraction
	skipped bool
	err     error
}

func runIngest(ctx context.Context, args []string, std stdio) int {
	fs := newFlags("ingest", "usage: testigo ingest [--db PATH|postgres://URL] [--published YYYY-MM-DD] PATH|GLOB|URL...\n\n"+
		"PATH is a file (text, Markdown, HTML, RSS/Atom, JSON Lines) or a folder, read recursively;\nURL an article or a feed fetched over HTTP; - standard input. Documents already stored\n(same text) are skipped, so an interrupted ingest resumes where it stopped.", std)
	db := dbFlag(fs)
	published := fs.String("published", "", "publication date of the documents, YYYY-MM-DD (wins over a date found in them)")
	format := fs.String("format", "", "force the input format: text, markdown, html, feed, jsonl (default: detect)")
	jsonl := fs.Bool("jsonl", false, "read every input as JSON Lines ({\"id\",\"text\",\"published\",\"title\",\"url\"}); standard input when none is named")
	noMerge := fs.Bool("no-merge", false, "store events without merging them with reports from other documents")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit for fetching one URL")
	progress := fs.String("progress", "auto", "progress bar on standard error: auto (on a terminal), on, off")
	batch := fs.Int("batch", 32, "documents stored per transaction")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *published != "" && !isoDay.MatchString(*published) {
		fmt.Fprintf(std.err, "testigo ingest: --published %q is not a date YYYY-MM-DD\n", *published)
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 && !*jsonl {
		fs.Usage()
		return 2
	}
	start := time.Now()
	st, err := openStore(ctx, *db)
	if err != nil {
		return fatal(std, "ingest", err)
	}
	defer st.Close()
	x, err := extractorFor(ctx, st, std)
	if err != nil {
		return fatal(std, "ingest", err)
	}
	opt := read.Options{Published: *published, Format: *format}
	sum := ingestSummary{Failures: []ingestFailure{}}
	bar := newBar(std.err, *progress, "ingest")
	fail := func(input string, err error) {
		sum.Failed++
		sum.Failures = append(sum.Failures, ingestFailure{Input: input, Reason: err.Error()})
		if bar == nil {
			fmt.Fprintf(std.err, "testigo ingest: %v\n", err)
		}
	}
	putOpt := testigo.PutOptions{NoMerge: *noMerge}
	// An interrupt stops the reading; what was already extracted is still stored.
	wctx := context.WithoutCancel(ctx)
	// Extracted documents wait in pending until a batch is full, then go in one transaction
	// (each document whole or not at all; a kill loses at most the batch, redone next run).
	var pending []ingestResult
	stored := func(r ingestResult, res testigo.PutResult, err error) {
		switch {
		case err != nil:
			fail(nameOf(r.doc), err)
		case res.Existing: // the same text twice in this run
			sum.Skipped++
		default:
			sum.Stored++
			sum.Events += len(res.Events)
			sum.Tolls += res.Tolls
			sum.Merged += len(res.Merged)
		}
	}
	flush := func() {
		if len(pending) == 0 {
			return
		}
		if bp, ok := st.(testigo.BatchPutter); ok && *batch > 1 {
			xs := make([]testigo.Extraction, len(pending))
			for i, r := range pending {
				xs[i] = r.x
			}
			results, errs := bp.PutBatch(wctx, xs, putOpt)
			for i, r := range pending {
				stored(r, results[i], errs[i])
			}
		} else {
			for _, r := range pending {
				res, err := st.Put(wctx, r.x, putOpt)
				stored(r, res, err)
			}
		}
		pending = pending[:0]
	}
	ordered[ingestResult]{
		work: func(it read.Item) ingestResult { return ingestOne(wctx, st, x, it) },
		emit: func(r ingestResult) {
			sum.Read++
			if bar != nil {
				bar.Add(1)
			}
			switch {
			case r.err != nil:
				fail(nameOf(r.doc), r.err)
			case r.skipped:
				sum.Skipped++
			default:
				pending = append(pending, r)
				if len(pending) >= *batch {
					flush()
				}
			}
		},
	}.run(func(send func(read.Item)) {
		feedInputs(ctx, inputs, *jsonl, opt, std.in, *timeout, send)
	})
	flush()
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(std.err)
	}
	sum.Seconds = time.Since(start).Seconds()
	printIngestSummary(std, sum, *asJSON, bar != nil)
	if ctx.Err() != nil {
		fmt.Fprintln(std.err, "testigo ingest: interrupted; what was stored stays stored, run again to resume")
		return 1
	}
	if sum.Failed > 0 {
		return 1
	}
	return 0
}

func nameOf(d testigo.Document) string {
	if d.Path != "" && d.Path != d.ID && !strings.HasPrefix(d.ID, d.Path) {
		return d.Path + " (" + d.ID + ")"
	}
	if d.ID != "" {
		return d.ID
	}
	return d.Path
}

// ingestOne runs in parallel: it skips what is stored and extracts the rest. A panic in
// extraction fails that document only.
func ingestOne(ctx context.Context, st testigo.Store, x *extract.Extractor, it read.Item) (r ingestResult) {
	r.doc = it.Doc
	if it.Err != nil {
		r.err = it.Err
		return r
	}
	if strings.TrimSpace(it.Doc.Text) == "" {
		r.err = fmt.Errorf("%s: no text", nameOf(it.Doc))
		return r
	}
	known, err := st.Known(ctx, []string{sqlstore.Hash(it.Doc.Text)})
	if err != nil {
		r.err = fmt.Errorf("%s: %w", nameOf(it.Doc), err)
		return r
	}
	if len(known) > 0 {
		r.skipped = true
		return r
	}
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("%s: extraction failed: %v\n%s", nameOf(it.Doc), p, debug.Stack())
		}
	}()
	r.x = x.Extract(it.Doc)
	return r
}

func printIngestSummary(std stdio, s ingestSummary, asJSON, listed bool) {
	if asJSON {
		enc := json.NewEncoder(std.out)
		enc.SetIndent("", "  ")
		enc.Encode(s)
		return
	}
	rate := 0.0
	if s.Seconds > 0 {
		rate = float64(s.Read) / s.Seconds
	}
	fmt.Fprintf(std.out, "read %d documents in %.1fs (%.0f/s): %d stored, %d skipped (already stored), %d failed\n",
		s.Read, s.Seconds, rate, s.Stored, s.Skipped, s.Failed)
	fmt.Fprintf(std.out, "found %d events and %d tolls; %d events merged with reports from other documents\n", s.Events, s.Tolls, s.Merged)
	if listed {
		for _, f := range s.Failures {
			fmt.Fprintf(std.out, "failed: %s: %s\n", f.Input, f.Reason)
		}
	}
}

// newBar returns a progress bar on w, or nil when there should be none (mode "auto" and w
// is not a terminal, or mode "off").
func newBar(w io.Writer, mode, what string) *progressbar.ProgressBar {
	switch mode {
	case "off":
		return nil
	case "on":
	default:
		f, ok := w.(*os.File)
		if !ok || !term.IsTerminal(int(f.Fd())) {
			return nil
		}
	}
	return progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
	)
}

// feedInputs expands folders, globs and URLs and sends every document they hold, in order.
func feedInputs(ctx context.Context, inputs []string, jsonl bool, opt read.Options, stdin io.Reader, timeout time.Duration, send func(read.Item)) {
	if jsonl && len(inputs) == 0 {
		inputs = []string{"-"}
	}
	client := &http.Client{Timeout: timeout}
	for _, in := range inputs {
		if ctx.Err() != nil {
			return
		}
		if isURL(in) {
			fetchURL(ctx, client, in, opt, send)
			continue
		}
		files, err := expandInput(in)
		if err != nil {
			send(read.Item{Doc: testigo.Document{ID: in, Path: in}, Err: err})
			continue
		}
		for _, f := range files {
			if ctx.Err() != nil {
				return
			}
			readInputs(ctx, []string{f}, jsonl || isJSONLinesName(f), opt, stdin, send)
		}
	}
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func isJSONLinesName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

// ingestExts are the file names a folder walk picks up; named files are read whatever
// their names.
var ingestExts = map[string]bool{
	".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true,
	".xml": true, ".rss": true, ".atom": true, ".jsonl": true, ".ndjson": true,
}

// expandInput turns a file, folder or glob into the files it names, in lexical order.
func expandInput(in string) ([]string, error) {
	if in == "-" {
		return []string{"-"}, nil
	}
	st, err := os.Stat(in)
	if err != nil {
		if !strings.ContainsAny(in, "*?[") {
			return nil, err
		}
		matches, gerr := filepath.Glob(in)
		if gerr != nil {
			return nil, fmt.Errorf("%s: %w", in, gerr)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("%s: no file matches", in)
		}
		var out []string
		for _, m := range matches {
			files, err := expandInput(m)
			if err != nil {
				return nil, err
			}
			out = append(out, files...)
		}
		return out, nil
	}
	if !st.IsDir() {
		return []string{in}, nil
	}
	var out []string
	err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != in && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && ingestExts[strings.ToLower(filepath.Ext(p))] {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// maxFetchBytes bounds one fetched page or feed.
const maxFetchBytes = 32 << 20

func fetchURL(ctx context.Context, client *http.Client, url string, opt read.Options, send func(read.Item)) {
	failed := func(err error) {
		send(read.Item{Doc: testigo.Document{ID: url, Path: url, URL: url}, Err: fmt.Errorf("%s: %w", url, err)})
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		failed(err)
		return
	}
	req.Header.Set("User-Agent", "testigo (news event coder)")
	resp, err := client.Do(req)
	if err != nil {
		failed(err)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		failed(fmt.Errorf("HTTP %s", resp.Status))
		return
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxFetchBytes+1))
	if err != nil {
		failed(err)
		return
	}
	if len(data) > maxFetchBytes {
		failed(fmt.Errorf("over the %d MiB limit", maxFetchBytes>>20))
		return
	}
	for _, it := range read.Parse(url, data, opt) {
		if it.Doc.URL == "" && it.Doc.Format != read.FormatFeedItem {
			it.Doc.URL = url
		}
		send(it)
	}
}

// extractorFor builds the extractor, with the gazetteer extended by the GeoNames rows
// loaded into the store (testigo geonames load), if any.
func extractorFor(ctx context.Context, st testigo.Store, std stdio) (*extract.Extractor, error) {
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	if err := extendGazetteer(ctx, st, x); err != nil {
		return nil, err
	}
	return x, nil
}
