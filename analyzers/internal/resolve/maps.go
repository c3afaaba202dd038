package resolve

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Maps answers which entries a map value may hold: the elements of map
// literals, and the index assignments m[k] = v made at the places the map
// passed through, including assignments into the parameter of a function of
// this package the map is handed to and entries copied in with maps.Copy.
//
// The Index records the values of index assignments (under the path "[]")
// but not their keys; Maps keeps its own index of them, built on first use.
// Like a Resolver, a Maps is meant to be created per pass and is not safe for
// concurrent use.
type Maps struct {
	r     *Resolver
	built bool

	entries map[pathKey][]entrySource // place of a map → index assignments into it
	copies  map[pathKey][]copySource  // maps.Copy(dst, src): dst's place → src
	passes  map[pathKey][]pathKey     // a map handed to a local function → its parameter
	aliases map[pathKey][]pathKey     // m2 := m, s.M = m: the same map
	escapes map[pathKey]escape        // maps handed to code that may add entries
	active  map[ast.Expr]bool         // maps.Copy sources being followed
}

type entrySource struct {
	key, value ast.Expr // value is nil for m[k]++ and m[k] op= v
}

type copySource struct {
	src ast.Expr
}

// A MapEntry is a key and a value put into a map: an element of a map
// literal or an index assignment.
type MapEntry struct {
	Key   ast.Expr
	Value ast.Expr // nil when the assignment was m[k]++ or m[k] op= v
	// Ctx is the context Key and Value are evaluated in: the leaf's for
	// literal elements, the place's for assignments at the places the map
	// passed through, nil for assignments inside the functions the map was
	// handed to.
	Ctx *Context
}

// NewMaps returns the map-entry index of the resolver's package.
func NewMaps(r *Resolver) *Maps { return &Maps{r: r} }

// Entries returns the entries every map value in s may hold. Maps whose
// entries cannot be listed are returned in the Set: a Spread leaf for a map
// that comes from a call of another package or a parameter (the analyzer
// may know it from facts), an Unknown for one that code the resolver cannot
// see may fill. The unknowns of s are kept.
func (m *Maps) Entries(s Set) ([]MapEntry, Set) {
	m.build()
	rest := Set{Unknowns: append([]Unknown(nil), s.Unknowns...)}
	var out []MapEntry
	for _, leaf := range s.Leaves {
		if !leaf.Zero && !leaf.Spread {
			switch x := ast.Unparen(leaf.Expr).(type) {
			case *ast.CompositeLit:
				if isMap(m.r.info.TypeOf(x)) {
					for _, elt := range x.Elts {
						if kv, ok := elt.(*ast.KeyValueExpr); ok {
							out = append(out, MapEntry{Key: kv.Key, Value: kv.Value, Ctx: leaf.Ctx})
						}
					}
				} else {
					rest.unknown(x.Pos(), "a value that is not a map")
				}
			case *ast.CallExpr:
				if name := builtinName(m.r.info, x); name == "make" || name == "new" {
					break // empty
				}
				leaf.Spread = true
				rest.Leaves = append(rest.Leaves, leaf)
			default:
				leaf.Spread = true
				rest.Leaves = append(rest.Leaves, leaf)
			}
		} else if leaf.Spread {
			rest.Leaves = append(rest.Leaves, leaf)
		}
		seen := make(map[pathKey]bool)
		for _, p := range leaf.via {
			m.at(pathKey{p.root, p.steps}, p.ctx, seen, &out, &rest)
		}
	}
	return out, rest
}

// at adds the entries assigned at a place (and its aliases, the parameters
// it was handed to, and the maps copied into it); ctx is the context the
// place's root is a variable of.
func (m *Maps) at(k pathKey, ctx *Context, seen map[pathKey]bool, out *[]MapEntry, rest *Set) {
	if seen[k] || len(seen) > 64 {
		return
	}
	seen[k] = true
	for _, root := range m.r.withAliases(k.root) {
		at := pathKey{root, k.steps}
		if root != k.root {
			m.at(at, ctx, seen, out, rest)
			continue
		}
		for _, e := range m.entries[at] {
			*out = append(*out, MapEntry{Key: e.key, Value: e.value, Ctx: ctx})
		}
		if e, ok := m.escapes[at]; ok {
			rest.changed(e.pos, "%s may be filled by %s", root.Name(), e.call)
		}
		for _, c := range m.copies[at] {
			if m.active[c.src] {
				continue // maps copied into each other
			}
			m.active[c.src] = true
			entries, more := m.Entries(m.r.Resolve(c.src, ctx))
			delete(m.active, c.src)
			*out = append(*out, entries...)
			rest.addAll(more)
		}
		for _, p := range m.passes[at] {
			m.at(p, nil, seen, out, rest) // the callee's parameter: not bound
		}
		for _, a := range m.aliases[at] {
			m.at(a, ctx, seen, out, rest)
		}
		for _, a := range m.r.aliasesBelow(root, k.steps) {
			m.at(a, ctx, seen, out, rest)
		}
	}
}

