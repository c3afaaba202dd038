package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tracelint/tracelint/analyzers"
)

// tracelint is the binary built once for all tests.
var tracelint string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tracelint-test")
	if err != nil {
		panic(err)
	}
	tracelint = filepath.Join(dir, "tracelint")
	// One result cache for the whole test binary: tests that analyse the
	// same packages share it, as runs on a developer's machine do.
	os.Setenv("TRACELINT_CACHE", filepath.Join(dir, "cache"))
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
	return runIn(t, "../../testdata/mod", name, args...)
}

// runIn runs a command in dir, offline.
func runIn(t *testing.T, dir, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runEnv(t, dir, nil, name, args...)
}

// runEnv runs a command in dir, offline, with env added to the environment
// (tests run in parallel: none changes the process's environment).
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"), env...)
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
	t.Parallel()
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
	t.Parallel()
	_, stderr, _ := run(t, "go", "vet", "-vettool="+tracelint, "-metricdims.dimensions=ExecutionArn", "./metricdims")
	if !strings.Contains(stderr, `metric "Bytes" lacks dimension ExecutionArn (required: ExecutionArn)`) {
		t.Errorf("flag not applied under go vet; got:\n%s", stderr)
	}
	if strings.Contains(stderr, "RunId") {
		t.Errorf("RunId still required after -metricdims.dimensions=ExecutionArn:\n%s", stderr)
	}
}

func TestStandaloneExitCodeAndJSON(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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
	t.Parallel()
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

// vetFindings parses the standard output of go vet -json: a stream of
// {"package": {"analyzer": [diagnostics] | {"error": ...}}} objects.
func vetFindings(t *testing.T, out string) map[string][]string {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	got := map[string][]string{} // analyzer → "posn: message"
	dec := json.NewDecoder(strings.NewReader(strings.Join(lines, "\n")))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go vet -json output: %v\n%s", err, out)
		}
		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var diags []struct{ Posn, Message string }
				if err := json.Unmarshal(raw, &diags); err != nil {
					t.Fatalf("%s: %s: %s", pkg, analyzer, raw)
				}
				for _, d := range diags {
					got[analyzer] = append(got[analyzer], d.Posn+": "+d.Message)
				}
			}
		}
	}
	return got
}

// TestGoVetSelectAnalyzer: go vet's -<analyzer> runs only that analyzer,
// -<analyzer>=false all but it (the usual go vet semantics), for every
// analyzer of the suite. Each analyzer has findings in testdata/mod.
func TestGoVetSelectAnalyzer(t *testing.T) {
	t.Parallel()
	for _, a := range analyzers.All() {
		// go vet -json writes JSON on standard output.
		stdout, stderr, _ := run(t, "go", "vet", "-json", "-vettool="+tracelint, "-"+a.Name, "./...")
		got := vetFindings(t, stdout)
		if len(got[a.Name]) == 0 {
			t.Errorf("go vet -%s: no %s findings in testdata/mod\nstdout:\n%s\nstderr:\n%s", a.Name, a.Name, stdout, stderr)
		}
		for other := range got {
			if other != a.Name {
				t.Errorf("go vet -%s reported %s findings: %v", a.Name, other, got[other])
			}
		}
		stdout, _, _ = run(t, "go", "vet", "-json", "-vettool="+tracelint, "-"+a.Name+"=false", "./...")
		if got := vetFindings(t, stdout); len(got[a.Name]) > 0 {
			t.Errorf("go vet -%s=false still reported %v", a.Name, got[a.Name])
		}
	}
}

// TestGoVetFacts: a finding that needs a fact exported by another package
// (dims.Stage returns only the Stage dimension), through go vet's separate
// per-package runs.
func TestGoVetFacts(t *testing.T) {
	t.Parallel()
	_, stderr, _ := run(t, "go", "vet", "-vettool="+tracelint, "./metricdims")
	want := `metricdims/metricdims.go:26:22: metric "StageSeconds" lacks dimensions RunId, ExecutionArn`
	if !strings.Contains(stderr, want) {
		t.Errorf("go vet output lacks the fact-based finding %q:\n%s", want, stderr)
	}
}

