package logcall

import (
	"go/ast"
	"go/types"
	"strings"
)

// slog classifies log/slog: the package functions (which use the default
// logger), *slog.Logger's methods, slog.Handler's WithAttrs and WithGroup,
// slog.New and the handler constructors.
//
//	slog.Info(msg, "k", v, slog.String("k2", v2))
//	slog.InfoContext(ctx, msg, args...)  slog.Log(ctx, level, msg, args...)
//	slog.LogAttrs(ctx, level, msg, attrs...)
//	logger.With(args...)  logger.WithGroup(name)  h.WithAttrs(attrs)
func (c *classifier) slog() bool {
	name := c.fn.Name()
	args := c.args()
	c.out.Lib = Slog
	switch {
	case c.isFunc() || c.method("Logger"):
		switch name {
		case "Debug", "Info", "Warn", "Error":
			if len(args) == 0 {
				return false
			}
			c.value(args[0])
			c.slogArgs(args[1:])
			return c.emit()
		case "DebugContext", "InfoContext", "WarnContext", "ErrorContext":
			if len(args) < 2 {
				return false
			}
			c.out.Ctx = args[0]
			c.value(args[1])
			c.slogArgs(args[2:])
			return c.emit()
		case "Log", "LogAttrs":
			if len(args) < 3 {
				return false
			}
			c.out.Ctx = args[0]
			c.value(args[2])
			c.slogArgs(args[3:])
			return c.emit()
		case "With":
			c.slogArgs(args)
			return c.derive()
		case "WithGroup", "Default", "Handler":
			return c.derive()
		case "New":
			if len(args) != 1 {
				return false
			}
			c.out.Kind = Construct
			c.out.Logger = args[0]
			return true
		case "NewLogLogger":
			if len(args) == 0 {
				return false
			}
			c.out.Lib = Log
			c.out.Kind = Construct
			c.out.Logger = args[0]
			return true
		case "NewJSONHandler", "NewTextHandler":
			c.out.Kind = Construct
			return true
		}
	case c.method("Handler"):
		switch name {
		case "WithAttrs":
			if len(args) == 1 {
				c.holder(FormSlogAttrs, args[0])
			}
			return c.derive()
		case "WithGroup":
			return c.derive()
		}
	}
	return false
}

// slogArgs adds slog's variadic arguments: alternating keys and values, and
// slog.Attr values. A slice passed with ... is taken apart by Model.Fields.
func (c *classifier) slogArgs(args []ast.Expr) {
	if c.call.Ellipsis.IsValid() && len(args) > 0 {
		last := len(args) - 1
		c.slogArgs(args[:last])
		form := FormSlogArgs
		if s, ok := types.Unalias(c.info.TypeOf(args[last])).Underlying().(*types.Slice); ok && isSlogAttr(s.Elem()) {
			form = FormSlogAttrs // LogAttrs(ctx, level, msg, attrs...)
		}
		c.holder(form, args[last])
		return
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case isSlogAttr(c.info.TypeOf(a)):
			c.holder(FormSlogAttr, a)
		case isString(c.info.TypeOf(a)) && i+1 < len(args):
			c.keyed(a, args[i+1])
			i++
		default:
			c.value(a) // slog logs it under !BADKEY
		}
	}
}

func isSlogAttr(t types.Type) bool { return isNamed(t, "log/slog", "Attr") }

func isNamed(t types.Type, path, name string) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// slogAttrCall reports whether fn builds a slog.Attr from a key and values
// (slog.String, Int, Any, Group...).
func slogAttrCall(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" || fn.Signature().Recv() != nil {
		return false
	}
	sig := fn.Signature()
	return sig.Results().Len() == 1 && isSlogAttr(sig.Results().At(0).Type()) &&
		sig.Params().Len() >= 1 && isString(sig.Params().At(0).Type())
}

// slogValueCall reports whether fn makes a slog.Value from a value
// (slog.StringValue, AnyValue, GroupValue...).
func slogValueCall(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" || fn.Signature().Recv() != nil {
		return false
	}
	return strings.HasSuffix(fn.Name(), "Value") && fn.Signature().Results().Len() == 1 &&
		isNamed(fn.Signature().Results().At(0).Type(), "log/slog", "Value")
}
