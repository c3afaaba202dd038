package resolve

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Fields of values that cannot be followed. A method reads its receiver's
// fields (c.dims, c.newID, c.topic), and the receiver is a parameter: the
// value it holds was built by the caller, often in another function. But
// the package declares the struct type, and every value ever stored into
// an unexported field of it is in the package: struct literals (keyed or
// positional) and assignments to the field through any variable. The field
// of a value that cannot be followed may be any of them (instance-
// insensitive, like every "may" answer of the resolver), when each of them
// is known. An exported field may also be set by other packages (and by
// decoders): its stores are known, plus an unknown. Stores in test files
// (fixtures, fakes) do not count.

// A store is a value stored into a struct field.
type store struct {
	expr   ast.Expr
	result int // which result of a multi-value call expr is stored
	// param is set for an assignment through a parameter or receiver
	// (c.dims = d in a method): which value it changes is the caller's.
	param bool
}

// fieldStores returns the values stored into field f in the package, built
// on first use.
func (r *Resolver) fieldStores(f *types.Var) []store {
	if r.stores == nil {
		r.stores = make(map[*types.Var][]store)
		fset := r.index.pass.Fset
		r.index.in.Preorder([]ast.Node{(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)}, func(n ast.Node) {
			if f := fset.File(n.Pos()); f != nil && strings.HasSuffix(f.Name(), "_test.go") {
				return // fixtures and fakes: not what the program stores
			}
			switch n := n.(type) {
			case *ast.CompositeLit:
				r.literalStores(n)
			case *ast.AssignStmt:
				r.assignStores(n)
			}
		})
	}
	return r.stores[f]
}

func (r *Resolver) literalStores(lit *ast.CompositeLit) {
	st, ok := derefStruct(r.info.TypeOf(lit))
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		var f *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			f, _ = r.info.Uses[id].(*types.Var)
			value = kv.Value
		} else if i < st.NumFields() {
			f = st.Field(i)
		}
		if f != nil && f.Pkg() == r.pkg {
			r.stores[f] = append(r.stores[f], store{expr: value})
		}
	}
}

func (r *Resolver) assignStores(as *ast.AssignStmt) {
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		s := r.info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal {
			continue
		}
		f, ok := s.Obj().(*types.Var)
		if !ok || f.Pkg() != r.pkg {
			continue
		}
		var param bool
		if root := rootVar(r.info, sel.X); root != nil {
			if v, ok := root.(*types.Var); ok {
				_, param = r.index.params[v]
			}
		}
		switch {
		case as.Tok != token.ASSIGN && as.Tok != token.DEFINE:
			op := opAssign[as.Tok]
			r.stores[f] = append(r.stores[f], store{expr: &ast.BinaryExpr{X: lhs, OpPos: as.TokPos, Op: op, Y: as.Rhs[i]}, param: param})
		case len(as.Lhs) == len(as.Rhs):
			r.stores[f] = append(r.stores[f], store{expr: as.Rhs[i], param: param})
		case len(as.Rhs) == 1:
			if _, isCall := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); isCall {
				r.stores[f] = append(r.stores[f], store{expr: as.Rhs[0], result: i, param: param})
			}
		}
	}
}

// storedField returns the field a selection of name in a value of type t
// reads, when its stores can stand for the value: a field of a struct type
// of this package reached without embedded fields of other packages.
func (r *Resolver) storedField(t types.Type, name string) *types.Var {
	if t == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, r.pkg, name)
	f, ok := obj.(*types.Var)
	if !ok || !f.IsField() || f.Pkg() != r.pkg {
		return nil
	}
	return f
}

// stored returns the values stored into f in the package, for the field of
// a value that cannot be followed; ok is false unless every store is known:
// f is set somewhere, never through a parameter (c.dims = d in a method:
// which value it changes depends on the caller, and following it back into
// itself, as a method that keeps editing its receiver's field does, would
// cost much), and every value stored resolves without unknowns. For an
// exported field, which other packages may set too, the set has an unknown.
func (r *Resolver) stored(f *types.Var, pos token.Pos) (Set, bool) {
	if m, ok := r.storedMemo[f]; ok {
		return m.set, m.ok // evaluated without a context: the same every time
	}
	var s Set
	key := visitKey{f, nil, 'f'}
	if !r.enter(key, pos, &s) {
		return s, true // a store of f's own value: it adds nothing
	}
	defer r.leave(key)
	stores := r.fieldStores(f)
	ok := len(stores) > 0
	for _, st := range stores {
		ok = ok && !st.param
	}
	for _, st := range stores {
		if !ok || r.Exhausted() {
			break
		}
		var v Set
		if st.result > 0 {
			if call, isCall := ast.Unparen(st.expr).(*ast.CallExpr); isCall {
				v = r.call(call, st.result, nil, nil)
			}
		} else {
			v = r.resolve(st.expr, nil, nil)
		}
		ok = len(v.Unknowns) == 0
		r.merge(&s, v)
	}
	if r.Exhausted() {
		return Set{}, false
	}
	if ok && f.Exported() {
		s.Unknowns = append(s.Unknowns, Unknown{Pos: pos, What: fmt.Sprintf("field %s, which other packages may set", f.Name()), Type: f.Type(), Field: f})
	}
	s = s.dedup()
	if r.storedMemo == nil {
		r.storedMemo = make(map[*types.Var]storedResult)
	}
	r.storedMemo[f] = storedResult{s, ok}
	return s, ok
}

type storedResult struct {
	set Set
	ok  bool
}

// storedOf is stored for field name of the value of a leaf that cannot be
// followed.
func (r *Resolver) storedOf(l Leaf, name string) (Set, bool) {
	if l.Spread {
		return Set{}, false
	}
	f := r.storedField(r.TypeOf(l), name)
	if f == nil {
		return Set{}, false
	}
	return r.stored(f, l.Expr.Pos())
}
