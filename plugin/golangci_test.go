package plugin

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// These integration tests run a real golangci-lint built with this plugin
// (`make golangci`) on the example module. `make test` builds the binary
// and sets TRACELINT_INTEGRATION=1, which turns a missing binary into a
// failure; a plain `go test` skips them when the binary is absent.

// customGolangci returns the custom golangci-lint binary.
func customGolangci(t *testing.T) string {
	t.Helper()
	return integrationBinary(t, "TRACELINT_GOLANGCI", "golangci-lint-tracelint-*", "make golangci")
}

func integrationBinary(t *testing.T, env, glob, make string) string {
	t.Helper()
	path := os.Getenv(env)
	if path == "" {
		matches, _ := filepath.Glob(filepath.Join("..", "bin", glob))
		slices.Sort(matches)
		if len(matches) > 0 {
			path = matches[len(matches)-1]
		}
	}
	msg := fmt.Sprintf("no binary bin/%s (or $%s): run `%s` first", glob, env, make)
	if path != "" {
		if fi, err := os.Stat(path); err == nil {
			// An explicit $env is trusted (make sets it after rebuilding).
			if newer := newestSource(t); os.Getenv(env) == "" && fi.ModTime().Before(newer.ModTime()) {
				msg = fmt.Sprintf("%s is older than %s, which it compiles: run `%s`", path, newer.Name(), make)
			} else {
				abs, err := filepath.Abs(path)
				if err != nil {
					t.Fatal(err)
				}
				return abs
			}
		}
	}
	if os.Getenv("TRACELINT_INTEGRATION") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg + "; `make test` builds it and runs this test")
	return ""
}

// newestSource is the most recently modified of the files the custom
// binaries compile from this checkout (the Makefile's PLUGIN_SRCS).
func newestSource(t *testing.T) fs.FileInfo {
	t.Helper()
	var newest fs.FileInfo
	consider := func(path string) {
		if fi, err := os.Stat(path); err == nil && (newest == nil || fi.ModTime().After(newest.ModTime())) {
			newest = fi
		}
	}
	consider("../go.mod")
	consider("../go.sum")
	for _, dir := range []string{"../analyzers", "."} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
				consider(path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return newest
}

// A finding as both tools can express it.
type finding struct {
	File    string // slash-separated, relative to the module
	Line    int
	Linter  string
	Message string
}

// nonDefault are the settings the main integration test gives the plugin;
// each must change the findings on examples/. The same values are given
// to the tracelint command as flags for the expected findings.
var nonDefault = map[string]map[string]any{
	"metricdims": {"dimensions": []string{"RunId", "Stage"}, "strict": true},
	// A list flag of another type (options.Alternatives, embedded).
	"snscorrelation": {"fields": []string{"execution_arn", "run_id|run_key"}},
}

// settingsYAML renders analyzer settings as the block under
// linters.settings.custom.tracelint.settings, indented by indent.
func settingsYAML(settings map[string]map[string]any, indent string) string {
	var b strings.Builder
	for _, analyzer := range slices.Sorted(maps.Keys(settings)) {
		fmt.Fprintf(&b, "%s%s:\n", indent, analyzer)
		for _, key := range slices.Sorted(maps.Keys(settings[analyzer])) {
			v, _ := json.Marshal(settings[analyzer][key]) // JSON is YAML flow syntax
			fmt.Fprintf(&b, "%s  %s: %s\n", indent, key, v)
		}
	}
	return b.String()
}

// flagsFor renders the same settings as tracelint command-line flags.
func flagsFor(settings map[string]map[string]any) []string {
	var flags []string
	for _, analyzer := range slices.Sorted(maps.Keys(settings)) {
		for _, key := range slices.Sorted(maps.Keys(settings[analyzer])) {
			v := settings[analyzer][key]
			if list, ok := v.([]string); ok {
				v = strings.Join(list, ",")
			}
			flags = append(flags, fmt.Sprintf("-%s.%s=%v", analyzer, key, v))
		}
	}
	return flags
}

func golangciConfig(settings string) string {
	return `version: "2"
linters:
  default: none
  enable:
    - tracelint
  settings:
    custom:
      tracelint:
        type: module
        description: AWS traceability rules
        settings:
` + settings + `issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`
}

// copyExamples copies examples/ to a temporary directory.
func copyExamples(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "examples")
	if err := os.CopyFS(dst, os.DirFS("../examples")); err != nil {
		t.Fatal(err)
	}
	return dst
}

