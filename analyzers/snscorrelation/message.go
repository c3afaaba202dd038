package snscorrelation

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/strval"
)

// maxDepth bounds how far messages are followed into each other (a hole of a
// template filled by a marshalled map whose values are maps...).
const maxDepth = 6

// messageNames returns the fields a message value (one leaf of a Message
// field, of a helper's result, of a hole) carries, and what could not be
// followed.
func (c *checker) messageNames(l resolve.Leaf, depth int) fields {
	var n fields
	switch {
	case l.Zero:
		return n // "" until assigned
	case l.Param >= 0 && l.Spread:
		n.slot(c, l, fwdMessages) // for _, m := range msgs: each is a message
		return n
	case l.Param >= 0:
		n.slot(c, l, fwdMessage)
		return n
	case l.Spread:
		c.unknownAt(&n, l.Expr, c.describe(l))
		return n
	case depth > maxDepth:
		c.unknownAt(&n, l.Expr, "a message nested too deep")
		return n
	}
	info := c.pass.TypesInfo
	if s, ok := resolve.StringConstant(info, l); ok {
		addAll(&n, textKeys(s))
		return n
	}
	switch x := l.Expr.(type) {
	case *ast.CallExpr:
		fn := resolve.Callee(info, x)
		switch {
		case fn == nil:
		case isJSONMarshal(fn):
			if l.Result == 0 && len(x.Args) > 0 {
				return c.marshalNames(x.Args[0], l.Ctx, depth+1)
			}
		case isBufferRead(fn):
			return c.bufferNames(x, l.Ctx, depth+1)
		case isFmtSprint(fn):
			return c.templateNames(l, depth)
		case l.Result == 0 && c.fromFact(fn, x, l.Ctx, &n):
			return n
		}
	case *ast.BinaryExpr:
		return c.templateNames(l, depth)
	}
	c.unknownAt(&n, l.Expr, c.describe(l))
	return n
}

// unexpandable reports whether a hole's value is one strval already tried to
// take apart: a string concatenation or a fmt.Sprint* call.
func (c *checker) unexpandable(l resolve.Leaf) bool {
	switch x := l.Expr.(type) {
	case *ast.BinaryExpr:
		return true
	case *ast.CallExpr:
		fn := resolve.Callee(c.pass.TypesInfo, x)
		return fn != nil && isFmtSprint(fn)
	}
	return false
}

func addAll(n *fields, keys []string) {
	for _, k := range keys {
		n.Add(k)
	}
}

// templateNames scans the templates a string expression evaluates to: a
// text without holes as a whole message, the text around holes for key
// patterns, and the values that fill holes when they are messages
// themselves (a marshalled map, a helper's message).
func (c *checker) templateNames(l resolve.Leaf, depth int) fields {
	var n fields
	for _, t := range c.ev.EvalLeaf(l) {
		if s, ok := t.Known(); ok {
			addAll(&n, textKeys(s))
			continue
		}
		if len(t) == 1 {
			n.Merge(c.holeNames(t[0], depth, true, true))
			continue
		}
		for i, p := range t {
			if p.Hole {
				n.Merge(c.holeNames(p, depth, false, isolated(t, i)))
				continue
			}
			addAll(&n, fragmentKeys(p.Text, i+1 < len(t) && t[i+1].Hole))
		}
	}
	return n
}

// holeNames returns the fields of the value filling a hole. When the hole is
// the whole message, what cannot be followed is unknown; a hole within
// known text is a value (the run id after "run_id=", an error text) unless
// it is recognisably a message, and contributes only the fields it surely
// has. isolated says whether the hole may hold a message (see isolated).
func (c *checker) holeNames(p strval.Part, depth int, whole, isolated bool) fields {
	var n fields
	if p.Leaf != nil && c.unexpandable(*p.Leaf) {
		// strval expands concatenations and fmt.Sprint* itself; one left
		// in a hole is a cycle (s += ... in a loop) or past its bounds.
		// Expanding it again here would redo that work at every level.
		if whole {
			c.unknownAt(&n, p.Leaf.Expr, "a value built in a loop")
		}
		return n
	}
	switch {
	case p.Leaf != nil && !whole:
		return c.partNames(*p.Leaf, depth+1, isolated)
	case p.Leaf != nil:
		return c.messageNames(*p.Leaf, depth+1)
	case !whole:
	case p.Unknown != nil:
		n.Unknowns = append(n.Unknowns, *p.Unknown)
	default:
		n.Unknowns = append(n.Unknowns, resolve.Unknown{What: "a value too complex to follow"})
	}
	return n
}

