package logcall

import (
	"go/ast"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Summary returns what fn puts into the logs: for a function of this
// package, from its body (parameters are Params of the values); for one of
// another package, from its fact (nil when it has none: it neither logs nor
// returns a logger, if its package was analysed; see Follows).
func (m *Model) Summary(fn *types.Func) *Summary {
	fn = fn.Origin()
	if s, ok := m.shared.summaries[fn]; ok {
		return s
	}
	if s, ok := m.summaries[fn]; ok {
		return s
	}
	decl := m.decls[fn]
	if decl == nil {
		return m.foreign(fn)
	}
	if m.inProgress[fn] {
		return &Summary{} // recursion: what is known so far counts
	}
	m.inProgress[fn] = true
	ctx := resolve.Summary(fn)
	s := m.summarize(decl.Body, ctx)
	m.results(fn, ctx, s)
	delete(m.inProgress, fn)
	m.summaries[fn] = s
	return s
}

// Summarize returns what the code under node (a function literal's body, a
// loop body) puts into the logs, its values evaluated in ctx. Calls inside
// function literals under node count.
func (m *Model) Summarize(node ast.Node, ctx *resolve.Context) *Summary {
	return m.summarize(node, ctx)
}

// SummarizeExcept is Summarize without the code under the nodes skip
// accepts (a function's body outside its loops).
func (m *Model) SummarizeExcept(node ast.Node, ctx *resolve.Context, skip func(ast.Node) bool) *Summary {
	return m.summarizeExcept(node, ctx, skip)
}

func (m *Model) summarize(node ast.Node, ctx *resolve.Context) *Summary {
	return m.summarizeExcept(node, ctx, nil)
}

func (m *Model) summarizeExcept(node ast.Node, ctx *resolve.Context, skip func(ast.Node) bool) *Summary {
	s := &Summary{}
	if node == nil {
		return s
	}
	ast.Inspect(node, func(n ast.Node) bool {
		if skip != nil && n != nil && n != node && skip(n) {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			m.call(n, ctx, s)
		case *ast.SendStmt:
			s.Handed.Add(m.Value(n.Value, ctx)) // a channel hands it to other code
		}
		return true
	})
	return s
}

// call adds what one call puts into the logs.
func (m *Model) call(call *ast.CallExpr, ctx *resolve.Context, s *Summary) {
	if tv, ok := m.info.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
		return
	}
	if c, ok := Classify(m.info, call); ok {
		switch c.Kind {
		case Emit:
			m.emit(c, ctx, s)
		case Derive, Construct:
			for _, f := range m.Fields(c, ctx) {
				s.addLogged(Logged{Key: f.Key, KeyUnknown: f.KeyUnknown, Value: m.FieldValue(f)})
			}
		}
		return
	}
	fn := resolve.Callee(m.info, call)
	switch {
	case fn != nil && isContextWithValue(fn) && len(call.Args) == 3:
		// What a context holds is read by code the model cannot see (a
		// slog handler that adds ctx.Value(key) to every line).
		s.Handed.Add(m.Value(call.Args[2], ctx))
	case fn != nil && m.decls[fn.Origin()] != nil:
		m.merge(m.Summary(fn), call, ctx, s)
	case fn != nil && m.foreign(fn) != nil:
		m.merge(m.foreign(fn), call, ctx, s)
	case fn != nil && m.Follows(fn):
		// Known to log nothing and to hold on to nothing.
	case fn == nil || isAbstract(fn):
		if !m.dynamic(call, ctx, s) {
			m.hand(call, ctx, s)
		}
	default:
		m.hand(call, ctx, s)
	}
}

// emit adds a log line.
func (m *Model) emit(c Call, ctx *resolve.Context, s *Summary) {
	line := m.Line(c, ctx)
	s.Emits = true
	ref := LineRef{Call: c, CtxAware: line.CtxAware, AddsRequestID: line.Logger.AddsRequestID()}
	for _, f := range line.Fields {
		l := Logged{Key: f.Key, KeyUnknown: f.KeyUnknown, Value: m.FieldValue(f)}
		s.addLogged(l)
		ref.Values = append(ref.Values, l)
	}
	m.through(line.Logger, line.CtxAware && m.liveContext(line.Ctxs), s)
	s.addLines(ref)
}

