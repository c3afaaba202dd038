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
	setters  *resolve.Setters // SDK v1 setters count as assignments
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
// MetricData and (SDK v2) of EntityMetricData[].MetricData, each with the
// dimensions the wrappers it passed through add (add). at is where a
// "cannot verify" for the input itself is reported.
func (c *checker) checkInput(set resolve.Set, sdk awsop.SDK, at ast.Expr, add adds) {
	var inputs resolve.Set
	inputs.Unknowns = set.Unknowns
	for _, leaf := range set.Leaves {
		switch {
		case leaf.Param >= 0 && !leaf.Spread && leaf.Path == "":
			// The callers build the input: what this function adds to its
			// datums counts for them, datums it adds itself are checked here.
			c.forward(forward{Param: leaf.Param, Kind: fwdInput, SDK: sdk}, add.plus(c.inputAdds(leaf, sdk, at, add)))
		case leaf.Param >= 0 || leaf.Path != "":
			inputs.Unknowns = append(inputs.Unknowns, c.partUnknown(leaf))
		default:
			if fn, datums, ok := c.factDatums(leaf); ok {
				// Built by a helper of another package: its datums are
				// known from its fact (and what is added to the input here
				// is found below).
				c.checkFactDatums(sdk, leaf, fn, fwdInput, datums, add)
			}
			inputs.Leaves = append(inputs.Leaves, leaf)
		}
	}
	c.checkDatums(c.datums(inputs, sdk), sdk, at, add)
}

// datums returns the datums of PutMetricData inputs.
func (c *checker) datums(inputs resolve.Set, sdk awsop.SDK) resolve.Set {
	datums := c.r.Elems(c.setters.Field(inputs, "MetricData"))
	if sdk == awsop.V2 {
		entities := c.r.Elems(c.r.Field(inputs, "EntityMetricData"))
		more := c.r.Elems(c.r.Field(entities, "MetricData"))
		datums.Leaves = append(datums.Leaves, more.Leaves...)
		datums.Unknowns = append(datums.Unknowns, more.Unknowns...)
	}
	return datums
}

// inputAdds returns what the current function adds to the datums of an
// input it is given (a parameter), and checks the datums it adds to that
// input itself (unless at is nil).
func (c *checker) inputAdds(input resolve.Leaf, sdk awsop.SDK, at ast.Expr, add adds) adds {
	own := c.datums(resolve.Set{Leaves: []resolve.Leaf{c.r.Received(input)}}, sdk)
	var a adds
	var theirs resolve.Set
	for _, d := range own.Leaves {
		switch {
		case d.Zero && d.Param < 0 && !c.isDecl(d):
			a = a.plus(c.datumAdds(d, input.Param)) // one of the caller's datums
		case d.Param == input.Param:
			// The caller's datums, copied (d := range in.MetricData;
			// d.Dimensions = ...; out = append(out, d)).
			if kind, ok := datumKind(d); ok && kind == fwdInput {
				a = a.plus(c.datumAdds(d, input.Param))
			}
		case d.Param >= 0:
		default:
			theirs.Leaves = append(theirs.Leaves, d)
		}
	}
	if at != nil {
		c.checkDatums(theirs, sdk, at, add)
	}
	return a
}

// datumAdds returns what the current function adds to the dimensions of a
// datum that it is given (parameter param, or a part of it).
func (c *checker) datumAdds(datum resolve.Leaf, param int) adds {
	return c.addsTo(c.r.Received(datum), func(d resolve.Leaf) bool { return d.Param == param })
}

// addsTo returns what the code adds to the dimensions of a datum it did not
// build (rec, see resolve.Received); theirs tells the parts of the value it
// was given, whose own dimensions are not the code's.
func (c *checker) addsTo(rec resolve.Leaf, theirs func(resolve.Leaf) bool) adds {
	dims := c.r.Elems(c.setters.Field(resolve.Set{Leaves: []resolve.Leaf{rec}}, "Dimensions"))
	names := resolve.Names{Unknowns: dims.Unknowns}
	for _, d := range dims.Leaves {
		if d.Zero || d.Spread && strings.HasSuffix(d.Path, "Dimensions") && theirs(d) {
			continue // the datum's own dimensions
		}
		names.Merge(c.names(resolve.Set{Leaves: []resolve.Leaf{d}}))
	}
	return adds{has: names.Sorted(), maybe: len(names.Unknowns) > 0 || len(names.Params) > 0}
}

// partUnknown describes a part of a parameter that cannot be checked at the
// callers, or a part of a call's result that cannot be followed.
func (c *checker) partUnknown(l resolve.Leaf) resolve.Unknown {
	if l.Param < 0 && l.Path != "" {
		return resolve.Unknown{Pos: l.Expr.Pos(), What: "field " + l.Path + " of " + c.r.Describe(l)}
	}
	return resolve.Unknown{Pos: l.Expr.Pos(), What: "a part of " + c.r.Describe(l)}
}

// isDecl reports whether a zero leaf is a variable declared without a value
// (var d types.MetricDatum).
func (c *checker) isDecl(l resolve.Leaf) bool {
	id, ok := l.Expr.(*ast.Ident)
	return ok && c.pass.TypesInfo.Defs[id] != nil
}

