package logcall

import (
	"go/ast"
	"go/types"
	"strings"
)

const (
	zapPath     = "go.uber.org/zap"
	zapcorePath = "go.uber.org/zap/zapcore"
)

// zap classifies go.uber.org/zap: *zap.Logger (message and zap.Field
// values), *zap.SugaredLogger (arguments, printf, and key-value pairs in the
// ...w methods), With, Named, Sugar/Desugar, the global loggers zap.L and
// zap.S, the constructors, and Check(...).Write(fields...).
func (c *classifier) zap() bool {
	name := c.fn.Name()
	args := c.args()
	c.out.Lib = Zap
	switch {
	case c.fn.Pkg().Path() == zapcorePath:
		if c.method("CheckedEntry") && name == "Write" {
			c.zapFields(args)
			return c.emit()
		}
		return false
	case c.method("Logger"):
		switch name {
		case "Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal":
			if len(args) == 0 {
				return false
			}
			c.value(args[0])
			c.zapFields(args[1:])
			return c.emit()
		case "Log":
			if len(args) < 2 {
				return false
			}
			c.value(args[1])
			c.zapFields(args[2:])
			return c.emit()
		case "With", "WithLazy":
			c.zapFields(args)
			return c.derive()
		case "Named", "WithOptions", "Sugar", "Check":
			return c.derive()
		}
	case c.method("SugaredLogger"):
		return c.sugar(name, args)
	case c.isFunc():
		switch name {
		case "L", "S":
			return c.derive()
		case "Must":
			if len(args) == 0 {
				return false
			}
			c.out.Kind = Derive
			c.out.Logger = args[0]
			return true
		case "New", "NewProduction", "NewDevelopment", "NewExample", "NewNop":
			c.out.Kind = Construct
			return true
		}
	case c.method("Config") && name == "Build":
		c.out.Kind = Construct
		return true
	}
	return false
}

// sugar classifies *zap.SugaredLogger's methods: Info(args...),
// Infof(template, args...), Infow(msg, keysAndValues...), Infoln(args...)
// for every level, and Log, Logf, Logw, Logln, which take the level first.
func (c *classifier) sugar(name string, args []ast.Expr) bool {
	switch name {
	case "With", "WithLazy":
		c.sugarArgs(args)
		return c.derive()
	case "Named", "WithOptions", "Desugar":
		return c.derive()
	}
	if rest, ok := strings.CutPrefix(name, "Log"); ok {
		if len(args) == 0 {
			return false
		}
		name, args = "Info"+rest, args[1:]
	}
	for _, suffix := range []string{"ln", "w", "f", ""} {
		if !sugarLevels[strings.TrimSuffix(name, suffix)] || !strings.HasSuffix(name, suffix) {
			continue
		}
		switch suffix {
		case "w":
			if len(args) == 0 {
				return false
			}
			c.value(args[0])
			c.sugarArgs(args[1:])
		case "f":
			if len(args) == 0 {
				return false
			}
			c.printf(args[0], args[1:])
		default:
			c.values(args)
		}
		return c.emit()
	}
	return false
}

var sugarLevels = map[string]bool{"Debug": true, "Info": true, "Warn": true, "Error": true, "DPanic": true, "Panic": true, "Fatal": true}

// zapFields adds zap.Field arguments (a slice passed with ... as a whole).
func (c *classifier) zapFields(args []ast.Expr) {
	for i, a := range args {
		if c.call.Ellipsis.IsValid() && i == len(args)-1 {
			c.holder(FormZapFields, a)
			continue
		}
		c.holder(FormZapField, a)
	}
}

// sugarArgs adds SugaredLogger key-value arguments: alternating keys and
// values, and zap.Field values.
func (c *classifier) sugarArgs(args []ast.Expr) {
	if c.call.Ellipsis.IsValid() && len(args) > 0 {
		last := len(args) - 1
		c.sugarArgs(args[:last])
		c.holder(FormSugarArgs, args[last])
		return
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case isZapField(c.info.TypeOf(a)):
			c.holder(FormZapField, a)
		case i+1 < len(args):
			c.keyed(a, args[i+1])
			i++
		default:
			c.value(a)
		}
	}
}

func isZapField(t types.Type) bool { return isNamed(t, zapcorePath, "Field") }

// zapFieldCall reports whether fn builds a zap.Field (zap.String, Any,
// Error, Stringer, Dict...): a function of package zap returning a Field.
func zapFieldCall(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != zapPath || fn.Signature().Recv() != nil {
		return false
	}
	res := fn.Signature().Results()
	return res.Len() == 1 && isZapField(res.At(0).Type())
}
