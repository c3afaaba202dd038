package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/txtar"

	"github.com/tracelint/tracelint/analyzers/internal/options"
)

// toyOptions and newToy follow the pattern of every analyzer of the suite
// (Options, New binding them to flags, Adopt last); the analyzer reports
// the options it runs with at each package clause. It borrows the name of
// a real analyzer, since files may only name those.
type toyOptions struct {
	Dims   []string
	Strict bool
}

func defaultToy() toyOptions { return toyOptions{Dims: []string{"RunId", "ExecutionArn"}} }

func newToy(opts toyOptions) *analysis.Analyzer {
	o := &toyOptions{Dims: slices.Clone(opts.Dims), Strict: opts.Strict}
	a := &analysis.Analyzer{
		Name: "metricdims",
		Doc:  "toy",
		Run: func(pass *analysis.Pass) (any, error) {
			pass.Reportf(pass.Files[0].Package, "dims=%s strict=%v", strings.Join(o.Dims, ","), o.Strict)
			return nil, nil
		},
	}
	a.Flags.Var(options.NewList(&o.Dims, options.Identifier), "dimensions", "")
	a.Flags.BoolVar(&o.Strict, "strict", o.Strict, "")
	return Adopt(a, newToy, opts)
}

// writeTree writes the files of a txtar archive under a new temporary
// directory and returns it.
func writeTree(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	fsys, err := txtar.FS(txtar.Parse([]byte(archive)))
	if err == nil {
		err = os.CopyFS(dir, fsys)
	}
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// analyze runs a on the packages of the module in dir and returns each
// package's report ("" when it reported nothing), or the analysis errors.
func analyze(t *testing.T, dir string, a *analysis.Analyzer) (map[string]string, error) {
	t.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir, Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=")}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	var errs []error
	for _, act := range g.Roots {
		if act.Err != nil {
			errs = append(errs, act.Err)
		}
		got[act.Package.PkgPath] = ""
		for _, d := range act.Diagnostics {
			got[act.Package.PkgPath] = d.Message
		}
	}
	return got, errors.Join(errs...)
}

// monorepo is a module with files at three levels and a directory that
// switches the analyzer off.
const monorepo = `
-- go.mod --
module example.com/mono

go 1.22
-- tracelint.yml --
# the team's defaults
metricdims:
  strict: true
-- root.go --
package mono
-- etl/.tracelint.yml --
metricdims:
  dimensions: [+Stage]
-- etl/etl.go --
package etl
-- etl/jobs/jobs.go --
package jobs
-- etl/jobs/tracelint.yml --
metricdims:
  dimensions: "+Region"
  strict: false
-- legacy/tracelint.yml --
metricdims:
  enabled: false
  dimensions: [RunId]
-- legacy/legacy.go --
package legacy
-- legacy/back/tracelint.yml --
metricdims:
  enabled: true
-- legacy/back/back.go --
package back
`

func TestMerging(t *testing.T) {
	dir := writeTree(t, monorepo)
	got, err := analyze(t, dir, newToy(defaultToy()))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"example.com/mono":             "dims=RunId,ExecutionArn strict=true",
		"example.com/mono/etl":         "dims=RunId,ExecutionArn,Stage strict=true",
		"example.com/mono/etl/jobs":    "dims=RunId,ExecutionArn,Stage,Region strict=false",
		"example.com/mono/legacy":      "", // switched off
		"example.com/mono/legacy/back": "dims=RunId strict=true",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("effective options per package:\n got %v\nwant %v", got, want)
	}
}

// TestExplicitFlagsWin: values set on the analyzer's flags (the command
// line, the golangci-lint plugin) apply over the files, in the order given,
// a '+' extending what the files made; Enable overrides enabled: false.
func TestExplicitFlagsWin(t *testing.T) {
	dir := writeTree(t, monorepo)
	a := newToy(defaultToy())
	for name, value := range map[string]string{"strict": "false", "dimensions": "+Env"} {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	Enable(a)
	got, err := analyze(t, dir, a)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"example.com/mono":             "dims=RunId,ExecutionArn,Env strict=false",
		"example.com/mono/etl":         "dims=RunId,ExecutionArn,Stage,Env strict=false",
		"example.com/mono/etl/jobs":    "dims=RunId,ExecutionArn,Stage,Region,Env strict=false",
		"example.com/mono/legacy":      "dims=RunId,Env strict=false",
		"example.com/mono/legacy/back": "dims=RunId,Env strict=false",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("effective options per package:\n got %v\nwant %v", got, want)
	}
	// The adopted analyzer's own options are untouched by the files.
	if v := a.Flags.Lookup("dimensions").Value.String(); v != "RunId,ExecutionArn,Env" {
		t.Errorf("the analyzer's own dimensions became %q", v)
	}
}