// through adds what writing lines through a logger means beyond its
// fields: the request id it adds to context-aware lines, the callers'
// loggers it stands for, the anything an opaque logger may carry.
func (m *Model) through(l Logger, ctxAware bool, s *Summary) {
	for _, p := range l.Params {
		s.addLoggerParam(LoggerParam{Param: p, Ctx: ctxAware})
	}
	if ctxAware {
		switch {
		case l.Adding > 0:
			s.RequestIDLines = true
		case l.MayAddRequestID():
			s.MaybeRequestIDLines = true
		}
	}
	if l.Opaque > 0 {
		s.OpaqueLines = true
	}
}

// liveContext reports whether one of the contexts a line passes may carry
// the Lambda context: any but context.Background() and context.TODO().
func (m *Model) liveContext(ctxs []CtxRef) bool {
	for _, c := range ctxs {
		set := m.res().Resolve(c.Expr, c.Ctx)
		if len(set.Unknowns) > 0 {
			return true
		}
		for _, leaf := range set.Leaves {
			call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := resolve.Callee(m.info, call)
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "context" || (fn.Name() != "Background" && fn.Name() != "TODO") {
				return true
			}
		}
	}
	return false
}

// merge adds a callee's summary at a call: its values with parameters
// replaced by what the arguments are made of, and the lines it writes
// through loggers the caller passes.
func (m *Model) merge(cs *Summary, call *ast.CallExpr, ctx *resolve.Context, s *Summary) {
	if cs == nil {
		return
	}
	s.Emits = s.Emits || cs.Emits
	s.RequestIDLines = s.RequestIDLines || cs.RequestIDLines
	s.MaybeRequestIDLines = s.MaybeRequestIDLines || cs.MaybeRequestIDLines
	s.OpaqueLines = s.OpaqueLines || cs.OpaqueLines
	for _, l := range cs.Logged {
		var v Value
		m.substitute(l.Value, call, ctx, &v, 0)
		s.addLogged(Logged{Key: l.Key, KeyUnknown: l.KeyUnknown, Value: v})
	}
	if !cs.Handed.Empty() {
		m.substitute(cs.Handed, call, ctx, &s.Handed, 0)
	}
	for _, lp := range cs.LoggerParams {
		for _, a := range m.argsFor(call, lp.Param) {
			l := m.Logger(a, ctx)
			for _, f := range l.Fields {
				s.addLogged(Logged{Key: f.Key, KeyUnknown: f.KeyUnknown, Value: m.FieldValue(f)})
			}
			m.through(l, lp.Ctx, s)
		}
	}
	s.addLines(cs.lines...)
}

// dynamic follows a call of a function value the resolver can trace to
// functions of this package (a literal, a declared function, a method
// value), and reports whether it could.
func (m *Model) dynamic(call *ast.CallExpr, ctx *resolve.Context, s *Summary) bool {
	if x, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr); isSel {
		if sel := m.info.Selections[x]; sel != nil && sel.Kind() == types.MethodVal {
			return false // an interface method
		}
	}
	set := m.res().Resolve(call.Fun, ctx)
	if len(set.Unknowns) > 0 || len(set.Leaves) == 0 {
		return false
	}
	key := dynKey{call, ctx}
	if m.dynActive[key] {
		return true
	}
	m.dynActive[key] = true
	defer delete(m.dynActive, key)
	for _, leaf := range set.Leaves {
		switch x := ast.Unparen(leaf.Expr).(type) {
		case *ast.FuncLit:
			m.mergeLit(m.summarize(x.Body, leaf.Ctx), s)
			continue
		case *ast.Ident, *ast.SelectorExpr:
			var obj types.Object
			if id, ok := x.(*ast.Ident); ok {
				obj = m.info.Uses[id]
			} else if sel, ok := x.(*ast.SelectorExpr); ok {
				obj = m.info.Uses[sel.Sel]
			}
			if fn, ok := obj.(*types.Func); ok {
				if cs := m.Summary(fn); cs != nil {
					m.merge(cs, call, ctx, s)
					continue
				}
				if m.Follows(fn) {
					continue
				}
			}
		}
		return false
	}
	return true
}

