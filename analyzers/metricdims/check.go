package metricdims

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/fixes"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

type checker struct {
	pass     *analysis.Pass
	opts     *Options
	required [][]string
	r        *resolve.Resolver
	rep      *suppress.Reporter
	reported map[reportKey]bool
	scope    *fixes.Scope // in-scope identifiers, for fixes

	// The package's calls, callees first: walk.Func is the function whose
	// calls are being checked and walk.Ctx its summary context (its
	// parameters resolve to Param leaves, which its callers check); and what
	// each function of the package forwards to PutMetricData.
	walk     *callorder.Walk
	forwards map[*types.Func][]forward
}

type reportKey struct {
	pos token.Pos
	msg string
}

func (c *checker) report(d analysis.Diagnostic) {
	k := reportKey{d.Pos, d.Message}
	if c.reported[k] {
		return // the same datum reached from several calls
	}
	c.reported[k] = true
	c.rep.Report(d)
}

// checkInput checks the PutMetricData inputs in set: every datum of
// MetricData and (SDK v2) of EntityMetricData[].MetricData. at is where a
// "cannot verify" for the input itself is reported.
func (c *checker) checkInput(set resolve.Set, sdk awsop.SDK, at ast.Expr) {
	var inputs resolve.Set
	inputs.Unknowns = set.Unknowns
	for _, leaf := range set.Leaves {
		if leaf.Param >= 0 && !leaf.Spread {
			c.forward(forward{Param: leaf.Param, Kind: fwdInput, SDK: sdk})
			continue
		}
		inputs.Leaves = append(inputs.Leaves, leaf)
	}
	datums := c.r.Elems(c.r.Field(inputs, "MetricData"))
	if sdk == awsop.V2 {
		entities := c.r.Elems(c.r.Field(inputs, "EntityMetricData"))
		more := c.r.Elems(c.r.Field(entities, "MetricData"))
		datums.Leaves = append(datums.Leaves, more.Leaves...)
		datums.Unknowns = append(datums.Unknowns, more.Unknowns...)
	}
	c.checkDatums(datums, sdk, at)
}

// checkDatums checks a set of datums; datums that come from a parameter of
// the function being checked are left to its callers.
func (c *checker) checkDatums(datums resolve.Set, sdk awsop.SDK, at ast.Expr) {
	for _, datum := range datums.Leaves {
		switch {
		case datum.Param >= 0 && datum.Spread:
			c.forward(forward{Param: datum.Param, Kind: fwdDatums, SDK: sdk})
		case datum.Param >= 0:
			c.forward(forward{Param: datum.Param, Kind: fwdDatum, SDK: sdk})
		default:
			c.checkDatum(sdk, datum)
		}
	}
	if len(datums.Unknowns) > 0 && c.opts.Strict {
		c.report(analysis.Diagnostic{
			Pos: at.Pos(), End: at.End(),
			Message: fmt.Sprintf("cannot verify the dimensions of the metric data sent here: it comes from %s (strict mode)",
				datums.Unknowns[0].What),
		})
	}
}

