package lambdalog

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/fixes"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// fixScope finds the context in scope for fixes; built on first use.
type fixScope = fixes.Scope

// contextFix turns slog's Debug, Info, Warn or Error (the package function or
// the *slog.Logger method) into its ...Context form with the one context in
// scope: slog.Info("m", args...) → slog.InfoContext(ctx, "m", args...).
// Offered only when exactly one context.Context variable is in scope.
func (c *checker) contextFix(call *ast.CallExpr) (analysis.SuggestedFix, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || resolve.IsMethodExpr(c.pass.TypesInfo, call) {
		return analysis.SuggestedFix{}, false
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	switch fn.Name() {
	case "Debug", "Info", "Warn", "Error":
	default:
		return analysis.SuggestedFix{}, false
	}
	if c.fixScope == nil {
		c.fixScope = fixes.NewScope(c.pass.Pkg)
	}
	ctx, ok := c.fixScope.SoleContext(call.Pos())
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message: "pass " + ctx + " with " + fn.Name() + "Context",
		TextEdits: []analysis.TextEdit{
			{Pos: sel.Sel.End(), End: sel.Sel.End(), NewText: []byte("Context")},
			{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(ctx + ", ")},
		},
	}, true
}
