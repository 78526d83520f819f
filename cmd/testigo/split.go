package main

import (
	"context"
	"fmt"
	"os/user"
)

func init() {
	register("split", "undo a merge: the reports a merged event stands for become events again", runSplit)
	register("merge", "merge events by hand into one (the inverse of split), recording who and why", runMerge)
}

func runMerge(ctx context.Context, args []string, std stdio) int {
	fs := newFlags("merge", "usage: testigo merge [--db PATH|postgres://URL] [--by NAME] [--reason TEXT] EVENT_ID EVENT_ID...", std)
	db := dbFlag(fs)
	by := fs.String("by", currentUser(), "who merges (recorded in the merge history)")
	reason := fs.String("reason", "", "why (recorded in the merge history)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() < 2 {
		fs.Usage()
		return 2
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return fatal(std, "merge", err)
	}
	defer st.Close()
	m, err := st.Merge(ctx, fs.Args(), *by, *reason)
	if err != nil {
		return fatal(std, "merge", err)
	}
	fmt.Fprintf(std.out, "merged %d reports into %s (%s, %s, %d sources)\n", len(m.Members), m.ID, m.Type, showDate(m.Date), len(m.Sources))
	return 0
}

func runSplit(ctx context.Context, args []string, std stdio) int {
	fs := newFlags("split", "usage: testigo split [--db PATH|postgres://URL] [--by NAME] [--reason TEXT] EVENT_ID", std)
	db := dbFlag(fs)
	by := fs.String("by", currentUser(), "who splits (recorded in the merge history)")
	reason := fs.String("reason", "", "why (recorded in the merge history)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return fatal(std, "split", err)
	}
	defer st.Close()
	members, err := st.Split(ctx, fs.Arg(0), *by, *reason)
	if err != nil {
		return fatal(std, "split", err)
	}
	fmt.Fprintf(std.out, "split %s into %d events:\n", fs.Arg(0), len(members))
	for _, m := range members {
		src := ""
		if len(m.Sources) > 0 {
			src = m.Sources[0].ID
		}
		fmt.Fprintf(std.out, "  %s\t%s\t%s\t%s\n", m.ID, showDate(m.Date), m.Type, src)
	}
	return 0
}

func currentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "unknown"
}
