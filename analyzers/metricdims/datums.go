package metricdims

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// Helpers that return datums. A metrics package often builds whole datums
// for its callers (func (m Metric) Datum() types.MetricDatum, func
// Batch(...) []types.MetricDatum, func Input(...) *PutMetricDataInput).
// Their DatumsFact records each datum they may return, on its own: the
// dimension names it carries, or the parameter whose datum it is, with what
// the helper adds to it (a function that decorates the datum it is given).
// A call in another package is checked datum by datum: one that lacks a
// required name is reported at the call.

// DatumsFact records the datums an exported function returns.
type DatumsFact struct {
	Datums []Datum
}

// A Datum is one datum a helper may return.
type Datum struct {
	Metric string   // its metric name, when one constant
	Names  []string // the dimension names it carries, sorted
	// Params are the parameters whose dimensions it also carries.
	Params []int
	// From is the parameter whose datum (Kind says how: the datum, an
	// element, a datum of the input) it is, decorated with Names; -1 for
	// none.
	From int
	Kind fwdKind
	// Incomplete is set when part of it could not be followed.
	Incomplete bool
}

// AFact marks DatumsFact as an analysis fact.
func (*DatumsFact) AFact() {}

func (f *DatumsFact) String() string {
	parts := make([]string, len(f.Datums))
	for i, d := range f.Datums {
		parts[i] = d.String()
	}
	return "datums(" + strings.Join(parts, ", ") + ")"
}

func (d Datum) String() string {
	var b strings.Builder
	b.WriteString("{")
	switch {
	case d.From >= 0:
		fmt.Fprintf(&b, "param%d:%s", d.From, fwdNames[d.Kind])
		for _, n := range d.Names {
			b.WriteString("+" + n)
		}
	default:
		if d.Metric != "" {
			b.WriteString(d.Metric + ": ")
		}
		if len(d.Names) == 0 && len(d.Params) == 0 {
			b.WriteString("no dimensions")
		}
		b.WriteString(strings.Join(d.Names, ", "))
		for _, p := range d.Params {
			fmt.Fprintf(&b, "+param%d", p)
		}
	}
	if d.Incomplete {
		b.WriteString(" incomplete")
	}
	b.WriteString("}")
	return b.String()
}

// datumsResult reports whether a function's result type holds datums: a
// datum (or a pointer to one), a slice of them, or a PutMetricData input,
// of either SDK; kind says which (fwdDatum, fwdDatums, fwdInput).
func datumsResult(t types.Type) (awsop.SDK, fwdKind, bool) {
	deref := func(t types.Type) types.Type {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			return p.Elem()
		}
		return t
	}
	sdkOf := func(t types.Type) awsop.SDK {
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && strings.HasPrefix(n.Obj().Pkg().Path(), awsop.V1Prefix) {
			return awsop.V1
		}
		return awsop.V2
	}
	e := deref(t)
	switch {
	case awsop.IsShape(e, "cloudwatch", "MetricDatum"):
		return sdkOf(e), fwdDatum, true
	case isInput(e):
		return sdkOf(e), fwdInput, true
	}
	if s, ok := types.Unalias(t).Underlying().(*types.Slice); ok {
		if e := deref(s.Elem()); awsop.IsShape(e, "cloudwatch", "MetricDatum") {
			return sdkOf(e), fwdDatums, true
		}
	}
	return 0, 0, false
}

// exportDatumsFact summarises an exported function that returns datums.
func (c *checker) exportDatumsFact(fn *types.Func) {
	results := fn.Signature().Results()
	if results.Len() == 0 {
		return
	}
	sdk, kind, ok := datumsResult(results.At(0).Type())
	if !ok {
		return
	}
	values := c.r.Returns(fn, 0, resolve.Summary(fn))
	var datums resolve.Set
	switch kind {
	case fwdInput:
		var inputs resolve.Set
		inputs.Unknowns = values.Unknowns
		for _, l := range values.Leaves {
			if l.Param >= 0 && l.Path == "" && !l.Spread {
				datums.Leaves = append(datums.Leaves, l) // the input it is given
				continue
			}
			inputs.Leaves = append(inputs.Leaves, l)
		}
		more := c.datums(inputs, sdk)
		datums.Leaves = append(datums.Leaves, more.Leaves...)
		datums.Unknowns = append(datums.Unknowns, more.Unknowns...)
	case fwdDatums:
		datums = c.r.Elems(values)
	default:
		datums = values
	}
	var fact DatumsFact
	add := func(d Datum) {
		if !slices.ContainsFunc(fact.Datums, func(e Datum) bool { return e.String() == d.String() }) {
			fact.Datums = append(fact.Datums, d)
		}
	}
	for _, l := range datums.Leaves {
		switch {
		case l.Param >= 0:
			k, ok := datumKind(l)
			if kind == fwdInput && l.Path == "" && !l.Spread {
				k, ok = fwdInput, true // the input itself
			}
			if !ok {
				add(Datum{From: -1, Incomplete: true})
				continue
			}
			a := c.datumAdds(l, l.Param)
			if k == fwdInput && l.Path == "" && !l.Spread {
				a = c.inputAdds(l, sdk, nil, adds{})
			}
			add(Datum{From: l.Param, Kind: k, Names: a.has, Incomplete: a.maybe})
		case l.Zero && c.isDecl(l) && c.reassigned(l):
		case l.Spread || l.Path != "":
			add(Datum{From: -1, Incomplete: true})
		default:
			one := resolve.Set{Leaves: []resolve.Leaf{l}}
			n := c.names(c.r.Elems(c.setters.Field(one, "Dimensions")))
			d := Datum{Names: n.Sorted(), Params: n.Params, From: -1, Incomplete: len(n.Unknowns) > 0}
			if m := c.metricName(one); strings.HasPrefix(m, `metric "`) {
				d.Metric = strings.Trim(strings.TrimPrefix(m, "metric "), `"`)
			}
			add(d)
		}
	}
	if len(datums.Unknowns) > 0 {
		add(Datum{From: -1, Incomplete: true})
	}
	if len(fact.Datums) > 0 {
		c.pass.ExportObjectFact(fn, &fact)
	}
}

