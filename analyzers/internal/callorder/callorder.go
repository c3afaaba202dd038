// Package callorder visits the calls of a package function by function,
// callees before callers, for analyzers that learn from a function's body
// what it does with its parameters (a wrapper that forwards them to an AWS
// operation) and need that when they check the function's call sites.
package callorder

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

type state uint8

const (
	unvisited state = iota
	inProgress
	done
)

// A Walk holds the calls of one package, grouped by the function declaration
// whose body holds them (function literals' calls count as their enclosing
// declaration's).
type Walk struct {
	// Func is the function whose calls are being checked (nil for calls in
	// package-level initialisers) and Ctx its resolve.Summary context, in
	// which its parameters are parameters: what comes from them is what
	// the function forwards to its callers.
	Func *types.Func
	Ctx  *resolve.Context

	funcs   []*types.Func // declared with a body, in source order
	calls   map[*types.Func][]*ast.CallExpr
	outside []*ast.CallExpr // in package-level initialisers
	state   map[*types.Func]state
	check   func(*ast.CallExpr)
}

// New collects the calls of the package.
func New(pass *analysis.Pass) *Walk {
	w := &Walk{calls: make(map[*types.Func][]*ast.CallExpr), state: make(map[*types.Func]state)}
	var decl *ast.FuncDecl
	var fn *types.Func
	resolve.Inspector(pass).Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			decl, fn = n, nil
			if f, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				fn = f
				w.funcs = append(w.funcs, f)
				w.state[f] = unvisited
			}
		case *ast.CallExpr:
			if fn != nil && decl.Pos() <= n.Pos() && n.End() <= decl.End() {
				w.calls[fn] = append(w.calls[fn], n)
			} else {
				w.outside = append(w.outside, n)
			}
		}
	})
	return w
}

// Funcs returns the functions of the package that have a body, in source
// order.
func (w *Walk) Funcs() []*types.Func { return w.funcs }

// Run calls check for every call of the package, with Func and Ctx set to
// the function it is in; check calls Process for a callee of this package
// before it uses what it learned from the callee's body. The calls in
// package-level initialisers come last, with Func and Ctx nil.
func (w *Walk) Run(check func(call *ast.CallExpr)) {
	w.check = check
	for _, fn := range w.funcs {
		w.Process(fn)
	}
	w.Func, w.Ctx = nil, nil
	for _, call := range w.outside {
		check(call)
	}
}

// Process checks the calls of fn now, unless that is done or in progress (a
// recursive call: what is known so far counts), and restores Func and Ctx
// of the function being checked. It reports whether fn is a function of this
// package with a body: for any other, facts tell what it does.
func (w *Walk) Process(fn *types.Func) bool {
	st, local := w.state[fn]
	if !local || st != unvisited {
		return local
	}
	w.state[fn] = inProgress
	outer, outerCtx := w.Func, w.Ctx
	w.Func, w.Ctx = fn, resolve.Summary(fn)
	for _, call := range w.calls[fn] {
		w.check(call)
	}
	w.Func, w.Ctx = outer, outerCtx
	w.state[fn] = done
	return true
}