func isMap(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := types.Unalias(t).Underlying().(*types.Map)
	return ok
}

func (m *Maps) build() {
	if m.built {
		return
	}
	m.built = true
	m.entries = make(map[pathKey][]entrySource)
	m.copies = make(map[pathKey][]copySource)
	m.passes = make(map[pathKey][]pathKey)
	m.aliases = make(map[pathKey][]pathKey)
	m.escapes = make(map[pathKey]escape)
	m.active = make(map[ast.Expr]bool)
	in := m.r.index.in
	filter := []ast.Node{(*ast.AssignStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.CallExpr)(nil), (*ast.ValueSpec)(nil)}
	in.Preorder(filter, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				var rhs ast.Expr
				if len(n.Lhs) == len(n.Rhs) {
					rhs = n.Rhs[i]
				}
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
					m.indexAssign(lhs, nil)
					continue
				}
				m.indexAssign(lhs, rhs)
				if rhs != nil {
					m.alias(lhs, rhs)
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					m.alias(name, n.Values[i])
				}
			}
		case *ast.IncDecStmt:
			m.indexAssign(n.X, nil)
		case *ast.CallExpr:
			m.call(n)
		}
	})
}

// indexAssign records m[k] = v.
func (m *Maps) indexAssign(lhs, rhs ast.Expr) {
	ix, ok := ast.Unparen(lhs).(*ast.IndexExpr)
	if !ok || !isMap(m.r.info.TypeOf(ix.X)) {
		return
	}
	root, steps, ok := accessPath(m.r.info, ix.X)
	if !ok || root == nil {
		return
	}
	k := pathKey{root, steps}
	m.entries[k] = append(m.entries[k], entrySource{key: ix.Index, value: rhs})
}

// alias records that a map-typed place takes the map another place holds.
func (m *Maps) alias(lhs, rhs ast.Expr) {
	if !isMap(m.r.info.TypeOf(lhs)) {
		return
	}
	lroot, lsteps, ok := accessPath(m.r.info, lhs)
	if !ok || lroot == nil {
		return
	}
	rroot, rsteps, ok := accessPath(m.r.info, rhs)
	if !ok || rroot == nil {
		return
	}
	l, r := pathKey{lroot, lsteps}, pathKey{rroot, rsteps}
	if l == r {
		return
	}
	m.aliases[l] = append(m.aliases[l], r)
	m.aliases[r] = append(m.aliases[r], l)
}

// call records maps handed to functions: copied into (maps.Copy), passed to
// a function of this package (whose assignments into the parameter count),
// or passed to code that may add entries.
func (m *Maps) call(call *ast.CallExpr) {
	info := m.r.info
	if tv, ok := info.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
		return // conversions; len, delete, clear (removals are ignored)
	}
	fn := calleeFunc(info, call)
	if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "maps" && fn.Name() == "Copy" && len(call.Args) == 2 {
		if root, steps, ok := accessPath(info, call.Args[0]); ok && root != nil {
			k := pathKey{root, steps}
			m.copies[k] = append(m.copies[k], copySource{src: call.Args[1]})
		}
		return
	}
	if fn != nil && readOnly(fn) {
		return
	}
	name := "a function value"
	var sig *types.Signature
	if fn != nil {
		name = qualifiedName(fn)
		sig = fn.Signature()
	}
	local := fn != nil && m.r.index.decl(fn) != nil && !isInterfaceMethod(fn) && !isMethodExprCall(info, call)
	mark := func(e ast.Expr, param *types.Var) {
		if !isMap(info.TypeOf(e)) {
			return
		}
		root, steps, ok := accessPath(info, e)
		if !ok || root == nil {
			return
		}
		k := pathKey{root, steps}
		if local && param != nil {
			m.passes[k] = append(m.passes[k], pathKey{param, ""})
			return
		}
		if _, seen := m.escapes[k]; !seen {
			m.escapes[k] = escape{pos: call.Pos(), call: name}
		}
	}
	for i, arg := range call.Args {
		var param *types.Var // nil for the variadic parameter's elements
		if sig != nil && i < sig.Params().Len() && (!sig.Variadic() || i < sig.Params().Len()-1) {
			param = sig.Params().At(i)
		}
		mark(arg, param)
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sig != nil && sig.Recv() != nil {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			mark(sel.X, sig.Recv())
		}
	}
}

// isMethodExprCall reports whether call calls a method expression,
// T.M(recv, args...), whose arguments are shifted against the parameters.
func isMethodExprCall(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := info.Selections[sel]
	return s != nil && s.Kind() == types.MethodExpr
}