// factDatums returns what the fact of the function a leaf calls says it
// returns.
func (c *checker) factDatums(l resolve.Leaf) (*types.Func, []Datum, bool) {
	call, ok := ast.Unparen(l.Expr).(*ast.CallExpr)
	if !ok || l.Result != 0 || l.Path != "" || l.Zero || l.Param >= 0 {
		return nil, nil, false
	}
	fn := resolve.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == c.pass.Pkg {
		return nil, nil, false
	}
	var fact DatumsFact
	if !c.pass.ImportObjectFact(fn, &fact) {
		return nil, nil, false
	}
	return fn, fact.Datums, true
}

// checkFactDatums checks, one by one, the datums a call of fn returns as
// its fact records them (leaf is the call, kind what its result is: a
// datum, an element of the slice, the input), with what the caller adds to
// them and what the wrappers they pass through add.
func (c *checker) checkFactDatums(sdk awsop.SDK, leaf resolve.Leaf, fn *types.Func, kind fwdKind, datums []Datum, add adds) {
	call, ok := ast.Unparen(leaf.Expr).(*ast.CallExpr)
	if !ok {
		return
	}
	own := c.ownAdds(leaf, kind, sdk)
	for _, d := range datums {
		a := add.plus(own)
		if d.From >= 0 {
			// The helper decorates the datum it is given: that is checked.
			arg := resolve.Argument(c.pass.TypesInfo, call, d.From)
			if arg == nil {
				continue
			}
			a = a.plus(adds{has: d.Names, maybe: d.Incomplete, by: fn})
			set := c.r.Resolve(arg, leaf.Ctx)
			switch d.Kind {
			case fwdInput:
				c.checkInput(set, sdk, arg, a)
			case fwdDatums:
				c.checkDatums(c.r.Elems(set), sdk, arg, a)
			case fwdDatum:
				c.checkDatums(set, sdk, arg, a)
			}
			continue
		}
		var names resolve.Names
		for _, n := range d.Names {
			names.Add(n)
		}
		if d.Incomplete {
			names.Unknowns = append(names.Unknowns, resolve.Unknown{Pos: call.Pos(), What: "part of the result of " + resolve.QualifiedName(fn)})
		}
		for _, p := range d.Params {
			if arg := resolve.Argument(c.pass.TypesInfo, call, p); arg != nil {
				names.Merge(c.names(c.r.Elems(c.r.Resolve(arg, leaf.Ctx))))
			}
		}
		a.into(&names, call.Pos())
		metric := "metric datum"
		if d.Metric != "" {
			metric = fmt.Sprintf("metric %q", d.Metric)
		}
		c.settleDatum(sdk, leaf, fmt.Sprintf("%s (returned by %s)", metric, resolve.QualifiedName(fn)), names, false)
	}
}

// ownAdds returns what the code adds to the datums a call it does not
// follow returns (d := metrics.Rows(); d.Dimensions = append(d.Dimensions,
// ...)): kind says whether the call is a datum, an element of a slice, or
// an input.
func (c *checker) ownAdds(call resolve.Leaf, kind fwdKind, sdk awsop.SDK) adds {
	mine := func(d resolve.Leaf) bool { return d.Expr == call.Expr && d.Param < 0 }
	rec := c.r.Received(call)
	if kind != fwdInput {
		return c.addsTo(rec, mine)
	}
	var a adds
	for _, d := range c.datums(resolve.Set{Leaves: []resolve.Leaf{rec}}, sdk).Leaves {
		if d.Zero && d.Param < 0 && !c.isDecl(d) {
			a = a.plus(c.addsTo(c.r.Received(d), mine))
		}
	}
	return a
}

// fromResult adds what a DatumsFact says about the dimensions of a
// datum's part: metrics.Rows().Dimensions.
func (c *checker) fromResult(dim resolve.Leaf, n *resolve.Names) bool {
	if dim.Param >= 0 || !dim.Spread || dim.Path != "Dimensions" {
		return false
	}
	whole := dim
	whole.Path, whole.Spread = "", false
	fn, datums, ok := c.factDatums(whole)
	if !ok {
		return false
	}
	for _, d := range datums {
		for _, name := range d.Names {
			n.Add(name)
		}
		if d.Incomplete || d.From >= 0 || len(d.Params) > 0 {
			n.Unknowns = append(n.Unknowns, resolve.Unknown{Pos: dim.Expr.Pos(), What: "part of the result of " + resolve.QualifiedName(fn)})
		}
	}
	return true
}

// isInput reports whether t is PutMetricDataInput of either SDK.
func isInput(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "PutMetricDataInput" {
		return false
	}
	path := n.Obj().Pkg().Path()
	return path == awsop.V2Prefix+"cloudwatch" || path == awsop.V1Prefix+"cloudwatch"
}
