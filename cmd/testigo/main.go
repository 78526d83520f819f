// Command testigo turns news reports of political crises into a source-linked record of
// events. Each subcommand lives in a file of its own and registers itself here.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// command is one subcommand: its one-line summary and what runs it. run returns the exit status.
type command struct {
	summary string
	run     func(ctx context.Context, args []string, io stdio) int
}

// stdio is the process's standard streams, passed in so that commands can be tested.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

var commands = map[string]command{}

func register(name, summary string, run func(context.Context, []string, stdio) int) {
	commands[name] = command{summary: summary, run: run}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(runMain(ctx, os.Args[1:], stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr}))
}

func runMain(ctx context.Context, args []string, std stdio) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(std.err)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(std.err, "testigo: unknown command %q\n", args[0])
		usage(std.err)
		return 2
	}
	return c.run(ctx, args[1:], std)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: testigo COMMAND [options] [arguments]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'testigo COMMAND -h' for a command's options.")
}

// newFlags starts a subcommand's flag set: its messages go to standard error, and -h (or a
// bad call) prints the usage line, then the flags.
func newFlags(name, usage string, std stdio) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(std.err)
	fs.Usage = func() {
		fmt.Fprintln(std.err, usage)
		fs.PrintDefaults()
	}
	return fs
}
