package resolve

import (
	"go/ast"
	"go/types"
)

// Function values. Real code keeps helpers in variables and hands them
// around:
//
//	send := func(d types.MetricDatum) { ... }   // a closure called as send(d)
//	flush(ctx, api, items, func(m M) types.MetricDatum { ... })
//	r := &Runner{newID: uuid.NewString}         // a field, called as r.newID()
//
// A call of a function value is followed into every function the value may
// hold that has a body here (a literal, a declared function, a method value)
// with its parameters bound to the call's arguments; what the value may
// hold beyond those (a function of another package, a value that cannot be
// followed) leaves the call as a leaf for analyzers, which know functions of
// other packages from facts. A literal's parameter is bound to the
// arguments of the literal's calls when every call of it is known: it is
// called where it is written, or kept in a local variable that is only ever
// called.

// litParam resolves parameter idx (variable v, used at id) of a function
// literal: the argument of the call through which the literal was entered,
// or of every call of it in the package.
func (r *Resolver) litParam(lit *ast.FuncLit, idx int, v *types.Var, id *ast.Ident, ctx *Context, via []place) Set {
	for c := ctx; c != nil; {
		if c.lit == lit {
			if c.call == nil {
				break // entered without a call: unknown
			}
			return r.argument(c, idx, via)
		}
		switch {
		case c.lit != nil:
			c = c.closure
		case c.call != nil:
			c = c.caller
		default:
			c = nil
		}
	}
	var s Set
	calls, ok := r.litCalls(lit)
	if !ok {
		s.unknown(id.Pos(), "parameter %s", v.Name())
		s.Unknowns[len(s.Unknowns)-1].Type = v.Type()
		return s
	}
	key := visitKey{lit, ctx, 'l'}
	if !r.enter(key, id.Pos(), &s) {
		return s
	}
	defer r.leave(key)
	depth := 0
	if ctx != nil {
		depth = ctx.depth + 1
	}
	for _, call := range calls {
		// The calls are in the function the literal is written in (or in
		// literals within it): their arguments are evaluated in ctx too.
		frame := r.intern(ctxKey{lit: lit, call: call, caller: ctx, closure: ctx}, depth)
		r.merge(&s, r.argument(frame, idx, via))
	}
	return s
}

// litCalls returns every call of a function literal, when they are all
// known: it is called where it is written, or it is only ever assigned to
// local variables that are only ever called.
func (r *Resolver) litCalls(lit *ast.FuncLit) ([]*ast.CallExpr, bool) {
	ix := r.index
	if call, ok := ix.litDirect[lit]; ok {
		return []*ast.CallExpr{call}, true
	}
	vars := ix.litVars[lit]
	if len(vars) == 0 {
		return nil, false
	}
	if r.varUses == nil {
		r.varUses = make(map[types.Object]int)
		for _, obj := range r.info.Uses {
			if ix.litVar[obj] {
				r.varUses[obj]++
			}
		}
	}
	var calls []*ast.CallExpr
	for _, v := range vars {
		if v.Parent() == nil || v.Parent() == v.Pkg().Scope() || r.varUses[v] != len(ix.varCalls[v]) {
			return nil, false // used otherwise than called: it escapes
		}
		calls = append(calls, ix.varCalls[v]...)
	}
	return calls, true
}

