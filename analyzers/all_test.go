package analyzers_test

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/tracelint/tracelint/analyzers"
	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/suite"
	"github.com/tracelint/tracelint/analyzers/runtable"
)

// TestNoEagerInspector keeps inspect.Analyzer out of every analyzer's
// requirements, direct or indirect: the analyzers export facts, so the driver
// runs their requirements on every loaded package, and an inspector per
// package made tracelint a fifth slower than loading alone (bench/RESULTS.md).
// Analyzers take resolve.Inspector(pass) after their import check instead.
func TestNoEagerInspector(t *testing.T) {
	for _, a := range analyzers.All() {
		if path := requires(a, inspect.Analyzer, nil); path != nil {
			t.Errorf("%s requires %s (through %v): use resolve.Inspector(pass) after the import check", a.Name, inspect.Analyzer.Name, path)
		}
	}
}

// requires returns the chain of analyzer names from a to target, or nil.
func requires(a, target *analysis.Analyzer, path []string) []string {
	path = append(path, a.Name)
	for _, r := range a.Requires {
		if r == target {
			return path
		}
		if p := requires(r, target, path); p != nil {
			return p
		}
	}
	return nil
}

// TestSuiteNames keeps the list of analyzer names in analyzers/internal/suite
// (which the directive and configuration checks use, and which cannot import
// this package) equal to the analyzers of All().
func TestSuiteNames(t *testing.T) {
	all := analyzers.All()
	names := make([]string, 0, len(all))
	for _, a := range all {
		names = append(names, a.Name)
	}
	slices.Sort(names)
	if got := suite.Names(); !slices.Equal(got, names) {
		t.Errorf("analyzers/internal/suite lists %q, analyzers.All() has %q: keep the list in analyzers/internal/suite/suite.go equal to All()", got, names)
	}
}

// TestAllAdoptConfig: every analyzer reads tracelint.yml (its New ends
// with config.Adopt), so the file means the same for all of them.
func TestAllAdoptConfig(t *testing.T) {
	for _, a := range analyzers.All() {
		if !config.Adopted(a) {
			t.Errorf("%s does not read the configuration file: end its New with `return config.Adopt(a, New, opts)`", a.Name)
		}
	}
}

// TestInGoFiles: the suite for drivers that show only Go files' findings
// reports migrations at their //go:embed directive, with a runtable of its
// own (the package-level one keeps its defaults).
func TestInGoFiles(t *testing.T) {
	for _, a := range analyzers.InGoFiles() {
		embed := a.Flags.Lookup("migrations-at-embed")
		switch {
		case a.Name == runtable.Name && (a == runtable.Analyzer || embed == nil || embed.Value.String() != "true"):
			t.Errorf("runtable in InGoFiles: shared %v, migrations-at-embed %v", a == runtable.Analyzer, embed)
		case a.Name != runtable.Name && !slices.Contains(analyzers.All(), a):
			t.Errorf("%s in InGoFiles is not the package-level analyzer", a.Name)
		}
	}
	if v := runtable.Analyzer.Flags.Lookup("migrations-at-embed").Value.String(); v != "false" {
		t.Errorf("runtable.Analyzer migrations-at-embed = %s after InGoFiles", v)
	}
}
