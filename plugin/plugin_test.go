package plugin

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/txtar"

	"github.com/tracelint/tracelint/analyzers"
	"github.com/tracelint/tracelint/analyzers/metricdims"
	"github.com/tracelint/tracelint/analyzers/runtable"
)

// build runs the plugin as golangci-lint does: constructor from the
// registry, then BuildAnalyzers. settings has the shape golangci-lint's
// configuration loader produces (map[string]any, []any, bool).
func build(t *testing.T, settings any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatalf("plugin not registered: %v", err)
	}
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", mode, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func names(as []*analysis.Analyzer) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func flagValues(a *analysis.Analyzer) map[string]string {
	m := map[string]string{}
	a.Flags.VisitAll(func(f *flag.Flag) { m[f.Name] = f.Value.String() })
	return m
}

// TestRegistryCoversSuite: every analyzer of analyzers.All() can be built
// fresh, with the same name, flags and defaults as the package-level one.
func TestRegistryCoversSuite(t *testing.T) {
	suite := analyzers.All()
	for _, shared := range suite {
		fresh := registry[shared.Name]
		if fresh == nil {
			t.Errorf("analyzer %s has no entry in plugin/registry.go: add %s.Name: func() *analysis.Analyzer { return %[2]s.New(%[2]s.DefaultOptions()) }", shared.Name, shared.Name)
			continue
		}
		a, b := fresh(), fresh()
		if a == shared || a == b {
			t.Errorf("registry[%s] does not build a fresh analyzer", shared.Name)
		}
		if a.Name != shared.Name {
			t.Errorf("registry[%s] builds analyzer %q", shared.Name, a.Name)
		}
		want := flagValues(shared)
		if shared.Name == runtable.Name {
			want["migrations-at-embed"] = "true" // a driver that shows only Go files' findings
		}
		if got := flagValues(a); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("registry[%s] flags %v, want the package-level defaults %v", shared.Name, got, want)
		}
	}
	for name, fresh := range registry {
		if got := fresh().Name; got != name {
			t.Errorf("registry[%s] builds analyzer %q", name, got)
		}
	}
}

func TestDefaults(t *testing.T) {
	for _, settings := range []any{nil, map[string]any{}, map[string]any{"metricdims": nil}} {
		as, err := build(t, settings)
		if err != nil {
			t.Fatalf("settings %v: %v", settings, err)
		}
		if got, want := names(as), names(analyzers.All()); !slices.Equal(got, want) {
			t.Errorf("settings %v: analyzers %v, want %v", settings, got, want)
		}
		for i, a := range as {
			if a == analyzers.All()[i] {
				t.Errorf("settings %v: %s is the package-level analyzer, want a fresh one", settings, a.Name)
			}
		}
	}
}

// TestSettingsApplied checks that settings reach the analyzer's run (the
// same testdata as metricdims' own -metricdims.dimensions=RunId,Stage test)
// and leave the package-level analyzer alone.
func TestSettingsApplied(t *testing.T) {
	as, err := build(t, map[string]any{
		"metricdims": map[string]any{"dimensions": []any{"RunId", "Stage"}, "strict": true, "enabled": true},
	})
	if err != nil {
		t.Fatal(err)
	}
	a := as[slices.Index(names(as), metricdims.Name)]
	if got := flagValues(a); got["dimensions"] != "RunId,Stage" || got["strict"] != "true" {
		t.Errorf("flags after settings: %v", got)
	}
	if got := flagValues(metricdims.Analyzer); got["dimensions"] != "RunId,ExecutionArn" || got["strict"] != "false" {
		t.Errorf("package-level metricdims.Analyzer changed: %v", got)
	}
	testdata, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "metricdims/custom")
}