// exampleConfig are tracelint.yml files for a copy of examples/ that change
// its findings: a metric dimension added to the defaults (every metricdims
// message names it), a list replaced, and runtable switched off for one
// command. Every driver must read them.
var exampleConfig = map[string]string{
	"tracelint.yml":               "metricdims:\n  dimensions: [+Stage]\nsnscorrelation:\n  fields: [execution_arn]\n",
	"cmd/runstate/.tracelint.yml": "runtable:\n  enabled: false\n",
}

// writeExampleConfig writes exampleConfig into a copy of examples/ and
// checks that want (the tracelint command's findings there) shows it.
func writeExampleConfig(t *testing.T, dir string) {
	t.Helper()
	for name, content := range exampleConfig {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkExampleConfigShows fails unless findings reflect exampleConfig.
func checkExampleConfigShows(t *testing.T, findings map[finding]bool) {
	t.Helper()
	stage := false
	for f := range findings {
		stage = stage || strings.Contains(f.Message, "Stage")
		if strings.HasPrefix(f.File, "cmd/runstate/") && strings.Contains(f.Message, "runtable") {
			t.Errorf("runtable reports %v where the configuration switches it off", f)
		}
	}
	if !stage {
		t.Errorf("no finding names the Stage dimension the configuration adds: %v", sortedFindings(findings))
	}
}

// markNolint puts directive at the end of a finding's line in the copy, in
// place of its `// demo: <analyzer>` marker if it has one. It reports false
// when the line ends in another comment, which the directive cannot join.
func markNolint(t *testing.T, dir string, f finding, directive string) bool {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(f.File))
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	line := lines[f.Line-1]
	if before, _, ok := strings.Cut(line, "// demo: "); ok {
		line = before + directive
	} else if !strings.Contains(line, "//") {
		line += " " + directive
	} else {
		return false
	}
	lines[f.Line-1] = line
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	return true
}

func command(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=")
	return cmd
}

// tracelintFindings runs the tracelint command with -json and flags: the
// expected findings, with the message as golangci-lint shows it for a
// linter with several analyzers ("analyzer: message").
func tracelintFindings(t *testing.T, tracelint, dir string, flags ...string) map[finding]bool {
	t.Helper()
	cmd := command(dir, tracelint, append(append([]string{"-json"}, flags...), "./...")...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("tracelint -json %v: %v\n%s", flags, err, stderr.Bytes())
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("tracelint -json output: %v\n%s", err, out)
	}
	got := map[finding]bool{}
	for pkg, byAnalyzer := range tree {
		for analyzer, raw := range byAnalyzer {
			var diags []struct{ Posn, Message string }
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Fatalf("%s %s: %s", pkg, analyzer, raw)
			}
			for _, d := range diags {
				file, line, _, ok := splitPosn(d.Posn)
				if !ok {
					t.Fatalf("bad posn %q", d.Posn)
				}
				got[finding{rel(t, dir, file), line, Name, analyzer + ": " + d.Message}] = true
			}
		}
	}
	return got
}

// splitPosn splits file:line:col.
func splitPosn(posn string) (file string, line, col int, ok bool) {
	i := strings.LastIndex(posn, ":")
	if i < 0 {
		return "", 0, 0, false
	}
	j := strings.LastIndex(posn[:i], ":")
	if j < 0 {
		return "", 0, 0, false
	}
	_, err1 := fmt.Sscan(posn[j+1:i], &line)
	_, err2 := fmt.Sscan(posn[i+1:], &col)
	return posn[:j], line, col, err1 == nil && err2 == nil
}

func rel(t *testing.T, dir, file string) string {
	t.Helper()
	if filepath.IsAbs(file) {
		r, err := filepath.Rel(dir, file)
		if err != nil {
			t.Fatal(err)
		}
		file = r
	}
	return filepath.ToSlash(file)
}

