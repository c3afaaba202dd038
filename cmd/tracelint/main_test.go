package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tracelint is the binary built once for all tests.
var tracelint string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tracelint-test")
	if err != nil {
		panic(err)
	}
	tracelint = filepath.Join(dir, "tracelint")
	build := exec.Command("go", "build", "-o", tracelint, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building tracelint: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs a command in the module-mode testdata module, offline.
func run(t *testing.T, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = "../../testdata/mod"
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return out.String(), errb.String(), code
}

func TestGoVetVettool(t *testing.T) {
	_, stderr, code := run(t, "go", "vet", "-vettool="+tracelint, "./...")
	if code == 0 {
		t.Fatalf("go vet exited 0; stderr:\n%s", stderr)
	}
	for _, want := range []string{
		// Depends on the fact exported for dims.Stage in another package.
		`metricdims/metricdims.go:26:22: metric "StageSeconds" lacks dimensions RunId, ExecutionArn`,
		`metricdimsv1/v1.go:21:3: metric "Ctx" lacks dimension ExecutionArn`,
		// Depends on the ForwardsFact of the wrapper dims.Put.
		`metric "WrappedBad" lacks dimensions RunId, ExecutionArn`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("go vet output lacks %q; got:\n%s", want, stderr)
		}
	}
}

func TestGoVetAnalyzerFlags(t *testing.T) {
	_, stderr, _ := run(t, "go", "vet", "-vettool="+tracelint, "-metricdims.dimensions=ExecutionArn", "./metricdims")
	if !strings.Contains(stderr, `metric "Bytes" lacks dimension ExecutionArn (required: ExecutionArn)`) {
		t.Errorf("flag not applied under go vet; got:\n%s", stderr)
	}
	if strings.Contains(stderr, "RunId") {
		t.Errorf("RunId still required after -metricdims.dimensions=ExecutionArn:\n%s", stderr)
	}
}

func TestStandaloneExitCodeAndJSON(t *testing.T) {
	_, _, code := run(t, tracelint, "./metricdims")
	if code != 3 {
		t.Errorf("tracelint with findings exited %d, want 3", code)
	}
	stdout, stderr, code := run(t, tracelint, "-json", "./metricdims")
	if code != 0 {
		t.Errorf("tracelint -json exited %d; stderr: %s", code, stderr)
	}
	// {"pkg": {"analyzer": [{"posn": ..., "message": ...}]}}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, stdout)
	}
	var diags []struct{ Posn, Message string }
	if err := json.Unmarshal(tree["example.com/tracelintmod/metricdims"]["metricdims"], &diags); err != nil {
		t.Fatalf("no metricdims diagnostics in %s: %v", stdout, err)
	}
	if len(diags) != 5 {
		t.Errorf("got %d diagnostics, want 5: %+v", len(diags), diags)
	}
}

func TestFixDiff(t *testing.T) {
	stdout, stderr, _ := run(t, tracelint, "-fix", "-diff", "./metricdimsfix")
	want := `{MetricName: aws.String("Rows"), Dimensions: []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runID)}, {Name: aws.String("ExecutionArn"), Value: aws.String(executionArn)}}}`
	if !strings.Contains(stdout, "+") || !strings.Contains(stdout, want) {
		t.Errorf("-fix -diff output lacks the fix %s\nstdout:\n%s\nstderr:\n%s", want, stdout, stderr)
	}
	// -diff must not have written the file.
	src, err := os.ReadFile("../../testdata/mod/metricdimsfix/fix.go")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(src, []byte("Dimensions:")) {
		t.Fatal("-fix -diff modified the file")
	}
}

func TestBadFlagValue(t *testing.T) {
	_, stderr, code := run(t, tracelint, "-metricdims.dimensions=RunId,,ExecutionArn", "./metricdims")
	if code == 0 || code == 3 {
		t.Errorf("bad flag value exited %d, want a usage error", code)
	}
	if !strings.Contains(stderr, "-metricdims.dimensions") || !strings.Contains(stderr, "item 2 is empty") {
		t.Errorf("error does not name the flag and the problem:\n%s", stderr)
	}
}

// TestExamples runs tracelint on the bundled example module (what `make demo`
// shows) and compares the exact set of findings with the `// demo: <analyzer>`
// markers in its sources.
func TestExamples(t *testing.T) {
	dir, err := filepath.Abs("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tracelint, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("tracelint -json: %v\n%s", err, out)
	}
	var tree map[string]map[string][]struct{ Posn, Message string }
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("bad -json output: %v\n%s", err, out)
	}
	got := map[string]bool{}
	for _, byAnalyzer := range tree {
		for analyzer, diags := range byAnalyzer {
			for _, d := range diags {
				// posn is file:line:col
				parts := strings.Split(d.Posn, ":")
				rel, _ := filepath.Rel(dir, parts[0])
				got[rel+":"+parts[1]+" "+analyzer] = true
			}
		}
	}
	want := map[string]bool{}
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		for i, line := range strings.Split(string(src), "\n") {
			if _, marker, ok := strings.Cut(line, "// demo: "); ok {
				want[rel+":"+strconv.Itoa(i+1)+" "+strings.TrimSpace(marker)] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("no // demo: markers found in examples/")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings on examples/ differ from the // demo: markers (-want +got):\n%s", diff)
	}
}
