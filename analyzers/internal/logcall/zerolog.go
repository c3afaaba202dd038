package logcall

import (
	"go/ast"
	"go/types"
)

const (
	zerologPath    = "github.com/rs/zerolog"
	zerologLogPath = "github.com/rs/zerolog/log"
)

// zerolog classifies github.com/rs/zerolog and its global logger package
// github.com/rs/zerolog/log. A line is an event chain:
//
//	log.Info().Str("run_id", id).Msg("start")
//	logger.With().Str("request_id", id).Logger()
//
// The level methods (Info, Err...) derive an event from a logger, every
// Event and Context method that takes a key derives one with that field,
// Msg, Msgf, MsgFunc and Send emit it, Logger() turns a context back into
// a logger, and zerolog.Ctx(ctx) takes the logger a context carries (see
// Logger.WithContext).
func (c *classifier) zerolog() bool {
	name := c.fn.Name()
	args := c.args()
	c.out.Lib = Zerolog
	switch {
	case c.method("Event"):
		switch name {
		case "Msg":
			c.values(args)
			return c.emit()
		case "Msgf":
			if len(args) == 0 {
				return false
			}
			c.printf(args[0], args[1:])
			return c.emit()
		case "Send", "MsgFunc":
			return c.emit()
		}
		return c.zerologFields(name, args, "Event")
	case c.method("Context"):
		if name == "Logger" {
			return c.derive()
		}
		return c.zerologFields(name, args, "Context")
	case c.method("Logger") || c.isFunc():
		switch name {
		case "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Panic", "Log", "WithLevel", "With",
			"Level", "Sample", "Hook", "Output":
			return c.derive()
		case "Err":
			if len(args) == 1 {
				c.named("error", args[0])
			}
			return c.derive()
		case "Print", "Println":
			c.values(args)
			return c.emit()
		case "Printf":
			if len(args) == 0 {
				return false
			}
			c.printf(args[0], args[1:])
			return c.emit()
		case "Ctx":
			if c.isFunc() && len(args) == 1 {
				c.out.Kind = FromContext
				c.out.Ctx = args[0]
				return true
			}
		case "New", "Nop", "Dict":
			if c.isFunc() && c.fn.Pkg().Path() == zerologPath {
				c.out.Kind = Construct
				return true
			}
		}
	}
	return false
}

// zerologFields classifies an Event or Context method other than the
// emitting ones: a method whose first parameter is the key derives the chain
// with that field; Err(err) logs err under "error"; Fields takes a map or a
// slice of keys and values; Dict nests an event's fields; Ctx makes the line
// context-aware; any other method returning the chain's type derives it.
func (c *classifier) zerologFields(name string, args []ast.Expr, chain string) bool {
	sig := c.fn.Signature()
	if sig.Results().Len() != 1 || namedName(sig.Results().At(0).Type()) != chain {
		return false
	}
	switch {
	case name == "Err" && len(args) == 1:
		c.named("error", args[0])
	case name == "Fields" && len(args) == 1:
		c.holder(FormZerologFields, args[0])
	case name == "Dict" && len(args) == 2:
		c.holder(FormZerologDict, args[1]) // its fields, nested under args[0]
	case name == "Ctx" && len(args) == 1:
		c.out.Ctx = args[0]
	case sig.Params().Len() >= 2 && isString(sig.Params().At(0).Type()) && len(args) >= 2:
		if sig.Variadic() && c.call.Ellipsis.IsValid() || len(args) > 2 {
			for _, v := range args[1:] {
				c.keyed(args[0], v)
			}
		} else {
			c.keyed(args[0], args[1])
		}
	}
	return c.derive()
}

// isZerologLogger reports whether t is zerolog.Logger or a pointer to it.
func isZerologLogger(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return isNamed(t, zerologPath, "Logger")
}
