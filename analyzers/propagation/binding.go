package propagation

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Bindings, checked in strict mode: in a CDK task, the key that carries the
// execution ARN takes its value from the execution (the context object's
// $$.Execution.Id, JsonPath_ExecutionId(), JSONata's
// $states.context.Execution.Id) or from the state (a path such as
// $.execution_arn, which earlier states filled), and the key that carries
// the run id from the execution name or the state. A constant, or another
// value of the context object, is not the run's.

// An identity is what a key is to carry.
type identity uint8

const (
	executionARN identity = iota + 1
	runID
)

// A binding is what a value was found to be.
type binding uint8

const (
	bindUnknown binding = iota // not followed
	bindARN                    // the execution ARN
	bindName                   // the execution name
	bindState                  // a path into the state (or its input)
	bindOther                  // another value of the context object, or a constant
)

// checkBindings checks, in strict mode, the values of the keys of the
// objects in obj that carry the execution ARN or the run id.
func (c *checker) checkBindings(t target, obj resolve.Set) {
	if !c.opts.Strict {
		return
	}
	entries, _ := c.p.Maps().Entries(obj)
	for _, e := range entries {
		if e.Value == nil {
			continue
		}
		for _, k := range c.r.Resolve(e.Key, e.Ctx).Leaves {
			key, ok := resolve.StringConstant(c.pass.TypesInfo, k)
			if !ok {
				continue
			}
			base, isPath := strings.CutSuffix(key, ".$")
			var want identity
			switch {
			case !c.isRequired(t, base):
				continue
			case naming.IsExecutionARN(base):
				want = executionARN
			case naming.IsRunID(base):
				want = runID
			default:
				continue
			}
			for _, v := range c.r.Resolve(e.Value, e.Ctx).Leaves {
				c.checkBinding(base, want, v, isPath)
			}
		}
	}
}

// checkBinding checks one value of key, which is to carry want; isPath
// says the key ends in ".$" (its value is a JSON path).
func (c *checker) checkBinding(key string, want identity, v resolve.Leaf, isPath bool) {
	if v.Zero {
		return
	}
	got, what := c.bindingOf(v, isPath)
	wantText := "the execution ARN ($$.Execution.Id or a state path)"
	if want == runID {
		wantText = "the run id ($$.Execution.Name or a state path)"
	}
	switch {
	case got == bindState, got == bindARN && want == executionARN, got == bindName && want == runID:
		return
	case got == bindUnknown:
		c.report(analysis.Diagnostic{
			Pos: v.Expr.Pos(), End: v.Expr.End(),
			Message: fmt.Sprintf("cannot verify that %s is bound to %s: it comes from %s (strict mode)", key, wantText, what),
		})
	default:
		c.report(analysis.Diagnostic{
			Pos: v.Expr.Pos(), End: v.Expr.End(),
			Message: fmt.Sprintf("%s is bound to %s, not to %s (strict mode)", key, what, wantText),
		})
	}
}

// bindingOf classifies a value of a task object, and says what it is.
func (c *checker) bindingOf(v resolve.Leaf, isPath bool) (binding, string) {
	if s, ok := resolve.StringConstant(c.pass.TypesInfo, v); ok {
		return classifyText(s, isPath)
	}
	call, ok := ast.Unparen(v.Expr).(*ast.CallExpr)
	if !ok || v.Spread || v.Param >= 0 {
		return bindUnknown, c.p.Describe(v)
	}
	fn := resolve.Callee(c.pass.TypesInfo, call)
	switch {
	case isSFN(fn, "JsonPath_ExecutionId"):
		return bindARN, "JsonPath_ExecutionId()"
	case isSFN(fn, "JsonPath_ExecutionName"):
		return bindName, "JsonPath_ExecutionName()"
	case isSFN(fn, "JsonPath_EntirePayload"):
		return bindState, "the state"
	case isSFN(fn, "JsonPath_StringAt") && len(call.Args) == 1:
		paths := c.r.Resolve(call.Args[0], v.Ctx)
		if len(paths.Leaves) == 1 && len(paths.Unknowns) == 0 {
			if p, ok := resolve.StringConstant(c.pass.TypesInfo, paths.Leaves[0]); ok {
				return classifyPath(p)
			}
		}
		return bindUnknown, "a JSON path that is not a constant"
	case fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == cdkSFN && strings.HasPrefix(fn.Name(), "JsonPath_"):
		return bindOther, fn.Name() + "()"
	}
	return bindUnknown, c.p.Describe(v)
}

// classifyText classifies a constant value: a JSON path (the value of a
// ".$" key, or text that is one), a JSONata expression ("{% ... %}"), or
// a constant.
func classifyText(s string, isPath bool) (binding, string) {
	t := strings.TrimSpace(s)
	switch {
	case isPath || strings.HasPrefix(t, "$"):
		return classifyPath(t)
	case strings.HasPrefix(t, "{%") && strings.HasSuffix(t, "%}"):
		expr := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "{%"), "%}"))
		switch {
		case expr == "$states.context.Execution.Id":
			return bindARN, strconv.Quote(s)
		case expr == "$states.context.Execution.Name":
			return bindName, strconv.Quote(s)
		case strings.HasPrefix(expr, "$states.context."):
			return bindOther, strconv.Quote(s)
		}
		return bindState, strconv.Quote(s) // the state, a variable, an expression over them
	}
	return bindOther, "the constant " + strconv.Quote(s)
}

// classifyPath classifies a JSON path.
func classifyPath(p string) (binding, string) {
	switch {
	case p == "$$.Execution.Id":
		return bindARN, p
	case p == "$$.Execution.Name":
		return bindName, p
	case strings.HasPrefix(p, "$$.Execution.Input"):
		return bindState, p
	case strings.HasPrefix(p, "$$"):
		return bindOther, p
	case strings.HasPrefix(p, "$"):
		return bindState, p
	}
	return bindOther, "the constant " + strconv.Quote(p)
}
