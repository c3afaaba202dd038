package payload

import (
	"go/ast"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// MapKeys returns the keys the maps in s may hold, as the fields of a
// payload whose fields are a map's keys (SNS message attributes, Glue job
// arguments): the keys of literals and of entries assigned, copied or added
// by local helpers at the places the map passed through; a map that is a
// parameter is a Keys slot, one from a helper of another package is read
// from the analyzer's facts.
func (e *Extractor) MapKeys(s resolve.Set) Fields {
	var n Fields
	entries, rest := e.maps.Entries(s)
	n.Unknowns = append(n.Unknowns, rest.Unknowns...)
	for _, en := range entries {
		_, kf := e.entryKey(en)
		n.Merge(kf)
	}
	for _, l := range rest.Leaves {
		n.Merge(e.opaqueMap(l, Keys))
	}
	return n
}

// opaqueMap handles a map the resolver cannot list: a parameter (kind
// says what it is to the payload), a copy of another map (maps.Clone,
// aws.StringMap), the result of a helper of another package the analyzer
// knows, or something unknown.
func (e *Extractor) opaqueMap(l resolve.Leaf, kind Kind) Fields {
	var n Fields
	if l.Param >= 0 {
		e.Slot(&n, l, kind)
		return n
	}
	if call, ok := l.Expr.(*ast.CallExpr); ok && l.Result == 0 {
		fn := resolve.Callee(e.pass.TypesInfo, call)
		if isMapCopy(fn) && len(call.Args) == 1 && !e.active[call] {
			e.active[call] = true
			defer delete(e.active, call)
			src := e.r.Resolve(call.Args[0], l.Ctx)
			if kind == Keys {
				return e.MapKeys(src)
			}
			return e.valueNames(src, e.pass.TypesInfo.TypeOf(call.Args[0]), call.Args[0].Pos(), 1)
		}
		if fn != nil && e.fromHelper(fn, call, l.Ctx, &n) {
			return n
		}
	}
	e.unknownAt(&n, l.Expr, e.Describe(l))
	return n
}

// isMapCopy reports whether fn returns a copy of the map it is given, with
// the same keys: maps.Clone, and the SDKs' aws.StringMap / StringValueMap
// (v1) and aws.StringMap / ToStringMap (v2), which convert between
// map[string]string and map[string]*string.
func isMapCopy(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "maps":
		return fn.Name() == "Clone"
	case "github.com/aws/aws-sdk-go/aws", "github.com/aws/aws-sdk-go-v2/aws":
		switch fn.Name() {
		case "StringMap", "StringValueMap", "ToStringMap":
			return true
		}
	}
	return false
}

// entryKey returns the constant keys of one map entry, and them as fields
// at the top level (a key that is not a constant is unknown).
func (e *Extractor) entryKey(en resolve.MapEntry) ([]string, Fields) {
	var n Fields
	if src := e.rangeKeys(en.Key); src != nil {
		// for k, v := range base { args[k] = v }: the keys of base.
		if e.active[src] {
			return nil, n
		}
		e.active[src] = true
		defer delete(e.active, src)
		m := e.MapKeys(e.r.Resolve(src, en.Ctx))
		m.Slots = nil // the base's parameter is no key of this map's
		return m.Sorted(), m
	}
	var keys []string
	ks := e.r.Resolve(en.Key, en.Ctx)
	n.Unknowns = append(n.Unknowns, ks.Unknowns...)
	for _, k := range ks.Leaves {
		if s, ok := resolve.StringConstant(e.pass.TypesInfo, k); ok {
			n.AddKey(s)
			keys = append(keys, s)
		} else if !k.Zero {
			e.unknownAt(&n, k.Expr, "a map key that is not a constant")
		}
	}
	return keys, n
}

// rangeKeys returns the map a key variable ranges over, when key is the
// key variable of a range statement over a map (for k, v := range m).
func (e *Extractor) rangeKeys(key ast.Expr) ast.Expr {
	id, ok := ast.Unparen(key).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := e.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	if e.ranges == nil {
		e.ranges = make(map[*types.Var]ast.Expr)
		resolve.Inspector(e.pass).Preorder([]ast.Node{(*ast.RangeStmt)(nil)}, func(n ast.Node) {
			rs, ok := n.(*ast.RangeStmt)
			if !ok || rs.Key == nil || !IsMapType(e.pass.TypesInfo.TypeOf(rs.X)) {
				return
			}
			if kid, ok := rs.Key.(*ast.Ident); ok {
				if kv, ok := e.pass.TypesInfo.Defs[kid].(*types.Var); ok {
					e.ranges[kv] = rs.X
				}
			}
		})
	}
	return e.ranges[v]
}
