package strval

import (
	"go/ast"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Templates across packages. An analyzer records, in a fact about an
// exported function that returns a string, the templates of its result
// (Save of what Eval gives in the function's resolve.Summary context); a
// caller in another package gets them back through Evaluator.Import and
// binds the parameter holes to its arguments, so a key helper of another
// package is as transparent as one of the same package.

// A SavedPart is a Part in a form that facts can carry: known text, a hole
// that is a parameter of the summarised function (Param >= 0), or a hole
// that cannot be followed (Param < 0).
type SavedPart struct {
	Text  string
	Hole  bool
	Param int
	Verb  string // the fmt verb the hole was formatted with, if any
}

// Saved is a template that facts can carry.
type Saved []SavedPart

// String renders the saved template with holes as "{}" and parameter holes
// as "{paramN}" (for fact tests).
func (s Saved) String() string {
	var b []byte
	for _, p := range s {
		switch {
		case !p.Hole:
			b = append(b, p.Text...)
		case p.Param >= 0:
			b = append(b, "{param"...)
			b = appendInt(b, p.Param)
			b = append(b, '}')
		default:
			b = append(b, "{}"...)
		}
	}
	return string(b)
}

func appendInt(b []byte, n int) []byte {
	if n >= 10 {
		b = appendInt(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

// Save turns the templates of a function's result, evaluated in its
// resolve.Summary context, into saved form: a hole that is one of its
// parameters (not spread) keeps the parameter's index.
func Save(ts []Template) []Saved {
	out := make([]Saved, 0, len(ts))
	for _, t := range ts {
		s := make(Saved, 0, len(t))
		for _, p := range t {
			sp := SavedPart{Text: p.Text, Hole: p.Hole, Param: -1, Verb: p.Verb}
			if p.Hole && p.Leaf != nil && p.Leaf.Param >= 0 && !p.Leaf.Spread {
				sp.Param = p.Leaf.Param
			}
			s = append(s, sp)
		}
		out = append(out, s)
	}
	return out
}

// Bind evaluates saved templates of fn's result for one call of fn in ctx:
// a parameter hole becomes the templates of the argument the call passes
// (a hole for verbs other than %s, %v and %q), any other hole stays one.
func (ev *Evaluator) Bind(saved []Saved, fn *types.Func, call *ast.CallExpr, ctx *resolve.Context) []Template {
	ev.leaves = 0
	return ev.bind(saved, fn, call, ctx, 0)
}

func (ev *Evaluator) bind(saved []Saved, fn *types.Func, call *ast.CallExpr, ctx *resolve.Context, depth int) []Template {
	out := make([]Template, 0, len(saved))
	what := "part of the result of " + resolve.QualifiedName(fn)
	for _, s := range saved {
		acc := []Template{{}}
		for _, p := range s {
			switch {
			case !p.Hole:
				acc = product(acc, []Template{{{Text: p.Text}}})
			case p.Param >= 0:
				acc = product(acc, ev.argument(fn, call, p, ctx, depth))
			default:
				u := resolve.Unknown{Pos: call.Pos(), What: what}
				acc = product(acc, []Template{{{Hole: true, Unknown: &u, Verb: p.Verb}}})
			}
		}
		out = append(out, acc...)
	}
	if len(out) == 0 {
		out = []Template{{{Hole: true}}}
	}
	return capTemplates(out)
}

// argument evaluates the argument a call passes for a parameter hole.
func (ev *Evaluator) argument(fn *types.Func, call *ast.CallExpr, p SavedPart, ctx *resolve.Context, depth int) []Template {
	idx := p.Param
	if resolve.IsMethodExpr(ev.info, call) {
		idx++ // T.M(recv, args...)
	}
	sig := fn.Signature()
	variadic := sig.Variadic() && p.Param == sig.Params().Len()-1 && !call.Ellipsis.IsValid()
	if idx >= len(call.Args) || variadic {
		return []Template{{{Hole: true, Verb: p.Verb}}}
	}
	arg := call.Args[idx]
	set := ev.r.Resolve(arg, ctx)
	switch p.Verb {
	case "", "%s", "%v", "%q": // the quotes of %q are text around the hole already
		return ev.evalSet(set, depth+1)
	}
	h := Part{Hole: true, Verb: p.Verb}
	if len(set.Leaves) > 0 {
		leaf := set.Leaves[0]
		h.Leaf = &leaf
	}
	return []Template{{h}}
}

// imported evaluates a call of a function of another package through the
// saved templates Import gives for it.
func (ev *Evaluator) imported(fn *types.Func, call *ast.CallExpr, l resolve.Leaf, depth int) ([]Template, bool) {
	if ev.Import == nil || l.Result != 0 {
		return nil, false
	}
	saved, ok := ev.Import(fn)
	if !ok {
		return nil, false
	}
	return ev.bind(saved, fn, call, l.Ctx, depth), true
}
