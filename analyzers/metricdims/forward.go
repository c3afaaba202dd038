package metricdims

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Wrappers. Real code rarely calls PutMetricData where datums are built: a
// helper takes the input, the datums or the dimensions as a parameter and
// sends them. Such a function forwards that parameter; its callers are
// checked instead, with the wrapper's own contribution (dimensions it adds
// itself) taken into account. Forwarding is computed for every function of
// the package and exported as a fact for exported ones, so wrappers in other
// packages, and wrappers of wrappers, count too.

type fwdKind uint8

const (
	fwdInput     fwdKind = iota + 1 // *PutMetricDataInput (or its datums, copied)
	fwdDatums                       // []MetricDatum (or the variadic datums)
	fwdDatum                        // one MetricDatum
	fwdDims                         // the dimensions of one datum
	fwdDatumFunc                    // a function whose result is a datum sent
)

var fwdNames = map[fwdKind]string{
	fwdInput: "input", fwdDatums: "datums", fwdDatum: "datum", fwdDims: "dimensions", fwdDatumFunc: "datumfunc",
}

// A forward says that parameter Param reaches PutMetricData as Kind, and
// what the wrapper adds to the dimensions of every datum it sends (a
// decorator that stamps RunId and ExecutionArn on whatever it is given
// makes its callers compliant).
type forward struct {
	Param int
	Kind  fwdKind
	SDK   awsop.SDK
	// Has are the dimension names the wrapper adds itself.
	Has []string
	// Maybe is set when the wrapper also adds dimensions it cannot follow:
	// what its callers lack may be among them.
	Maybe bool
}

func (f forward) String() string {
	s := fmt.Sprintf("param%d:%s", f.Param, fwdNames[f.Kind])
	if len(f.Has) > 0 {
		s += "+" + strings.Join(f.Has, "+")
	}
	if f.Maybe {
		s += "+?"
	}
	return s
}

// adds is what a wrapper adds to the dimensions of the datums it sends:
// the names it surely provides, whether it adds more that cannot be
// followed, and which wrapper (for findings).
type adds struct {
	has   []string
	maybe bool
	by    *types.Func
}

// plus returns a with the names and unknowns of b.
func (a adds) plus(b adds) adds {
	out := adds{has: slices.Clone(a.has), maybe: a.maybe || b.maybe, by: a.by}
	if out.by == nil {
		out.by = b.by
	}
	for _, h := range b.has {
		if !slices.Contains(out.has, h) {
			out.has = append(out.has, h)
		}
	}
	slices.Sort(out.has)
	return out
}

// into adds what a wrapper adds to names.
func (a adds) into(names *resolve.Names, at token.Pos) {
	for _, h := range a.has {
		names.Add(h)
	}
	if a.maybe {
		by := "a wrapper"
		if a.by != nil {
			by = resolve.QualifiedName(a.by)
		}
		names.Unknowns = append(names.Unknowns, resolve.Unknown{Pos: at, What: "dimensions added by " + by})
	}
}

// of returns what forward f says its wrapper, callee, adds.
func (f forward) adds(callee *types.Func) adds {
	return adds{has: f.Has, maybe: f.Maybe, by: callee}
}