// golangciFindings runs the custom golangci-lint with config in dir and
// returns the tracelint findings and the exit status.
func golangciFindings(t *testing.T, golangci, dir, config string) (map[finding]bool, int, string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	// --allow-parallel-runners: the tests run golangci-lint in parallel, and
	// other golangci-lint processes of the user may be running too (by
	// default one takes a lock and the others fail).
	cmd := command(dir, golangci, "run", "--allow-parallel-runners", "--output.json.path=stdout", "--show-stats=false", "./...")
	cmd.Env = append(cmd.Env, "GOLANGCI_LINT_CACHE="+t.TempDir())
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if code != 0 && code != 1 {
		return nil, code, stderr.String() + string(out)
	}
	var report struct {
		Issues []struct {
			FromLinter, Text string
			Pos              struct {
				Filename string
				Line     int
			}
		}
	}
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("golangci-lint output (exit %d): %v\n%s\n%s", code, err, out, stderr.Bytes())
	}
	got := map[finding]bool{}
	for _, is := range report.Issues {
		if is.FromLinter == Name {
			got[finding{rel(t, dir, is.Pos.Filename), is.Pos.Line, is.FromLinter, is.Text}] = true
		}
	}
	return got, code, stderr.String()
}

func sortedFindings(m map[finding]bool) []finding {
	out := make([]finding, 0, len(m))
	for f := range m {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b finding) int {
		return strings.Compare(fmt.Sprint(a.File, a.Line, a.Message), fmt.Sprint(b.File, b.Line, b.Message))
	})
	return out
}

// TestGolangciLintPlugin runs the custom golangci-lint with non-default
// settings on a copy of examples/ and compares the exact set of tracelint
// findings with the tracelint command given the same settings as flags,
// minus the line a //nolint:tracelint directive covers.
func TestGolangciLintPlugin(t *testing.T) {
	t.Parallel()
	golangci := customGolangci(t)
	tracelint := buildTracelint(t)
	dir := copyExamples(t)

	defaults := examplesFindings(t, tracelint)
	want := maps.Clone(examplesFindings(t, tracelint, flagsFor(nonDefault)...))
	if cmp.Equal(defaults, want) {
		t.Fatalf("the settings %v change no finding on examples/: choose settings the test can observe", nonDefault)
	}
	// A nolint directive for tracelint suppresses; one naming another linter does not.
	directives := []string{
		"//nolint:tracelint // suppressed on purpose by the plugin test",
		"//nolint:errcheck // names another linter",
	}
	lines := map[string]bool{}
	for _, f := range sortedFindings(want) {
		key := fmt.Sprint(f.File, ":", f.Line)
		if len(directives) == 0 || lines[key] || !markNolint(t, dir, f, directives[0]) {
			continue
		}
		lines[key] = true
		if strings.HasPrefix(directives[0], "//nolint:tracelint") {
			for g := range want { // every tracelint finding on the line
				if g.File == f.File && g.Line == f.Line {
					delete(want, g)
				}
			}
		}
		directives = directives[1:]
	}
	if len(directives) > 0 {
		t.Fatalf("found no line for %q among %v", directives, sortedFindings(want))
	}

	got, code, stderr := golangciFindings(t, golangci, dir, golangciConfig(settingsYAML(nonDefault, "          ")))
	if code != 1 {
		t.Errorf("golangci-lint exited %d, want 1 (issues found)\n%s", code, stderr)
	}
	if diff := cmp.Diff(sortedFindings(want), sortedFindings(got)); diff != "" {
		t.Errorf("golangci-lint findings differ from tracelint %v (-want +got):\n%s", flagsFor(nonDefault), diff)
	}
}

