// Package hotpath benchmarks each tracelint analyzer's hot path: one
// analyzer (with the inspector and resolver it requires) on one large
// generated package whose functions exercise every rule, loaded once outside
// the timed loop. The floor sub-benchmark is a no-op analyzer with the same
// requirements' shape (facts, inspect), so an analyzer's own cost is its
// time minus the floor's.
//
//	cd bench && go test -run '^$' -bench . -benchmem ./hotpath
package hotpath_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers"
	"github.com/tracelint/tracelint/bench/internal/gen"
)

type noFact struct{}

func (*noFact) AFact()         {}
func (*noFact) String() string { return "noFact" }

var floor = &analysis.Analyzer{
	Name:      "floor",
	Doc:       "declares a fact, does nothing",
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

// load writes the generated package into a GOPATH tree next to the
// repository's hermetic SDK stubs and loads it with its dependencies.
func load(b *testing.B, funcs int) []*packages.Package {
	b.Helper()
	root := b.TempDir()
	dir := filepath.Join(root, "src", "gen")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "gen.go"), []byte(gen.Source("gen", funcs)), 0o644); err != nil {
		b.Fatal(err)
	}
	stubs, err := filepath.Abs("../../testdata")
	if err != nil {
		b.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  root,
		Env: append(os.Environ(), "GOPATH="+root+string(os.PathListSeparator)+stubs,
			"GO111MODULE=off", "GOWORK=off", "GOFLAGS=", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, "gen")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("the generated package does not type-check")
	}
	return pkgs
}

func BenchmarkAnalyzers(b *testing.B) {
	for _, funcs := range []int{100, 1000} {
		pkgs := load(b, funcs)
		lines := strings.Count(gen.Source("gen", funcs), "\n")
		cases := append([]*analysis.Analyzer{floor}, analyzers.All()...)
		for _, a := range cases {
			b.Run(fmt.Sprintf("%s/funcs=%d", a.Name, funcs), func(b *testing.B) {
				for b.Loop() {
					if _, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(lines), "ns/line")
			})
		}
		b.Run(fmt.Sprintf("all/funcs=%d", funcs), func(b *testing.B) {
			for b.Loop() {
				if _, err := checker.Analyze(analyzers.All(), pkgs, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(lines), "ns/line")
		})
	}
}
