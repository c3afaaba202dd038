// Package robust checks that tracelint never crashes, fails or hangs on code
// it did not expect, and that its output is deterministic: every analyzer of
// analyzers.All(), in strict mode, over the Go standard library and the
// benchmark corpus, application modules included (twice, comparing the
// findings), and over bad input
// (type errors, syntax errors, cgo, generics, build tags, huge generated
// files, malformed flag values).
//
//	cd bench && go test ./robust/                 # bounded: a fixed std subset, the light corpus and snsctl (CI)
//	cd bench && ROBUST=full go test ./robust/     # all of std, the whole corpus and every app (`make robust`)
package robust_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tracelint/tracelint/analyzers"
	"github.com/tracelint/tracelint/bench/internal/corpus"
)

var (
	full      = os.Getenv("ROBUST") == "full"
	dirs      corpus.Dirs
	tracelint string
	stubs     string // GOPATH entry with the hermetic SDK stubs
)

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	var err error
	if dirs, err = corpus.Find(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := dirs.Download(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	tmp, err := os.MkdirTemp("", "tracelint-robust-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	if tracelint, _, err = dirs.Build(tmp); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	stubs = filepath.Join(dirs.Root, "testdata")
	return m.Run()
}

// strictFlags turns on the strict mode of every analyzer that has one.
func strictFlags() []string {
	var flags []string
	for _, a := range analyzers.All() {
		if f := a.Flags.Lookup("strict"); f != nil {
			flags = append(flags, "-"+a.Name+".strict")
		}
	}
	return flags
}

// result is one tracelint run.
type result struct {
	stdout, stderr string
	code           int
	elapsed        time.Duration
}

// crashed reports whether the run panicked or was killed.
func (r result) crashed() bool {
	return strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "goroutine ") ||
		strings.Contains(r.stderr, "fatal error:") || r.code < 0
}

// run runs tracelint (args after the binary) in dir with env, killing it
// (and failing) after limit: a hang is a failure.
func run(t *testing.T, dir string, env []string, limit time.Duration, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, tracelint, args...)
	cmd.Dir, cmd.Env = dir, env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String(), elapsed: time.Since(start)}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		t.Fatalf("tracelint %s: no result after %v (hang?)\nstderr:\n%s", strings.Join(args, " "), limit, tail(r.stderr))
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("tracelint %s: %v", strings.Join(args, " "), err)
	}
	if r.crashed() {
		t.Fatalf("tracelint %s crashed (exit %d):\n%s", strings.Join(args, " "), r.code, tail(r.stderr))
	}
	return r
}

func tail(s string) string {
	if len(s) > 6000 {
		return "...\n" + s[len(s)-6000:]
	}
	return s
}

// A tree is tracelint's -json output: package → analyzer → diagnostics, or
// {"error": ...} when the analyzer failed on the package.
type tree map[string]map[string]json.RawMessage

type diag struct {
	Posn, Message string
}

// findings parses -json output, failing the test on every analyzer error.
func findings(t *testing.T, stdout string) map[string][]diag {
	t.Helper()
	var tr tree
	if err := json.Unmarshal([]byte(stdout), &tr); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, tail(stdout))
	}
	out := map[string][]diag{}
	for pkg, byAnalyzer := range tr {
		for name, raw := range byAnalyzer {
			if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("{")) {
				var e struct{ Error string }
				_ = json.Unmarshal(raw, &e)
				t.Errorf("analyzer %s failed on %s: %s", name, pkg, e.Error)
				continue
			}
			var ds []diag
			if err := json.Unmarshal(raw, &ds); err != nil {
				t.Errorf("bad diagnostics of %s on %s: %v", name, pkg, err)
			}
			out[name] = append(out[name], ds...)
		}
	}
	return out
}

// sweep runs every analyzer in strict mode over patterns twice and checks
// that neither run crashes or fails and that both print the same findings.
func sweep(t *testing.T, patterns []string, limit time.Duration) {
	sweepIn(t, dirs.Bench, dirs.Env(), patterns, limit)
}

// sweepIn is sweep in dir with env (an application module).
func sweepIn(t *testing.T, dir string, env, patterns []string, limit time.Duration) {
	args := append(append([]string{"-json"}, strictFlags()...), patterns...)
	first := run(t, dir, env, limit, args...)
	if first.code != 0 {
		t.Fatalf("tracelint exited %d (want 0: -json exits 1 only on load or analysis errors):\n%s", first.code, tail(first.stderr))
	}
	got := findings(t, first.stdout)
	summary := make([]string, 0, len(got))
	for name, ds := range got {
		summary = append(summary, fmt.Sprintf("%s: %d", name, len(ds)))
		for i, d := range ds {
			if i == 5 {
				t.Logf("  ... %d more", len(ds)-5)
				break
			}
			t.Logf("  %s: %s: %s", name, d.Posn, d.Message)
		}
	}
	sort.Strings(summary)
	t.Logf("first run: %v, findings in strict mode: %v", first.elapsed.Round(time.Second), summary)
	second := run(t, dir, env, limit, args...)
	if second.code != first.code {
		t.Errorf("second run exited %d, first %d", second.code, first.code)
	}
	if second.stdout != first.stdout {
		t.Errorf("nondeterministic output: the two runs differ:\n%s", firstDiff(first.stdout, second.stdout))
	}
}

// firstDiff shows where two outputs start to differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  first:  %.300s\n  second: %.300s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("lengths differ: %d vs %d lines", len(al), len(bl))
}

// ciStd is the bounded form's part of the standard library: generics
// (slices, maps, iter, sync/atomic), cgo (net, os/user, runtime/cgo),
// build-tagged and assembly-backed packages (syscall, os, math/big),
// reflection and unsafe, large generated tables (unicode), and the
// packages real services use (net/http, database/sql, encoding/json,
// log/slog, text/template, go/types).
var ciStd = []string{
	"bufio", "bytes", "context", "database/sql", "encoding/json", "errors", "fmt",
	"go/types", "iter", "log/slog", "maps", "math/big", "net", "net/http", "os",
	"os/exec", "os/user", "reflect", "regexp", "runtime/cgo", "slices", "sort",
	"strconv", "strings", "sync", "sync/atomic", "syscall", "text/template",
	"time", "unicode", "unsafe",
}

func TestStdlib(t *testing.T) {
	if full {
		sweep(t, []string{"std"}, 30*time.Minute)
		return
	}
	sweep(t, ciStd, 10*time.Minute)
}

func TestCorpus(t *testing.T) {
	if full {
		sweep(t, corpus.All(), 30*time.Minute)
		return
	}
	sweep(t, corpus.Light(), 10*time.Minute)
}

// ciApps are the application modules of the bounded form: snsctl, a
// controller-runtime / client-go operator with generated deep-copy code and
// SDK calls, the shape that made the resolver's work explode.
var ciApps = []string{"snsctl"}

// TestApps sweeps application modules the way their developers run
// tracelint: ./... inside the module, as the main module. The first run
// downloads each module and what it needs through the module proxy and
// copies it into bench/work/apps (see corpus.Materialise).
func TestApps(t *testing.T) {
	spec := strings.Join(ciApps, ",")
	if full {
		spec = "all"
	}
	apps, err := corpus.SelectApps(spec)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range apps {
		t.Run(a.Name, func(t *testing.T) {
			dir, err := dirs.Materialise(a)
			if err != nil {
				t.Fatal(err)
			}
			sweepIn(t, dir, dirs.AppEnv(), []string{"./..."}, 15*time.Minute)
		})
	}
}
