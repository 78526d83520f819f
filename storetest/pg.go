package storetest

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Postgres is a throwaway PostgreSQL server for tests.
type Postgres struct {
	URL  string // postgres://… of its "postgres" database
	dir  string
	bin  string
	data string
}

// ErrNoPostgres says why no server could be started; tests skip with it.
var ErrNoPostgres = errors.New("no PostgreSQL server binaries (initdb, pg_ctl) in PATH or /usr/lib/postgresql/*/bin: apt-get install -y postgresql")

// StartPostgres starts a server on a free loopback port in a temporary directory, with
// durability off (tests need none). As root it runs the server as user postgres, since
// initdb refuses root. With TEST_DATABASE_URL set it starts nothing and returns that.
func StartPostgres() (*Postgres, error) {
	if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
		return &Postgres{URL: u}, nil
	}
	bin := ""
	if p, err := exec.LookPath("initdb"); err == nil {
		bin = filepath.Dir(p)
	} else if bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb"); len(bins) > 0 {
		sort.Slice(bins, func(i, j int) bool { return versionOf(bins[i]) < versionOf(bins[j]) })
		bin = filepath.Dir(bins[len(bins)-1])
	} else {
		return nil, ErrNoPostgres
	}
	dir, err := os.MkdirTemp("", "testigo-pg")
	if err != nil {
		return nil, err
	}
	asRoot := os.Geteuid() == 0
	if asRoot {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("running as root and there is no postgres user to run the server as: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	p := &Postgres{dir: dir, bin: bin, data: filepath.Join(dir, "data")}
	if err := p.run("initdb", "-D", p.data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", port, dir)
	if err := p.run("pg_ctl", "-D", p.data, "-l", filepath.Join(dir, "server.log"), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	p.URL = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
	return p, nil
}

func versionOf(initdb string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return v
}

func (p *Postgres) run(prog string, args ...string) error {
	full := append([]string{filepath.Join(p.bin, prog)}, args...)
	cmd := exec.Command(full[0], full[1:]...)
	if os.Geteuid() == 0 {
		cmd = exec.Command("runuser", append([]string{"-u", "postgres", "--"}, full...)...)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %w\n%s", strings.Join(full, " "), err, out)
	}
	return nil
}

// DatabaseURL returns the URL of database name on the same server.
func (p *Postgres) DatabaseURL(name string) string {
	return strings.Replace(p.URL, "/postgres?", "/"+name+"?", 1)
}

// Stop stops the server and removes its files (nothing when it was given by TEST_DATABASE_URL).
func (p *Postgres) Stop() {
	if p.dir == "" {
		return
	}
	p.run("pg_ctl", "-D", p.data, "-m", "immediate", "stop")
	os.RemoveAll(p.dir)
}
