package testutil

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// WriteGOPATH writes files (slash-separated paths relative to src, e.g.
// "gen/gen.go", to their contents) into a new temporary GOPATH tree and
// returns its root.
func WriteGOPATH(tb testing.TB, files map[string]string) string {
	tb.Helper()
	root := tb.TempDir()
	for name, src := range files {
		file := filepath.Join(root, "src", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return root
}

// LoadGOPATH loads patterns with all syntax and types in GOPATH mode
// (GO111MODULE=off), with root first on GOPATH and the stubs of Testdata
// after it, and fails tb on any load or package error.
func LoadGOPATH(tb testing.TB, root string, patterns ...string) []*packages.Package {
	tb.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  root,
		Env:  append(os.Environ(), "GOPATH="+root+string(os.PathListSeparator)+Testdata(tb), "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		tb.Fatalf("load: %v", err)
	}
	return pkgs
}

// Analyze runs a (and what it requires) over pkgs with checker.Analyze and
// returns the diagnostics reported on the root packages, in order.
func Analyze(tb testing.TB, a *analysis.Analyzer, pkgs []*packages.Package) []analysis.Diagnostic {
	tb.Helper()
	res, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		tb.Fatal(err)
	}
	var diags []analysis.Diagnostic
	for _, root := range res.Roots {
		diags = append(diags, root.Diagnostics...)
	}
	return diags
}

// BenchmarkGenerated runs, for each size n, a sub-benchmark "funcs=n" that
// writes gen(n) as package "gen" into a temporary GOPATH next to the stubs
// (WriteGOPATH), loads and type-checks it once (LoadGOPATH), then measures
// newAnalyzer() alone over it (Analyze), failing unless it reports exactly n
// diagnostics.
func BenchmarkGenerated(b *testing.B, newAnalyzer func() *analysis.Analyzer, gen func(n int) string, sizes ...int) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("funcs=%d", n), func(b *testing.B) {
			root := WriteGOPATH(b, map[string]string{"gen/gen.go": gen(n)})
			pkgs := LoadGOPATH(b, root, "gen")
			b.ResetTimer()
			for b.Loop() {
				diags := Analyze(b, newAnalyzer(), pkgs)
				if got := len(diags); got != n {
					first := make([]string, 0, 3)
					for _, d := range diags[:min(3, len(diags))] {
						first = append(first, d.Message)
					}
					b.Fatalf("got %d diagnostics, want %d (first: %q)", got, n, first)
				}
			}
		})
	}
}
