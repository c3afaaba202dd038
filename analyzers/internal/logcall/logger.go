package logcall

import (
	"go/ast"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// A Logger is what the model knows about a logger value (a slog.Logger or
// handler, a zap logger, a zerolog logger, context or event, a logrus
// entry): the fields it carries from the derivations it was built with, and
// the loggers it was derived from in the end (its sources): constructors,
// the library's default logger, parameters, and values the model cannot
// follow.
type Logger struct {
	// Fields are what its derivations added (base.With("request_id", id),
	// zerolog's With().Str(...), logrus' WithField, log.New's prefix).
	Fields []Field
	// Sources counts the loggers it was derived from; Adding those that
	// add the Lambda request id to context-aware lines
	// (lambdacontext.NewLogHandler/NewLogger, a default logger set to one),
	// MayAdd those that may (a default logger set to one somewhere, a
	// handler the model cannot look into).
	Sources, Adding, MayAdd int
	// Default is set when a source is the library's default logger.
	Default bool
	// Params are the sources that are parameters of the summarised
	// function.
	Params []int
	// Unknowns are the sources the model cannot follow: a struct field, a
	// variable of another package; Opaque counts those that are the result
	// of code it cannot follow (a logger another package's function builds,
	// the logger a context carries), which may carry anything.
	Unknowns []resolve.Unknown
	Opaque   int
	// Ctxs are the contexts derivations attached (zerolog's Ctx, logrus'
	// WithContext), which make its lines context-aware.
	Ctxs []CtxRef
}

type loggerKey struct {
	expr ast.Expr
	ctx  *resolve.Context
}

// A CtxRef is a context expression and the context it is evaluated in.
type CtxRef struct {
	Expr ast.Expr
	Ctx  *resolve.Context
}

// AddsRequestID reports whether every source of the logger adds the Lambda
// request id to context-aware lines.
func (l Logger) AddsRequestID() bool {
	return l.Sources > 0 && l.Adding == l.Sources && len(l.Params) == 0
}

// MayAddRequestID reports whether some source of the logger adds, or may
// add, the Lambda request id to context-aware lines.
func (l Logger) MayAddRequestID() bool {
	return l.Adding > 0 || l.MayAdd > 0 || len(l.Unknowns) > 0 || l.Opaque > 0
}

// Logger returns what the logger value e, evaluated in ctx, carries.
func (m *Model) Logger(e ast.Expr, ctx *resolve.Context) Logger {
	var l Logger
	m.loggerQuery()
	m.loggerOf(e, ctx, &l, 0)
	return l
}

// loggerQuery starts a query: a derivation reached twice (e = e.Str(...))
// counts once.
func (m *Model) loggerQuery() { clear(m.loggerSeen) }

// CallLogger returns the logger a classified call is made on: its Logger
// expression, or the library's default logger.
func (m *Model) CallLogger(c Call, ctx *resolve.Context) Logger {
	var l Logger
	m.loggerQuery()
	switch {
	case c.Default:
		m.addDefault(&l, c.Lib)
	case c.Logger != nil:
		m.loggerOf(c.Logger, ctx, &l, 0)
	}
	return l
}

const maxLoggerDepth = 12

func (m *Model) loggerOf(e ast.Expr, ctx *resolve.Context, l *Logger, depth int) {
	if depth > maxLoggerDepth {
		l.Sources++
		l.Opaque++
		return
	}
	if lib, ok := defaultVar(m.info, e); ok {
		m.addDefault(l, lib)
		return
	}
	m.loggerSet(m.res().Resolve(e, ctx), l, depth)
}

func (m *Model) loggerSet(set resolve.Set, l *Logger, depth int) {
	for _, u := range set.Unknowns {
		if u.Changed {
			continue // loggers are values: handing one over changes nothing
		}
		l.Sources++
		l.Unknowns = append(l.Unknowns, u)
	}
	for _, leaf := range set.Leaves {
		switch {
		case leaf.Zero:
			continue // a nil or zero logger carries nothing
		case leaf.Param >= 0:
			l.Sources++
			l.Params = append(l.Params, leaf.Param)
			continue
		}
		k := loggerKey{leaf.Expr, leaf.Ctx}
		if m.loggerSeen[k] {
			continue
		}
		m.loggerSeen[k] = true
		switch x := ast.Unparen(leaf.Expr).(type) {
		case *ast.CallExpr:
			m.loggerCall(x, leaf, l, depth)
		case *ast.CompositeLit:
			m.wrappingHandler(x, leaf, l, depth)
		default:
			if lib, ok := defaultVar(m.info, leaf.Expr); ok {
				m.addDefault(l, lib)
				continue
			}
			l.Sources++
			l.Opaque++
		}
	}
}

// loggerCall adds what the logger a call returns carries.
func (m *Model) loggerCall(call *ast.CallExpr, leaf resolve.Leaf, l *Logger, depth int) {
	if c, ok := Classify(m.info, call); ok && leaf.Result == 0 {
		switch c.Kind {
		case Derive, Construct:
			l.Fields = append(l.Fields, m.Fields(c, leaf.Ctx)...)
			if c.Ctx != nil {
				l.Ctxs = append(l.Ctxs, CtxRef{c.Ctx, leaf.Ctx})
			}
			switch {
			case c.Default:
				m.addDefault(l, c.Lib)
			case c.Logger != nil:
				m.loggerOf(c.Logger, leaf.Ctx, l, depth+1)
			default:
				l.Sources++
				if c.AddsRequestID {
					l.Adding++
				}
			}
			return
		case FromContext:
			m.fromContext(c.Ctx, leaf.Ctx, l, depth)
			return
		}
	}
	fn := resolve.Callee(m.info, call)
	if fn != nil {
		if s := m.foreign(fn); s != nil && s.Returns != nil && leaf.Result == 0 {
			m.applyLoggerFact(s.Returns, call, leaf.Ctx, l, depth)
			return
		}
	}
	l.Sources++
	l.Opaque++
}

// applyLoggerFact adds what another package's function returns: the fields
// and sources its fact records, with its parameters replaced by the call's
// arguments.
func (m *Model) applyLoggerFact(f *LoggerFact, call *ast.CallExpr, ctx *resolve.Context, l *Logger, depth int) {
	for _, lg := range f.Logged {
		m.substituteField(lg, call, ctx, &l.Fields)
	}
	l.Sources += f.Sources
	l.Adding += f.Adding
	l.MayAdd += f.MayAdd
	l.Opaque += f.Opaque
	if f.Default {
		l.Default = true
	}
	for _, p := range f.Params {
		for _, a := range m.argsFor(call, p) {
			m.loggerOf(a, ctx, l, depth+1)
		}
	}
}

// substituteField adds a logged pair of a fact: its value, with parameters
// replaced by the call's arguments.
func (m *Model) substituteField(lg Logged, call *ast.CallExpr, ctx *resolve.Context, out *[]Field) {
	v := lg.Value
	params := v.Params
	v.Params = nil
	if !v.Empty() || len(params) == 0 {
		*out = append(*out, Field{Key: lg.Key, KeyUnknown: lg.KeyUnknown, Is: &v})
	}
	for _, p := range params {
		for _, a := range m.argsFor(call, p) {
			*out = append(*out, Field{Key: lg.Key, KeyUnknown: lg.KeyUnknown, Value: a, Ctx: ctx})
		}
	}
}

// fromContext adds the logger a context carries (zerolog.Ctx(ctx)): the
// receiver of the Logger.WithContext call that made the context, through
// the standard library's derived contexts; any other context may carry
// anything.
func (m *Model) fromContext(ctxExpr ast.Expr, ctx *resolve.Context, l *Logger, depth int) {
	set := m.res().Resolve(ctxExpr, ctx)
	for _, u := range set.Unknowns {
		if u.Changed {
			continue
		}
		l.Sources++
		l.Opaque++
	}
	for _, leaf := range set.Leaves {
		call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr)
		if !ok || depth > maxLoggerDepth {
			l.Sources++
			l.Opaque++
			continue
		}
		fn := resolve.Callee(m.info, call)
		switch {
		case fn != nil && fn.Name() == "WithContext" && fn.Signature().Recv() != nil && isZerologLogger(fn.Signature().Recv().Type()):
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				m.loggerOf(sel.X, leaf.Ctx, l, depth+1)
				continue
			}
		case fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "context" && len(call.Args) > 0:
			if fn.Name() == "Background" || fn.Name() == "TODO" {
				l.Sources++ // zerolog.Ctx falls back to a disabled or default logger
				continue
			}
			m.fromContext(call.Args[0], leaf.Ctx, l, depth+1)
			continue
		}
		l.Sources++
		l.Opaque++
	}
}

