package propagation

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// The hops at run time, through the AWS SDK for Go (v2 and v1): the
// Arguments of a Glue StartJobRunInput, the Payload of a Lambda InvokeInput
// (InvokeWithResponseStreamInput), the InvokeArgs reader of an
// InvokeAsyncInput.

// checkGlueInputs checks the StartJobRun inputs in set, each with the keys
// extra adds (a wrapper's own); at is where a "cannot verify" about the
// inputs themselves is reported, callee the wrapper they are passed to.
func (c *checker) checkGlueInputs(inputs resolve.Set, extra fields, at ast.Expr, callee *types.Func) {
	c.unknown(glueSDK, at, inputs.Unknowns, callee)
	for _, in := range values(inputs) {
		switch {
		case in.Param >= 0 && !in.Spread:
			c.forwardStruct(glueSDK, in, fwdGlueInput, extra)
		case in.Spread:
			c.unknown(glueSDK, in.Expr, []resolve.Unknown{{Pos: in.Expr.Pos(), What: c.p.Describe(in)}}, callee)
		default:
			c.checkGlueInput(in, extra, callee)
		}
	}
}

// checkGlueInput checks the arguments of one StartJobRunInput: each map its
// Arguments may be, with the keys assigned into it on every path.
func (c *checker) checkGlueInput(in resolve.Leaf, extra fields, callee *types.Func) {
	one := resolve.Set{Leaves: []resolve.Leaf{in}}
	args := c.setters.Field(one, "Arguments")
	vals := values(args)
	if allZero(vals) && !allZero(values(c.setters.Field(one, "JobRunId"))) {
		// A retry of an earlier run (JobRunId) without arguments of its
		// own: which arguments it gets is not known here.
		args.Unknowns = append(args.Unknowns, resolve.Unknown{Pos: in.Expr.Pos(), What: "the arguments of the job run it retries (JobRunId)"})
	}
	for _, v := range vals {
		n := c.p.MapKeys(resolve.Set{Leaves: []resolve.Leaf{v}})
		n.Unknowns = append(n.Unknowns, args.Unknowns...)
		n.Merge(extra)
		var fix func([]string) (analysis.SuggestedFix, bool)
		if callee == nil {
			fix = func(missing []string) (analysis.SuggestedFix, bool) { return c.glueFix(in, v, missing) }
		}
		c.settle(glueSDK, n, posOf(in, "Arguments", vals, v), callee, fix)
	}
	if len(vals) == 0 {
		var n fields
		n.Unknowns = args.Unknowns
		n.Merge(extra)
		c.settle(glueSDK, n, in.Expr, callee, nil)
	}
}

// glueArguments returns the keys a function assigns into the Arguments of a
// StartJobRunInput it is given (in.Arguments["--run-key"] = k).
func (c *checker) glueArguments(own resolve.Leaf) fields {
	return c.p.MapKeys(c.setters.Field(resolve.Set{Leaves: []resolve.Leaf{own}}, "Arguments"))
}

// checkInvokeInputs checks the Invoke inputs in set; async says they are
// InvokeAsyncInputs, whose payload is the InvokeArgs reader.
func (c *checker) checkInvokeInputs(inputs resolve.Set, async bool, extra fields, at ast.Expr, callee *types.Func) {
	c.unknown(lambdaSDK, at, inputs.Unknowns, callee)
	kind := fwdInvokeInput
	if async {
		kind = fwdInvokeAsyncInput
	}
	for _, in := range values(inputs) {
		switch {
		case in.Param >= 0 && !in.Spread:
			c.forwardStruct(lambdaSDK, in, kind, extra)
		case in.Spread:
			c.unknown(lambdaSDK, in.Expr, []resolve.Unknown{{Pos: in.Expr.Pos(), What: c.p.Describe(in)}}, callee)
		default:
			c.checkInvokeInput(in, async, extra, callee)
		}
	}
}

