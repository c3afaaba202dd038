package logcall

import (
	"go/ast"
	"go/types"
	"strings"
)

// stdlog classifies package log: its functions (the standard logger) and
// *log.Logger's methods Print, Printf, Println, Fatal*, Panic* and Output;
// log.Default; and log.New, whose prefix starts every line.
func (c *classifier) stdlog() bool {
	name := c.fn.Name()
	args := c.args()
	c.out.Lib = Log
	if !c.isFunc() && !c.method("Logger") {
		return false
	}
	switch name {
	case "Default":
		return c.derive()
	case "New":
		if !c.isFunc() || len(args) != 3 {
			return false
		}
		c.out.Kind = Construct
		c.value(args[1])
		return true
	case "Output":
		if len(args) != 2 {
			return false
		}
		c.value(args[1])
		return c.emit()
	}
	for _, prefix := range []string{"Print", "Fatal", "Panic"} {
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		switch rest {
		case "", "ln":
			c.values(args)
			return c.emit()
		case "f":
			if len(args) == 0 {
				return false
			}
			c.printf(args[0], args[1:])
			return c.emit()
		}
	}
	return false
}

// fmt classifies fmt's printing to standard output (Print, Printf,
// Println) and to os.Stdout or os.Stderr (Fprint, Fprintf, Fprintln): in a
// Lambda function or a container both end up in the logs.
func (c *classifier) fmt() bool {
	name := c.fn.Name()
	args := c.args()
	c.out.Lib = Fmt
	if rest, ok := strings.CutPrefix(name, "Fprint"); ok {
		if len(args) == 0 || !isStdStream(c.info, args[0]) {
			return false
		}
		name, args = "Print"+rest, args[1:]
	}
	switch name {
	case "Print", "Println":
		c.values(args)
	case "Printf":
		if len(args) == 0 {
			return false
		}
		c.printf(args[0], args[1:])
	default:
		return false
	}
	c.out.Kind = Emit
	c.out.Default = true
	return true
}

// isStdStream reports whether e is os.Stdout or os.Stderr.
func isStdStream(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdout" || v.Name() == "Stderr")
}