// wrappingHandler adds what a handler or logger built as a composite literal
// (a user type wrapping another handler) carries: what the handlers and
// loggers among its elements carry, as the wrapper hands lines on to them;
// a wrapper around nothing the model knows may add anything.
func (m *Model) wrappingHandler(lit *ast.CompositeLit, leaf resolve.Leaf, l *Logger, depth int) {
	before := l.Sources
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if isLoggerType(m.info.TypeOf(elt)) {
			m.loggerOf(elt, leaf.Ctx, l, depth+1)
		}
	}
	if l.Sources == before {
		l.Sources++
		l.MayAdd++
	}
}

// addDefault adds the library's default logger: for slog, the logger the
// program sets with slog.SetDefault, which may add the request id.
func (m *Model) addDefault(l *Logger, lib Library) {
	l.Sources++
	l.Default = true
	if lib != Slog {
		return
	}
	switch m.shared.defaultAdds {
	case addsAll:
		l.Adding++
	case addsSome:
		l.MayAdd++
	}
}

// defaultVar reports whether e names a library's global logger variable
// (zerolog's log.Logger).
func defaultVar(info *types.Info, e ast.Expr) (Library, bool) {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = x.Sel
	case *ast.Ident:
		id = x
	default:
		return 0, false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return 0, false
	}
	if v.Pkg().Path() == zerologLogPath && v.Name() == "Logger" {
		return Zerolog, true
	}
	return 0, false
}

