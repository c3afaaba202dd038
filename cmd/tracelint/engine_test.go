package main_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// withCache runs tracelint in dir with its own result cache.
func withCache(t *testing.T, dir, cache string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runEnv(t, dir, []string{"TRACELINT_CACHE=" + cache}, tracelint, args...)
}

var analysedLine = regexp.MustCompile(`tracelint: (\d+) packages? analysed, (\d+) from the cache.*`)

// counts reads the -v line: packages analysed, packages from the cache.
func counts(t *testing.T, stderr string) (analysed, cached int) {
	t.Helper()
	m := analysedLine.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no -v line in:\n%s", stderr)
	}
	a, _ := strconv.Atoi(m[1])
	c, _ := strconv.Atoi(m[2])
	return a, c
}

// analysedIDs reads the packages -debug=v says were analysed.
func analysedIDs(stderr string) []string {
	var ids []string
	for _, l := range strings.Split(stderr, "\n") {
		if id, ok := strings.CutPrefix(l, "tracelint: analysed "); ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// TestCache: a second run on unchanged code takes every result from the
// cache and prints exactly what the first printed, in every output format,
// with the same exit status; after a file is edited, its package and the
// packages that import it are analysed again, and nothing else; and the
// results always equal those of a run without the cache.
func TestCache(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	cache := filepath.Join(t.TempDir(), "cache")
	pkgs := []string{"./dims", "./metricdims", "./metricdimsv1", "./snscorrelation"}
	for _, format := range [][]string{{}, {"-json"}, {"-format=sarif"}} {
		args := append(append([]string{"-v"}, format...), pkgs...)
		out1, err1, code1 := withCache(t, mod, cache, args...)
		out2, err2, code2 := withCache(t, mod, cache, args...)
		if a, c := counts(t, err2); a != 0 || c != 4 {
			t.Errorf("%v: second run analysed %d packages and took %d from the cache, want 0 and 4", format, a, c)
		}
		out3, err3, code3 := withCache(t, mod, cache, append([]string{"-cache=false"}, args...)...)
		strip := func(s string) string { return analysedLine.ReplaceAllString(s, "") }
		for i, run := range []struct {
			out, err string
			code     int
		}{{out2, err2, code2}, {out3, err3, code3}} {
			if run.code != code1 || run.out != out1 || strip(run.err) != strip(err1) {
				t.Errorf("%v: run %d differs from the first (exit %d vs %d)\nstdout:\n%s\nfirst:\n%s\nstderr:\n%s\nfirst:\n%s",
					format, i+2, run.code, code1, run.out, out1, run.err, err1)
			}
		}
	}

	// dims is imported by metricdims; metricdimsv1 and snscorrelation do
	// not import it.
	dims := filepath.Join(mod, "dims", "dims.go")
	src, err := os.ReadFile(dims)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dims, append(src, "\n// An edit.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, _ := withCache(t, mod, cache, append([]string{"-v", "-debug=v"}, pkgs...)...)
	want := []string{"example.com/tracelintmod/dims", "example.com/tracelintmod/metricdims"}
	if got := analysedIDs(stderr); !cmp.Equal(got, want) {
		t.Errorf("after editing dims.go, analysed %q, want %q\n%s", got, want, stderr)
	}
	if a, c := counts(t, stderr); a != 2 || c != 2 {
		t.Errorf("after editing dims.go: %d analysed, %d from the cache, want 2 and 2", a, c)
	}
	// A changed setting is another key: everything is analysed again.
	_, stderr, _ = withCache(t, mod, cache, append([]string{"-v", "-metricdims.strict"}, pkgs...)...)
	if a, c := counts(t, stderr); a != 4 || c != 0 {
		t.Errorf("with another setting: %d analysed, %d from the cache, want 4 and 0", a, c)
	}
	// Files other than Go files count too (a C header cgo would read).
	if err := os.WriteFile(filepath.Join(mod, "dims", "limits.h"), []byte("#define MAX_DIMS 30\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, _ = withCache(t, mod, cache, append([]string{"-v"}, pkgs...)...)
	if a, c := counts(t, stderr); a != 2 || c != 2 {
		t.Errorf("after adding dims/limits.h: %d analysed, %d from the cache, want 2 and 2", a, c)
	}
}

// TestTextOutput: path:line:col: analyzer: message, relative to the working
// directory, sorted by file and position, and a count per analyzer last.
func TestTextOutput(t *testing.T) {
	t.Parallel()
	_, stderr, code := run(t, tracelint, "./metricdims", "./dims")
	if code != 3 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	finding := regexp.MustCompile(`^(metricdims/[a-z]+\.go):(\d+):(\d+): metricdims: metric `)
	positions := make([][2]int, 0, len(lines)-1)
	for _, l := range lines[:len(lines)-1] {
		m := finding.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("line %q is not path:line:col: analyzer: message with a path relative to the working directory", l)
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		positions = append(positions, [2]int{line, col})
	}
	if !slices.IsSortedFunc(positions, func(a, b [2]int) int { return (a[0]*1000 + a[1]) - (b[0]*1000 + b[1]) }) {
		t.Errorf("findings not sorted by position: %v", positions)
	}
	if last := lines[len(lines)-1]; last != "tracelint: 5 findings (metricdims 5)" {
		t.Errorf("last line %q, want the count per analyzer", last)
	}
}

// TestJSONTestVariant: in -json, a package's test variant no longer repeats
// the findings of the files it shares with the package, and a package that
// does not load has its errors in the tree, under "load".
func TestJSONTestVariant(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	writeFile(t, filepath.Join(mod, "withtest", "withtest.go"), `package withtest

import "github.com/google/uuid"

type Input struct{ RunID string }

func New() Input { return Input{RunID: uuid.NewString()} }
`)
	writeFile(t, filepath.Join(mod, "withtest", "withtest_test.go"), "package withtest\n\nimport \"testing\"\n\nfunc TestNew(t *testing.T) { _ = New() }\n")
	stdout, stderr, code := runIn(t, mod, tracelint, "-json", "./withtest", "./broken")
	if code != 1 {
		t.Errorf("exit %d, want 1 (a package does not load)\n%s", code, stderr)
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if _, ok := tree["example.com/tracelintmod/withtest"]["uuidrunid"]; !ok {
		t.Errorf("no uuidrunid finding for withtest:\n%s", stdout)
	}
	if v, ok := tree["example.com/tracelintmod/withtest [example.com/tracelintmod/withtest.test]"]; ok {
		t.Errorf("the test variant repeats findings: %s", v)
	}
	var loadErr struct{ Error string }
	if err := json.Unmarshal(tree["example.com/tracelintmod/broken"]["load"], &loadErr); err != nil || !strings.Contains(loadErr.Error, "not an int") {
		t.Errorf("the load error of broken is not in the JSON (%v):\n%s", err, stdout)
	}
}

// TestExternalTestCached: with the cache on, a package with an external
// test package (package x_test) is analysed like any other; the external
// test package is loaded through the package it tests (its own import path,
// "x_test", is not a pattern go list accepts).
func TestExternalTestCached(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	writeFile(t, filepath.Join(mod, "withx", "withx.go"), "package withx\n\nfunc Name() string { return \"x\" }\n")
	writeFile(t, filepath.Join(mod, "withx", "withx_test.go"), `package withx_test

import (
	"testing"

	"example.com/tracelintmod/withx"
)

func TestName(t *testing.T) { _ = withx.Name() }
`)
	cache := filepath.Join(t.TempDir(), "cache")
	for i := range 2 {
		_, stderr, code := withCache(t, mod, cache, "-v", "-test", "./withx")
		if code != 0 || strings.Contains(stderr, "withx_test:") {
			t.Fatalf("run %d: exit %d, want 0 and no error about withx_test\n%s", i+1, code, stderr)
		}
		if a, _ := counts(t, stderr); i == 1 && a != 0 {
			t.Errorf("second run analysed %d packages, want 0\n%s", a, stderr)
		}
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTags: -tags selects files by build tag, as for go build.
func TestTags(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	writeFile(t, filepath.Join(mod, "tagged", "plain.go"), "package tagged\n")
	writeFile(t, filepath.Join(mod, "tagged", "integration.go"), `//go:build integration

package tagged

import "github.com/google/uuid"

type Input struct{ RunID string }

func New() Input { return Input{RunID: uuid.NewString()} }
`)
	if _, stderr, code := runIn(t, mod, tracelint, "./tagged"); code != 0 {
		t.Errorf("without -tags: exit %d, want 0\n%s", code, stderr)
	}
	_, stderr, code := runIn(t, mod, tracelint, "-tags=integration", "./tagged")
	if code != 3 || !strings.Contains(stderr, "tagged/integration.go:9:") {
		t.Errorf("-tags=integration: exit %d, want 3 and the finding in integration.go\n%s", code, stderr)
	}
}

// TestVersion: -version prints the version tracelint was built from.
func TestVersion(t *testing.T) {
	t.Parallel()
	stdout, _, code := run(t, tracelint, "-version")
	if code != 0 || !regexp.MustCompile(`^tracelint \S+.* go1\.\d+`).MatchString(stdout) {
		t.Errorf("-version: exit %d, %q", code, stdout)
	}
}

// TestUsageErrorOnce: a bad flag value is one error and one line pointing at
// -help, from the command and under go vet (which starts a process per
// package: the multichecker printed its whole usage text in each).
func TestUsageErrorOnce(t *testing.T) {
	t.Parallel()
	const msg = `invalid value "RunId,,ExecutionArn" for flag -metricdims.dimensions: item 2 is empty (stray comma?)`
	_, stderr, code := run(t, tracelint, "-metricdims.dimensions=RunId,,ExecutionArn", "./metricdims")
	if code != 2 || strings.TrimSpace(stderr) != "tracelint: "+msg+"\nrun 'tracelint -help' for usage" {
		t.Errorf("command: exit %d, stderr:\n%s", code, stderr)
	}
	_, stderr, code = run(t, "go", "vet", "-vettool="+tracelint, "-metricdims.dimensions=RunId,,ExecutionArn", "./...")
	if code == 0 || strings.Count(stderr, msg) != 1 || strings.Contains(stderr, "Usage") {
		t.Errorf("go vet: exit %d, the error %d times, stderr:\n%s", code, strings.Count(stderr, msg), stderr)
	}
}

// TestBaseline: -write-baseline records the findings; -baseline hides them,
// also after lines are added above them (the fingerprint ignores line
// numbers), reports a new finding, and counts the entries that no longer
// match; -json and SARIF output are filtered the same way.
func TestBaseline(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	base := filepath.Join(t.TempDir(), "baseline.json")
	_, stderr, code := runIn(t, mod, tracelint, "-write-baseline="+base, "./metricdims")
	if code != 0 || !strings.Contains(stderr, "recorded 5 findings in") {
		t.Fatalf("-write-baseline: exit %d\n%s", code, stderr)
	}
	_, stderr, code = runIn(t, mod, tracelint, "-baseline="+base, "./metricdims")
	if code != 0 || strings.Contains(stderr, "metricdims: metric") || !strings.Contains(stderr, "5 findings hidden by the baseline") {
		t.Errorf("-baseline: exit %d, want 0 and nothing reported\n%s", code, stderr)
	}
	path := filepath.Join(mod, "metricdims", "metricdims.go")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Move every finding two lines down.
	moved := strings.Replace(string(src), "package metricdims\n", "package metricdims\n\n// Moved\n// down.\n", 1)
	if err := os.WriteFile(path, []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runIn(t, mod, tracelint, "-baseline="+base, "./metricdims")
	if code != 0 || strings.Contains(stderr, "metricdims: metric") {
		t.Errorf("-baseline after moving the code: exit %d, want 0\n%s", code, stderr)
	}
	writeFile(t, filepath.Join(mod, "metricdims", "extra.go"), `package metricdims

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

func extra(ctx context.Context, c *cloudwatch.Client) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("New")}}})
}
`)
	_, stderr, code = runIn(t, mod, tracelint, "-baseline="+base, "./metricdims")
	if code != 3 || !strings.Contains(stderr, `metric "New" lacks`) || strings.Count(stderr, "metricdims: metric") != 1 {
		t.Errorf("-baseline with a new finding: exit %d, want 3 and only the new finding\n%s", code, stderr)
	}
	stdout, _, _ := runIn(t, mod, tracelint, "-json", "-baseline="+base, "./metricdims")
	if strings.Count(stdout, `"posn"`) != 1 {
		t.Errorf("-json -baseline: want only the new finding:\n%s", stdout)
	}
	// An entry that no longer matches is counted.
	if err := os.WriteFile(path, []byte(strings.Replace(moved, `"Bytes"`, `"Renamed"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, _ = runIn(t, mod, tracelint, "-baseline="+base, "./metricdims")
	if !strings.Contains(stderr, "1 of its entries no longer match") {
		t.Errorf("a stale entry is not counted:\n%s", stderr)
	}
}
