package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"testigo"
	"testigo/read"
)

// maxInputBytes bounds one input file. News articles are kilobytes; anything this large is
// not an article, and reading it whole would only exhaust memory.
const maxInputBytes = 64 << 20

// maxLineBytes bounds one JSON Lines record.
const maxLineBytes = 64 << 20

// readInputs sends every document of the inputs to fn, in input order. "-" is standard input.
// With jsonl, standard input is read as JSON Lines, one document per line. A problem with an
// input becomes an Item with Err set; the other inputs are still read.
func readInputs(ctx context.Context, args []string, jsonl bool, opt read.Options, stdin io.Reader, fn func(read.Item)) {
	if jsonl && len(args) == 0 {
		args = []string{"-"}
	}
	for _, name := range args {
		if ctx.Err() != nil {
			return
		}
		if jsonl {
			readJSONLines(ctx, name, opt, stdin, fn)
			continue
		}
		data, err := readWhole(name, stdin)
		if err != nil {
			fn(failedItem(name, err))
			continue
		}
		for _, it := range read.Parse(name, data, opt) {
			fn(it)
		}
	}
}

func readWhole(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if st.IsDir() {
			return nil, fmt.Errorf("%s: is a directory", name)
		}
		if st.Size() > maxInputBytes {
			return nil, fmt.Errorf("%s: %d bytes is over the %d MiB limit for one document", name, st.Size(), maxInputBytes>>20)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxInputBytes {
		return nil, fmt.Errorf("%s: over the %d MiB limit for one document", name, maxInputBytes>>20)
	}
	return data, nil
}

func readJSONLines(ctx context.Context, name string, opt read.Options, stdin io.Reader, fn func(read.Item)) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fn(failedItem(name, err))
			return
		}
		defer f.Close()
		r = f
	}
	if name == "-" {
		name = "stdin"
	}
	br := bufio.NewReaderSize(r, 1<<16)
	opt.Format = "jsonl"
	for line := 1; ctx.Err() == nil; line++ {
		b, tooLong, err := readLine(br, maxLineBytes)
		if len(b) == 0 && err != nil {
			if err != io.EOF {
				fn(failedItem(fmt.Sprintf("%s:%d", name, line), fmt.Errorf("%s: line %d: %w", name, line, err)))
			}
			return
		}
		where := fmt.Sprintf("%s:%d", name, line)
		switch {
		case tooLong:
			fn(failedItem(where, fmt.Errorf("%s: line over the %d MiB limit", where, maxLineBytes>>20)))
		case len(trimSpace(b)) == 0:
			// blank lines carry no document
		default:
			for _, it := range read.Parse(where, b, opt) {
				fn(it)
			}
		}
		if err != nil {
			return
		}
	}
}

// readLine reads one line without its newline; past max bytes it drops the rest and says so.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, isPrefix, e := br.ReadLine()
		if !tooLong {
			if len(line)+len(chunk) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if e != nil {
			return line, tooLong, e
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// ordered runs work on every item over all cores and hands the results to emit in input order.
type ordered[T any] struct {
	work func(read.Item) T
	emit func(T)
}

func (o ordered[T]) run(feed func(func(read.Item))) {
	type job struct {
		it  read.Item
		out chan T
	}
	jobs := make(chan job, 4*runtime.NumCPU())
	queue := make(chan chan T, 4*runtime.NumCPU())
	var wg sync.WaitGroup
	for i := 0; i < runtime.NumCPU(); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- o.work(j.it)
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		for c := range queue {
			o.emit(<-c)
		}
		close(done)
	}()
	feed(func(it read.Item) {
		c := make(chan T, 1)
		queue <- c
		jobs <- job{it, c}
	})
	close(jobs)
	close(queue)
	wg.Wait()
	<-done
}

// failedItem is an input that could not be read, named so the error can be reported.
func failedItem(name string, err error) read.Item {
	return read.Item{Doc: testigo.Document{ID: name, Path: name, PublishedSource: testigo.PublishedNone}, Err: err}
}