// TestGoVetFixDiff: go vet -fix -diff (Go 1.26) prints the suggested fixes
// as a diff, exits 1 because the diff is not empty, and writes nothing.
func TestGoVetFixDiff(t *testing.T) {
	t.Parallel()
	stdout, stderr, code := run(t, "go", "vet", "-vettool="+tracelint, "-fix", "-diff", "./metricdimsfix")
	want := `+		{MetricName: aws.String("Rows"), Dimensions: []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runID)}, {Name: aws.String("ExecutionArn"), Value: aws.String(executionArn)}}},`
	if !strings.Contains(stdout, want) || !strings.Contains(stdout, "--- ") {
		t.Errorf("go vet -fix -diff output lacks the fix %s\nstdout:\n%s\nstderr:\n%s", want, stdout, stderr)
	}
	if code != 1 {
		t.Errorf("go vet -fix -diff exited %d, want 1 (non-empty diff)", code)
	}
	src, err := os.ReadFile("../../testdata/mod/metricdimsfix/fix.go")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(src, []byte("Dimensions:")) {
		t.Fatal("go vet -fix -diff modified the file")
	}
}

// repoCopy copies testdata/mod to <tmp>/repo/mod, marks <tmp>/repo as a
// repository root (.git) and adds a package that does not type-check
// (broken) and one without findings (clean).
func repoCopy(t *testing.T) (repo, mod string) {
	t.Helper()
	repo = filepath.Join(t.TempDir(), "repo")
	mod = filepath.Join(repo, "mod")
	if err := os.CopyFS(mod, os.DirFS("../../testdata/mod")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	for pkg, src := range map[string]string{
		"broken": "package broken\n\nvar X int = \"not an int\"\n",
		"clean":  "// Package clean has nothing to report.\npackage clean\n",
	} {
		if err := os.Mkdir(filepath.Join(mod, pkg), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mod, pkg, pkg+".go"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return repo, mod
}

// TestExitCodes pins the exit statuses that docs/ci.md promises a CI step.
func TestExitCodes(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	sarif := filepath.Join(t.TempDir(), "out.sarif")
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"./clean"}, 0},
		{[]string{"./metricdims"}, 3},
		{[]string{"./broken"}, 1},
		{[]string{"./metricdims", "./broken"}, 1}, // errors win over findings
		{[]string{"./nosuch/..."}, 1},
		{[]string{"-metricdims.dimensions=", "./metricdims"}, 2},
		{[]string{"-nosuchflag", "./metricdims"}, 2},
		{[]string{"-json", "./broken"}, 1}, // -json: findings are data (exit 0, TestStandaloneExitCodeAndJSON), errors are not
		{[]string{"-format=json", "./clean"}, 0},
		{[]string{"-fix", "-diff", "./metricdimsfix"}, 0},
		{[]string{"-sarif=" + sarif, "./clean"}, 0},
		{[]string{"-sarif=" + sarif, "./metricdims", "./broken"}, 1}, // exit 3 and 1 alone: TestSARIF, TestSARIFOnError
		{[]string{"-sarif=" + sarif, "./nosuch/..."}, 1},
		{[]string{"-sarif=" + sarif, "-metricdims.dimensions=", "./metricdims"}, 2},
		{[]string{"-sarif=" + sarif, "-fix", "./metricdims"}, 2},
		{[]string{"-format=yaml", "./metricdims"}, 2},
	} {
		_, stderr, code := runIn(t, mod, tracelint, tc.args...)
		if code != tc.want {
			t.Errorf("tracelint %s exited %d, want %d\n%s", strings.Join(tc.args, " "), code, tc.want, stderr)
		}
	}
}