// ForwardsFact records which parameters of an exported function reach
// PutMetricData, and as what.
type ForwardsFact struct {
	Forwards []forward
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

// forward records that the current function forwards a parameter, with
// what it adds to the datums (a).
func (c *checker) forward(f forward, a adds) {
	if c.walk.Func == nil || f.Param < 0 {
		return // a receiver or a function literal's parameter: not followed
	}
	if f.Kind != fwdDims {
		f.Has, f.Maybe = a.has, a.maybe
	}
	for _, g := range c.forwards[c.walk.Func] {
		if g.Param == f.Param && g.Kind == f.Kind && slices.Equal(g.Has, f.Has) && g.Maybe == f.Maybe {
			return
		}
	}
	c.forwards[c.walk.Func] = append(c.forwards[c.walk.Func], f)
}

// checkPackage checks every call that sends metric data, function by
// function, callees before callers so that wrappers are known when their
// call sites are checked.
func (c *checker) checkPackage() {
	c.forwards = make(map[*types.Func][]forward)
	c.walk = callorder.New(c.pass, nil)
	c.walk.Run(c.checkSite)
	for _, fn := range c.walk.Funcs() {
		if fw := c.forwards[fn]; len(fw) > 0 && fn.Exported() {
			c.pass.ExportObjectFact(fn, &ForwardsFact{Forwards: fw})
		}
	}
	callorder.ExportMakes(c.pass, c.r, c.walk, []string{"PutMetricData"}, c.forwardsOf, c.makes,
		func(fws map[string][]forward) analysis.Fact { return &MakesFact{Forwards: fws["PutMetricData"]} })
}

// forwardsOf returns what fn forwards: from its body for a function of this
// package (processed first), from its fact otherwise.
func (c *checker) forwardsOf(fn *types.Func) []forward {
	var fact ForwardsFact
	return callorder.Forwards(c.pass, c.walk, fn, c.forwards, &fact, func() []forward { return fact.Forwards })
}

// MakesFact records, for an exported function that returns a client as an
// interface (func NewTraced(c API, runID, arn string) API returning a
// decorator), what PutMetricData does on the value it returns, so that
// api := metrics.NewTraced(c, ...); api.PutMetricData(...) in another
// package is checked as a call of the decorator.
type MakesFact struct {
	Forwards []forward
}

// AFact marks MakesFact as an analysis fact.
func (*MakesFact) AFact() {}

func (f *MakesFact) String() string {
	parts := make([]string, len(f.Forwards))
	for i, fw := range f.Forwards {
		parts[i] = fw.String()
	}
	return "makes(" + strings.Join(parts, ", ") + ")"
}

// makes returns what PutMetricData on the value a function of another
// package makes forwards, from its MakesFact.
func (c *checker) makes(fn *types.Func, method string) []forward {
	var fact MakesFact
	if method == "PutMetricData" && c.pass.ImportObjectFact(fn, &fact) {
		return fact.Forwards
	}
	return nil
}

// checkSite checks a call that may send metric data: a function that
// forwards some of its parameters to PutMetricData, or PutMetricData
// itself. A wrapper with the shape of the operation (a decorating client's
// PutMetricData method) is checked as a wrapper, so that what it adds
// counts; so is a call of an interface method whose receiver may hold such a
// decorator.
func (c *checker) checkSite(call *ast.CallExpr) {
	info := c.pass.TypesInfo
	op, isOp := putMetricData.Match(info, call)
	if callee := resolve.Callee(info, call); callee != nil {
		targets := callorder.Targets(c.r, call, callee, c.walk.Ctx, isOp, c.forwardsOf, c.makes)
		for _, t := range targets {
			c.checkForwarded(call, t.Fn, t.Forward)
		}
		if len(targets) > 0 {
			return
		}
	}
	if isOp {
		c.checkInput(c.r.Resolve(op.Input, c.walk.Ctx), op.SDK, op.Input, adds{})
	}
}

// checkForwarded checks the argument a call passes for a forwarded parameter.
func (c *checker) checkForwarded(call *ast.CallExpr, callee *types.Func, fw forward) {
	sig := callee.Signature()
	if fw.Param >= len(call.Args) && !sig.Variadic() || resolve.IsMethodExpr(c.pass.TypesInfo, call) {
		return
	}
	var set resolve.Set
	var at ast.Expr
	variadic := sig.Variadic() && fw.Param == sig.Params().Len()-1 && !call.Ellipsis.IsValid()
	if variadic {
		// f(ctx, d1, d2): the arguments are the elements.
		for _, arg := range call.Args[min(fw.Param, len(call.Args)):] {
			s := c.r.Resolve(arg, c.walk.Ctx)
			set.Leaves = append(set.Leaves, s.Leaves...)
			set.Unknowns = append(set.Unknowns, s.Unknowns...)
		}
		if fw.Param >= len(call.Args) {
			return
		}
		at = call.Args[fw.Param]
	} else {
		at = call.Args[fw.Param]
		set = c.r.Resolve(at, c.walk.Ctx)
	}
	add := fw.adds(callee)
	switch fw.Kind {
	case fwdInput:
		c.checkInput(set, fw.SDK, at, add)
	case fwdDatums:
		if !variadic {
			set = c.r.Elems(set)
		}
		c.checkDatums(set, fw.SDK, at, add)
	case fwdDatum:
		c.checkDatums(set, fw.SDK, at, add)
	case fwdDatumFunc:
		c.checkDatums(c.funcResults(set), fw.SDK, at, add)
	case fwdDims:
		if !variadic {
			set = c.r.Elems(set)
		}
		c.checkPassedDims(set, callee, fw, at)
	}
}

// checkPassedDims checks dimensions a caller hands to a wrapper that builds
// the datum, together with those the wrapper adds itself.
func (c *checker) checkPassedDims(dims resolve.Set, callee *types.Func, fw forward, at ast.Expr) {
	names := c.names(dims)
	for _, h := range fw.Has {
		names.Add(h)
	}
	missing, verdict := names.Check(c.required, nil)
	if len(names.Params) > 0 {
		if verdict != resolve.Carries && forwardable(names) {
			c.forward(forward{Param: names.Params[0], Kind: fwdDims, SDK: fw.SDK, Has: names.Sorted()}, adds{})
		}
		return
	}
	switch verdict {
	case resolve.Lacks:
		c.report(analysis.Diagnostic{
			Pos: at.Pos(), End: at.End(),
			Message: fmt.Sprintf("dimensions passed to %s lack %s (required: %s)", resolve.QualifiedName(callee),
				strings.Join(missing, ", "), strings.Join(c.opts.Dimensions, ", ")),
		})
	case resolve.CannotTell:
		if c.opts.Strict {
			c.report(analysis.Diagnostic{
				Pos: at.Pos(), End: at.End(),
				Message: fmt.Sprintf("cannot verify that the dimensions passed to %s carry %s: they come from %s (strict mode)",
					resolve.QualifiedName(callee), strings.Join(missing, ", "), names.Unknowns[0].What),
			})
		}
	}
}

// funcResults returns the datums that the function values in set return:
// a literal handed to a generic helper (flush(ctx, api, items,
// func(m M) types.MetricDatum {...})), a function of this package.
func (c *checker) funcResults(set resolve.Set) resolve.Set {
	return c.r.FuncResults(set, 0)
}