// funcValueCall resolves result number result of a call of a function
// value.
func (r *Resolver) funcValueCall(call *ast.CallExpr, result int, ctx *Context, via []place) Set {
	var s Set
	if r.packageVar(call.Fun) {
		// A function held in a package-level variable is a seam: tests,
		// init code and command-line hooks replace it, so what its
		// initializer returns says nothing certain about the call.
		s.Leaves = append(s.Leaves, Leaf{Expr: call, Ctx: ctx, Result: result, Param: -1, via: via})
		return s
	}
	fun := r.resolve(call.Fun, ctx, nil)
	opaque := len(fun.Unknowns) > 0 || len(fun.Leaves) == 0
	depth := 0
	if ctx != nil {
		depth = ctx.depth + 1
	}
	for _, f := range fun.Leaves {
		if x, ok := ast.Unparen(f.Expr).(*ast.FuncLit); ok {
			if f.Zero || depth > maxCallDepth {
				opaque = opaque || !f.Zero
				continue
			}
			key := visitKey{x, f.Ctx, 'v'}
			if !r.enter(key, call.Pos(), &s) {
				continue
			}
			frame := r.intern(ctxKey{lit: x, call: call, caller: ctx, closure: f.Ctx}, depth)
			r.merge(&s, r.returnsOf(x.Body, frame.sig, result, frame))
			r.leave(key)
			continue
		}
		switch {
		case f.Zero:
			// A nil function: calling it panics. A package-level variable
			// declared without a value is set elsewhere (by an init of
			// another file, a test, a command line hook).
			if id, ok := f.Expr.(*ast.Ident); ok {
				if v := r.info.Defs[id]; v != nil && v.Parent() == r.pkg.Scope() {
					opaque = true
				}
			}
		case r.params && f.Param >= 0:
			path := f.Path
			if f.Spread {
				path = joinSteps(path, "[]")
			}
			s.Leaves = append(s.Leaves, Leaf{Expr: call, Ctx: ctx, Result: result, Param: f.Param, Path: joinSteps(path, "()"), via: via})
		default:
			fn, recv := r.funcOf(f)
			decl := r.index.decl(fn)
			if decl == nil || depth > maxCallDepth || findFrame(ctx, fn) != nil {
				opaque = true
				continue
			}
			key := visitKey{decl, ctx, 'c'}
			if !r.enter(key, call.Pos(), &s) {
				continue
			}
			frame := r.intern(ctxKey{fn: fn, call: call, caller: ctx, closure: f.Ctx, recv: recv}, depth)
			r.merge(&s, r.returns(decl, fn, result, frame))
			r.leave(key)
		}
	}
	if opaque {
		s.Leaves = append(s.Leaves, Leaf{Expr: call, Ctx: ctx, Result: result, Param: -1, via: via})
	}
	return s
}

// funcOf returns the function a function-valued leaf names (a function,
// or a method value with its receiver), or nil.
func (r *Resolver) funcOf(l Leaf) (*types.Func, ast.Expr) {
	switch x := ast.Unparen(l.Expr).(type) {
	case *ast.Ident:
		fn, _ := r.info.Uses[x].(*types.Func)
		if fn != nil && fn.Signature().Recv() == nil {
			return fn.Origin(), nil
		}
	case *ast.SelectorExpr:
		fn, _ := r.info.Uses[x.Sel].(*types.Func)
		if fn == nil {
			return nil, nil
		}
		sel := r.info.Selections[x]
		switch {
		case sel == nil:
			return fn.Origin(), nil // pkg.Func
		case sel.Kind() == types.MethodVal && !types.IsInterface(sel.Recv()):
			return fn.Origin(), x.X
		}
	case *ast.IndexExpr: // an instantiation, f[T]
		return r.funcOf(Leaf{Expr: x.X})
	case *ast.IndexListExpr:
		return r.funcOf(Leaf{Expr: x.X})
	}
	return nil, nil
}

// FuncResults returns result number result of calling each function value
// in s without a known call: a literal's or a function's returns, with its
// parameters unknown. A function of another package, or a value that
// cannot be followed, is a leaf as it is: its Expr names the function.
func (r *Resolver) FuncResults(s Set, result int) Set {
	if r.Exhausted() {
		return spent(0)
	}
	r.reset()
	out := Set{Unknowns: s.Unknowns}
	for _, f := range s.Leaves {
		if f.Zero {
			continue
		}
		if lit, ok := ast.Unparen(f.Expr).(*ast.FuncLit); ok {
			frame := r.intern(ctxKey{lit: lit, closure: f.Ctx}, 0)
			r.merge(&out, r.returnsOf(lit.Body, frame.sig, result, frame))
			continue
		}
		fn, _ := r.funcOf(f)
		if decl := r.index.decl(fn); decl != nil && f.Param < 0 {
			r.merge(&out, r.returns(decl, fn, result, nil))
			continue
		}
		out.Leaves = append(out.Leaves, f)
	}
	return r.dedup(out)
}

// packageVar reports whether e names a package-level variable (of this
// package or another).
func (r *Resolver) packageVar(e ast.Expr) bool {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return false
	}
	v, ok := r.info.Uses[id].(*types.Var)
	return ok && !v.IsField() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}