// checkDatums checks a set of datums, each with what the wrappers it
// passed through add; datums that come from a parameter of the function
// being checked are left to its callers.
func (c *checker) checkDatums(datums resolve.Set, sdk awsop.SDK, at ast.Expr, add adds) {
	for _, datum := range datums.Leaves {
		if datum.Param >= 0 {
			if kind, ok := datumKind(datum); ok {
				c.forward(forward{Param: datum.Param, Kind: kind, SDK: sdk}, add.plus(c.datumAdds(datum, datum.Param)))
			} else {
				datums.Unknowns = append(datums.Unknowns, c.partUnknown(datum))
			}
			continue
		}
		if datum.Zero && c.isDecl(datum) && c.reassigned(datum) {
			continue // var d T, later given whole values: those are checked
		}
		if datum.Path != "" {
			// A part of the result of a call (its input's MetricData):
			// known from the helper's fact, or unknown.
			whole := datum
			whole.Path, whole.Spread = "", false
			if _, _, ok := c.factDatums(whole); !ok {
				datums.Unknowns = append(datums.Unknowns, c.partUnknown(datum))
			}
			continue
		}
		c.checkDatum(sdk, datum, add)
	}
	if len(datums.Unknowns) > 0 && c.opts.Strict {
		c.report(analysis.Diagnostic{
			Pos: at.Pos(), End: at.End(),
			Message: fmt.Sprintf("cannot verify the dimensions of the metric data sent here: it comes from %s (strict mode)",
				datums.Unknowns[0].What),
		})
	}
}

// datumKind says what a parameter's part that is a datum sent is to the
// parameter: the datum itself, an element of it (datums), a datum of the
// input it is (copied one by one), the result of calling it.
func datumKind(l resolve.Leaf) (fwdKind, bool) {
	path := l.Path
	if l.Spread {
		path = joinPath(path, "[]")
	}
	switch path {
	case "":
		return fwdDatum, true
	case "[]":
		return fwdDatums, true
	case "MetricData.[]", "EntityMetricData.[].MetricData.[]":
		return fwdInput, true
	case "()":
		return fwdDatumFunc, true
	}
	return 0, false
}

func joinPath(path, step string) string {
	if path == "" {
		return step
	}
	return path + "." + step
}

// reassigned reports whether the variable a zero leaf stands for is also
// given whole values (checked as leaves of their own).
func (c *checker) reassigned(zero resolve.Leaf) bool {
	id, ok := zero.Expr.(*ast.Ident)
	if !ok {
		return false
	}
	for _, l := range c.r.Resolve(id, zero.Ctx).Leaves {
		if !l.Zero {
			return true
		}
	}
	return false
}

func (c *checker) checkDatum(sdk awsop.SDK, datum resolve.Leaf, add adds) {
	if fn, datums, ok := c.factDatums(datum); ok {
		kind := fwdDatum
		if datum.Spread {
			kind = fwdDatums // an element of the slice it returns
		}
		c.checkFactDatums(sdk, datum, fn, kind, datums, add)
		return
	}
	one := resolve.Set{Leaves: []resolve.Leaf{datum}}
	var names resolve.Names
	switch {
	case datum.Spread:
		// A slice of datums that cannot be listed, e.g. from another
		// package: nothing is known about its datums.
		names.Unknowns = append(names.Unknowns, resolve.Unknown{Pos: datum.Expr.Pos(), What: c.r.Describe(datum)})
	default:
		names = c.names(c.r.Elems(c.setters.Field(one, "Dimensions")))
	}
	add.into(&names, datum.Expr.Pos())
	c.settleDatum(sdk, datum, c.metricName(one), names, true)
}

// settleDatum decides about one datum (metric names it in findings) whose
// dimensions are names: it carries the required names, or its missing
// names may come from a parameter of the current function (forwarded to
// its callers), or it lacks them (reported at the datum, with a suggested
// fix when fixable and possible), or it cannot be told (strict mode).
func (c *checker) settleDatum(sdk awsop.SDK, datum resolve.Leaf, metric string, names resolve.Names, fixable bool) {
	if len(names.Params) > 0 {
		// Some dimensions come from the caller: it decides, when it can
		// decide alone (one parameter, the rest known).
		if _, verdict := names.Check(c.required, nil); verdict != resolve.Carries && forwardable(names) {
			c.forward(forward{Param: names.Params[0], Kind: fwdDims, SDK: sdk, Has: names.Sorted()}, adds{})
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
		if fix, ok := c.suggestFix(sdk, datum, missing); ok && fixable {
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
		case dim.Param >= 0 && dim.Spread && dim.Path == "":
			n.Params = append(n.Params, dim.Param)
		case dim.Param >= 0:
			n.Unknowns = append(n.Unknowns, c.partUnknown(dim))
		case c.fromResult(dim, &n):
		case dim.Path != "":
			n.Unknowns = append(n.Unknowns, c.partUnknown(dim))
		case c.fromFact(dim, &n):
		case dim.Spread:
			n.Unknowns = append(n.Unknowns, resolve.Unknown{Pos: dim.Expr.Pos(), What: c.r.Describe(dim)})
		default:
			names := c.setters.Field(resolve.Set{Leaves: []resolve.Leaf{dim}}, "Name")
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
	for _, leaf := range c.setters.Field(datum, "MetricName").Leaves {
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