// partNames returns the fields a part of a message surely brings: a
// parameter of a summarised function is recorded as such (its argument's
// fields flow into the result), what cannot be followed brings nothing.
// isolated says whether the part may be a whole message decorated by the
// text around it.
func (c *checker) partNames(l resolve.Leaf, depth int, isolated bool) fields {
	m := c.messageNames(l, depth)
	m.sure(isolated)
	return m
}

// isolated reports whether hole i of a template may hold a message rather
// than a value: it is at the start or the end of the text ("[etl] " + msg),
// next to a line break ("Alert:\n%s\n-- etl"), or an unquoted JSON value
// (`{"timestamp": %q, "detail": %s}`). A hole within a sentence ("run %s
// failed") or right after a key (`run_id=%s`, "error: %v", `"detail": "%s"`)
// holds a value.
func isolated(t strval.Template, i int) bool {
	text := func(j int) (string, bool) {
		if j < 0 || j >= len(t) || t[j].Hole {
			return "", false
		}
		return t[j].Text, true
	}
	before, hasBefore := text(i - 1)
	after, hasAfter := text(i + 1)
	b := strings.TrimRight(before, " \t")
	a := strings.TrimLeft(after, " \t")
	if key, ok := strings.CutSuffix(b, ":"); ok && strings.HasSuffix(strings.TrimRight(key, " \t"), `"`) {
		return hasAfter && a != "" && strings.ContainsRune("},]", rune(a[0])) // a JSON value
	}
	if b != "" && strings.ContainsRune("=:\"'", rune(b[len(b)-1])) {
		return false // the value of a key
	}
	switch {
	case i == 0 || i == len(t)-1:
		return true
	case !hasBefore || !hasAfter:
		return false // next to another hole
	}
	return strings.HasSuffix(b, "\n") || strings.HasPrefix(a, "\n") || strings.HasPrefix(a, "\r\n")
}

// fromFact adds what the fact of a helper of another package says about its
// result; it reports whether there was a fact.
func (c *checker) fromFact(fn *types.Func, call *ast.CallExpr, ctx *resolve.Context, n *fields) bool {
	var fact FieldsFact
	if !c.pass.ImportObjectFact(fn, &fact) {
		return false
	}
	addAll(n, fact.Keys)
	if fact.Incomplete {
		c.unknownAt(n, call, "part of the result of "+resolve.QualifiedName(fn))
	}
	for _, p := range fact.Params {
		arg := argument(c.pass.TypesInfo, call, p)
		if arg == nil {
			continue
		}
		for _, l := range c.r.Resolve(arg, ctx).Leaves {
			n.Merge(c.partNames(l, 1, false)) // where the helper puts it is not known
		}
	}
	return true
}

