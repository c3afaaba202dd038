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