// checkInvokeInput checks the payload of one Invoke input: each value it may
// be on its own (a bare text on one path, a JSON document on another). A
// dry run (InvocationType DryRun) runs nothing and is not checked.
func (c *checker) checkInvokeInput(in resolve.Leaf, async bool, extra fields, callee *types.Func) {
	one := resolve.Set{Leaves: []resolve.Leaf{in}}
	if !async && c.dryRun(c.setters.Field(one, "InvocationType")) {
		return
	}
	payloads := c.invokePayloads(one, async)
	vals := values(payloads)
	for _, v := range vals {
		for _, n := range c.payloadValues(v) {
			n.Unknowns = append(n.Unknowns, payloads.Unknowns...)
			n.Merge(extra)
			c.settle(lambdaSDK, n, posOf(in, payloadField(async), vals, v), callee, nil)
		}
	}
	if len(vals) == 0 {
		var n fields
		n.Unknowns = payloads.Unknowns
		n.Merge(extra)
		c.settle(lambdaSDK, n, in.Expr, callee, nil)
	}
}

// invokePayloads returns the payloads of Invoke inputs: the Payload field,
// or for InvokeAsync the bytes or text the InvokeArgs reader reads
// (bytes.NewReader(b), strings.NewReader(s), bytes.NewBuffer(b),
// bytes.NewBufferString(s)); another reader cannot be followed.
func (c *checker) invokePayloads(inputs resolve.Set, async bool) resolve.Set {
	if !async {
		return c.setters.Field(inputs, payloadField(async))
	}
	readers := c.setters.Field(inputs, payloadField(async))
	out := resolve.Set{Unknowns: readers.Unknowns}
	for _, l := range readers.Leaves {
		if l.Zero {
			out.Leaves = append(out.Leaves, l)
			continue
		}
		if call, ok := ast.Unparen(l.Expr).(*ast.CallExpr); ok && isReaderOf(resolve.Callee(c.pass.TypesInfo, call)) && len(call.Args) == 1 {
			src := c.r.Resolve(call.Args[0], l.Ctx)
			out.Leaves = append(out.Leaves, src.Leaves...)
			out.Unknowns = append(out.Unknowns, src.Unknowns...)
			continue
		}
		out.Unknowns = append(out.Unknowns, resolve.Unknown{Pos: l.Expr.Pos(), What: "a reader that is not followed (" + c.p.Describe(l) + ")"})
	}
	return out
}

// payloadField is the field of an Invoke input that holds its payload.
func payloadField(async bool) string {
	if async {
		return "InvokeArgs"
	}
	return "Payload"
}

// isReaderOf reports whether fn makes a reader of the bytes or text it is
// given.
func isReaderOf(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "bytes":
		return fn.Name() == "NewReader" || fn.Name() == "NewBuffer" || fn.Name() == "NewBufferString"
	case "strings":
		return fn.Name() == "NewReader"
	}
	return false
}

// payloadValues returns the fields of each value a payload leaf may be (no
// Payload at all is a payload without fields).
func (c *checker) payloadValues(v resolve.Leaf) []fields {
	if v.Zero {
		return []fields{{}}
	}
	return c.p.Alternatives(v)
}

// dryRun reports whether every value of InvocationType is the constant
// "DryRun": Lambda validates the request and runs nothing.
func (c *checker) dryRun(s resolve.Set) bool {
	if len(s.Leaves) == 0 || len(s.Unknowns) > 0 {
		return false
	}
	for _, l := range s.Leaves {
		v, ok := resolve.StringConstant(c.pass.TypesInfo, l)
		if !ok || v != "DryRun" {
			return false
		}
	}
	return true
}

// allZero reports whether every leaf is a zero value (the field is never
// given one).
func allZero(ls []resolve.Leaf) bool {
	for _, l := range ls {
		if !l.Zero {
			return false
		}
	}
	return true
}
