package logcall

import (
	"go/ast"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Fields returns the key-value pairs and keyless values a classified call
// passes itself, evaluated in ctx, with what holds pairs taken apart:
// slog.Attr values (slog.String("k", v), slog.Group, slog.Attr{Key: "k",
// Value: slog.StringValue(v)}), zap fields (zap.String("k", v), zap.Error,
// zap.Dict), argument slices passed with ..., logrus.Fields and zerolog
// Fields maps, zerolog.Dict events. A pair that cannot be taken apart is a
// keyless field whose value is the holder.
func (m *Model) Fields(c Call, ctx *resolve.Context) []Field {
	var out []Field
	for _, f := range c.Fields {
		f.Ctx = ctx
		m.expand(f, &out, 0)
	}
	return out
}

const maxExpandDepth = 4

func (m *Model) expand(f Field, out *[]Field, depth int) {
	if f.Form == FormValue || f.Value == nil {
		*out = append(*out, f)
		return
	}
	if depth > maxExpandDepth {
		*out = append(*out, Field{KeyUnknown: true, Value: f.Value, Ctx: f.Ctx})
		return
	}
	switch f.Form {
	case FormSlogAttr, FormZapField, FormZerologDict:
		m.expandHolder(f.Form, m.res().Resolve(f.Value, f.Ctx), out, depth)
	case FormSlogArgs, FormSugarArgs:
		m.expandList(f, pairKind(f.Form), out, depth)
	case FormSlogAttrs, FormZapFields:
		m.expandList(f, holderElems(f.Form), out, depth)
	case FormMap:
		m.expandMap(f, out)
	case FormZerologFields:
		if _, isMap := types.Unalias(m.info.TypeOf(f.Value)).Underlying().(*types.Map); isMap {
			m.expandMap(f, out)
		} else {
			f.Form = FormSugarArgs
			m.expandList(f, pairKind(FormZerologFields), out, depth)
		}
	}
}

// A listKind says how the elements of an argument slice are read.
type listKind struct {
	pairs bool // alternating keys and values
	elem  Form // the form of an element that is a holder (an Attr, a zap.Field)
}

func pairKind(f Form) listKind {
	switch f {
	case FormSlogArgs:
		return listKind{pairs: true, elem: FormSlogAttr}
	case FormSugarArgs:
		return listKind{pairs: true, elem: FormZapField}
	}
	return listKind{pairs: true, elem: FormValue}
}

func holderElems(f Form) listKind {
	if f == FormSlogAttrs {
		return listKind{elem: FormSlogAttr}
	}
	return listKind{elem: FormZapField}
}

// isHolder reports whether an element of a list is a holder of the list's
// kind (a slog.Attr among slog arguments).
func (m *Model) isHolder(k listKind, e ast.Expr) bool {
	t := m.info.TypeOf(e)
	switch k.elem {
	case FormSlogAttr:
		return isSlogAttr(t)
	case FormZapField:
		return isZapField(t)
	}
	return false
}

// expandList takes apart a slice of arguments: the elements of the literals
// and appends it is built from, read in order; elements the resolver finds
// otherwise are keyless values (or holders).
func (m *Model) expandList(f Field, k listKind, out *[]Field, depth int) {
	set := m.res().Resolve(f.Value, f.Ctx)
	for _, u := range set.Unknowns {
		v := Value{}
		m.unknownValue(u, &v)
		*out = append(*out, Field{KeyUnknown: true, Is: &v})
	}
	for _, leaf := range set.Leaves {
		var elts []ast.Expr
		switch x := ast.Unparen(leaf.Expr).(type) {
		case *ast.CompositeLit:
			if isContainer(m.info.TypeOf(x)) {
				elts = x.Elts
			}
		case *ast.CallExpr:
			if builtinName(m.info, x) == "append" && len(x.Args) > 0 && !x.Ellipsis.IsValid() {
				elts = x.Args[1:]
			}
		}
		if elts == nil {
			// Elements the resolver lists without order (a parameter,
			// another package's slice): each on its own.
			elems := m.res().Elems(resolve.Set{Leaves: []resolve.Leaf{leaf}})
			for _, u := range elems.Unknowns {
				v := Value{}
				m.unknownValue(u, &v)
				*out = append(*out, Field{KeyUnknown: true, Is: &v})
			}
			for _, e := range elems.Leaves {
				if e.Param >= 0 || e.Spread || e.Zero {
					v := Value{}
					m.leafValue(e, &v, 0)
					*out = append(*out, Field{KeyUnknown: true, Is: &v})
					continue
				}
				form := FormValue
				if m.isHolder(k, e.Expr) {
					form = k.elem
				}
				m.expand(Field{KeyUnknown: true, Value: e.Expr, Ctx: e.Ctx, Form: form}, out, depth+1)
			}
			continue
		}
		for i := 0; i < len(elts); i++ {
			e := elts[i]
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				e = kv.Value
			}
			switch {
			case m.isHolder(k, e):
				m.expand(Field{KeyUnknown: true, Value: e, Ctx: leaf.Ctx, Form: k.elem}, out, depth+1)
			case k.pairs && i+1 < len(elts):
				key := keyedField(m.info, e, elts[i+1])
				key.Ctx = leaf.Ctx
				*out = append(*out, key)
				i++
			default:
				*out = append(*out, Field{Value: e, Ctx: leaf.Ctx})
			}
		}
	}
}