type dynKey struct {
	call *ast.CallExpr
	ctx  *resolve.Context
}

// mergeLit adds what a function literal's body does.
func (m *Model) mergeLit(ls *Summary, s *Summary) {
	s.Emits = s.Emits || ls.Emits
	s.RequestIDLines = s.RequestIDLines || ls.RequestIDLines
	s.MaybeRequestIDLines = s.MaybeRequestIDLines || ls.MaybeRequestIDLines
	s.OpaqueLines = s.OpaqueLines || ls.OpaqueLines
	for _, l := range ls.Logged {
		s.addLogged(l)
	}
	s.Handed.Add(ls.Handed)
	for _, p := range ls.LoggerParams {
		s.addLoggerParam(p)
	}
	s.addLines(ls.lines...)
}

// hand records what a call to code the model cannot follow is given: its
// arguments that can hold an identifier (not numbers, booleans, functions;
// nor the receiver, which is the code's own state).
func (m *Model) hand(call *ast.CallExpr, ctx *resolve.Context, s *Summary) {
	for _, a := range call.Args {
		t := m.info.TypeOf(a)
		if t == nil || !carriesIdentifiers(t) {
			continue
		}
		if _, isFunc := types.Unalias(t).Underlying().(*types.Signature); isFunc {
			continue
		}
		s.Handed.Add(m.Value(a, ctx))
	}
}

// results records what fn returns: the logger, or the value worth knowing.
func (m *Model) results(fn *types.Func, ctx *resolve.Context, s *Summary) {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return
	}
	t := res.At(0).Type()
	set := m.res().Returns(fn, 0, ctx)
	if isLoggerType(t) {
		var l Logger
		m.loggerQuery()
		m.loggerSet(set, &l, 0)
		s.Returns = m.loggerFact(l)
		return
	}
	if !carriesIdentifiers(t) {
		return
	}
	var v Value
	m.setValue(set, &v, 0)
	if k, ok := structTypeKey(t); ok {
		v.Types = removeString(v.Types, k) // callers know the result's type
	}
	if !v.Empty() {
		s.Result = &v
	}
}

// carriesIdentifiers reports whether values of t can hold an identifier
// (a string, bytes, an interface, a struct, pointers and containers of
// them): numbers and booleans cannot.
func carriesIdentifiers(t types.Type) bool {
	for range 4 {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Basic:
			return u.Info()&types.IsString != 0
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		default:
			return true
		}
	}
	return true
}

// loggerFact turns a Logger into what a fact records.
func (m *Model) loggerFact(l Logger) *LoggerFact {
	f := &LoggerFact{Sources: l.Sources, Adding: l.Adding, MayAdd: l.MayAdd, Opaque: l.Opaque + len(l.Unknowns), Default: l.Default}
	for _, fl := range l.Fields {
		lg := Logged{Key: fl.Key, KeyUnknown: fl.KeyUnknown, Value: m.FieldValue(fl)}
		f.Logged = append(f.Logged, lg)
	}
	for _, p := range l.Params {
		if !containsInt(f.Params, p) {
			f.Params = append(f.Params, p)
		}
	}
	return f
}

func containsInt(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

func removeString(s []string, x string) []string {
	out := s[:0:0]
	for _, y := range s {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}

func isContextWithValue(fn *types.Func) bool {
	return fn.Pkg() != nil && fn.Pkg().Path() == "context" && fn.Name() == "WithValue"
}

// isAbstract reports whether fn is an interface method.
func isAbstract(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}
