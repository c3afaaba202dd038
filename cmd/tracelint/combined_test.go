package main

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers"
)

// TestCombined checks that running the suite as one combined analyzer per
// package finds what the driver finds running the analyzers one by one
// (every analyzer has findings in testdata/mod, several through facts of
// other packages), with one action per package instead of one per analyzer
// and package.
func TestCombined(t *testing.T) {
	if testing.Short() {
		t.Skip("loads testdata/mod with the real SDK")
	}
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   "../../testdata/mod",
		Tests: true,
		Env:   append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	suite := analyzers.All()
	format := func(p *packages.Package, a *analysis.Analyzer, diags []analysis.Diagnostic, err error) []string {
		var out []string
		if err != nil {
			out = append(out, "error: "+err.Error())
		}
		for _, d := range diags {
			out = append(out, fmt.Sprintf("%s %s: %s (%d fixes)", a.Name, p.Fset.Position(d.Pos), d.Message, len(d.SuggestedFixes)))
		}
		return out
	}

	separate, err := checker.Analyze(suite, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, 0, len(separate.Roots))
	for _, act := range separate.Roots {
		want = append(want, format(act.Package, act.Analyzer, act.Diagnostics, act.Err)...)
	}

	comb := newCombined(suite, pkgs)
	together, err := checker.Analyze([]*analysis.Analyzer{comb.analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, 0, len(want))
	for _, act := range together.Roots {
		for _, a := range suite {
			diags, err := comb.outcome(act.Result, act.Err, a)
			got = append(got, format(act.Package, a, diags, err)...)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if len(want) < len(suite) {
		t.Fatalf("only %d findings from the analyzers run one by one: testdata/mod lost its cases", len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("combined run differs from the analyzers run one by one (-separate +combined):\n%s", diff)
	}

	count := func(g *checker.Graph) (n int) {
		for range g.All() {
			n++
		}
		return n
	}
	loaded := 0
	for range packages.Postorder(pkgs) {
		loaded++
	}
	if n := count(together); n != loaded {
		t.Errorf("combined run: %d actions for %d packages, want one per package", n, loaded)
	}
	t.Logf("%d packages: %d actions run one by one, %d combined", loaded, count(separate), count(together))
}