// TestGolangciLintConfigFile: the plugin's analyzers read tracelint.yml as
// the command does, and .golangci.yml settings win over it as command-line
// flags do.
func TestGolangciLintConfigFile(t *testing.T) {
	t.Parallel()
	golangci := customGolangci(t)
	tracelint := buildTracelint(t)
	dir := copyExamples(t)
	writeExampleConfig(t, dir)
	over := map[string]map[string]any{"snscorrelation": {"fields": []string{"execution_arn", "run_id|run_key"}}}
	want := tracelintFindings(t, tracelint, dir, flagsFor(over)...)
	checkExampleConfigShows(t, want)
	got, code, stderr := golangciFindings(t, golangci, dir, golangciConfig(settingsYAML(over, "          ")))
	if code != 1 {
		t.Errorf("golangci-lint exited %d, want 1 (issues found)\n%s", code, stderr)
	}
	if diff := cmp.Diff(sortedFindings(want), sortedFindings(got)); diff != "" {
		t.Errorf("golangci-lint findings with tracelint.yml differ from tracelint's (-want +got):\n%s", diff)
	}
}

// TestGolangciLintDocumentedConfig runs the .golangci.yml snippet of
// docs/ci.md (between <!-- golangci-config --> and the end of its code
// block): it must be accepted and report what tracelint reports by default.
func TestGolangciLintDocumentedConfig(t *testing.T) {
	t.Parallel()
	golangci := customGolangci(t)
	tracelint := buildTracelint(t)
	dir := copyExamples(t)
	doc, err := os.ReadFile("../docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(doc), "<!-- golangci-config -->")
	if !ok {
		t.Fatal("docs/ci.md has no <!-- golangci-config --> marker")
	}
	_, block, ok := strings.Cut(after, "```yaml\n")
	block, _, ok2 := strings.Cut(block, "```")
	if !ok || !ok2 {
		t.Fatal("no ```yaml block after <!-- golangci-config --> in docs/ci.md")
	}
	want := examplesFindings(t, tracelint)
	got, code, stderr := golangciFindings(t, golangci, dir, block+"issues:\n  max-issues-per-linter: 0\n  max-same-issues: 0\n  uniq-by-line: false\n")
	if code != 1 {
		t.Errorf("golangci-lint exited %d, want 1 (issues found)\n%s", code, stderr)
	}
	if diff := cmp.Diff(sortedFindings(want), sortedFindings(got)); diff != "" {
		t.Errorf("findings with the documented configuration differ from tracelint's defaults (-want +got):\n%s", diff)
	}
}

// TestGolangciLintBadSettings: golangci-lint refuses to run with a bad
// setting and names it.
func TestGolangciLintBadSettings(t *testing.T) {
	t.Parallel()
	golangci := customGolangci(t)
	for settings, want := range map[string]string{
		"          metricdims:\n            dimension: [RunId]\n":        "metricdims.dimension: unknown setting",
		"          metricdims:\n            dimensions: [RunId, \"\"]\n": "metricdims.dimensions: item 2 is empty",
		"          metricdims:\n            strict: \"yes\"\n":           "metricdims.strict: want true or false",
		"          runtable:\n            pattern: [run]\n":              "runtable.pattern: want a string",
	} {
		t.Run(strings.Fields(want)[0], func(t *testing.T) {
			t.Parallel()
			_, code, out := golangciFindings(t, golangci, copyExamples(t), golangciConfig(settings))
			if code != 3 { // golangci-lint's "failure" status
				t.Errorf("settings\n%s: exit %d, want 3 (failure)", settings, code)
			}
			if !strings.Contains(out, want) {
				t.Errorf("settings\n%s: output lacks %q:\n%s", settings, want, out)
			}
		})
	}
}

// TestCustomGclConfig: .custom-gcl.yml builds the golangci-lint version the
// Makefile builds, with this plugin.
func TestCustomGclConfig(t *testing.T) {
	cfg, err := os.ReadFile("../.custom-gcl.yml")
	if err != nil {
		t.Fatal(err)
	}
	makefile, err := os.ReadFile("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^GOLANGCI_VERSION\s*:?=\s*(\S+)`).FindSubmatch(makefile)
	if m == nil {
		t.Fatal("no GOLANGCI_VERSION in the Makefile")
	}
	for _, want := range []string{
		"\nversion: " + string(m[1]) + "\n",
		"\n  - module: github.com/tracelint/tracelint\n",
		"\n    import: github.com/tracelint/tracelint/plugin\n",
	} {
		if !strings.Contains(string(cfg), want) {
			t.Errorf(".custom-gcl.yml lacks %q", strings.TrimSpace(want))
		}
	}
}
