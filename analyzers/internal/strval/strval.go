// Package strval evaluates string expressions into templates: sequences of
// known text and holes. Concatenation, fmt.Sprintf/Sprint/Sprintln with a
// constant format, path.Join and filepath.Join, strings.Join of a slice
// literal, constants of any package and everything the resolver follows
// (variables, helpers, aws.String) are taken apart, so an analyzer can ask
// which text a table name, message or S3 key surely contains and which value
// fills the hole after "run_id=". Helpers of other packages are taken apart
// through the templates their analysis facts record (Saved, Import).
package strval

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// A Part is either known text or a hole: a value that is not a constant.
type Part struct {
	Text string
	Hole bool
	// Leaf is the value that fills a hole (a call, a parameter...), when the
	// resolver reached one; Unknown says why it did not, otherwise.
	Leaf    *resolve.Leaf
	Unknown *resolve.Unknown
	// Verb is the fmt verb the hole was formatted with, if any ("%d").
	Verb string
	// Appended lists, for a hole that stands for the texts appended to a
	// variable in many places (see appended.go), each text that may be
	// appended, in any number and order.
	Appended []Template
}

// A Template is one possible value: its parts concatenated.
type Template []Part

// Known returns the template's value when it has no holes.
func (t Template) Known() (string, bool) {
	var b strings.Builder
	for _, p := range t {
		if p.Hole {
			return "", false
		}
		b.WriteString(p.Text)
	}
	return b.String(), true
}

