package resolve

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// Slices made, then filled. A real CloudWatch sink does
//
//	data := make([]types.MetricDatum, len(metrics))
//	for i, m := range metrics {
//		data[i] = types.MetricDatum{...}
//	}
//
// The n zero elements of make never reach a use: the loop replaces every
// one. They count only where some index may keep its zero value, so a
// whole-element assignment s[i] = v removes them when it provably runs for
// every index of the slice:
//
//   - in a loop whose index variable i ranges over the slice itself
//     (for i := range s), or over a length equal to the one given to make
//     (for i := range metrics, for i := range n, for i := 0; i < n; i++ with
//     make([]T, len(metrics)) or make([]T, n));
//   - as a statement of the loop's body itself, not inside a branch, with no
//     statement before it that can leave the iteration (continue, break,
//     goto, return) and no other assignment to i in the body.
//
// Lengths are equal when they are the same constant, or the same variable
// or field path (len(x) and len(x), n and n), whatever happens to the
// variable in between: the resolver is flow-insensitive anyway.

// A bound is what a loop's index runs over.
type bound struct {
	over pathKey  // range over this slice or array itself (root nil: none)
	of   ast.Expr // the index runs over len(of)
	n    ast.Expr // or up to the integer n
}

// fills records the slices that a loop assigns at every index.
func (ix *indexData) fills(loop ast.Stmt, body *ast.BlockStmt) {
	info := ix.pass.TypesInfo
	idx, b, ok := loopBound(info, loop)
	if !ok || body == nil || assignsTo(info, body, idx) {
		return
	}
	for _, st := range body.List {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN && len(as.Lhs) == len(as.Rhs) {
			for _, lhs := range as.Lhs {
				ie, ok := ast.Unparen(lhs).(*ast.IndexExpr)
				if !ok || !isVar(info, ie.Index, idx) {
					continue
				}
				if _, isSlice := underlying(info.TypeOf(ie.X)).(*types.Slice); !isSlice {
					if _, isArr := underlying(info.TypeOf(ie.X)).(*types.Array); !isArr {
						continue
					}
				}
				root, steps, ok := accessPath(info, ie.X)
				if !ok || root == nil {
					continue
				}
				k := pathKey{root, steps}
				ix.filled[k] = append(ix.filled[k], b)
			}
		}
		if mayLeave(st) {
			return // what follows may not run for every index
		}
	}
}

// loopBound returns the index variable of a loop and what it runs over:
// for i := range x (a slice, an array or an integer) and
// for i := 0; i < n; i++.
func loopBound(info *types.Info, loop ast.Stmt) (types.Object, bound, bool) {
	switch l := loop.(type) {
	case *ast.RangeStmt:
		id, ok := l.Key.(*ast.Ident)
		if !ok || l.Tok != token.DEFINE {
			return nil, bound{}, false
		}
		v := info.Defs[id]
		if v == nil {
			return nil, bound{}, false
		}
		switch u := underlying(info.TypeOf(l.X)).(type) {
		case *types.Slice, *types.Array:
			b := bound{of: l.X}
			if root, steps, ok := accessPath(info, l.X); ok && root != nil {
				b.over = pathKey{root, steps}
			}
			return v, b, true
		case *types.Pointer:
			if _, ok := underlying(u.Elem()).(*types.Array); ok {
				return v, bound{of: l.X}, true
			}
		case *types.Basic:
			if u.Info()&types.IsInteger != 0 {
				return v, bound{n: l.X}, true
			}
		}
	case *ast.ForStmt:
		init, ok := l.Init.(*ast.AssignStmt)
		if !ok || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
			return nil, bound{}, false
		}
		id, ok := init.Lhs[0].(*ast.Ident)
		if !ok || !isZeroConst(info, init.Rhs[0]) {
			return nil, bound{}, false
		}
		v := info.Defs[id]
		cond, ok := ast.Unparen(l.Cond).(*ast.BinaryExpr)
		if v == nil || !ok || cond.Op != token.LSS || !isVar(info, cond.X, v) {
			return nil, bound{}, false
		}
		post, ok := l.Post.(*ast.IncDecStmt)
		if !ok || post.Tok != token.INC || !isVar(info, post.X, v) {
			return nil, bound{}, false
		}
		b := bound{n: cond.Y}
		if call, ok := ast.Unparen(cond.Y).(*ast.CallExpr); ok && builtinName(info, call) == "len" && len(call.Args) == 1 {
			b = bound{of: call.Args[0]} // i < len(x): as range over x
			if root, steps, ok := accessPath(info, call.Args[0]); ok && root != nil {
				b.over = pathKey{root, steps}
			}
		}
		return v, b, true
	}
	return nil, bound{}, false
}

func isVar(info *types.Info, e ast.Expr, v types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.Uses[id] == v
}

// assignsTo reports whether body assigns v (or takes its address).
func assignsTo(info *types.Info, body *ast.BlockStmt, v types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				found = found || isVar(info, lhs, v)
			}
		case *ast.IncDecStmt:
			found = found || isVar(info, n.X, v)
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && isVar(info, n.X, v)
		}
		return !found
	})
	return found
}

// mayLeave reports whether a statement may end the iteration early:
// continue, break, goto or return anywhere in it (function literals aside).
// A call that does not return (panic, log.Fatal) ends the loop and every
// use of the slice after it alike.
func mayLeave(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt, *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}

// filled reports whether the slice made with length n (nil: an array, whose
// length is its type's) held at one of the places is filled by a loop at
// every index.
func (r *Resolver) filled(n ast.Expr, places []place) bool {
	if len(r.index.filled) == 0 {
		return false
	}
	for _, p := range places {
		for _, b := range r.index.filled[pathKey{p.root, p.steps}] {
			if b.over == (pathKey{p.root, p.steps}) || n != nil && sameLength(r.info, n, b) {
				return true
			}
		}
	}
	return false
}

// sameLength reports whether the length given to make, n, is the one a
// loop runs over: len(x) for a range over x (or i < len(x)), the same
// integer for range n (or i < n).
func sameLength(info *types.Info, n ast.Expr, b bound) bool {
	if b.n != nil {
		return sameValue(info, n, b.n)
	}
	call, ok := ast.Unparen(n).(*ast.CallExpr)
	if !ok || builtinName(info, call) != "len" || len(call.Args) != 1 {
		return false
	}
	return sameValue(info, call.Args[0], b.of)
}

// sameValue reports whether two expressions denote the same value: equal
// constants, or the same variable or field path (no indexes).
func sameValue(info *types.Info, a, b ast.Expr) bool {
	ta, tb := info.Types[a], info.Types[b]
	if ta.Value != nil || tb.Value != nil {
		return ta.Value != nil && tb.Value != nil && ta.Value.Kind() == tb.Value.Kind() && constant.Compare(ta.Value, token.EQL, tb.Value)
	}
	if ca, ok := ast.Unparen(a).(*ast.CallExpr); ok {
		cb, ok := ast.Unparen(b).(*ast.CallExpr)
		if !ok || builtinName(info, ca) != "len" || builtinName(info, cb) != "len" || len(ca.Args) != 1 || len(cb.Args) != 1 {
			return false
		}
		return sameValue(info, ca.Args[0], cb.Args[0])
	}
	ra, sa, okA := accessPath(info, a)
	rb, sb, okB := accessPath(info, b)
	return okA && okB && ra != nil && ra == rb && sa == sb && !hasIndex(sa)
}

func hasIndex(steps string) bool {
	for i := 0; i+1 < len(steps); i++ {
		if steps[i] == '[' && steps[i+1] == ']' {
			return true
		}
	}
	return false
}