func (c *checker) checkDatum(sdk awsop.SDK, datum resolve.Leaf) {
	one := resolve.Set{Leaves: []resolve.Leaf{datum}}
	var names resolve.Names
	if datum.Spread {
		// A slice of datums that cannot be listed, e.g. from another
		// package: nothing is known about its datums.
		names.Unknowns = append(names.Unknowns, resolve.Unknown{Pos: datum.Expr.Pos(), What: c.r.Describe(datum)})
	} else {
		names = c.names(c.r.Elems(c.r.Field(one, "Dimensions")))
	}
	metric := c.metricName(one)
	if len(names.Params) > 0 {
		// Some dimensions come from the caller: it decides, when it can
		// decide alone (one parameter, the rest known).
		if _, verdict := names.Check(c.required, nil); verdict != resolve.Carries && forwardable(names) {
			c.forward(forward{Param: names.Params[0], Kind: fwdDims, SDK: sdk, Has: names.Sorted()})
		}
		return
	}
	missing, verdict := names.Check(c.required, nil)
	switch verdict {
	case resolve.Lacks:
		d := analysis.Diagnostic{
			Pos: datum.Expr.Pos(), End: datum.Expr.End(),
			Message: fmt.Sprintf("%s lacks %s %s (required: %s)", metric, plural(len(missing), "dimension"),
				strings.Join(missing, ", "), strings.Join(c.opts.Dimensions, ", ")),
		}
		if fix, ok := c.suggestFix(sdk, datum, missing); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
		c.report(d)
	case resolve.CannotTell:
		if c.opts.Strict {
			c.report(analysis.Diagnostic{
				Pos: datum.Expr.Pos(), End: datum.Expr.End(),
				Message: fmt.Sprintf("cannot verify that %s carries %s: its dimensions come from %s (strict mode)",
					metric, strings.Join(missing, ", "), names.Unknowns[0].What),
			})
		}
	}
}

// names returns the dimension names a set of dimension values can carry.
func (c *checker) names(dims resolve.Set) resolve.Names {
	var n resolve.Names
	n.Unknowns = append(n.Unknowns, dims.Unknowns...)
	for _, dim := range dims.Leaves {
		switch {
		case dim.Zero:
		case dim.Param >= 0 && dim.Spread:
			n.Params = append(n.Params, dim.Param)
		case c.fromFact(dim, &n):
		case dim.Spread:
			n.Unknowns = append(n.Unknowns, resolve.Unknown{Pos: dim.Expr.Pos(), What: c.r.Describe(dim)})
		default:
			names := c.r.Field(resolve.Set{Leaves: []resolve.Leaf{dim}}, "Name")
			n.Unknowns = append(n.Unknowns, names.Unknowns...)
			for _, name := range names.Leaves {
				if s, ok := resolve.StringConstant(c.pass.TypesInfo, name); ok {
					n.Add(s)
				} else if !name.Zero {
					n.Unknowns = append(n.Unknowns, resolve.Unknown{Pos: name.Expr.Pos(), What: "a dimension name that is not a constant"})
				}
			}
		}
	}
	return n
}

// fromFact adds what the fact of a called helper says about its result.
func (c *checker) fromFact(leaf resolve.Leaf, n *resolve.Names) bool {
	call, ok := leaf.Expr.(*ast.CallExpr)
	if !ok || leaf.Result != 0 {
		return false
	}
	fn := resolve.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	var fact DimensionsFact
	if !c.pass.ImportObjectFact(fn, &fact) {
		return false
	}
	for _, name := range fact.Names {
		n.Add(name)
	}
	if fact.Incomplete {
		n.Unknowns = append(n.Unknowns, resolve.Unknown{Pos: call.Pos(), What: "part of the result of " + resolve.QualifiedName(fn)})
	}
	for _, p := range fact.Params {
		if p < len(call.Args) {
			arg := c.r.Resolve(call.Args[p], leaf.Ctx)
			n.Merge(c.names(c.r.Elems(arg)))
		}
	}
	return true
}

// metricName describes the datum by its metric name when that is known.
func (c *checker) metricName(datum resolve.Set) string {
	var names []string
	for _, leaf := range c.r.Field(datum, "MetricName").Leaves {
		if s, ok := resolve.StringConstant(c.pass.TypesInfo, leaf); ok {
			names = append(names, fmt.Sprintf("%q", s))
		}
	}
	if len(names) == 1 {
		return "metric " + names[0]
	}
	return "metric datum"
}

// forwardable reports whether dimensions partly taken from a parameter can be
// checked at the callers: only when one parameter supplies them and everything
// else is known; otherwise a caller could be blamed for names that another
// argument, or an unknown source in the wrapper, provides.
func forwardable(names resolve.Names) bool {
	return len(names.Params) == 1 && len(names.Unknowns) == 0
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