// String renders the template with holes as "{}" (for tests and messages).
func (t Template) String() string {
	var b strings.Builder
	for _, p := range t {
		if p.Hole {
			b.WriteString("{}")
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// Texts returns the known fragments of the template.
func (t Template) Texts() []string {
	var out []string
	for _, p := range t {
		if !p.Hole && p.Text != "" {
			out = append(out, p.Text)
		}
	}
	return out
}

// maxTemplates bounds the alternatives kept for one expression; past it the
// alternatives collapse into one hole, so evaluation stays linear.
const maxTemplates = 32

// maxLeaves bounds the leaves one evaluation expands. Every leaf may be a
// concatenation or Sprintf of values with several sources each, so without
// it a string built over a few levels of branches (x2 = x1 + x1 in each case
// of a switch, and so on) takes time exponential in the levels; past the
// bound the rest of the value is a hole, as for a value that cannot be
// followed (silent unless the analyzer is strict).
const maxLeaves = 2000

// An Evaluator evaluates string expressions of one package.
type Evaluator struct {
	// Import, when set, returns the saved templates of the result of a
	// function of another package (what the analyzer's fact about it
	// records); a call of it is evaluated by binding them to the call's
	// arguments (Bind). Without it, or when it reports false, such a call
	// is a hole.
	Import func(fn *types.Func) ([]Saved, bool)

	r      *resolve.Resolver
	info   *types.Info
	active map[activeKey]bool // leaves being evaluated: x = x + "s" is a cycle
	leaves int                // expanded by the current evaluation, see maxLeaves
	// appends holds the templates of variables appended to in many places.
	appends map[appendKey][]Template
}

type activeKey struct {
	expr ast.Expr
	ctx  *resolve.Context
}

// New returns an evaluator over the resolver's package.
func New(r *resolve.Resolver) *Evaluator {
	return &Evaluator{r: r, info: r.Info(), active: make(map[activeKey]bool), appends: make(map[appendKey][]Template)}
}

// Eval returns the templates expression e (in ctx, nil for its own function)
// may evaluate to. It is never empty: an expression that yields nothing
// known is one hole.
func (ev *Evaluator) Eval(e ast.Expr, ctx *resolve.Context) []Template {
	ev.leaves = 0
	return ev.evalSet(ev.r.Resolve(e, ctx), 0)
}

// EvalLeaf evaluates one leaf the resolver returned.
func (ev *Evaluator) EvalLeaf(l resolve.Leaf) []Template {
	ev.leaves = 0
	return ev.leaf(l, 0)
}

// EvalSet evaluates the values the resolver returned for an expression (a
// field of an input, a function's results): the templates of every leaf,
// a hole for every unknown.
func (ev *Evaluator) EvalSet(s resolve.Set) []Template {
	ev.leaves = 0
	return ev.evalSet(s, 0)
}

func (ev *Evaluator) evalSet(s resolve.Set, depth int) []Template {
	var out []Template
	for _, l := range s.Leaves {
		if l.Zero {
			out = append(out, Template{}) // "" until assigned
			continue
		}
		out = append(out, ev.leaf(l, depth)...)
	}
	for i := range s.Unknowns {
		out = append(out, Template{{Hole: true, Unknown: &s.Unknowns[i]}})
	}
	if len(out) == 0 {
		out = []Template{{}}
	}
	return capTemplates(out)
}

func (ev *Evaluator) leaf(l resolve.Leaf, depth int) []Template {
	hole := func() []Template {
		l := l
		return []Template{{{Hole: true, Leaf: &l}}}
	}
	if s, ok := resolve.StringConstant(ev.info, l); ok {
		return []Template{{{Text: s}}}
	}
	key := activeKey{l.Expr, l.Ctx}
	if l.Spread || l.Param >= 0 || depth > 8 || ev.active[key] {
		return hole()
	}
	if ev.leaves++; ev.leaves > maxLeaves {
		return []Template{{{Hole: true, Unknown: &resolve.Unknown{Pos: l.Expr.Pos(), What: "value too complex to follow"}}}}
	}
	if !ev.r.Charge(1) {
		return []Template{{{Hole: true, Unknown: &resolve.Unknown{Pos: l.Expr.Pos(), What: "the analysis budget of this package is spent"}}}}
	}
	ev.active[key] = true
	defer delete(ev.active, key)
	switch x := l.Expr.(type) {
	case *ast.BinaryExpr:
		if x.Op != token.ADD || !isString(ev.info.TypeOf(x)) && !isString(ev.info.TypeOf(x.X)) {
			return hole()
		}
		left, ok := ev.knownAppends(x, l)
		if !ok {
			values := ev.r.Resolve(x.X, l.Ctx)
			if v := ev.appendedTo(x, l, values); v != nil {
				left = ev.accumulated(v, l.Ctx, values, depth)
			} else {
				left = ev.evalSet(values, depth+1)
			}
		}
		right := ev.evalSet(ev.r.Resolve(x.Y, l.Ctx), depth+1)
		return product(left, right)
	case *ast.CallExpr:
		fn := resolve.Callee(ev.info, x)
		if fn == nil || fn.Pkg() == nil {
			return hole()
		}
		switch fn.Pkg().Path() {
		case "fmt":
		case "path", "path/filepath":
			if fn.Name() == "Join" && fn.Signature().Recv() == nil {
				return ev.pathJoin(x, l.Ctx, depth)
			}
			return hole()
		case "strings":
			if fn.Name() == "Join" && len(x.Args) == 2 {
				return ev.stringsJoin(x, l.Ctx, depth, hole)
			}
			return hole()
		default:
			if ts, ok := ev.imported(fn, x, l, depth); ok {
				return ts
			}
			return hole()
		}
		switch fn.Name() {
		case "Sprintf", "Errorf":
			if len(x.Args) == 0 {
				return hole()
			}
			format, ok := ev.constant(x.Args[0])
			if !ok {
				return hole()
			}
			return ev.sprintf(format, x.Args[1:], l.Ctx, depth)
		case "Sprint", "Sprintln":
			var acc []Template
			acc = []Template{{}}
			for i, arg := range x.Args {
				if i > 0 && fn.Name() == "Sprintln" {
					acc = product(acc, []Template{{{Text: " "}}})
				}
				acc = product(acc, ev.evalSet(ev.r.Resolve(arg, l.Ctx), depth+1))
			}
			if fn.Name() == "Sprintln" {
				acc = product(acc, []Template{{{Text: "\n"}}})
			}
			return acc
		}
	}
	return hole()
}

func (ev *Evaluator) constant(e ast.Expr) (string, bool) {
	set := ev.r.Resolve(e, nil)
	if len(set.Leaves) != 1 || len(set.Unknowns) > 0 {
		return "", false
	}
	return resolve.StringConstant(ev.info, set.Leaves[0])
}

// sprintf substitutes the arguments of a constant format: %s and %v take the
// argument's templates, %q quotes them, other verbs leave a hole.
func (ev *Evaluator) sprintf(format string, args []ast.Expr, ctx *resolve.Context, depth int) []Template {
	acc := []Template{{}}
	text := func(s string) {
		if s != "" {
			acc = product(acc, []Template{{{Text: s}}})
		}
	}
	argi := 0
	for i := 0; i < len(format); i++ {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			text(format[i:])
			break
		}
		text(format[i : i+j])
		i += j + 1
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			text("%")
			continue
		}
		// Flags, width, precision, then the verb.
		start := i
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			i++
		}
		if i >= len(format) {
			break
		}
		verb := "%" + format[start:i+1]
		if argi >= len(args) {
			acc = product(acc, []Template{{{Hole: true, Verb: verb}}})
			continue
		}
		arg := args[argi]
		argi++
		switch format[i] {
		case 's', 'v':
			acc = product(acc, ev.evalSet(ev.r.Resolve(arg, ctx), depth+1))
		case 'q':
			inner := ev.evalSet(ev.r.Resolve(arg, ctx), depth+1)
			acc = product(acc, product(product([]Template{{{Text: `"`}}}, inner), []Template{{{Text: `"`}}}))
		default:
			set := ev.r.Resolve(arg, ctx)
			var p Part
			p.Hole, p.Verb = true, verb
			if len(set.Leaves) > 0 {
				leaf := set.Leaves[0]
				p.Leaf = &leaf
			}
			acc = product(acc, []Template{{p}})
		}
		for k := range acc {
			for m := range acc[k] {
				if acc[k][m].Hole && acc[k][m].Verb == "" {
					acc[k][m].Verb = verb
				}
			}
		}
	}
	return acc
}

// product concatenates every left template with every right one.
func product(left, right []Template) []Template {
	if len(left)*len(right) > maxTemplates {
		return []Template{{{Hole: true}}}
	}
	out := make([]Template, 0, len(left)*len(right))
	for _, l := range left {
		for _, r := range right {
			t := make(Template, 0, len(l)+len(r))
			t = append(t, l...)
			t = append(t, r...)
			out = append(out, merge(t))
		}
	}
	return out
}

// merge joins adjacent text parts.
func merge(t Template) Template {
	out := t[:0:0]
	for _, p := range t {
		if !p.Hole && p.Text == "" {
			continue
		}
		if n := len(out); n > 0 && !p.Hole && !out[n-1].Hole {
			out[n-1].Text += p.Text
			continue
		}
		out = append(out, p)
	}
	return out
}

func capTemplates(ts []Template) []Template {
	if len(ts) > maxTemplates {
		return []Template{{{Hole: true}}}
	}
	return ts
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
