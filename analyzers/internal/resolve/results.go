package resolve

import "go/ast"

// ResolveResult returns the sources of result number result of call,
// evaluated in ctx: what a, b := f() assigns to b. Resolve(call, ctx) is
// ResolveResult(call, 0, ctx). A call of a function of another package is a
// leaf whose Result says which result it stands for.
func (r *Resolver) ResolveResult(call *ast.CallExpr, result int, ctx *Context) Set {
	if r.Exhausted() {
		return spent(call.Pos())
	}
	r.reset()
	return r.dedup(r.call(call, result, ctx, nil))
}
