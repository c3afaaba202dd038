package resolve

import "go/ast"

// Parts of parameters and of results. When a function is summarised, what
// comes from its parameters is left to its callers: a Param leaf. What
// comes from a part of one (in.MetricData[i], cfg.Topic, toDatum(m) with
// toDatum a function parameter) is, by default, an unknown: most analyzers
// check their callers with the whole parameter only. So is a part of the
// result of a call the resolver does not follow (metrics.Rows().Dimensions).
// An analyzer that can check a part at the callers (the datums of the input
// a decorating client is given, copied one by one; the datum a generic
// helper gets from the function it is handed), or knows the parts of a
// result from its facts (the fields of a returned struct), asks for them
// with FollowParams: they are then leaves with a Path, of the parameter
// (Param) or of the call (Expr).

// FollowParams makes the resolver return the parts of parameters and of
// the results of calls it does not follow as leaves with a Path (fields,
// elements, results of calls) instead of unknowns.
func (r *Resolver) FollowParams() { r.params = true }

// paramPart returns field name of a parameter's leaf or of a call's result,
// as a part of it, when the resolver follows parameters.
func (r *Resolver) paramPart(l Leaf, name string) (Leaf, bool) {
	if !r.params || l.Param < 0 && !r.isCallLeaf(l) {
		return Leaf{}, false
	}
	if l.Spread {
		l = r.element(l, nil)
	}
	return Leaf{Expr: l.Expr, Ctx: l.Ctx, Result: l.Result, Param: l.Param, Path: joinSteps(l.Path, name), typ: r.fieldType(l, name), via: placesThen(l.via, name)}, true
}

// isCallLeaf reports whether a leaf is (a part of) the result of a call
// (not of a builtin).
func (r *Resolver) isCallLeaf(l Leaf) bool {
	call, ok := ast.Unparen(l.Expr).(*ast.CallExpr)
	return ok && !l.Zero && builtinName(r.info, call) == ""
}

// element returns one element of a Spread part of a parameter, also held at
// the places more.
func (r *Resolver) element(l Leaf, more []place) Leaf {
	l.typ = elemType(r.TypeOf(l))
	l.Spread = false
	l.Path = joinSteps(l.Path, "[]")
	l.via = append(placesThen(l.via, "[]"), more...)
	return l
}

func placesThen(via []place, step string) []place {
	out := make([]place, len(via), len(via)+1)
	for i, p := range via {
		out[i] = p.then(step)
	}
	return out
}

// spread returns the leaf standing for every element of l's value, which
// cannot be listed: l itself, Spread. Every element of every element of a
// parameter's part is a part one step further.
func (r *Resolver) spread(l Leaf) Leaf {
	if l.Spread && r.params && (l.Param >= 0 || r.isCallLeaf(l)) {
		l.Path = joinSteps(l.Path, "[]")
	}
	l.Spread = true
	return l
}
