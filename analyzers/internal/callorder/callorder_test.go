package callorder_test

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/testutil"
)

// probe numbers the calls of a package in the order a Walk checks them,
// processing a callee of the package before the call that reaches it, as the
// analyzers do, and reports each with the function it is in.
var probe = &analysis.Analyzer{
	Name:     "callorderprobe",
	Doc:      "test",
	Requires: []*analysis.Analyzer{resolve.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		w := callorder.New(pass, func(n ast.Node, fn *types.Func) {
			if fn == nil {
				pass.Reportf(n.Pos(), "literal outside")
				return
			}
			pass.Reportf(n.Pos(), "literal in %s", fn.Name())
		}, (*ast.CompositeLit)(nil))
		n := 0
		w.Run(func(call *ast.CallExpr) {
			if callee := resolve.Callee(pass.TypesInfo, call); callee != nil {
				if local := w.Process(callee); local != (callee.Pkg() == pass.Pkg) {
					pass.Reportf(call.Pos(), "Process(%s) = %v", callee.Name(), local)
				}
			}
			n++
			switch {
			case w.Func == nil:
				pass.Reportf(call.Pos(), "%d outside", n)
			case w.Ctx == nil || w.Ctx != w.Summary(w.Func):
				pass.Reportf(call.Pos(), "no shared context in %s", w.Func.Name())
			default:
				pass.Reportf(call.Pos(), "%d in %s", n, w.Func.Name())
			}
		})
		return nil, nil
	},
}

func TestOrder(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), probe, "callorder/p")
}

func TestSiteKnown(t *testing.T) {
	pkg := types.NewPackage("example.com/jobs", "jobs")
	callee := types.NewFunc(0, pkg, "Start", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	call := &ast.CallExpr{Fun: ast.NewIdent("Start"), Lparen: 10}
	site := callorder.SiteOf(call, callee)
	unknowns := []resolve.Unknown{
		{Pos: call.Pos(), What: "m may be filled by jobs.Start"},
		{Pos: call.Pos(), What: "in may be changed by jobs.Start"},
		{Pos: call.Pos(), What: "m may be filled by jobs.Other"},
		{Pos: 99, What: "m may be filled by jobs.Start"},
		{Pos: call.Pos(), What: "result of jobs.Start"},
	}
	got := site.Known(unknowns)
	if len(got) != 3 || got[0] != unknowns[2] || got[1] != unknowns[3] || got[2] != unknowns[4] {
		t.Errorf("Known = %v, want the last three", got)
	}
	if got := (*callorder.Site)(nil).Known(unknowns); len(got) != len(unknowns) {
		t.Errorf("a nil Site dropped unknowns: %v", got)
	}
}

func TestArg(t *testing.T) {
	str := types.Typ[types.String]
	params := types.NewTuple(types.NewVar(0, nil, "a", str), types.NewVar(0, nil, "rest", types.NewSlice(str)))
	sig := types.NewSignatureType(nil, nil, nil, params, nil, true)
	a, b, c := ast.NewIdent("a"), ast.NewIdent("b"), ast.NewIdent("c")
	call := &ast.CallExpr{Args: []ast.Expr{a, b, c}}
	if got := callorder.Arg(call, sig, 0); got != a {
		t.Errorf("Arg 0 = %v", got)
	}
	if got := callorder.Arg(call, sig, 1); got != nil {
		t.Errorf("Arg of the variadic parameter given as a list = %v, want nil", got)
	}
	call.Ellipsis = 5
	call.Args = []ast.Expr{a, b}
	if got := callorder.Arg(call, sig, 1); got != b {
		t.Errorf("Arg of the variadic parameter given with ... = %v", got)
	}
	if got := callorder.Arg(call, sig, 2); got != nil {
		t.Errorf("Arg 2 = %v, want nil", got)
	}
}