// expandMap takes apart a map of keys and values (logrus.Fields).
func (m *Model) expandMap(f Field, out *[]Field) {
	if m.maps == nil {
		m.maps = resolve.NewMaps(m.res())
	}
	entries, rest := m.maps.Entries(m.res().Resolve(f.Value, f.Ctx))
	for _, e := range entries {
		if e.Value == nil {
			continue
		}
		kf := keyedField(m.info, e.Key, e.Value)
		kf.Ctx = e.Ctx
		if kf.KeyUnknown {
			if s, ok := m.constKey(e.Key, e.Ctx); ok {
				kf.Key, kf.KeyUnknown = s, false
			}
		}
		*out = append(*out, kf)
	}
	if len(rest.Leaves) > 0 || len(rest.Unknowns) > 0 {
		v := Value{}
		m.setValue(rest, &v, 0)
		*out = append(*out, Field{KeyUnknown: true, Is: &v})
	}
}

// constKey returns the one string constant a key expression holds.
func (m *Model) constKey(e ast.Expr, ctx *resolve.Context) (string, bool) {
	if s, ok := constString(m.info, e); ok {
		return s, true
	}
	set := m.res().Resolve(e, ctx)
	if len(set.Unknowns) > 0 || len(set.Leaves) != 1 {
		return "", false
	}
	return resolve.StringConstant(m.info, set.Leaves[0])
}

// expandHolder takes apart the sources of one holder value.
func (m *Model) expandHolder(form Form, set resolve.Set, out *[]Field, depth int) {
	for _, u := range set.Unknowns {
		v := Value{}
		m.unknownValue(u, &v)
		*out = append(*out, Field{KeyUnknown: true, Is: &v})
	}
	for _, leaf := range set.Leaves {
		if leaf.Zero {
			continue
		}
		if leaf.Param >= 0 {
			*out = append(*out, Field{KeyUnknown: true, Is: &Value{Params: []int{leaf.Param}}})
			continue
		}
		switch form {
		case FormSlogAttr:
			m.slogAttr(leaf, out, depth)
		case FormZapField:
			m.zapField(leaf, out, depth)
		case FormZerologDict:
			m.zerologDict(leaf, out, depth)
		}
	}
}

// slogAttr takes apart one slog.Attr: slog.String("k", v) and the other
// constructors, slog.Group("k", args...), slog.Attr{Key: "k", Value: ...}.
func (m *Model) slogAttr(leaf resolve.Leaf, out *[]Field, depth int) {
	switch x := ast.Unparen(leaf.Expr).(type) {
	case *ast.CallExpr:
		fn := resolve.Callee(m.info, x)
		if fn != nil && slogAttrCall(fn) && len(x.Args) >= 1 {
			if fn.Name() == "Group" {
				c := classifier{info: m.info, call: &ast.CallExpr{Args: x.Args[1:], Ellipsis: x.Ellipsis}, fn: fn}
				c.slogArgs(x.Args[1:])
				for _, f := range c.out.Fields {
					f.Ctx = leaf.Ctx
					m.expand(f, out, depth+1)
				}
				return
			}
			for _, v := range x.Args[1:] {
				f := keyedField(m.info, x.Args[0], v)
				f.Ctx = leaf.Ctx
				*out = append(*out, f)
			}
			return
		}
	case *ast.CompositeLit:
		if st, ok := types.Unalias(m.info.TypeOf(x)).Underlying().(*types.Struct); ok {
			key := resolve.LiteralField(x, st, "Key")
			val := resolve.LiteralField(x, st, "Value")
			if val != nil {
				f := Field{KeyUnknown: true}
				if key != nil {
					f = keyedField(m.info, key, nil)
				}
				for _, v := range m.slogValueArgs(val) {
					f.Value, f.Ctx = v, leaf.Ctx
					*out = append(*out, f)
				}
			}
			return
		}
	}
	v := Value{}
	m.leafValue(leaf, &v, 0)
	*out = append(*out, Field{KeyUnknown: true, Is: &v})
}

