package propagation

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// The hops at definition time, in a state machine defined with the AWS CDK
// for Go: the Arguments of a GlueStartJobRun task and the Payload of a
// LambdaInvoke task, as TaskInput_FromObject objects (or text). Tasks are
// recognised by their props types, whatever constructor builds them
// (NewGlueStartJobRun, GlueStartJobRun_Jsonata, GlueStartJobRun_JsonPath).

const (
	cdkModule = "github.com/aws/aws-cdk-go/awscdk/v2"
	cdkTasks  = cdkModule + "/awsstepfunctionstasks"
	cdkSFN    = cdkModule + "/awsstepfunctions"
)

// inCDK reports whether pkg is part of the AWS CDK for Go or its runtime,
// which the analyzer never needs to look into.
func inCDK(pkg *types.Package) bool {
	p := pkg.Path()
	for _, prefix := range []string{"github.com/aws/aws-cdk-go/", "github.com/aws/constructs-go/", "github.com/aws/jsii-runtime-go", "github.com/cdklabs/"} {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

// propsTarget reports whether t is a pointer to the props of a task whose
// input is checked, and which.
func propsTarget(t types.Type) (target, bool) {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return 0, false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != cdkTasks {
		return 0, false
	}
	switch n.Obj().Name() {
	case "GlueStartJobRunProps", "GlueStartJobRunJsonataProps", "GlueStartJobRunJsonPathProps":
		return glueCDK, true
	case "LambdaInvokeProps", "LambdaInvokeJsonataProps", "LambdaInvokeJsonPathProps":
		return lambdaCDK, true
	}
	return 0, false
}

// inputField is the props field that holds the task's input.
func inputField(t target) string {
	if t == glueCDK {
		return "Arguments"
	}
	return "Payload"
}

// matchTask reports whether call builds a task from props (a function of
// the tasks package taking the props), and returns the props argument.
func (c *checker) matchTask(call *ast.CallExpr) (target, ast.Expr, bool) {
	fn := resolve.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != cdkTasks {
		return 0, nil, false
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if t, ok := propsTarget(params.At(i).Type()); ok && i < len(call.Args) {
			return t, call.Args[i], true
		}
	}
	return 0, nil, false
}

// isTaskInput reports whether t is awsstepfunctions.TaskInput.
func isTaskInput(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == cdkSFN && n.Obj().Name() == "TaskInput"
}

// isSFN reports whether fn is the function name of the awsstepfunctions
// package.
func isSFN(fn *types.Func, name string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == cdkSFN && fn.Name() == name
}

// checkProps checks the props of tasks of target t.
func (c *checker) checkProps(t target, props resolve.Set, extra fields, at ast.Expr, callee *types.Func) {
	c.unknown(t, at, props.Unknowns, callee)
	for _, pr := range values(props) {
		switch {
		case pr.Param >= 0 && !pr.Spread:
			c.forwardStruct(t, pr, fwdProps, extra)
		case pr.Spread || pr.Zero:
			c.unknown(t, pr.Expr, []resolve.Unknown{{Pos: pr.Expr.Pos(), What: c.p.Describe(pr)}}, callee)
		default:
			inputs := c.r.Field(resolve.Set{Leaves: []resolve.Leaf{pr}}, inputField(t))
			c.checkTaskInputs(t, inputs, extra, pr, callee)
		}
	}
}

// checkTaskInputs checks each TaskInput a task of target t may get from
// its props.
func (c *checker) checkTaskInputs(t target, inputs resolve.Set, extra fields, props resolve.Leaf, callee *types.Func) {
	vals := values(inputs)
	for _, v := range vals {
		n := c.taskInputFields(t, v)
		n.Unknowns = append(n.Unknowns, inputs.Unknowns...)
		n.Merge(extra)
		c.settle(t, n, posOf(props, inputField(t), vals, v), callee, nil)
	}
	if len(vals) == 0 {
		var n fields
		n.Unknowns = inputs.Unknowns
		n.Merge(extra)
		c.settle(t, n, props.Expr, callee, nil)
	}
}

// taskInputFields returns the keys of one TaskInput: the keys of the object
// of TaskInput_FromObject (a key ending in ".$" takes its value from a JSON
// path), the fields of the text of TaskInput_FromText, what a helper of
// another package returns (its fact). A task without input gets none for
// Glue, and the whole state input for Lambda, which is not known here; so
// is the state at a JSON path (TaskInput_FromJsonPathAt).
func (c *checker) taskInputFields(t target, v resolve.Leaf) fields {
	var n fields
	switch {
	case v.Zero && t == lambdaCDK:
		n.Unknown(v.Expr.Pos(), "the state input (a LambdaInvoke without Payload passes all of it)")
		return n
	case v.Zero:
		return n
	case v.Param >= 0 && !v.Spread:
		c.p.Slot(&n, v, fwdTaskInput)
		return n
	}
	call, ok := ast.Unparen(v.Expr).(*ast.CallExpr)
	if !ok || v.Spread || v.Result != 0 {
		n.Unknown(v.Expr.Pos(), c.p.Describe(v))
		return n
	}
	fn := resolve.Callee(c.pass.TypesInfo, call)
	switch {
	case isSFN(fn, "TaskInput_FromObject") && len(call.Args) == 1:
		obj := c.r.Resolve(call.Args[0], v.Ctx)
		c.checkBindings(t, obj)
		if t == glueCDK {
			return c.p.MapKeys(obj) // Glue arguments are flat
		}
		n = c.p.Encoded(obj, c.pass.TypesInfo.TypeOf(call.Args[0]), call.Args[0].Pos())
		c.stateValues(obj, &n)
		return n
	case isSFN(fn, "TaskInput_FromText") && len(call.Args) == 1:
		return c.p.MessageSet(c.r.Resolve(call.Args[0], v.Ctx))
	case isSFN(fn, "TaskInput_FromJsonPathAt"):
		n.Unknown(call.Pos(), "the state at a JSON path (TaskInput_FromJsonPathAt)")
		return n
	}
	return c.p.MessageSet(resolve.Set{Leaves: []resolve.Leaf{v}}) // a helper with a fact, or unknown
}

// stateValues adds an unknown to n for every value of the objects in obj
// taken from the state ("input.$": "$", JsonPath_StringAt("$.detail")): a
// Lambda payload's fields count at any depth, and the state may carry them.
func (c *checker) stateValues(obj resolve.Set, n *fields) {
	entries, _ := c.p.Maps().Entries(obj)
	for _, e := range entries {
		if e.Value == nil {
			continue
		}
		isPath := false
		for _, k := range c.r.Resolve(e.Key, e.Ctx).Leaves {
			if key, ok := resolve.StringConstant(c.pass.TypesInfo, k); ok && strings.HasSuffix(key, ".$") {
				isPath = true
			}
		}
		for _, v := range c.r.Resolve(e.Value, e.Ctx).Leaves {
			if b, what := c.bindingOf(v, isPath); b == bindState {
				n.Unknown(v.Expr.Pos(), "the state at "+what)
			}
		}
	}
}
