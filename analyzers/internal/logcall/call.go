package logcall

import (
	"go/ast"
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// A Library is a logging library the model knows.
type Library int

// The libraries, by import path.
const (
	Log     Library = iota + 1 // log
	Slog                       // log/slog
	Zap                        // go.uber.org/zap (Logger and SugaredLogger)
	Zerolog                    // github.com/rs/zerolog and github.com/rs/zerolog/log
	Logrus                     // github.com/sirupsen/logrus
	Fmt                        // fmt printing to standard output or standard error
)

var libraryNames = [...]string{Log: "log", Slog: "slog", Zap: "zap", Zerolog: "zerolog", Logrus: "logrus", Fmt: "fmt"}

func (l Library) String() string {
	if l > 0 && int(l) < len(libraryNames) {
		return libraryNames[l]
	}
	return "unknown"
}

// A Kind says what a logging call does.
type Kind int

// The kinds of logging calls.
const (
	// Emit writes a log line: slog.Info, logger.Error, zerolog's Msg and
	// Send, logrus' Infof, log.Printf, fmt.Fprintln(os.Stderr, ...).
	Emit Kind = iota + 1
	// Derive returns a logger (or a zerolog event or context, a logrus
	// entry, a slog handler) that carries what Logger carries and Fields:
	// With, WithGroup, Named, WithField(s), zerolog's Str and Logger,
	// slog.Default, zap.L.
	Derive
	// Construct makes a logger that carries nothing from another one:
	// slog.New (whose Logger is the handler), zap.NewProduction,
	// zerolog.New, logrus.New, log.New (whose prefix is a field), and the
	// request-id loggers of aws-lambda-go.
	Construct
	// FromContext returns the logger a context carries: zerolog.Ctx(ctx).
	// Ctx is the context.
	FromContext
)

// A Call is a recognised logging call.
type Call struct {
	Call *ast.CallExpr
	Lib  Library
	Kind Kind
	// Fields are what the call itself passes: key-value pairs, attributes,
	// zap fields, zerolog's Str(key, value), logrus fields, and values
	// logged without a key (the message, printf arguments, log.New's
	// prefix).
	Fields []Field
	// Logger is the logger, event, entry, context or handler the call is
	// made on or derives from; nil for package-level functions of the
	// library's default logger (Default is then set) and for most
	// constructors.
	Logger ast.Expr
	// Default is set when the call uses the library's default (global)
	// logger: slog.Info, slog.Default(), zap.L(), logrus.WithField,
	// zerolog's log.Info, log.Printf, fmt.Println.
	Default bool
	// Ctx is the context.Context a context-aware call passes (slog's
	// ...Context methods, Log and LogAttrs, zerolog's Ctx, logrus'
	// WithContext), nil otherwise.
	Ctx ast.Expr
	// AddsRequestID marks aws-lambda-go's lambdacontext.NewLogHandler and
	// NewLogger (aws-lambda-go 1.52 and later), whose loggers add the Lambda
	// request id to every context-aware line.
	AddsRequestID bool
	// Name names the call for messages: "slog.Info", "(*zap.Logger).Info".
	Name string
}

// A Field is one key-value pair (or keyless value) a log line carries.
type Field struct {
	// Key is the log key, "" when the value is logged without one (a
	// message, a printf argument) or when the key is not a constant
	// (KeyUnknown is then set).
	Key        string
	KeyUnknown bool
	// Value is the logged expression, evaluated in Ctx; nil when the field
	// is known only from a fact about another package's function (Is is
	// then set).
	Value ast.Expr
	Ctx   *resolve.Context
	Is    *Value
	// Form says how Value holds the field: the value itself, or something
	// that holds key-value pairs (a slog.Attr, a zap.Field, a slice of
	// arguments passed with ..., a logrus.Fields map) which Model.Fields
	// takes apart. Classify leaves such fields whole; Model.Fields returns
	// only FormValue fields.
	Form Form
}

// A Form says what a Field's Value is.
type Form int

// The forms of fields.
const (
	FormValue         Form = iota // the logged value
	FormSlogAttr                  // a slog.Attr
	FormSlogArgs                  // a []any of slog arguments (keys and values, attributes)
	FormSlogAttrs                 // a []slog.Attr
	FormZapField                  // a zap.Field
	FormZapFields                 // a []zap.Field
	FormSugarArgs                 // a []any of SugaredLogger arguments (keys and values, zap fields)
	FormMap                       // a map[string]any of keys and values (logrus.Fields, zerolog's Fields)
	FormZerologDict               // a *zerolog.Event built with zerolog.Dict(): its fields
	FormZerologFields             // zerolog's Fields argument: a map or a []any of keys and values
)

// Classify reports whether call is a logging call of a library the model
// knows, by the type of its callee (import aliases, method values through
// variables and interfaces of the libraries count).
func Classify(info *types.Info, call *ast.CallExpr) (Call, bool) {
	fn := resolve.Callee(info, call)
	if fn == nil || fn.Pkg() == nil {
		return Call{}, false
	}
	c := classifier{info: info, call: call, fn: fn, out: Call{Call: call}}
	var ok bool
	switch fn.Pkg().Path() {
	case "log/slog":
		ok = c.slog()
	case "log":
		ok = c.stdlog()
	case "fmt":
		ok = c.fmt()
	case zapPath, zapcorePath:
		ok = c.zap()
	case zerologPath, zerologLogPath:
		ok = c.zerolog()
	case logrusPath:
		ok = c.logrus()
	case lambdacontextPath:
		ok = c.lambdacontext()
	}
	if !ok {
		return Call{}, false
	}
	c.out.Name = funcName(fn)
	return c.out, true
}

// classifier holds one call being classified.
type classifier struct {
	info *types.Info
	call *ast.CallExpr
	fn   *types.Func
	out  Call
}

// recv returns the expression a method is called on, nil for a function.
func (c *classifier) recv() ast.Expr {
	if c.fn.Signature().Recv() == nil || resolve.IsMethodExpr(c.info, c.call) {
		if resolve.IsMethodExpr(c.info, c.call) && len(c.call.Args) > 0 {
			return c.call.Args[0]
		}
		return nil
	}
	if sel, ok := ast.Unparen(c.call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// args returns the call's arguments without a method expression's receiver.
func (c *classifier) args() []ast.Expr {
	if resolve.IsMethodExpr(c.info, c.call) && len(c.call.Args) > 0 {
		return c.call.Args[1:]
	}
	return c.call.Args
}

// method reports whether the callee is a method (concrete or of an
// interface) of the named type typeName of its package.
func (c *classifier) method(typeName string) bool {
	recv := c.fn.Signature().Recv()
	if recv == nil {
		return false
	}
	return namedName(recv.Type()) == typeName
}

// isFunc reports whether the callee is a package-level function.
func (c *classifier) isFunc() bool { return c.fn.Signature().Recv() == nil }

// on sets the logger the call is made on: its receiver, or the default
// logger for a package-level function.
func (c *classifier) on() {
	if r := c.recv(); r != nil {
		c.out.Logger = r
	} else {
		c.out.Default = true
	}
}

func (c *classifier) emit() bool   { c.out.Kind = Emit; c.on(); return true }
func (c *classifier) derive() bool { c.out.Kind = Derive; c.on(); return true }

// value adds a value logged without a key.
func (c *classifier) value(e ast.Expr) {
	c.out.Fields = append(c.out.Fields, Field{Value: e})
}

// keyed adds a value logged under key, a string expression.
func (c *classifier) keyed(key, value ast.Expr) {
	c.out.Fields = append(c.out.Fields, keyedField(c.info, key, value))
}

// named adds a value logged under a fixed key (zap.Error's "error").
func (c *classifier) named(key string, value ast.Expr) {
	c.out.Fields = append(c.out.Fields, Field{Key: key, Value: value})
}

// holder adds a field whose value holds key-value pairs.
func (c *classifier) holder(form Form, e ast.Expr) {
	c.out.Fields = append(c.out.Fields, Field{KeyUnknown: true, Value: e, Form: form})
}

func keyedField(info *types.Info, key, value ast.Expr) Field {
	if s, ok := constString(info, key); ok {
		return Field{Key: s, Value: value}
	}
	return Field{KeyUnknown: true, Value: value}
}

// printf adds the arguments of a printf-style call: each is keyed by the
// name written just before its verb in a constant format ("run_id=%s",
// "RunId: %v"), or logged without a key.
func (c *classifier) printf(format ast.Expr, args []ast.Expr) {
	c.value(format)
	var keys []string
	if s, ok := constString(c.info, format); ok {
		keys = formatKeys(s)
	}
	for i, a := range args {
		if i < len(keys) && keys[i] != "" {
			c.named(keys[i], a)
		} else {
			c.value(a)
		}
	}
}

// values adds arguments logged without keys (Print, Println).
func (c *classifier) values(args []ast.Expr) {
	for _, a := range args {
		c.value(a)
	}
}

func namedName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// funcName names a function for messages: slog.Info, (*slog.Logger).Info.
func funcName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	star := ""
	t := recv.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		star, t = "*", p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return "(" + star + n.Obj().Pkg().Name() + "." + n.Obj().Name() + ")." + fn.Name()
	}
	return fn.Name()
}
