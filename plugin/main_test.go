package plugin

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The integration tests share what they can: one build of the tracelint
// command for the whole package, and the command's findings on the
// unmodified example module per set of flags. They also run in parallel
// (t.Parallel): each works in its own copy of examples/.

var (
	binDir  string // removed by TestMain
	binOnce sync.Once
	binPath string
	binErr  error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tracelint-plugin-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// buildTracelint returns the tracelint command, built on first use.
func buildTracelint(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binPath = filepath.Join(binDir, "tracelint")
		if out, err := exec.Command("go", "build", "-o", binPath, "../cmd/tracelint").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("building tracelint: %w\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// pristine caches the command's findings on examples/ per set of flags
// (joined by "\x00").
var pristine = struct {
	sync.Mutex
	m map[string]*pristineEntry
}{m: map[string]*pristineEntry{}}

type pristineEntry struct {
	once     sync.Once
	findings map[finding]bool
	failed   bool
}

// examplesFindings returns tracelintFindings on an unmodified copy of
// examples/ (the same, relative to the copy, as on examples/ itself, which
// the command only reads), computed once per set of flags. Callers must not
// modify the result.
func examplesFindings(t *testing.T, tracelint string, flags ...string) map[finding]bool {
	t.Helper()
	pristine.Lock()
	key := strings.Join(flags, "\x00")
	e := pristine.m[key]
	if e == nil {
		e = new(pristineEntry)
		pristine.m[key] = e
	}
	pristine.Unlock()
	e.once.Do(func() {
		dir, err := filepath.Abs("../examples")
		if err != nil {
			t.Fatal(err)
		}
		e.failed = true // until tracelintFindings returns (it may t.Fatal)
		e.findings = tracelintFindings(t, tracelint, dir, flags...)
		e.failed = false
	})
	if e.failed {
		t.Fatalf("tracelint %v on examples/ failed (see the test that ran it first)", flags)
	}
	return e.findings
}
