package propagation

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Wrappers. Real code rarely starts a job where its arguments are built: a
// helper takes the input, the arguments, the payload or the event it
// marshals as a parameter and sends it. Such a function forwards that
// parameter; its callers are checked instead, at the argument, with the
// keys the wrapper adds itself (a decorator that stamps --execution-arn on
// every job it starts makes its callers compliant). Forwarding is computed
// for every function of the package, callees before callers, and exported
// as a fact for exported ones, so wrappers in other packages, and wrappers
// of wrappers, count too.

// What a forwarded parameter is to the value handed over: the kinds of the
// payload package (the payload text, a part of it, a marshalled value, a
// map whose keys are the arguments) and the structures of the operations.
type fwdKind = payload.Kind

const (
	fwdGlueInput        fwdKind = payload.Custom + iota // a StartJobRunInput
	fwdInvokeInput                                      // an InvokeInput (InvokeWithResponseStreamInput)
	fwdInvokeAsyncInput                                 // an InvokeAsyncInput
	fwdProps                                            // the props of a CDK task
	fwdTaskInput                                        // the TaskInput of a CDK task
)

var fwdNames = map[fwdKind]string{
	fwdGlueInput: "input", fwdInvokeInput: "input", fwdInvokeAsyncInput: "async-input",
	fwdProps: "props", fwdTaskInput: "taskinput",
	payload.Message: "payload", payload.Messages: "payloads", payload.Part: "part", payload.Hole: "hole",
	payload.Value: "value", payload.Nested: "nested", payload.Keys: "keys",
}

// whole reports whether an argument of this kind holds whole values
// (inputs, props, task inputs), which are checked where they are built.
func whole(k fwdKind) bool { return k >= fwdGlueInput && k <= fwdTaskInput }

// A Slot is a parameter that supplies (part of) what is handed over, and
// what it is to it.
type Slot struct {
	Param int
	Kind  fwdKind
}

func (s Slot) String() string { return fmt.Sprintf("param%d:%s", s.Param, fwdNames[s.Kind]) }

// A Forward is one value a function hands to Glue, Lambda or a CDK task
// whose keys come partly from its callers: where it goes, the parameters
// that supply it, and the required keys the function adds itself.
type Forward struct {
	Target target
	Slots  []Slot
	Has    []string // sorted, as spelled in the code
}

func (f Forward) String() string {
	parts := make([]string, len(f.Slots))
	for i, s := range f.Slots {
		parts[i] = s.String()
	}
	out := f.Target.String() + ":" + strings.Join(parts, "&")
	for _, h := range f.Has {
		out += "+" + h
	}
	return out
}

func (f Forward) equal(g Forward) bool {
	return f.Target == g.Target && slices.Equal(f.Slots, g.Slots) && slices.Equal(f.Has, g.Has)
}

// ForwardsFact records, for an exported function, the values it hands over
// with parts given by its callers, so that jobs.Start(ctx, c, "load", args)
// in another package is checked.
type ForwardsFact struct {
	Forwards []Forward
}

// AFact marks ForwardsFact as an analysis fact.
func (*ForwardsFact) AFact() {}

func (f *ForwardsFact) String() string {
	parts := make([]string, len(f.Forwards))
	for i, fw := range f.Forwards {
		parts[i] = fw.String()
	}
	return "forwards(" + strings.Join(parts, ", ") + ")"
}

// WrappersFact marks a package that has exported wrappers: packages that
// import it are checked for calls even when they import no Glue, Lambda or
// CDK package.
type WrappersFact struct {
	Funcs []string
}

// AFact marks WrappersFact as an analysis fact.
func (*WrappersFact) AFact() {}

func (f *WrappersFact) String() string { return "wrappers(" + strings.Join(f.Funcs, ", ") + ")" }

// checkPackage checks every call that hands work over, function by
// function, callees before callers so that wrappers are known when their
// call sites are checked, and exports the facts of exported wrappers.
func (c *checker) checkPackage() {
	c.forwards = make(map[*types.Func][]Forward)
	c.walk = callorder.New(c.pass, nil)
	c.walk.Run(c.checkSite)
	callorder.ExportForwards(c.pass, c.walk, c.forwards,
		func(fws []Forward) analysis.Fact { return &ForwardsFact{Forwards: fws} },
		func(names []string) analysis.Fact { return &WrappersFact{Funcs: names} })
}

