package uuidrunid_test

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/uuidrunid"
)

// TestDefault runs the default analyzer over the generator families, every
// sink kind and derivation, helpers and facts across packages, the
// compliant look-alikes, suppression and test files (skipped by default).
func TestDefault(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), uuidrunid.Analyzer,
		"uuidrunid/generators", "uuidrunid/dot", "uuidrunid/sinks", "uuidrunid/derive",
		"uuidrunid/ids", "uuidrunid/ids2", "uuidrunid/runs", "uuidrunid/callers",
		"uuidrunid/lookalikes", "uuidrunid/suppress", "uuidrunid/testsoff")
}

// TestDepth: execution names, function values, random bytes and numbers,
// struct results across packages, typed ids, environment variables.
func TestDepth(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), uuidrunid.Analyzer, "uuidrunid/depthids", "uuidrunid/depth")
}

func TestStrict(t *testing.T) {
	opts := uuidrunid.DefaultOptions()
	opts.Strict = true
	analysistest.Run(t, testutil.Testdata(t), uuidrunid.New(opts), "uuidrunid/strict")
}

func TestTestFiles(t *testing.T) {
	// Skipped by default (uuidrunid/testsoff in TestDefault), reported
	// with -tests.
	a := uuidrunid.New(uuidrunid.DefaultOptions())
	if err := a.Flags.Set("tests", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testutil.Testdata(t), a, "uuidrunid/tests")
}

func TestCustomFlags(t *testing.T) {
	a := uuidrunid.New(uuidrunid.DefaultOptions())
	for flag, value := range map[string]string{
		"generators": "uuidrunid/custom/idgen.Next",
		"names":      `(^|_)batch_(id|ref)$`,
		"tags":       "yaml",
	} {
		if err := a.Flags.Set(flag, value); err != nil {
			t.Fatalf("Set(%s, %q): %v", flag, value, err)
		}
	}
	analysistest.Run(t, testutil.Testdata(t), a, "uuidrunid/custom")
	// The shared Analyzer keeps its defaults.
	if got := uuidrunid.Analyzer.Flags.Lookup("names").Value.String(); got != uuidrunid.DefaultOptions().Names.String() {
		t.Errorf("uuidrunid.Analyzer names = %q after configuring another instance", got)
	}
}

func TestBadFlagValues(t *testing.T) {
	for flag, values := range map[string][]string{
		"generators": {"", "New", "uuid.", ".New", "github.com/google/uuid.New,,x.Y", "github.com/google/uuid/.New",
			"(github.com/gofrs/uuid/v5.Gen.NewV4", "github.com/google/uuid.New()", "github.com/google/uuid.New github.com/x.Y",
			"github.com/google/uuid.New,github.com/google/uuid.New"},
		"names": {"", "(run"},
		"tags":  {"", "json,,db", "js on"},
	} {
		a := uuidrunid.New(uuidrunid.DefaultOptions())
		for _, v := range values {
			if err := a.Flags.Set(flag, v); err == nil {
				t.Errorf("Set(%s, %q) succeeded, want an error", flag, v)
			}
		}
	}
	a := uuidrunid.New(uuidrunid.DefaultOptions())
	for _, v := range []string{"github.com/google/uuid.New", "(*github.com/gofrs/uuid/v5.Gen).NewV4,(github.com/x/y.T).M", "crypto/rand.Text", "gopkg.in/x.v1.New"} {
		if err := a.Flags.Set("generators", v); err != nil {
			t.Errorf("Set(generators, %q): %v", v, err)
		}
	}
}

func TestSuggestedFixes(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testutil.Testdata(t), uuidrunid.Analyzer, "uuidrunid/fix")
	fixesCompileAsIs(t, results, map[string]bool{"fix.go": true, "alias.go": true, "single.go": true, "keep.go": false})
}

// fixesCompileAsIs applies the fixes exactly as given (analysistest formats
// the result and drops unused imports itself; gopls does not) and
// type-checks the package: every import a fix makes unused must be removed
// by the fix. removed says, per file, whether the generator import goes.
func fixesCompileAsIs(t *testing.T, results []*analysistest.Result, removed map[string]bool) {
	t.Helper()
	overlay := make(map[string][]byte)
	for _, r := range results {
		fset := r.Action.Package.Fset
		byFile := make(map[string][]analysis.TextEdit)
		for _, d := range r.Action.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					name := fset.File(e.Pos).Name()
					if !slices.ContainsFunc(byFile[name], func(o analysis.TextEdit) bool {
						return o.Pos == e.Pos && o.End == e.End && bytes.Equal(o.NewText, e.NewText)
					}) {
						byFile[name] = append(byFile[name], e)
					}
				}
			}
		}
		for name, edits := range byFile {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
			tf := fset.File(edits[0].Pos)
			for _, e := range edits {
				start, end := tf.Offset(e.Pos), tf.Offset(e.End)
				src = append(src[:start:start], append(append([]byte(nil), e.NewText...), src[end:]...)...)
			}
			overlay[name] = src
		}
	}
	for base, gone := range removed {
		var src []byte
		for name, s := range overlay {
			if filepath.Base(name) == base {
				src = s
			}
		}
		if src == nil {
			t.Errorf("no fix applied to %s (%v)", base, slices.Collect(maps.Keys(overlay)))
			continue
		}
		if has := bytes.Contains(src, []byte("github.com/google/uuid")); has == gone {
			t.Errorf("%s after its fix: imports github.com/google/uuid = %t, want %t:\n%s", base, has, !gone, src)
		}
	}
	cfg := &packages.Config{
		Mode:    packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedDeps | packages.NeedImports,
		Dir:     testutil.Testdata(t),
		Env:     append(os.Environ(), "GOPATH="+testutil.Testdata(t), "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
		Overlay: overlay,
	}
	pkgs, err := packages.Load(cfg, "uuidrunid/fix")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("after the fixes: %v", e)
		}
	})
}

// TestRealModules runs the analyzer in module mode against the real uuid
// modules and AWS SDKs, so that the hermetic stubs can never hide a drift
// from the real APIs. `make test` downloads the module's dependencies first.
func TestRealModules(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "mod"), uuidrunid.Analyzer, "./uuidrunid", "./uuidrunidids", "./uuidrunidall")
}

// TestRealDepth runs the shapes beyond the basics (decorators, function
// values, alternatives, facts of other packages) in module mode against the
// real libraries.
func TestRealDepth(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "depth"), uuidrunid.Analyzer, "./ids", "./runids")
}