// TestModuleBoundary: files above the module root do not apply, and a
// package in the module cache (a dependency) is never configured.
func TestModuleBoundary(t *testing.T) {
	dir := writeTree(t, `
-- tracelint.yml --
metricdims:
  strict: true
-- mod/go.mod --
module example.com/mod

go 1.22
-- mod/mod.go --
package mod
-- nomod/tracelint.yml --
metricdims:
  strict: true
`)
	chain, err := Files(filepath.Join(dir, "mod"))
	if err != nil || !chain.Empty() {
		t.Errorf("Files(mod) = %v, %v; want no files (the one above the module root does not apply)", chain, err)
	}
	got, err := analyze(t, filepath.Join(dir, "mod"), newToy(defaultToy()))
	if err != nil || got["example.com/mod"] != "dims=RunId,ExecutionArn strict=false" {
		t.Errorf("package under a file above its module: %v, %v", got, err)
	}
	for _, m := range []*analysis.Module{nil, {}, {Path: "example.com/dep", Version: "v1.2.3"}} {
		if c, err := ForPass(&analysis.Pass{Module: m}); c != nil || err != nil {
			t.Errorf("ForPass with module %+v = %v, %v; want nothing", m, c, err)
		}
	}
}

func TestDiscovery(t *testing.T) {
	dir := writeTree(t, `
-- go.mod --
module example.com/m
-- .tracelint.yml --
metricdims:
  strict: true
-- a/tracelint.yml --
metricdims:
-- a/b/c/keep --
-- both/tracelint.yml --
-- both/.tracelint.yml --
`)
	chain, err := Files(filepath.Join(dir, "a", "b", "c"))
	if err != nil {
		t.Fatal(err)
	}
	paths := make([]string, 0, len(chain.Files))
	for _, f := range chain.Files {
		paths = append(paths, strings.TrimPrefix(filepath.ToSlash(f.Path), filepath.ToSlash(dir)+"/"))
	}
	if want := []string{".tracelint.yml", "a/tracelint.yml"}; !slices.Equal(paths, want) {
		t.Errorf("chain = %q, want %q (module root first)", paths, want)
	}
	_, err = Files(filepath.Join(dir, "both"))
	if err == nil || !strings.Contains(err.Error(), "both/.tracelint.yml: tracelint.yml is there too: keep one of them") {
		t.Errorf("two files in one directory: %v", err)
	}

	// A changed file is read again, and the fingerprint changes.
	before := chain.Fingerprint()
	if err := os.WriteFile(filepath.Join(dir, "a", "tracelint.yml"), []byte("metricdims:\n  strict: false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cache.mu.Lock()
	clear(cache.dirs) // what chainTTL does in time
	cache.mu.Unlock()
	chain, err = Files(filepath.Join(dir, "a", "b", "c"))
	if err != nil {
		t.Fatal(err)
	}
	if s := chain.Files[1].section("metricdims"); s == nil || len(s.settings) != 1 {
		t.Errorf("the changed file was not read again: %+v", chain.Files[1])
	}
	if chain.Fingerprint() == before {
		t.Error("the fingerprint did not change with the file")
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"- metricdims\n", "f.yml:1:1: want a mapping of analyzer names to their settings"},
		{"metricdim:\n  strict: true\n", `f.yml:1:1: unknown analyzer "metricdim" (did you mean metricdims?) (analyzers: `},
		{"metricdims: [RunId]\n", "f.yml:1:13: metricdims: want a mapping of setting names to values"},
		{"metricdims:\n  enabled: \"no\"\n", `f.yml:2:12: metricdims.enabled: want true or false, got "no"`},
		{"metricdims:\n  strict: true\n  strict: false\n", "f.yml:3:3: metricdims.strict: given twice (also on line 2)"},
		{"metricdims:\n  strict: true\n metricdims: x\n", "f.yml:2: did not find expected key"}, // the YAML parser's line
	} {
		_, err := Parse("f.yml", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tc.src, err, tc.want)
		}
	}
	for _, src := range []string{"", "# nothing yet\n", "metricdims:\n", "metricdims:\n  enabled: false\n"} {
		if _, err := Parse("f.yml", []byte(src)); err != nil {
			t.Errorf("Parse(%q) = %v", src, err)
		}
	}
}

