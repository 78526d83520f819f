package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"testigo/export"
	"testigo/httpapi"
)

func init() {
	register("export", "write stored events as ACLED-style CSV, PLOVER JSON Lines or GeoJSON", runExport)
}

func runExport(ctx context.Context, args []string, std stdio) int {
	fs := newFlags("export", "usage: testigo export [--db PATH|postgres://URL] [--format csv|plover|geojson] [-o FILE] [filters]", std)
	db := dbFlag(fs)
	format := fs.String("format", "csv", "output format: "+strings.Join(export.Formats, ", "))
	out := fs.String("o", "-", "output file (- for standard output)")
	query := filterFlags(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	if _, err := export.New(*format, nil); err != nil {
		fmt.Fprintf(std.err, "testigo export: %v\n", err)
		return 2
	}
	q, err := query()
	if err != nil {
		fmt.Fprintf(std.err, "testigo export: %s\n", flagError(err))
		return 2
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return fatal(std, "export", err)
	}
	defer st.Close()
	w := bufio.NewWriterSize(std.out, 1<<16)
	var file *os.File
	if *out != "-" {
		if file, err = os.Create(*out); err != nil {
			return fatal(std, "export", err)
		}
		w = bufio.NewWriterSize(file, 1<<16)
	}
	err = httpapi.New(httpapi.Config{Store: st}).Export(ctx, q, *format, w)
	if err == nil {
		err = w.Flush()
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fatal(std, "export", err)
	}
	return 0
}
