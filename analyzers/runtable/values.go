package runtable

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// Limits that keep the evaluation of names linear.
const (
	maxNames = 32 // alternatives kept for one value
	maxDepth = 6  // fields, parameters and helpers followed into one another
)

// names returns what the string expression e, evaluated in ctx (the current
// function's summary context or one derived from it), may be. Parameters of
// the current function stay parameters.
func (c *checker) names(e ast.Expr, ctx *resolve.Context) []name {
	return c.fill(c.ev.Eval(e, ctx), c.walk.Func, true, 0)
}

// setNames is names for a set of values the resolver returned.
func (c *checker) setNames(s resolve.Set) []name {
	return c.fill(c.evalSet(s), c.walk.Func, true, 0)
}

// evalSet turns a resolved set of string values into templates.
func (c *checker) evalSet(s resolve.Set) []strval.Template {
	var out []strval.Template
	for _, l := range s.Leaves {
		if l.Zero {
			continue // "": never a table
		}
		out = append(out, c.ev.EvalLeaf(l)...)
	}
	for i := range s.Unknowns {
		out = append(out, strval.Template{{Hole: true, Unknown: &s.Unknowns[i]}})
	}
	return out
}

// fill interprets the holes of templates: parameters of owner (kept as
// parameters when keep is set, otherwise followed to owner's callers in the
// package), environment variables, struct fields, and values of other
// packages known from facts.
func (c *checker) fill(ts []strval.Template, owner *types.Func, keep bool, depth int) []name {
	out := make([]name, 0, len(ts))
	for _, t := range ts {
		acc := []name{nil}
		for _, p := range t {
			if p.Hole {
				acc = product(acc, c.hole(p, owner, keep, depth))
			} else {
				acc = product(acc, []name{text(p.Text)})
			}
		}
		out = append(out, acc...)
	}
	return dedupNames(out)
}

func (c *checker) hole(p strval.Part, owner *types.Func, keep bool, depth int) []name {
	if depth > maxDepth {
		return []name{hole()}
	}
	if l := p.Leaf; l != nil {
		if l.Param >= 0 && !l.Spread {
			if keep {
				return []name{{{Kind: paramPart, Param: l.Param}}}
			}
			return c.paramValues(owner, l.Param, depth+1)
		}
		if call, ok := ast.Unparen(l.Expr).(*ast.CallExpr); ok && !l.Spread && l.Result == 0 {
			if ns, ok := c.callValues(call, l.Ctx, owner, keep, depth); ok {
				return ns
			}
		}
		return []name{hole()}
	}
	if u := p.Unknown; u != nil {
		if f := c.fieldAt(u.Pos); f != nil && isStringish(f.Type()) && !hasMethods(f.Type()) {
			return c.fieldValues(f, depth+1)
		}
		if v := c.qualVars[u.Pos]; v != nil {
			var fact TableNamesFact
			if c.pass.ImportObjectFact(v, &fact) {
				return fact.Names
			}
		}
	}
	return []name{hole()}
}

// callValues interprets a call that the resolver does not follow:
// os.Getenv / os.LookupEnv with a constant name, sqlx's Rebind and In (which
// leave the table alone), and functions of other packages with a fact.
func (c *checker) callValues(call *ast.CallExpr, ctx *resolve.Context, owner *types.Func, keep bool, depth int) ([]name, bool) {
	fn := resolve.Callee(c.info, call)
	if fn == nil || fn.Pkg() == nil {
		return nil, false
	}
	sig := fn.Signature()
	switch {
	case fn.Pkg().Path() == "os" && (fn.Name() == "Getenv" || fn.Name() == "LookupEnv") && len(call.Args) == 1:
		if v, ok := c.constant(call.Args[0], ctx); ok && v != "" {
			return []name{{{Kind: envPart, Env: v}}}, true
		}
	case fn.Pkg().Path() == sqlxPath && (fn.Name() == "Rebind" || fn.Name() == "In"):
		if i := firstStringParam(sig); i >= 0 && i < len(call.Args) && !resolve.IsMethodExpr(c.info, call) {
			return c.fill(c.ev.Eval(call.Args[i], ctx), owner, keep, depth+1), true
		}
	case fn.Pkg().Path() == squirrelPath || fn.Pkg().Path() == goquPath:
		return c.renderedStatement(call, fn, ctx)
	case fn.Pkg() != c.pass.Pkg:
		var fact TableNamesFact
		if c.pass.ImportObjectFact(fn, &fact) {
			return fact.Names, true
		}
	}
	return nil, false
}