// checkSite checks a call that may hand work over: a wrapper, StartJobRun,
// Invoke, or a CDK task. A wrapper with the shape of the operation (a
// decorating client's StartJobRun) is checked as a wrapper, so that the
// keys it adds count.
func (c *checker) checkSite(call *ast.CallExpr) {
	info := c.pass.TypesInfo
	if callee := resolve.Callee(info, call); callee != nil {
		if fws := c.forwardsOf(callee); len(fws) > 0 {
			for _, fw := range fws {
				c.checkForwarded(call, callee, fw)
			}
			return
		}
	}
	if op, ok := startJobRun.Match(info, call); ok {
		c.checkGlueInputs(c.r.Resolve(op.Input, c.walk.Ctx), fields{}, op.Input, nil)
		return
	}
	if op, ok := invoke.Match(info, call); ok {
		c.checkInvokeInputs(c.r.Resolve(op.Input, c.walk.Ctx), op.Op.Name == "InvokeAsync", fields{}, op.Input, nil)
		return
	}
	if t, props, ok := c.matchTask(call); ok {
		c.checkProps(t, c.r.Resolve(props, c.walk.Ctx), fields{}, props, nil)
	}
}

// forwardsOf returns what callee forwards: from its body for a function of
// this package (processed first), from its fact otherwise.
func (c *checker) forwardsOf(callee *types.Func) []Forward {
	var fact ForwardsFact
	return callorder.Forwards(c.pass, c.walk, callee, c.forwards, &fact, func() []Forward { return fact.Forwards })
}

// forward records that the current function hands a value to t whose keys
// n has, with slots its callers fill.
func (c *checker) forward(t target, n fields) {
	if c.walk.Func == nil || len(n.Slots) == 0 {
		return
	}
	fw := Forward{Target: t}
	for _, s := range n.Slots {
		fw.Slots = append(fw.Slots, Slot(s.Slot))
	}
	slices.SortFunc(fw.Slots, func(a, b Slot) int { return cmp.Or(cmp.Compare(a.Param, b.Param), cmp.Compare(a.Kind, b.Kind)) })
	// Only the required keys matter to callers.
	for _, name := range n.Sorted() {
		if c.isRequired(t, name) {
			fw.Has = append(fw.Has, name)
		}
	}
	for _, g := range c.forwards[c.walk.Func] {
		if g.equal(fw) {
			return
		}
	}
	c.forwards[c.walk.Func] = append(c.forwards[c.walk.Func], fw)
}

// forwardStruct handles an input, props or task input that is a parameter
// of the current function: it is checked where the callers build it, with
// the keys this function adds to it itself (in.Arguments["--run-key"] = k)
// and extra.
func (c *checker) forwardStruct(t target, l resolve.Leaf, kind fwdKind, extra fields) {
	var n fields
	n.Merge(extra)
	// The parameter as a zero value: what this function assigns to its
	// fields, without the caller's values.
	own := l
	own.Param, own.Spread, own.Zero = -1, false, true
	switch kind {
	case fwdGlueInput:
		n.Merge(c.glueArguments(own))
	case fwdInvokeInput, fwdInvokeAsyncInput:
		for _, v := range c.invokePayloads(resolve.Set{Leaves: []resolve.Leaf{own}}, kind == fwdInvokeAsyncInput).Leaves {
			if !v.Zero {
				n.Merge(c.p.Message(v))
			}
		}
	}
	c.p.Slot(&n, l, kind)
	n.Unknowns = nil // what the function adds is a part; the callers' values decide
	c.settle(t, n, l.Expr, nil, nil)
}