// sarifLog is what the tests read of tracelint's SARIF.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name, InformationURI string
				Rules                []struct {
					ID                                string
					ShortDescription, FullDescription struct{ Text string }
					Help                              struct{ Text, Markdown string }
					HelpURI                           string
					DefaultConfiguration              struct{ Level string }
				}
			}
		}
		AutomationDetails struct{ ID string }
		Invocations       []struct {
			ExecutionSuccessful bool
			ExitCode            int
		}
		Results []struct {
			RuleID    string
			RuleIndex int
			Level     string
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI, URIBaseID string }
					Region           struct{ StartLine, StartColumn, EndLine, EndColumn int }
				}
			}
			PartialFingerprints map[string]string
		}
	}
}

func readSARIF(t *testing.T, data []byte) sarifLog {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("SARIF is not JSON: %v\n%s", err, data)
	}
	if len(log.Runs) != 1 || len(log.Runs[0].Invocations) != 1 {
		t.Fatalf("want one run with one invocation:\n%s", data)
	}
	return log
}

// TestSARIF checks the SARIF that GitHub code scanning reads: rules for
// the whole suite, results matching the -json findings exactly, with
// repository-relative URIs, regions and fingerprints.
func TestSARIF(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	out := filepath.Join(t.TempDir(), "tracelint.sarif")
	_, stderr, code := runIn(t, mod, tracelint, "-sarif="+out, "./metricdims")
	if code != 3 {
		t.Fatalf("exit %d, want 3\n%s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	log := readSARIF(t, data)
	run := log.Runs[0]
	if log.Schema != "https://json.schemastore.org/sarif-2.1.0.json" || log.Version != "2.1.0" {
		t.Errorf("$schema %q, version %q", log.Schema, log.Version)
	}
	if run.Tool.Driver.Name != "tracelint" || run.Tool.Driver.InformationURI == "" {
		t.Errorf("driver %+v", run.Tool.Driver)
	}
	if run.AutomationDetails.ID != "tracelint/" {
		t.Errorf("automationDetails.id = %q", run.AutomationDetails.ID)
	}
	if inv := run.Invocations[0]; !inv.ExecutionSuccessful || inv.ExitCode != 3 {
		t.Errorf("invocation %+v", inv)
	}

	// One rule per analyzer, documented on its page under docs/.
	suite := analyzers.All()
	if len(run.Tool.Driver.Rules) != len(suite) {
		t.Fatalf("%d rules for %d analyzers", len(run.Tool.Driver.Rules), len(suite))
	}
	for i, a := range suite {
		r := run.Tool.Driver.Rules[i]
		wantURI := "https://github.com/tracelint/tracelint/blob/main/docs/" + a.Name + ".md"
		if r.ID != a.Name || r.ShortDescription.Text == "" || r.FullDescription.Text == "" ||
			!strings.Contains(r.Help.Text, wantURI) || r.HelpURI != wantURI || r.DefaultConfiguration.Level != "error" {
			t.Errorf("rule %d: %+v", i, r)
		}
		if _, err := os.Stat(filepath.Join("../../docs", a.Name+".md")); err != nil {
			t.Errorf("rule %s: helpUri points to a missing page: %v", a.Name, err)
		}
	}

	// Results: exactly the -json findings, relative to the repository root.
	stdout, _, _ := runIn(t, mod, tracelint, "-json", "./metricdims")
	var tree map[string]map[string][]struct{ Posn, End, Message string }
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, byAnalyzer := range tree {
		for analyzer, diags := range byAnalyzer {
			for _, d := range diags {
				p := strings.Split(d.Posn, ":")
				e := strings.Split(d.End, ":")
				rel, _ := filepath.Rel(filepath.Dir(mod), p[0])
				want[fmt.Sprintf("%s %s:%s:%s-%s:%s %s", analyzer, filepath.ToSlash(rel), p[1], p[2], e[1], e[2], d.Message)] = true
			}
		}
	}
	got := map[string]bool{}
	fingerprints := map[string]bool{}
	for _, r := range run.Results {
		if len(r.Locations) != 1 {
			t.Fatalf("result with %d locations", len(r.Locations))
		}
		loc := r.Locations[0].PhysicalLocation
		got[fmt.Sprintf("%s %s:%d:%d-%d:%d %s", r.RuleID, loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn,
			loc.Region.EndLine, loc.Region.EndColumn, r.Message.Text)] = true
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || !strings.HasPrefix(loc.ArtifactLocation.URI, "mod/") {
			t.Errorf("location %+v is not relative to the repository root", loc.ArtifactLocation)
		}
		if suite[r.RuleIndex].Name != r.RuleID || r.Level != "error" {
			t.Errorf("result %s: ruleIndex %d, level %q", r.RuleID, r.RuleIndex, r.Level)
		}
		fp := r.PartialFingerprints["tracelint/v1"]
		if fp == "" || fingerprints[fp] {
			t.Errorf("result %s: missing or repeated fingerprint %q", r.Message.Text, fp)
		}
		fingerprints[fp] = true
	}
	if len(want) == 0 {
		t.Fatal("no -json findings to compare")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SARIF results differ from -json findings (-want +got):\n%s", diff)
	}
	// The findings are also printed for the CI log.
	if !strings.Contains(stderr, `metricdims.go:26:22: metricdims: metric "StageSeconds" lacks dimensions RunId, ExecutionArn`) {
		t.Errorf("findings not printed on stderr:\n%s", stderr)
	}
}

// TestSARIFStable: identical runs give identical SARIF; adding lines above
// the findings moves them but keeps their fingerprints (so code scanning
// keeps their alerts).
func TestSARIFStable(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	sarif := func() (raw []byte, lines map[string]int) {
		stdout, stderr, code := runIn(t, mod, tracelint, "-format=sarif", "./metricdims")
		if code != 3 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		lines = map[string]int{}
		for _, r := range readSARIF(t, []byte(stdout)).Runs[0].Results {
			lines[r.PartialFingerprints["tracelint/v1"]] = r.Locations[0].PhysicalLocation.Region.StartLine
		}
		return []byte(stdout), lines
	}
	first, before := sarif()
	second, _ := sarif()
	if !bytes.Equal(first, second) {
		t.Errorf("two runs differ:\n%s\n%s", first, second)
	}
	path := filepath.Join(mod, "metricdims", "metricdims.go")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append([]byte("// Two lines added\n// above everything.\n"), src...), 0o644); err != nil {
		t.Fatal(err)
	}
	_, after := sarif()
	if len(before) == 0 || len(before) != len(after) {
		t.Fatalf("fingerprints before %v, after %v", before, after)
	}
	for fp, line := range before {
		if after[fp] != line+2 {
			t.Errorf("finding %s: line %d before, %d after (want the same fingerprint, 2 lines down)", fp, line, after[fp])
		}
	}
}

// TestSARIFRoot: -sarif-root sets what URIs are relative to, and SARIF
// goes to standard output with -format=sarif.
func TestSARIFRoot(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	stdout, stderr, code := runIn(t, mod, tracelint, "-format=sarif", "-sarif-root=.", "./metricdims")
	if code != 3 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	results := readSARIF(t, []byte(stdout)).Runs[0].Results
	if len(results) == 0 {
		t.Fatal("no results")
	}
	for _, r := range results {
		if uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "metricdims/metricdims.go" {
			t.Errorf("uri %q, want metricdims/metricdims.go", uri)
		}
	}
}

// TestSARIFOnError: a run with errors still writes SARIF, marked as failed.
func TestSARIFOnError(t *testing.T) {
	t.Parallel()
	_, mod := repoCopy(t)
	out := filepath.Join(t.TempDir(), "out.sarif")
	_, stderr, code := runIn(t, mod, tracelint, "-sarif="+out, "./broken")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if inv := readSARIF(t, data).Runs[0].Invocations[0]; inv.ExecutionSuccessful || inv.ExitCode != 1 {
		t.Errorf("invocation %+v, want a failed one with exit code 1", inv)
	}
	if !strings.Contains(stderr, "not an int") {
		t.Errorf("the type error is not shown:\n%s", stderr)
	}
}
