package resolve

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Decorators. A function that adds to what it is given before sending it
// (appends dimensions to every datum of the input it receives, sets an
// attribute on the message, stamps an entry into the map) makes its callers
// compliant; an analyzer summarising it needs what it adds, apart from what
// its callers bring. Received gives that view of a parameter (or of any
// value the function does not build itself): the value stands for whatever
// the caller passed, contributes nothing itself, and has the elements and
// fields the caller's value has, at the places the function reaches them
// through, so that what the function assigns there counts.

// Received returns l as the function that receives it sees it before adding
// to it: a Zero leaf (it carries nothing of its own) at l's places whose
// fields and elements are the caller's, each again a Zero leaf at its own
// places. For a Spread leaf (every element of a container) it is one
// element. Field and Elems of the result return only what the code assigns
// below those places.
func (r *Resolver) Received(l Leaf) Leaf {
	t := r.TypeOf(l)
	via := l.via
	if l.Spread {
		t = elemType(t)
		via = make([]place, len(l.via))
		for i, p := range l.via {
			via[i] = p.then("[]")
		}
	}
	return Leaf{Expr: l.Expr, Ctx: l.Ctx, Param: -1, Zero: true, given: true, typ: t, via: via}
}

// Path aliases. A pointer taken to a place below a variable is that place:
//
//	for _, d := range in.MetricData { d.Dimensions = ... } // []*MetricDatum
//	d := &data[i]; d.Dimensions = ...
//	e := in.Entries[0]; e.Message = ...                   // a pointer element
//
// What is assigned below d is assigned below in.MetricData[i]. The index
// records such variables by the place they point into (pathAliases), and
// every lookup of the assignments at a place also looks below its aliases.

// pathAlias records that v points into the place e denotes, when e is
// &x.path, x.path of pointer type, or (elems: v ranges over e) when the
// elements of x.path are pointers.
func (ix *indexData) pathAlias(v types.Object, e ast.Expr, elems bool) {
	info := ix.pass.TypesInfo
	e = ast.Unparen(e)
	addr := false
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e, addr = ast.Unparen(u.X), true
	}
	root, steps, ok := accessPath(info, e)
	if !ok || root == nil || root == v {
		return
	}
	switch {
	case elems:
		if !isPointer(elemType(info.TypeOf(e))) {
			return // a copy of the element
		}
		steps = joinSteps(steps, "[]")
	case addr:
		if steps == "" {
			return // &x: an alias of the variable itself (aliases)
		}
	case steps == "" || !isPointer(info.TypeOf(e)):
		return
	}
	k := pathKey{root, steps}
	if !containsObj(ix.pathAliases[k], v) {
		ix.pathAliases[k] = append(ix.pathAliases[k], v)
	}
}

func joinSteps(steps, step string) string {
	if steps == "" {
		return step
	}
	return steps + "." + step
}

// aliasesBelow returns the places that stand for root.steps through path
// aliases: for every prefix of steps that a variable points into, that
// variable with the rest of the steps.
func (r *Resolver) aliasesBelow(root types.Object, steps string) []pathKey {
	if len(r.index.pathAliases) == 0 {
		return nil
	}
	var out []pathKey
	prefix, rest := steps, ""
	for {
		for _, v := range r.index.pathAliases[pathKey{root, prefix}] {
			out = append(out, pathKey{v, rest})
		}
		if prefix == "" {
			return out
		}
		i := strings.LastIndexByte(prefix, '.')
		last := prefix[i+1:]
		if i < 0 {
			prefix = ""
		} else {
			prefix = prefix[:i]
		}
		if rest == "" {
			rest = last
		} else {
			rest = last + "." + rest
		}
	}
}

// placesOf returns the places that stand for root.steps: through the
// variable's aliases (p := &x) and, below them, through path aliases.
func (r *Resolver) placesOf(root types.Object, steps string) []pathKey {
	var out []pathKey
	for _, v := range r.withAliases(root) {
		k := pathKey{v, steps}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
		for _, a := range r.aliasesBelow(v, steps) {
			if !slices.Contains(out, a) && len(out) < 16 {
				out = append(out, a)
			}
		}
	}
	return out
}

// Accumulates reports whether the value of a leaf is built from an earlier
// value of a variable it is stored in: s = s + x, s += x, b = append(b, x).
// Such a value adds to what the variable held, like an entry set in a map:
// checked value by value, it goes with the values it adds to.
func (r *Resolver) Accumulates(l Leaf) bool {
	roots := make(map[types.Object]bool)
	for _, p := range l.via {
		if p.steps == "" {
			roots[p.root] = true
		}
	}
	if len(roots) == 0 || l.Zero || l.Expr == nil {
		return false
	}
	found := false
	ast.Inspect(l.Expr, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.Ident:
			found = found || roots[r.info.Uses[n]]
		}
		return !found
	})
	return found
}
