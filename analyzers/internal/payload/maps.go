package payload

import (
	"go/ast"

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
// says what it is to the payload), the result of a helper of another
// package the analyzer knows, or something unknown.
func (e *Extractor) opaqueMap(l resolve.Leaf, kind Kind) Fields {
	var n Fields
	if l.Param >= 0 {
		e.Slot(&n, l, kind)
		return n
	}
	if call, ok := l.Expr.(*ast.CallExpr); ok && l.Result == 0 {
		if fn := resolve.Callee(e.pass.TypesInfo, call); fn != nil && e.fromHelper(fn, call, l.Ctx, &n) {
			return n
		}
	}
	e.unknownAt(&n, l.Expr, e.Describe(l))
	return n
}

// entryKey returns the constant keys of one map entry, and them as fields
// at the top level (a key that is not a constant is unknown).
func (e *Extractor) entryKey(en resolve.MapEntry) ([]string, Fields) {
	var n Fields
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
