package strval

import (
	"go/ast"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// pathJoin evaluates path.Join(elem...) (and filepath.Join, which S3 keys
// are built with too): the non-empty elements separated by "/", with the
// separators Clean would merge merged. A spread argument (elems...) is a
// hole: its elements are not listed in order.
func (ev *Evaluator) pathJoin(call *ast.CallExpr, ctx *resolve.Context, depth int) []Template {
	if call.Ellipsis.IsValid() {
		return []Template{{{Hole: true}}}
	}
	acc := []Template{{}}
	first := true
	for _, arg := range call.Args {
		elem := ev.evalSet(ev.r.Resolve(arg, ctx), depth+1)
		if len(elem) == 1 && len(elem[0]) == 0 {
			continue // path.Join skips empty elements
		}
		if !first {
			acc = product(acc, []Template{{{Text: "/"}}})
		}
		first = false
		acc = product(acc, elem)
	}
	for i, t := range acc {
		acc[i] = cleanSlashes(t)
	}
	return acc
}

// cleanSlashes merges the runs of "/" in the known text of a joined path
// and drops a trailing one, as path.Clean does; holes are left as they are.
func cleanSlashes(t Template) Template {
	out := make(Template, 0, len(t))
	for _, p := range t {
		if !p.Hole {
			for strings.Contains(p.Text, "//") {
				p.Text = strings.ReplaceAll(p.Text, "//", "/")
			}
			if n := len(out); n > 0 && !out[n-1].Hole && strings.HasSuffix(out[n-1].Text, "/") {
				p.Text = strings.TrimPrefix(p.Text, "/")
			}
		}
		out = append(out, p)
	}
	if n := len(out); n > 0 && !out[n-1].Hole && (n > 1 || len(out[n-1].Text) > 1) {
		out[n-1].Text = strings.TrimSuffix(out[n-1].Text, "/") // but "/" alone is the root
	}
	return merge(out)
}

// stringsJoin evaluates strings.Join(elems, sep) when elems is one slice
// literal (in order) and sep a constant; anything else is hole().
func (ev *Evaluator) stringsJoin(call *ast.CallExpr, ctx *resolve.Context, depth int, hole func() []Template) []Template {
	sep, ok := ev.constant(call.Args[1])
	if !ok {
		return hole()
	}
	elems := ev.r.Resolve(call.Args[0], ctx)
	if len(elems.Leaves) != 1 || len(elems.Unknowns) > 0 {
		return hole()
	}
	lit, ok := elems.Leaves[0].Expr.(*ast.CompositeLit)
	if !ok || elems.Leaves[0].Zero || elems.Leaves[0].Spread {
		return hole()
	}
	for _, elt := range lit.Elts {
		if _, ok := elt.(*ast.KeyValueExpr); ok {
			return hole() // indexed elements: not in source order
		}
	}
	acc := []Template{{}}
	for i, elt := range lit.Elts {
		if i > 0 && sep != "" {
			acc = product(acc, []Template{{{Text: sep}}})
		}
		acc = product(acc, ev.evalSet(ev.r.Resolve(elt, elems.Leaves[0].Ctx), depth+1))
	}
	return acc
}