// constant returns the value of e if it is one known string.
func (c *checker) constant(e ast.Expr, ctx *resolve.Context) (string, bool) {
	ts := c.ev.Eval(e, ctx)
	if len(ts) != 1 {
		return "", false
	}
	return ts[0].Known()
}

// fieldAt returns the struct field whose selection (x.f, x.y.f) starts at
// pos, where the resolver gave up on the value of x.
func (c *checker) fieldAt(pos token.Pos) *types.Var {
	sel := c.fieldSels[pos]
	if sel == nil {
		return nil
	}
	s := c.info.Selections[sel]
	if s == nil {
		return nil
	}
	f, _ := s.Obj().(*types.Var)
	return f
}

// fieldValues returns the values a struct field may hold: everything stored
// into it in the package (struct literals and assignments, whatever the
// instance), or, for a field of another package, what its fact records.
func (c *checker) fieldValues(f *types.Var, depth int) []name {
	if f.Pkg() != c.pass.Pkg {
		var fact TableNamesFact
		if c.pass.ImportObjectFact(f, &fact) {
			return fact.Names
		}
		return []name{hole()}
	}
	if got, ok := c.fieldMemo[f]; ok {
		return got
	}
	if c.busy[f] {
		return []name{hole()}
	}
	c.busy[f] = true
	defer delete(c.busy, f)
	var out []name
	for _, st := range c.stores[f] {
		ctx := c.walk.Summary(st.fn)
		var ts []strval.Template
		if st.result == 0 {
			ts = c.ev.Eval(st.expr, ctx)
		} else if call, ok := ast.Unparen(st.expr).(*ast.CallExpr); ok {
			ts = c.evalSet(c.r.ResolveResult(call, st.result, ctx))
		}
		out = append(out, c.fill(ts, st.fn, false, depth)...)
	}
	if len(out) == 0 {
		out = []name{hole()}
	}
	out = dedupNames(out)
	c.fieldMemo[f] = out
	return out
}

// paramValues returns the values parameter idx of fn may take: the
// arguments of its calls in the package.
func (c *checker) paramValues(fn *types.Func, idx int, depth int) []name {
	if fn == nil {
		return []name{hole()}
	}
	k := paramKey{fn, idx}
	if got, ok := c.paramMemo[k]; ok {
		return got
	}
	if c.busy[k] {
		return []name{hole()}
	}
	c.busy[k] = true
	defer delete(c.busy, k)
	sig := fn.Signature()
	var out []name
	for _, s := range c.callSites()[fn] {
		if idx >= len(s.call.Args) || sig.Variadic() && idx == sig.Params().Len()-1 ||
			resolve.IsMethodExpr(c.info, s.call) {
			out = append(out, hole())
			continue
		}
		out = append(out, c.fill(c.ev.Eval(s.call.Args[idx], c.walk.Summary(s.fn)), s.fn, false, depth)...)
	}
	if len(out) == 0 {
		out = []name{hole()}
	}
	out = dedupNames(out)
	c.paramMemo[k] = out
	return out
}

// callSites returns the calls of every function of the package.
func (c *checker) callSites() map[*types.Func][]site {
	if c.callers != nil {
		return c.callers
	}
	c.callers = make(map[*types.Func][]site)
	add := func(call *ast.CallExpr, in *types.Func) {
		if callee := resolve.Callee(c.info, call); callee != nil {
			if c.walk.Local(callee) {
				c.callers[callee] = append(c.callers[callee], site{call, in})
			}
		}
	}
	for _, fn := range c.walk.Funcs() {
		for _, call := range c.walk.Calls(fn) {
			add(call, fn)
		}
	}
	for _, call := range c.walk.Outside() {
		add(call, nil)
	}
	return c.callers
}

// product concatenates every left name with every right one, keeping at
// most maxNames.
func product(left, right []name) []name {
	out := make([]name, 0, min(len(left)*len(right), maxNames))
	for _, l := range left {
		for _, r := range right {
			if len(out) == maxNames {
				return out
			}
			out = append(out, concat(l, r))
		}
	}
	return out
}

func dedupNames(ns []name) []name {
	seen := make(map[string]bool, len(ns))
	out := ns[:0:0]
	for _, n := range ns {
		k := n.String()
		if !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	if len(out) > maxNames {
		out = out[:maxNames]
	}
	return out
}

// hasMethods reports whether t (or what it points to) is a named type with
// methods: a value of such a type can start a method call, whose position
// the resolver may report for other reasons.
func hasMethods(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.NumMethods() > 0
}

// firstStringParam returns the index of the first parameter of type string.
func firstStringParam(sig *types.Signature) int {
	for i := range sig.Params().Len() {
		if types.Identical(sig.Params().At(i).Type(), types.Typ[types.String]) {
			return i
		}
	}
	return -1
}
