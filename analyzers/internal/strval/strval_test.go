package strval_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "test",
	Requires: []*analysis.Analyzer{resolve.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		ev := strval.New(resolve.New(pass))
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "eval" {
					return true
				}
				var got []string
				for _, t := range ev.Eval(call.Args[0], nil) {
					got = append(got, fmt.Sprintf("%q", t.String()))
				}
				slices.Sort(got)
				got = slices.Compact(got)
				pass.Reportf(call.Pos(), "eval: %s", strings.Join(got, " "))
				return true
			})
		}
		return nil, nil
	},
}

func TestTemplates(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe, "strval/probe")
}

// templatesFact is what an analyzer records about a string helper.
type templatesFact struct{ Templates []strval.Saved }

func (*templatesFact) AFact() {}

func (f *templatesFact) String() string {
	parts := make([]string, len(f.Templates))
	for i, t := range f.Templates {
		parts[i] = fmt.Sprintf("%q", t.String())
	}
	slices.Sort(parts)
	return "templates(" + strings.Join(parts, ", ") + ")"
}

// savedProbe saves the templates of every exported function returning a
// string in a fact, and evaluates eval arguments with Import reading them.
var savedProbe = &analysis.Analyzer{
	Name:      "savedprobe",
	Doc:       "test",
	Requires:  []*analysis.Analyzer{resolve.Analyzer},
	FactTypes: []analysis.Fact{new(templatesFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		r := resolve.New(pass)
		ev := strval.New(r)
		ev.Import = func(fn *types.Func) ([]strval.Saved, bool) {
			var f templatesFact
			if !pass.ImportObjectFact(fn, &f) {
				return nil, false
			}
			return f.Templates, true
		}
		for _, f := range pass.Files {
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok || !fd.Name.IsExported() {
					continue
				}
				fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if !ok {
					continue
				}
				res := fn.Signature().Results()
				if res.Len() != 1 || res.At(0).Type() != types.Typ[types.String] {
					continue
				}
				ts := ev.EvalSet(r.Returns(fn, 0, resolve.Summary(fn)))
				pass.ExportObjectFact(fn, &templatesFact{Templates: strval.Save(ts)})
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "eval" {
					return true
				}
				var got []string
				for _, t := range ev.Eval(call.Args[0], nil) {
					got = append(got, fmt.Sprintf("%q", t.String()))
				}
				slices.Sort(got)
				pass.Reportf(call.Pos(), "eval: %s", strings.Join(slices.Compact(got), " "))
				return true
			})
		}
		return nil, nil
	},
}

// TestSavedTemplates: the templates of a helper of another package, saved
// in a fact, are bound to each call's arguments.
func TestSavedTemplates(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), savedProbe, "strval/keys", "strval/callers")
}
