package metricdims

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// DimensionsFact records, for an exported function whose result is one or
// more CloudWatch dimensions, which dimension names the result can carry, so
// that callers in other packages know what metrics.RunDims(...) provides.
type DimensionsFact struct {
	Names []string // sorted
	// Params are the indexes of parameters whose dimensions the result also
	// carries (func With(dims []Dimension, ...) []Dimension { return append(dims, ...) }).
	Params []int
	// Incomplete is set when part of the result could not be followed.
	Incomplete bool
}

// AFact marks DimensionsFact as an analysis fact.
func (*DimensionsFact) AFact() {}

func (f *DimensionsFact) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "dimensions(%s)", strings.Join(f.Names, ", "))
	for _, p := range f.Params {
		fmt.Fprintf(&b, "+param%d", p)
	}
	if f.Incomplete {
		b.WriteString(" incomplete")
	}
	return b.String()
}

// exportFacts summarises every exported function of the package that returns
// dimensions ([]Dimension, Dimension, or pointers to them, of either SDK).
func (c *checker) exportFacts() {
	for _, f := range c.pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			c.exportFact(fn)
			c.exportDatumsFact(fn)
		}
	}
}

func (c *checker) exportFact(fn *types.Func) {
	results := fn.Signature().Results()
	if results.Len() == 0 {
		return
	}
	single, ok := dimensionResult(results.At(0).Type())
	if !ok {
		return
	}
	values := c.r.Returns(fn, 0, resolve.Summary(fn))
	if !single {
		values = c.r.Elems(values)
	}
	n := c.names(values)
	fact := &DimensionsFact{Names: n.Sorted(), Params: n.Params, Incomplete: len(n.Unknowns) > 0}
	c.pass.ExportObjectFact(fn, fact)
}

// dimensionResult reports whether t holds dimensions: one (Dimension,
// *Dimension) or a slice of them.
func dimensionResult(t types.Type) (single, ok bool) {
	if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		t = p.Elem()
	}
	if awsop.IsShape(t, "cloudwatch", "Dimension") {
		return true, true
	}
	s, isSlice := types.Unalias(t).Underlying().(*types.Slice)
	if !isSlice {
		return false, false
	}
	e := s.Elem()
	if p, isPtr := types.Unalias(e).(*types.Pointer); isPtr {
		e = p.Elem()
	}
	return false, awsop.IsShape(e, "cloudwatch", "Dimension")
}