// slogValueArgs returns what a slog.Value expression is built from:
// the arguments of slog.StringValue(v) and the other constructors, or the
// expression itself.
func (m *Model) slogValueArgs(e ast.Expr) []ast.Expr {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if fn := resolve.Callee(m.info, call); fn != nil && slogValueCall(fn) {
			return call.Args
		}
	}
	return []ast.Expr{e}
}

// zapField takes apart one zap.Field: zap.String("k", v) and every other
// constructor whose first parameter is the key, zap.Error(err) (key
// "error"), zap.Dict("k", fields...), zapcore.Field{Key: "k", String: v}.
func (m *Model) zapField(leaf resolve.Leaf, out *[]Field, depth int) {
	switch x := ast.Unparen(leaf.Expr).(type) {
	case *ast.CallExpr:
		fn := resolve.Callee(m.info, x)
		if fn == nil || !zapFieldCall(fn) {
			break
		}
		sig := fn.Signature()
		switch {
		case fn.Name() == "Dict" && len(x.Args) > 0:
			for _, a := range x.Args[1:] {
				form := FormZapField
				if x.Ellipsis.IsValid() {
					form = FormZapFields
				}
				m.expand(Field{KeyUnknown: true, Value: a, Ctx: leaf.Ctx, Form: form}, out, depth+1)
			}
		case fn.Name() == "Error" && len(x.Args) == 1:
			*out = append(*out, Field{Key: "error", Value: x.Args[0], Ctx: leaf.Ctx})
		case sig.Params().Len() >= 1 && isString(sig.Params().At(0).Type()) && sig.Params().At(0).Name() == "key" && len(x.Args) >= 1:
			for _, v := range x.Args[1:] {
				f := keyedField(m.info, x.Args[0], v)
				f.Ctx = leaf.Ctx
				*out = append(*out, f)
			}
			if len(x.Args) == 1 {
				f := keyedField(m.info, x.Args[0], nil)
				*out = append(*out, Field{Key: f.Key, KeyUnknown: f.KeyUnknown, Is: &Value{}})
			}
		default:
			for _, v := range x.Args {
				*out = append(*out, Field{Value: v, Ctx: leaf.Ctx})
			}
		}
		return
	case *ast.CompositeLit:
		if st, ok := types.Unalias(m.info.TypeOf(x)).Underlying().(*types.Struct); ok {
			key := resolve.LiteralField(x, st, "Key")
			f := Field{KeyUnknown: true}
			if key != nil {
				f = keyedField(m.info, key, nil)
			}
			for _, name := range []string{"String", "Interface", "Integer"} {
				if v := resolve.LiteralField(x, st, name); v != nil {
					f.Value, f.Ctx = v, leaf.Ctx
					*out = append(*out, f)
				}
			}
			return
		}
	}
	v := Value{}
	m.leafValue(leaf, &v, 0)
	*out = append(*out, Field{KeyUnknown: true, Is: &v})
}

// zerologDict takes apart the event of zerolog.Dict().Str("k", v)...: the
// fields of every derivation down to zerolog.Dict().
func (m *Model) zerologDict(leaf resolve.Leaf, out *[]Field, depth int) {
	call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr)
	if !ok {
		return
	}
	c, ok := Classify(m.info, call)
	if !ok || c.Kind != Derive {
		return
	}
	for _, f := range c.Fields {
		f.Ctx = leaf.Ctx
		m.expand(f, out, depth+1)
	}
	if c.Logger != nil {
		m.expandHolder(FormZerologDict, m.res().Resolve(c.Logger, leaf.Ctx), out, depth+1)
	}
}

// Logged returns what a call puts into the logs, evaluated in ctx: for a
// logging call, the fields of the line it writes (its own, then its
// logger's) or of the logger it derives; for a call of a function the model
// summarises (this package's, or another's with a fact), the keys and values
// that function logs, with its parameters replaced by the call's argument
// expressions. uuidrunid asks it which keys a run identifier is logged
// under: slog.String("run_id", v), zap.String("run_id", v), zerolog's
// Str("run_id", v), logrus' WithField("run_id", v), key-value pairs, and
// helpers that log their parameter under run_id.
func (m *Model) Logged(call *ast.CallExpr, ctx *resolve.Context) []Field {
	if c, ok := Classify(m.info, call); ok {
		switch c.Kind {
		case Emit:
			return m.Line(c, ctx).Fields
		case Derive, Construct:
			return m.Fields(c, ctx)
		}
		return nil
	}
	fn := resolve.Callee(m.info, call)
	if fn == nil {
		return nil
	}
	s := m.Summary(fn)
	if s == nil {
		return nil
	}
	var out []Field
	for _, l := range s.Logged {
		m.substituteField(l, call, ctx, &out)
	}
	return out
}
