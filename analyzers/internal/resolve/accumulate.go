package resolve

import (
	"go/ast"
	"go/types"
)

// An accumulation makes the elements of a slice built by appending to
// itself (v = append(v, x), in many branches or loop bodies, as generated
// metric emitters do) cost one pass over its sources.
//
// The sources of v are the appends themselves, and the first argument of
// each is v again: following it from every append would resolve v once per
// append, and again under each of those, quadratic at best and exponential
// as the appends nest, until the step budget ran out (a thousand appends
// took minutes). Within the elements of one set, the base of an append
// contributes only its sources that are not in the set already (the set's
// own elements are being collected), and a variable's sources are followed
// once per context.
type accumulation struct {
	in       map[accKey]bool   // the leaves of the set
	followed map[visitKey]bool // variables whose sources were followed as a base
}

// accKey identifies a leaf of the set: parts of one parameter and a zero
// value standing for it share its expression.
type accKey struct {
	expr ast.Expr
	ctx  *Context
	path string
	zero bool
}

func newAccumulation(s Set) *accumulation {
	in := make(map[accKey]bool, len(s.Leaves))
	for _, l := range s.Leaves {
		in[accKey{l.Expr, l.Ctx, l.Path, l.Zero}] = true
	}
	return &accumulation{in: in}
}

// base returns the sources of an append's first argument that the set does
// not hold already.
func (a *accumulation) base(r *Resolver, arg ast.Expr, ctx *Context, via []place) Set {
	if id, ok := ast.Unparen(arg).(*ast.Ident); ok {
		if v, ok := r.info.Uses[id].(*types.Var); ok {
			k := visitKey{v, ctx, 0}
			if a.followed[k] {
				return Set{} // the same variable's sources, added already
			}
			if a.followed == nil {
				a.followed = make(map[visitKey]bool)
			}
			a.followed[k] = true
		}
	}
	s := r.resolve(arg, ctx, via)
	rest := s.Leaves[:0:0]
	for _, l := range s.Leaves {
		if !a.in[accKey{l.Expr, l.Ctx, l.Path, l.Zero}] {
			rest = append(rest, l)
		}
	}
	s.Leaves = rest
	return s
}