// isLoggerType reports whether values of t are loggers of a library the
// model knows (or slog handlers).
func isLoggerType(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "log/slog.Logger", "log/slog.Handler", "log.Logger",
		zapPath + ".Logger", zapPath + ".SugaredLogger",
		zerologPath + ".Logger", zerologPath + ".Context", zerologPath + ".Event",
		logrusPath + ".Logger", logrusPath + ".Entry", logrusPath + ".FieldLogger", logrusPath + ".Ext1FieldLogger":
		return true
	}
	return false
}

// Line is a log line a call emits: the fields it passes itself and those
// its logger carries.
type Line struct {
	Call   Call
	Fields []Field // the call's own, then the logger's
	Logger Logger
	// CtxAware is set when the line passes a context (the call's own, or
	// one a derivation attached); Ctxs are those contexts.
	CtxAware bool
	Ctxs     []CtxRef
}

// Line returns the line an Emit call writes.
func (m *Model) Line(c Call, ctx *resolve.Context) Line {
	l := m.CallLogger(c, ctx)
	line := Line{Call: c, Fields: m.Fields(c, ctx), Logger: l}
	line.Fields = append(line.Fields, l.Fields...)
	if c.Ctx != nil {
		line.Ctxs = append(line.Ctxs, CtxRef{c.Ctx, ctx})
	}
	line.Ctxs = append(line.Ctxs, l.Ctxs...)
	line.CtxAware = len(line.Ctxs) > 0
	return line
}
