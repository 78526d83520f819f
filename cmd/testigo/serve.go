package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"testigo"
	"testigo/demo"
	"testigo/httpapi"
	"testigo/read"
)

func init() {
	register("serve", "serve the store over HTTP: JSON API, exports and the web UI (--demo for an example)", runServe)
}

func runServe(ctx context.Context, args []string, std stdio) int {
	fs := newFlags("serve", "usage: testigo serve [--db PATH|postgres://URL] [--addr HOST:PORT] [--demo] [--tiles URL]", std)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	demoMode := fs.Bool("demo", false, "store the bundled demo corpus in a fresh database (a temporary file unless --db is given) and serve it")
	tiles := fs.String("tiles", "", "optional raster tile URL template (https://host/{z}/{x}/{y}.png) drawn under the map; none by default, so the UI makes no outside request")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	dbGiven := false
	fs.Visit(func(f *flag.Flag) { dbGiven = dbGiven || f.Name == "db" })
	spec := *db
	if *demoMode && !dbGiven {
		dir, err := os.MkdirTemp("", "testigo-demo-")
		if err != nil {
			return fatal(std, "serve", err)
		}
		defer os.RemoveAll(dir)
		spec = filepath.Join(dir, "demo.db")
	}
	st, err := openStore(ctx, spec)
	if err != nil {
		return fatal(std, "serve", err)
	}
	defer st.Close()
	if *demoMode {
		n, err := loadDemo(ctx, st, std)
		if err != nil {
			return fatal(std, "serve --demo", err)
		}
		fmt.Fprintf(std.err, "testigo serve: demo corpus stored in %s (%d new documents)\n", spec, n)
	}
	if !isPostgres(spec) {
		// SQLite plans the listing's ORDER BY with an index only once it has statistics;
		// gather them for the tables that lack them (cheap when they are fresh).
		if db, ok := st.(interface{ SQL() *sql.DB }); ok {
			if _, err := db.SQL().ExecContext(ctx, "PRAGMA optimize=0x10002"); err != nil {
				fmt.Fprintf(std.err, "testigo serve: PRAGMA optimize: %v\n", err)
			}
		}
	}
	logger := slog.New(slog.NewTextHandler(std.err, nil))
	srv := &http.Server{
		Handler:           httpapi.New(httpapi.Config{Store: st, TileURL: *tiles, Logger: logger}),
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fatal(std, "serve", err)
	}
	fmt.Fprintf(std.err, "testigo serve: http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			return fatal(std, "serve", err)
		}
	case <-ctx.Done():
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}
	return 0
}

// loadDemo reads, extracts and stores the demo corpus, skipping documents already stored,
// and returns how many it stored.
func loadDemo(ctx context.Context, st testigo.Store, std stdio) (int, error) {
	arts, err := demo.Articles()
	if err != nil {
		return 0, err
	}
	x, err := extractorFor(ctx, st, std)
	if err != nil {
		return 0, err
	}
	stored := 0
	for _, a := range arts {
		for _, it := range read.Parse(a.File, a.Text, read.Options{Published: a.Published, Format: read.FormatText}) {
			it.Doc.ID, it.Doc.Title, it.Doc.Byline = a.ID, a.Title, a.Outlet
			r := ingestOne(ctx, st, x, it)
			if r.err != nil {
				return stored, r.err
			}
			if r.skipped {
				continue
			}
			if _, err := st.Put(ctx, r.x, testigo.PutOptions{}); err != nil {
				return stored, fmt.Errorf("%s: %w", a.File, err)
			}
			stored++
		}
	}
	return stored, nil
}
