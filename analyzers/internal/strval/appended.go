package strval

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// A string variable appended to in many places (s += x in every case of a
// generated describe method, out = out + x in loops) has values that are any
// sequence of the appended texts. Taking each append apart as "the value of
// s before it, plus x" follows s again from every append, in every order:
// time factorial in the number of appends until maxLeaves cut it short, on
// every evaluation that reaches s (one method of a schema library took
// seconds). From accumulateFrom appends on, s is taken apart once: each of
// its other values (the bases), followed by one hole that stands for the
// appended texts, which the hole lists (Part.Appended), each evaluated once.
// Fewer appends are expanded exactly: at most a few orders, and exact
// templates ("prefix/" + "run_id=" + id) matter to analyzers.
const accumulateFrom = 4

type appendKey struct {
	v   *types.Var
	ctx *resolve.Context
}

// appendedTo returns the variable that x (the leaf l) appends to when x is
// one of at least accumulateFrom appends to the same string variable (v = v
// + y, v += y) among the values of v, or nil.
func (ev *Evaluator) appendedTo(x *ast.BinaryExpr, l resolve.Leaf, values resolve.Set) *types.Var {
	v := appendTarget(ev.info, x)
	if v == nil {
		return nil
	}
	n, self := 0, false
	for _, src := range values.Leaves {
		if b, ok := src.Expr.(*ast.BinaryExpr); ok && src.Ctx == l.Ctx && appendTarget(ev.info, b) == v {
			n++
			self = self || b == x
		}
	}
	if !self || n < accumulateFrom {
		return nil
	}
	return v
}

// appendTarget returns v when b is v + y for a string variable v.
func appendTarget(info *types.Info, b *ast.BinaryExpr) *types.Var {
	if b.Op != token.ADD {
		return nil
	}
	id, ok := ast.Unparen(b.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	if v == nil || !isString(v.Type()) {
		return nil
	}
	return v
}

// knownAppends returns the templates of the variable x appends to, when x
// is one of its many appends and they were taken apart already.
func (ev *Evaluator) knownAppends(x *ast.BinaryExpr, l resolve.Leaf) ([]Template, bool) {
	v := appendTarget(ev.info, x)
	if v == nil {
		return nil, false
	}
	ts, ok := ev.appends[appendKey{v, l.Ctx}]
	return ts, ok
}

// accumulated returns the templates of a variable appended to in many
// places, given its values in ctx: each base value followed by one hole
// listing every appended text. The result is kept for the evaluator's life
// (every one of the appends, and evaluations in other queries, reach the
// same variable again).
func (ev *Evaluator) accumulated(v *types.Var, ctx *resolve.Context, values resolve.Set, depth int) []Template {
	key := appendKey{v, ctx}
	if ts, ok := ev.appends[key]; ok {
		return ts
	}
	ev.appends[key] = []Template{{{Hole: true}}} // while it is being built: a cycle
	var bases resolve.Set
	bases.Unknowns = values.Unknowns
	var appended []Template
	for _, src := range values.Leaves {
		b, ok := src.Expr.(*ast.BinaryExpr)
		if !ok || appendTarget(ev.info, b) != v {
			bases.Leaves = append(bases.Leaves, src)
			continue
		}
		appended = append(appended, ev.evalSet(ev.r.Resolve(b.Y, src.Ctx), depth+1)...)
	}
	hole := Part{
		Hole:     true,
		Unknown:  &resolve.Unknown{Pos: v.Pos(), What: fmt.Sprintf("text appended to %s in %d places", v.Name(), len(values.Leaves)-len(bases.Leaves))},
		Appended: appended,
	}
	ts := product(ev.evalSet(bases, depth+1), []Template{{hole}})
	ev.appends[key] = ts
	return ts
}
