package plugin

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tracelint/tracelint/analyzers"
)

// Bazel's nogo (and drivers like it) import each analyzer package and use
// its exported Analyzer variable, configure it through its flags, and may
// leave pass.Module and pass.ReadFile nil. These tests hold the suite to
// that contract (docs/ci.md, "Bazel nogo").

// TestAnalyzerPackagesExportAnalyzer: every analyzer of the suite has a
// package analyzers/<name> declaring Name, Analyzer, Options,
// DefaultOptions and New.
func TestAnalyzerPackagesExportAnalyzer(t *testing.T) {
	for _, a := range analyzers.All() {
		dir := filepath.Join("..", "analyzers", a.Name)
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Errorf("analyzer %s: no package directory: %v", a.Name, err)
			continue
		}
		fset := token.NewFileSet()
		declared := map[string]bool{}
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			if f.Name.Name != a.Name {
				t.Errorf("%s: package %s, want %s", e.Name(), f.Name.Name, a.Name)
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil {
						declared["func "+d.Name.Name] = true
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.ValueSpec:
							for _, n := range s.Names {
								declared[d.Tok.String()+" "+n.Name] = true
							}
						case *ast.TypeSpec:
							declared["type "+s.Name.Name] = true
						}
					}
				}
			}
		}
		for _, want := range []string{"const Name", "var Analyzer", "type Options", "func DefaultOptions", "func New"} {
			if !declared[want] {
				t.Errorf("package analyzers/%s does not declare %s", a.Name, want)
			}
		}
	}
}

// TestMinimalDriver runs the suite over testdata/mod with a driver of the
// nogo kind: package by package in dependency order, facts passed along in
// memory, pass.Module and pass.ReadFile nil. No analyzer may fail or panic,
// and the findings must be exactly those of the standard checker.
func TestMinimalDriver(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("loads the AWS SDK from source")
	}
	dir, err := filepath.Abs("../testdata/mod")
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}
	roots, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(roots) > 0 {
		t.Fatal("testdata/mod does not load")
	}
	suite := analyzers.All()

	want := map[string]bool{}
	graph, err := checker.Analyze(suite, roots, &checker.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatalf("checker: %s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			want[diagKey(act.Package.Fset, act.Analyzer, d)] = true
		}
	}

	got := runMinimal(t, suite, roots)
	if len(want) == 0 {
		t.Fatal("no findings in testdata/mod")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("minimal driver differs from the checker (-checker +minimal):\n%s", diff)
	}
}

func diagKey(fset *token.FileSet, a *analysis.Analyzer, d analysis.Diagnostic) string {
	return fmt.Sprintf("%s: %s: %s", fset.Position(d.Pos), a.Name, d.Message)
}

type factKey struct {
	obj any // types.Object or *types.Package
	typ reflect.Type
}

// runMinimal is the driver: it returns the findings on the root packages.
func runMinimal(t *testing.T, suite []*analysis.Analyzer, roots []*packages.Package) map[string]bool {
	t.Helper()
	var order []*analysis.Analyzer // requirements first
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		order = append(order, a)
	}
	for _, a := range suite {
		visit(a)
	}

	isRoot := map[*packages.Package]bool{}
	for _, p := range roots {
		isRoot[p] = true
	}
	facts := map[factKey]analysis.Fact{}
	got := map[string]bool{}
	packages.Visit(roots, nil, func(pkg *packages.Package) {
		if pkg.Types == nil || pkg.IllTyped {
			return
		}
		results := map[*analysis.Analyzer]any{}
		for _, a := range order {
			pass := &analysis.Pass{
				Analyzer:     a,
				Fset:         pkg.Fset,
				Files:        pkg.Syntax,
				OtherFiles:   pkg.OtherFiles,
				IgnoredFiles: pkg.IgnoredFiles,
				Pkg:          pkg.Types,
				TypesInfo:    pkg.TypesInfo,
				TypesSizes:   pkg.TypesSizes,
				TypeErrors:   pkg.TypeErrors,
				Module:       nil, // as nogo leaves it
				ReadFile:     nil, // likewise
				ResultOf:     map[*analysis.Analyzer]any{},
				Report: func(d analysis.Diagnostic) {
					if isRoot[pkg] && slices.Contains(suite, a) {
						got[diagKey(pkg.Fset, a, d)] = true
					}
				},
			}
			for _, req := range a.Requires {
				pass.ResultOf[req] = results[req]
			}
			pass.ImportObjectFact = func(obj types.Object, f analysis.Fact) bool {
				return importFact(facts, factKey{obj, reflect.TypeOf(f)}, f)
			}
			pass.ImportPackageFact = func(p *types.Package, f analysis.Fact) bool {
				return importFact(facts, factKey{p, reflect.TypeOf(f)}, f)
			}
			pass.ExportObjectFact = func(obj types.Object, f analysis.Fact) {
				if obj.Pkg() != pkg.Types {
					t.Errorf("%s: fact exported for %v of another package", a.Name, obj)
				}
				facts[factKey{obj, reflect.TypeOf(f)}] = f
			}
			pass.ExportPackageFact = func(f analysis.Fact) { facts[factKey{pkg.Types, reflect.TypeOf(f)}] = f }
			pass.AllObjectFacts = func() []analysis.ObjectFact {
				var out []analysis.ObjectFact
				for k, f := range facts {
					if obj, ok := k.obj.(types.Object); ok {
						out = append(out, analysis.ObjectFact{Object: obj, Fact: f})
					}
				}
				return out
			}
			pass.AllPackageFacts = func() []analysis.PackageFact {
				var out []analysis.PackageFact
				for k, f := range facts {
					if p, ok := k.obj.(*types.Package); ok {
						out = append(out, analysis.PackageFact{Package: p, Fact: f})
					}
				}
				return out
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("%s panicked on %s with pass.Module and pass.ReadFile nil: %v", a.Name, pkg.PkgPath, r)
					}
				}()
				res, err := a.Run(pass)
				if err != nil {
					t.Errorf("%s on %s: %v", a.Name, pkg.PkgPath, err)
				}
				results[a] = res
			}()
		}
	})
	return got
}

func importFact(facts map[factKey]analysis.Fact, k factKey, into analysis.Fact) bool {
	f, ok := facts[k]
	if !ok {
		return false
	}
	reflect.ValueOf(into).Elem().Set(reflect.ValueOf(f).Elem())
	return true
}