// checkForwarded checks the arguments a call passes for one value a
// wrapper hands over.
func (c *checker) checkForwarded(call *ast.CallExpr, callee *types.Func, fw Forward) {
	sig := callee.Signature()
	if len(fw.Slots) == 0 || resolve.IsMethodExpr(c.pass.TypesInfo, call) {
		return
	}
	site := c.site
	c.site = callorder.SiteOf(call, callee)
	defer func() { c.site = site }()

	var extra fields
	for _, h := range fw.Has {
		extra.Add(h)
	}
	var wholeSlot, elems *Slot
	var at ast.Expr
	for i, s := range fw.Slots {
		switch {
		case whole(s.Kind):
			if wholeSlot != nil {
				return
			}
			wholeSlot = &fw.Slots[i]
		case s.Kind == payload.Messages:
			if elems != nil {
				return
			}
			elems = &fw.Slots[i]
		default:
			arg := callorder.Arg(call, sig, s.Param)
			if arg == nil {
				return
			}
			if at == nil {
				at = arg
			}
			extra.Merge(c.argFields(fw.Target, arg, s.Kind))
		}
	}
	switch {
	case wholeSlot != nil && elems != nil:
	case wholeSlot != nil:
		c.checkWholeArg(call, callee, sig, fw.Target, *wholeSlot, extra)
	case elems != nil:
		c.checkPayloadsArg(call, callee, sig, fw.Target, *elems, extra)
	default:
		c.settle(fw.Target, extra, at, callee, nil)
	}
}

// argFields returns the keys an argument brings, read as what its
// parameter is to the value handed over.
func (c *checker) argFields(t target, arg ast.Expr, kind fwdKind) fields {
	set := c.r.Resolve(arg, c.walk.Ctx)
	var n fields
	switch kind {
	case payload.Message, payload.Part:
		n = c.p.MessageSet(set)
	case payload.Value, payload.Nested:
		n = c.p.Encoded(set, c.pass.TypesInfo.TypeOf(arg), arg.Pos())
	case payload.Keys:
		if t.cdk() {
			c.checkBindings(t, set)
		}
		n = c.p.MapKeys(set)
	}
	if kind == payload.Part || kind == payload.Nested {
		n.Sure(true)
	}
	return n
}

// checkWholeArg checks the inputs, props or task inputs a call passes to a
// wrapper that hands them over, with extra (the keys the wrapper adds).
func (c *checker) checkWholeArg(call *ast.CallExpr, callee *types.Func, sig *types.Signature, t target, s Slot, extra fields) {
	arg := callorder.Arg(call, sig, s.Param)
	if arg == nil {
		return
	}
	set := c.r.Resolve(arg, c.walk.Ctx)
	switch s.Kind {
	case fwdGlueInput:
		c.checkGlueInputs(set, extra, arg, callee)
	case fwdInvokeInput, fwdInvokeAsyncInput:
		c.checkInvokeInputs(set, s.Kind == fwdInvokeAsyncInput, extra, arg, callee)
	case fwdProps:
		c.checkProps(t, set, extra, arg, callee)
	case fwdTaskInput:
		c.checkTaskInputs(t, set, extra, resolve.Leaf{Expr: arg, Param: -1, Zero: true}, callee)
	}
}

// checkPayloadsArg checks the payloads a call passes to a wrapper that
// sends each of them: every argument of a variadic parameter, every
// element of a slice.
func (c *checker) checkPayloadsArg(call *ast.CallExpr, callee *types.Func, sig *types.Signature, t target, s Slot, extra fields) {
	one := func(set resolve.Set, at ast.Expr) {
		var n fields
		n.Merge(extra)
		n.Merge(c.p.MessageSet(set))
		c.settle(t, n, at, callee, nil)
	}
	if s.Param < 0 || s.Param >= sig.Params().Len() || s.Param >= len(call.Args) {
		return
	}
	if sig.Variadic() && s.Param == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
		for _, a := range call.Args[s.Param:] {
			one(c.r.Resolve(a, c.walk.Ctx), a)
		}
		return
	}
	els := c.r.Elems(c.r.Resolve(call.Args[s.Param], c.walk.Ctx))
	for _, l := range els.Leaves {
		if !l.Zero {
			one(resolve.Set{Leaves: []resolve.Leaf{l}}, l.Expr)
		}
	}
	if len(els.Unknowns) > 0 {
		one(resolve.Set{Unknowns: els.Unknowns}, call.Args[s.Param])
	}
}