// defaultNames returns the fields of the "default" message of a message
// published with MessageStructure "json".
func (c *checker) defaultNames(l resolve.Leaf) fields {
	var n fields
	switch {
	case l.Zero:
		return n
	case l.Param >= 0 && !l.Spread:
		n.slot(c, l, fwdEnvelope)
		return n
	}
	if s, ok := resolve.StringConstant(c.pass.TypesInfo, l); ok {
		if def, ok := jsonDefault(s); ok {
			addAll(&n, textKeys(def))
		} else {
			c.unknownAt(&n, l.Expr, `a JSON message structure without a "default" message`)
		}
		return n
	}
	call, ok := l.Expr.(*ast.CallExpr)
	if !ok || l.Result != 0 || !isJSONMarshal(resolve.Callee(c.pass.TypesInfo, call)) || len(call.Args) == 0 {
		c.unknownAt(&n, l.Expr, "a JSON message structure that cannot be read")
		return n
	}
	arg := call.Args[0]
	vals := c.r.Resolve(arg, l.Ctx)
	n.Unknowns = append(n.Unknowns, vals.Unknowns...)
	found := false
	for _, v := range vals.Leaves {
		if v.Zero {
			continue
		}
		t := c.pass.TypesInfo.TypeOf(v.Expr)
		switch {
		case isMapType(t):
			entries, rest := c.maps.Entries(resolve.Set{Leaves: []resolve.Leaf{v}})
			n.Unknowns = append(n.Unknowns, rest.Unknowns...)
			for _, r := range rest.Leaves {
				c.unknownAt(&n, r.Expr, c.describe(r))
			}
			for _, e := range entries {
				keys := c.r.Resolve(e.Key, e.Ctx)
				for _, k := range keys.Leaves {
					if s, ok := resolve.StringConstant(c.pass.TypesInfo, k); ok && s == "default" && e.Value != nil {
						found = true
						for _, m := range c.r.Resolve(e.Value, e.Ctx).Leaves {
							n.Merge(c.messageNames(m, 1))
						}
					}
				}
			}
		case jsonFieldOf(t, "default") != "":
			found = true
			msgs := c.r.Field(resolve.Set{Leaves: []resolve.Leaf{v}}, jsonFieldOf(t, "default"))
			n.Unknowns = append(n.Unknowns, msgs.Unknowns...)
			for _, m := range msgs.Leaves {
				n.Merge(c.messageNames(m, 1))
			}
		default:
			c.unknownAt(&n, v.Expr, "a JSON message structure that cannot be read")
		}
	}
	if !found && len(n.Unknowns) == 0 {
		c.unknownAt(&n, arg, `a JSON message structure without a "default" message`)
	}
	return n
}

// mapKeyNames returns the keys a map of message attributes may hold.
func (c *checker) mapKeyNames(s resolve.Set) fields {
	var n fields
	entries, rest := c.maps.Entries(s)
	n.Unknowns = append(n.Unknowns, rest.Unknowns...)
	for _, e := range entries {
		n.Merge(c.keyNames(e))
	}
	for _, l := range rest.Leaves {
		n.Merge(c.opaqueMapNames(l, fwdAttributes))
	}
	return n
}

// opaqueMapNames handles a map the resolver cannot list: a parameter (kind
// says what it is to the message), the result of a helper of another
// package with a fact, or something unknown.
func (c *checker) opaqueMapNames(l resolve.Leaf, kind fwdKind) fields {
	var n fields
	if l.Param >= 0 {
		n.slot(c, l, kind)
		return n
	}
	if call, ok := l.Expr.(*ast.CallExpr); ok && l.Result == 0 {
		if fn := resolve.Callee(c.pass.TypesInfo, call); fn != nil && c.fromFact(fn, call, l.Ctx, &n) {
			return n
		}
	}
	c.unknownAt(&n, l.Expr, c.describe(l))
	return n
}

// keyNames returns the key of one map entry, when it is a constant.
func (c *checker) keyNames(e resolve.MapEntry) fields {
	var n fields
	keys := c.r.Resolve(e.Key, e.Ctx)
	n.Unknowns = append(n.Unknowns, keys.Unknowns...)
	for _, k := range keys.Leaves {
		if s, ok := resolve.StringConstant(c.pass.TypesInfo, k); ok {
			n.Add(s)
		} else if !k.Zero {
			c.unknownAt(&n, k.Expr, "a map key that is not a constant")
		}
	}
	return n
}

// isJSONMarshal reports whether fn is json.Marshal or json.MarshalIndent.
func isJSONMarshal(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" &&
		(fn.Name() == "Marshal" || fn.Name() == "MarshalIndent")
}

// isFmtSprint reports whether fn is one of the fmt functions strval
// evaluates.
func isFmtSprint(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" &&
		slices.Contains([]string{"Sprintf", "Sprint", "Sprintln"}, fn.Name())
}

// argument returns the argument a call passes for parameter p of its callee
// (shifted for a method expression, T.M(recv, args...)), or nil.
func argument(info *types.Info, call *ast.CallExpr, p int) ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			p++
		}
	}
	if p < 0 || p >= len(call.Args) {
		return nil
	}
	return call.Args[p]
}
