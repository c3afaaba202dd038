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
	// the function forwards to its callers. An analyzer that evaluates
	// values of a function outside Run (for its facts) may set them itself.
	// The zero Walk has both nil and no calls.
	Func *types.Func
	Ctx  *resolve.Context

	funcs     []*types.Func // declared with a body, in source order
	calls     map[*types.Func][]*ast.CallExpr
	outside   []*ast.CallExpr // in package-level initialisers
	state     map[*types.Func]state
	summaries map[*types.Func]*resolve.Context
	check     func(*ast.CallExpr)
}

// New collects the calls of the package. If also is not nil, it is called,
// in the same pass over the syntax, for every node of the given types with
// the function whose body holds it (nil at package level).
func New(pass *analysis.Pass, also func(n ast.Node, fn *types.Func), nodes ...ast.Node) *Walk {
	w := &Walk{
		calls: make(map[*types.Func][]*ast.CallExpr),
		state: make(map[*types.Func]state),
	}
	var decl *ast.FuncDecl
	var fn *types.Func
	within := func(n ast.Node) *types.Func {
		if fn != nil && decl.Pos() <= n.Pos() && n.End() <= decl.End() {
			return fn
		}
		return nil
	}
	filter := append([]ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil)}, nodes...)
	resolve.Inspector(pass).Preorder(filter, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			decl, fn = n, nil
			if f, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				fn = f
				w.funcs = append(w.funcs, f)
				w.state[f] = unvisited
			}
		case *ast.CallExpr:
			if in := within(n); in != nil {
				w.calls[in] = append(w.calls[in], n)
			} else {
				w.outside = append(w.outside, n)
			}
		default:
			if also != nil {
				also(n, within(n))
			}
		}
	})
	return w
}

// Funcs returns the functions of the package that have a body, in source
// order.
func (w *Walk) Funcs() []*types.Func { return w.funcs }

// Calls returns the calls in fn's body, in source order.
func (w *Walk) Calls(fn *types.Func) []*ast.CallExpr { return w.calls[fn] }

// Outside returns the calls in package-level initialisers.
func (w *Walk) Outside() []*ast.CallExpr { return w.outside }

// Local reports whether fn is a function of this package with a body.
func (w *Walk) Local(fn *types.Func) bool {
	_, ok := w.state[fn]
	return ok
}

// Summary returns fn's resolve.Summary context, the same one every time (so
// that memos keyed by context agree); nil for nil.
func (w *Walk) Summary(fn *types.Func) *resolve.Context {
	if fn == nil {
		return nil
	}
	ctx, ok := w.summaries[fn]
	if !ok {
		ctx = resolve.Summary(fn)
		if w.summaries == nil {
			w.summaries = make(map[*types.Func]*resolve.Context)
		}
		w.summaries[fn] = ctx
	}
	return ctx
}

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
	w.Func, w.Ctx = fn, w.Summary(fn)
	for _, call := range w.calls[fn] {
		w.check(call)
	}
	w.Func, w.Ctx = outer, outerCtx
	w.state[fn] = done
	return true
}
