package s3write

import (
	"go/ast"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// FieldAt returns where a finding about field name (Key, Body) of one
// input belongs: the field's value in the input's composite literal, else
// its one source among values, else the input.
func FieldAt(input resolve.Leaf, name string, values resolve.Set) ast.Expr {
	if lit, ok := ast.Unparen(input.Expr).(*ast.CompositeLit); ok && !input.Zero {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
					return kv.Value
				}
			}
		}
	}
	var sources []ast.Expr
	for _, v := range values.Leaves {
		if !v.Zero {
			sources = append(sources, v.Expr)
		}
	}
	if len(sources) == 1 {
		return sources[0]
	}
	return input.Expr
}
