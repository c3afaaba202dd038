package sqslog

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/logcall"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

type checker struct {
	pass     *analysis.Pass
	opts     *Options
	r        *resolve.Resolver
	m        *logcall.Model
	rep      *suppress.Reporter
	reported map[token.Pos]bool
}

// check finds the loops over messages of every function of the package.
// A plain walk of the declarations: the package imports an SQS package, but
// few of its functions hold a loop over messages.
func (c *checker) check() {
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			var ctx *resolve.Context
			if fn != nil {
				ctx = resolve.Summary(fn)
			}
			var loops []loop
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if l, ok := c.asLoop(n); ok {
					l.fn, l.ctx = fn, ctx
					if c.received(l) {
						loops = append(loops, l)
					}
				}
				return true
			})
			if len(loops) == 0 {
				continue
			}
			// What the function logs outside its loops over messages: the
			// whole event, or the ids the loops collected.
			outside := c.m.SummarizeExcept(fd.Body, ctx, func(n ast.Node) bool {
				return slices.ContainsFunc(loops, func(l loop) bool { return l.node == n })
			})
			for _, l := range loops {
				c.checkLoop(l, outside)
			}
		}
	}
}

// checkLoop checks that each required field of the loop's messages reaches
// a log call.
func (c *checker) checkLoop(l loop, outside *logcall.Summary) {
	s := c.m.Summarize(l.body, l.ctx)
	stored := c.storesMessages(l)
	var lacking, unsure []string
	for _, name := range c.opts.Fields {
		key, ok := c.fieldKey(l.elem, name)
		if !ok {
			continue // the message type has no such field
		}
		switch c.verdict(s, outside, l, key, stored) {
		case resolve.Lacks:
			lacking = append(lacking, name)
		case resolve.CannotTell:
			unsure = append(unsure, name)
		}
	}
	batch := types.ExprString(l.batch)
	switch {
	case len(lacking) > 0:
		c.report(l, fmt.Sprintf("loop over SQS messages %s never logs a message's %s: log %s of each message it handles",
			batch, strings.Join(lacking, " and "), strings.Join(c.opts.Fields, " and ")))
	case len(unsure) > 0 && c.opts.Strict:
		c.report(l, fmt.Sprintf("cannot verify that the loop over SQS messages %s logs each message's %s: "+
			"the message is handed to code that cannot be followed (strict mode)", batch, strings.Join(unsure, " and ")))
	}
}

func (c *checker) report(l loop, msg string) {
	if c.reported[l.node.Pos()] {
		return
	}
	c.reported[l.node.Pos()] = true
	c.rep.Report(analysis.Diagnostic{Pos: l.node.Pos(), End: l.batch.End(), Message: msg})
}

// verdict says whether the field with key reaches a log call in the loop
// (s), or in its function outside every loop over messages (outside: the
// event logged whole, ids collected by the loop and logged after it).
func (c *checker) verdict(s, outside *logcall.Summary, l loop, key string, stored bool) resolve.Verdict {
	for _, lg := range slices.Concat(s.Logged, outside.Logged) {
		if c.m.Holds(c.bind(lg.Value, l), key) {
			return resolve.Carries
		}
	}
	if c.m.Holds(c.bind(s.Handed, l), key) || stored {
		return resolve.CannotTell
	}
	return resolve.Lacks
}

// bind replaces the parameters of the loop's function in a value by what
// their types say (the loop's messages are not logged by the caller).
func (c *checker) bind(v logcall.Value, l loop) logcall.Value {
	if l.fn == nil || len(v.Params) == 0 {
		return v
	}
	return c.m.Bind(v, l.fn.Signature())
}

// fieldKey returns the key of the message type's field name.
func (c *checker) fieldKey(elem types.Type, name string) (string, bool) {
	obj, _, _ := types.LookupFieldOrMethod(elem, true, nil, name)
	f, ok := obj.(*types.Var)
	if !ok || !f.IsField() {
		return "", false
	}
	return c.m.FieldKey(f), true
}

// storesMessages reports whether the loop keeps its messages for later in
// variables declared outside it (a batch processed after the loop, which
// may log them). Copies of their ids (the entries of a DeleteMessageBatch)
// do not count: nothing logs those.
func (c *checker) storesMessages(l loop) bool {
	msg, ok := typeKey(l.elem)
	if !ok {
		return false
	}
	info := c.pass.TypesInfo
	stores := false
	ast.Inspect(l.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) || stores {
			return !stores
		}
		for i, lhs := range as.Lhs {
			root := rootIdent(lhs)
			if root == nil {
				continue
			}
			obj := info.ObjectOf(root)
			if obj == nil || (obj.Pos() >= l.body.Pos() && obj.Pos() < l.body.End()) {
				continue // declared in the loop
			}
			if slices.Contains(c.bind(c.m.Value(as.Rhs[i], l.ctx), l).Types, msg) {
				stores = true
			}
		}
		return !stores
	})
	return stores
}

// typeKey returns the logging model's key of a (pointer to a) named type.
func typeKey(t types.Type) (string, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return "", false
	}
	return logcall.TypeKey(n.Obj()), true
}

// rootIdent returns the variable at the root of a place expression.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			if x.Name == "_" {
				return nil
			}
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return nil
		}
	}
}