func TestCommaSeparatedString(t *testing.T) {
	as, err := build(t, map[string]any{"metricdims": map[string]any{"dimensions": "RunId, Stage"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := flagValues(as[slices.Index(names(as), metricdims.Name)])["dimensions"]; got != "RunId,Stage" {
		t.Errorf("dimensions = %q", got)
	}
}

func TestDisabled(t *testing.T) {
	as, err := build(t, map[string]any{"metricdims": map[string]any{"enabled": false}})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(names(as), metricdims.Name) {
		t.Errorf("metricdims still enabled: %v", names(as))
	}
	// The settings of a disabled analyzer are still checked.
	if _, err := build(t, map[string]any{"metricdims": map[string]any{"enabled": false, "dimensions": []any{}}}); err == nil {
		t.Error("bad settings of a disabled analyzer were accepted")
	}
}

func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string // regexp the error must match
	}{
		{[]any{"metricdims"}, `^tracelint settings: decoding settings: json: cannot unmarshal array`},
		{map[string]any{"metricdim": map[string]any{}}, `unknown analyzer "metricdim" \(analyzers: [a-z, ]*metricdims`},
		{map[string]any{"metricdims": "RunId"}, `metricdims: want a mapping of setting names to values, got "RunId"`},
		{map[string]any{"metricdims": map[string]any{"dimension": []any{"RunId"}}}, `metricdims\.dimension: unknown setting \(metricdims has: enabled, dimensions, strict\)`},
		{map[string]any{"metricdims": map[string]any{"dimensions": []any{}}}, `metricdims\.dimensions: empty list`},
		{map[string]any{"metricdims": map[string]any{"dimensions": "RunId,,Stage"}}, `metricdims\.dimensions: item 2 is empty`},
		{map[string]any{"metricdims": map[string]any{"dimensions": []any{"RunId", "RunId"}}}, `metricdims\.dimensions: "RunId" is listed twice`},
		{map[string]any{"metricdims": map[string]any{"dimensions": []any{"Run Id"}}}, `metricdims\.dimensions: "Run Id": character ' ' is not allowed`},
		{map[string]any{"metricdims": map[string]any{"dimensions": []any{"RunId,Stage"}}}, `metricdims\.dimensions: item 1 \("RunId,Stage"\) contains a comma`},
		{map[string]any{"metricdims": map[string]any{"dimensions": []any{"RunId", 3}}}, `metricdims\.dimensions: item 2: want a string, got 3`},
		{map[string]any{"metricdims": map[string]any{"dimensions": true}}, `metricdims\.dimensions: want a list of strings, got true`},
		{map[string]any{"metricdims": map[string]any{"strict": "yes"}}, `metricdims\.strict: want true or false, got "yes"`},
		{map[string]any{"metricdims": map[string]any{"enabled": "no"}}, `metricdims\.enabled: want true or false, got "no"`},
		{map[string]any{"propagation": map[string]any{"glue-arguments": []any{"--execution-arn", "--run key"}}}, `propagation\.glue-arguments: "--run key": character ' ' is not allowed`},
		{map[string]any{"propagation": map[string]any{"lambda-fields": []any{"execution_arn", "run_id|runId"}}}, `propagation\.lambda-fields: "run_id" and "runId" name the same field`},
	} {
		_, err := build(t, tc.settings)
		if err == nil {
			t.Errorf("settings %v accepted, want an error matching %s", tc.settings, tc.want)
			continue
		}
		if !regexp.MustCompile(tc.want).MatchString(err.Error()) {
			t.Errorf("settings %v: error %q does not match %s", tc.settings, err, tc.want)
		}
	}
}

func TestAllErrorsReported(t *testing.T) {
	_, err := build(t, map[string]any{
		"nosuch":     map[string]any{},
		"metricdims": map[string]any{"strict": 1, "dimensions": []any{""}},
	})
	if err == nil {
		t.Fatal("accepted")
	}
	for _, want := range []string{`unknown analyzer "nosuch"`, "metricdims.strict:", "metricdims.dimensions:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

// regexpValue stands for an analyzer's regular-expression flag.
type regexpValue struct{ re *regexp.Regexp }

func (r *regexpValue) String() string {
	if r.re == nil {
		return ""
	}
	return r.re.String()
}

func (r *regexpValue) Set(s string) error {
	re, err := regexp.Compile(s)
	if err != nil {
		return fmt.Errorf("not a valid regular expression: %w", err)
	}
	r.re = re
	return nil
}

// TestFlagKinds covers flag shapes the suite's analyzers may declare: a
// regular expression, an integer, a camelCase name (golangci-lint lowercases
// setting keys).
func TestFlagKinds(t *testing.T) {
	newAnalyzer := func() (*analysis.Analyzer, *regexpValue, *int, *string) {
		a := &analysis.Analyzer{Name: "probe"}
		re, n, s := &regexpValue{}, new(int), new(string)
		a.Flags.Var(re, "pattern", "")
		a.Flags.IntVar(n, "depth", 0, "")
		a.Flags.StringVar(s, "runIdField", "", "")
		return a, re, n, s
	}
	a, re, n, s := newAnalyzer()
	enabled, err := apply(a, []byte(`{"pattern": "^run_id=[0-9]+$", "depth": 3, "runidfield": "run_id", "enabled": true}`))
	if err != nil || !enabled {
		t.Fatalf("apply: %v, %v", enabled, err)
	}
	if re.String() != "^run_id=[0-9]+$" || *n != 3 || *s != "run_id" {
		t.Errorf("pattern %q, depth %d, runIdField %q", re, *n, *s)
	}
	for raw, want := range map[string]string{
		`{"pattern": "run_id=("}`:    `probe\.pattern: not a valid regular expression: error parsing regexp: missing closing \)`,
		`{"pattern": ["a", "b"]}`:    `probe\.pattern: want a string, got \["a","b"\]`,
		`{"depth": "three"}`:         `probe\.depth: parse error`,
		`{"depth": [1]}`:             `probe\.depth: want a string, got \[1\]`,
		`{"runIdField": {"a": "b"}}`: `probe\.runIdField: want a string, got \{"a":"b"\}`,
	} {
		a, _, _, _ := newAnalyzer()
		_, err := apply(a, []byte(raw))
		if err == nil || !regexp.MustCompile(want).MatchString(err.Error()) {
			t.Errorf("apply(%s) = %v, want an error matching %s", raw, err, want)
		}
	}
}

// TestConfigFile: the analyzers the plugin builds read tracelint.yml like
// every driver's, and the .golangci.yml settings win over it: a list given
// there (here with a '+') applies over the file's, and enabled: true keeps
// an analyzer on where a file switches it off. The module uses only the
// standard library (crypto/rand.Text is a default uuidrunid generator), so
// the test is fast.
func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	fsys, err := txtar.FS(txtar.Parse([]byte(`
-- go.mod --
module example.com/cfg

go 1.24
-- tracelint.yml --
uuidrunid:
  generators: [example.com/ids.New] # crypto/rand.Text is no longer one
-- a/a.go --
package a

import "crypto/rand"

type Input struct{ RunID string }

func New() Input { return Input{RunID: rand.Text()} }
-- off/tracelint.yml --
uuidrunid:
  enabled: false
  generators: [+crypto/rand.Text]
-- off/off.go --
package off

import "crypto/rand"

type Input struct{ RunID string }

func New() Input { return Input{RunID: rand.Text()} }
`)))
	if err == nil {
		err = os.CopyFS(dir, fsys)
	}
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir, Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=")}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	findings := func(settings map[string]any) map[string]int {
		t.Helper()
		as, err := build(t, map[string]any{"uuidrunid": settings})
		if err != nil {
			t.Fatal(err)
		}
		as = as[slices.Index(names(as), "uuidrunid"):][:1]
		g, err := checker.Analyze(as, pkgs, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, act := range g.Roots {
			if act.Err != nil {
				t.Fatalf("%s: %v", act.Package.PkgPath, act.Err)
			}
			got[strings.TrimPrefix(act.Package.PkgPath, "example.com/cfg/")] += len(act.Diagnostics)
		}
		return got
	}
	for _, tc := range []struct {
		settings map[string]any
		want     map[string]int
	}{
		{nil, map[string]int{"a": 0, "off": 0}}, // the file's list; off switched off
		{map[string]any{"generators": []any{"+crypto/rand.Text"}}, map[string]int{"a": 1, "off": 0}},
		{map[string]any{"enabled": true}, map[string]int{"a": 0, "off": 1}},
	} {
		if got := findings(tc.settings); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("golangci settings %v: findings per package %v, want %v", tc.settings, got, tc.want)
		}
	}
}
