package payload

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// messageNames returns the fields a message value (one leaf of a Message
// field, of a helper's result, of a hole) carries, and what could not be
// followed.
func (e *Extractor) messageNames(l resolve.Leaf, depth int) Fields {
	var n Fields
	switch {
	case l.Zero:
		return n // "" until assigned
	case l.Param >= 0 && l.Spread:
		e.Slot(&n, l, Messages) // for _, m := range msgs: each is a message
		return n
	case l.Param >= 0:
		e.Slot(&n, l, Message)
		return n
	case l.Spread:
		e.unknownAt(&n, l.Expr, e.Describe(l))
		return n
	case depth > maxDepth:
		e.unknownAt(&n, l.Expr, "a message nested too deep")
		return n
	}
	info := e.pass.TypesInfo
	if s, ok := resolve.StringConstant(info, l); ok {
		n.addText(s)
		return n
	}
	switch x := l.Expr.(type) {
	case *ast.CallExpr:
		fn := resolve.Callee(info, x)
		switch {
		case fn == nil:
		case IsJSONMarshal(fn):
			if l.Result == 0 && len(x.Args) > 0 {
				return e.marshalNames(x.Args[0], l.Ctx, depth+1)
			}
		case isBufferRead(fn):
			return e.bufferNames(x, l.Ctx, depth+1)
		case isFmtSprint(fn):
			return e.templateNames(l, depth)
		case l.Result == 0 && e.fromHelper(fn, x, l.Ctx, &n):
			return n
		}
	case *ast.BinaryExpr:
		return e.templateNames(l, depth)
	}
	e.unknownAt(&n, l.Expr, e.Describe(l))
	return n
}

// Alternatives returns the fields of each value a message leaf may be, one
// Fields per value: each text a concatenation or fmt.Sprint* may produce
// (a bare sentence on one branch, a JSON document on another), each value
// json.Marshal may encode. What one value is built from on different paths
// (the entries of one map, the fields of one struct) counts together in its
// alternative. Merged, the alternatives are Message(l).
func (e *Extractor) Alternatives(l resolve.Leaf) []Fields {
	if l.Zero || l.Param >= 0 || l.Spread {
		return []Fields{e.messageNames(l, 0)}
	}
	info := e.pass.TypesInfo
	if _, ok := resolve.StringConstant(info, l); ok {
		return []Fields{e.messageNames(l, 0)}
	}
	switch x := l.Expr.(type) {
	case *ast.CallExpr:
		fn := resolve.Callee(info, x)
		switch {
		case IsJSONMarshal(fn) && l.Result == 0 && len(x.Args) > 0:
			vals := e.r.Resolve(x.Args[0], l.Ctx)
			t := info.TypeOf(x.Args[0])
			var out []Fields
			for _, v := range vals.Leaves {
				out = append(out, e.valueNames(resolve.Set{Leaves: []resolve.Leaf{v}}, t, x.Args[0].Pos(), 1))
			}
			if len(vals.Unknowns) > 0 || len(out) == 0 {
				out = append(out, e.valueNames(resolve.Set{Unknowns: vals.Unknowns}, t, x.Args[0].Pos(), 1))
			}
			return out
		case isFmtSprint(fn):
			return e.templateAlternatives(l, 0)
		}
	case *ast.BinaryExpr:
		return e.templateAlternatives(l, 0)
	}
	return []Fields{e.messageNames(l, 0)}
}

// unexpandable reports whether a hole's value is one strval already tried to
// take apart: a string concatenation or a fmt.Sprint* call.
func (e *Extractor) unexpandable(l resolve.Leaf) bool {
	switch x := l.Expr.(type) {
	case *ast.BinaryExpr:
		return true
	case *ast.CallExpr:
		fn := resolve.Callee(e.pass.TypesInfo, x)
		return fn != nil && isFmtSprint(fn)
	}
	return false
}

// addText records the keys of a complete text, with their paths.
func (f *Fields) addText(s string) {
	keys, paths := textKeys(s)
	for _, k := range keys {
		f.Add(k)
	}
	for _, p := range paths {
		f.AddPath(p)
	}
}

// addKeys records keys at the top level.
func (f *Fields) addKeys(keys []string) {
	for _, k := range keys {
		f.AddKey(k)
	}
}

// partNames returns the fields a part of a message surely brings: a
// parameter of a summarised function is recorded as such (its argument's
// fields flow into the result), what cannot be followed brings nothing
// (unless it may be a nested payload and Options.NestedUnknowns is set).
// isolated says whether the part may be a whole message decorated by the
// text around it, or an unquoted JSON value.
func (e *Extractor) partNames(l resolve.Leaf, depth int, isolated bool) Fields {
	m := e.messageNames(l, depth)
	if isolated {
		e.nested(&m, true)
	} else {
		m.Sure(false)
	}
	return m
}

// fromHelper adds what the analyzer knows (from its facts) about the result
// of a function of another package; it reports whether it knew anything.
func (e *Extractor) fromHelper(fn *types.Func, call *ast.CallExpr, ctx *resolve.Context, n *Fields) bool {
	if e.opts.Helper == nil {
		return false
	}
	s, ok := e.opts.Helper(fn)
	if !ok {
		return false
	}
	for _, k := range s.Keys {
		n.Add(k)
	}
	for _, p := range s.Paths {
		n.AddPath(p)
	}
	if s.Incomplete {
		e.unknownAt(n, call, "part of the result of "+resolve.QualifiedName(fn))
	}
	for _, p := range s.Params {
		arg := Argument(e.pass.TypesInfo, call, p)
		if arg == nil {
			continue
		}
		for _, l := range e.r.Resolve(arg, ctx).Leaves {
			part := e.partNames(l, 1, false) // where the helper puts it is not known
			part.Paths = nil
			n.Merge(part)
		}
	}
	return true
}

// IsJSONMarshal reports whether fn is json.Marshal or json.MarshalIndent.
func IsJSONMarshal(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json" &&
		(fn.Name() == "Marshal" || fn.Name() == "MarshalIndent")
}

// isFmtSprint reports whether fn is one of the fmt functions strval
// evaluates.
func isFmtSprint(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" &&
		slices.Contains([]string{"Sprintf", "Sprint", "Sprintln"}, fn.Name())
}

// Argument returns the argument a call passes for parameter p of its callee
// (see resolve.Argument).
func Argument(info *types.Info, call *ast.CallExpr, p int) ast.Expr {
	return resolve.Argument(info, call, p)
}

// IsMessageType reports whether t can hold a message: a string type, []byte
// or a pointer to a string.
func IsMessageType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return IsStringKind(p.Elem())
	}
	if IsStringKind(t) {
		return true
	}
	s, ok := types.Unalias(t).Underlying().(*types.Slice)
	return ok && isByte(s.Elem())
}

// IsStringKeyedMap reports whether t is a map with string keys.
func IsStringKeyedMap(t types.Type) bool {
	m, ok := types.Unalias(t).Underlying().(*types.Map)
	return ok && IsStringKind(m.Key())
}

// Helpers lists the exported functions and methods of the package whose
// first result satisfies result (a message, a map of fields): the ones an
// analyzer summarises in facts for callers in other packages. It looks at
// the declarations only.
func Helpers(pass *analysis.Pass, result func(types.Type) bool) []*types.Func {
	var out []*types.Func
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if sig := fn.Signature(); sig.Results().Len() > 0 && result(sig.Results().At(0).Type()) {
				out = append(out, fn)
			}
		}
	}
	return out
}