// TestValidate: every bad setting is reported with its file, line and name,
// through the flags' own validation, without touching the analyzer.
func TestValidate(t *testing.T) {
	dir := writeTree(t, `
-- go.mod --
module example.com/m
-- tracelint.yml --
metricdims:
  dimensions: [RunId, ""]
  strict: "yes"
  dimension: [x]
metricdim:
  strict: true
-- sub/tracelint.yml --
metricdims:
  dimensions: "+Run Id"
`)
	a := newToy(defaultToy())
	err := Validate([]string{dir, filepath.Join(dir, "sub")}, []*analysis.Analyzer{a})
	for _, want := range []string{
		"tracelint.yml:2:3: metricdims.dimensions: item 2 is empty (stray comma?)",
		"tracelint.yml:3:3: metricdims.strict: want true or false, got \"yes\"",
		"tracelint.yml:4:3: metricdims.dimension: unknown setting (metricdims has: enabled, dimensions, strict)",
		"sub/tracelint.yml:2:3: metricdims.dimensions: \"Run Id\": character ' ' is not allowed in a name",
		"tracelint.yml:5:1: unknown analyzer \"metricdim\" (did you mean metricdims?)", // and the rest is still checked
	} {
		if err == nil || !strings.Contains(err.Error(), filepath.FromSlash(want)) {
			t.Errorf("Validate: %v\nwant an error containing %q", err, want)
		}
	}
	// sub inherits the root's file: its problems are reported once.
	if n := len(unjoin(err)); n != 5 {
		t.Errorf("Validate reported %d problems, want 5:\n%v", n, err)
	}
	if v := a.Flags.Lookup("dimensions").Value.String(); v != "RunId,ExecutionArn" {
		t.Errorf("Validate changed the analyzer: dimensions = %q", v)
	}
	plain := &analysis.Analyzer{Name: "metricdims", Doc: "x", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	plain.Flags.Bool("strict", false, "")
	if err := Validate([]string{dir}, []*analysis.Analyzer{plain}); err == nil || !strings.Contains(err.Error(), "does not call config.Adopt") {
		t.Errorf("Validate with an analyzer that does not adopt: %v", err)
	}
}

// TestBadFileFailsThePass: an analyzer whose package has a bad file fails
// with the file, line and setting named, as gopls and golangci-lint show.
func TestBadFileFailsThePass(t *testing.T) {
	dir := writeTree(t, monorepo)
	if err := os.WriteFile(filepath.Join(dir, "etl", ".tracelint.yml"), []byte("metricdims:\n  dimensions: [+Stage, \"\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := analyze(t, dir, newToy(defaultToy()))
	if want := filepath.FromSlash("etl/.tracelint.yml:2:3: metricdims.dimensions: item 2 is empty"); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("analysis error %v, want one containing %q", err, want)
	}
	if got["example.com/mono"] == "" {
		t.Errorf("a package the bad file does not cover was not analysed: %v", got)
	}
}

// TestFlagHelp: adopted flags keep their kind and defaults for drivers and
// for flag.PrintDefaults (a boolean's default "false" is not printed).
func TestFlagHelp(t *testing.T) {
	a := newToy(defaultToy())
	var b strings.Builder
	a.Flags.SetOutput(&b)
	a.Flags.PrintDefaults()
	if strings.Contains(b.String(), "(default false)") || !strings.Contains(b.String(), `(default RunId,ExecutionArn)`) {
		t.Errorf("PrintDefaults:\n%s", b.String())
	}
	if bf, ok := a.Flags.Lookup("strict").Value.(interface{ IsBoolFlag() bool }); !ok || !bf.IsBoolFlag() {
		t.Error("strict is no longer a boolean flag")
	}
	if lf, ok := a.Flags.Lookup("dimensions").Value.(interface{ IsListFlag() bool }); !ok || !lf.IsListFlag() {
		t.Error("dimensions is no longer a list flag")
	}
	if lf, ok := a.Flags.Lookup("strict").Value.(interface{ IsListFlag() bool }); ok && lf.IsListFlag() {
		t.Error("strict became a list flag")
	}
	if !Adopted(a) {
		t.Error("Adopted = false")
	}
}
