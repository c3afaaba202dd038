package propagation

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// FieldsFact records, for an exported function whose result is handed to
// Glue, Lambda or a CDK task by callers in other packages (a map of
// arguments, a marshalled payload, an object, a TaskInput), which keys the
// result can carry, so that jobargs.For(arn, runID) is known to provide
// --execution-arn and --run-key.
type FieldsFact struct {
	Keys []string // sorted, as spelled in the code
	// Params are the indexes of parameters whose values are parts of the
	// result (they fill holes of its text): the keys an argument surely
	// carries are added at the call.
	Params []int
	// Incomplete is set when part of the result could not be followed.
	Incomplete bool
}

// AFact marks FieldsFact as an analysis fact.
func (*FieldsFact) AFact() {}

func (f *FieldsFact) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "fields(%s)", strings.Join(f.Keys, ", "))
	for _, p := range f.Params {
		fmt.Fprintf(&b, "+param%d", p)
	}
	if f.Incomplete {
		b.WriteString(" incomplete")
	}
	return b.String()
}

// helperFact returns what the FieldsFact of a helper of another package
// says about its result, for the payload extractor.
func helperFact(pass *analysis.Pass) func(*types.Func) (payload.Summary, bool) {
	return func(fn *types.Func) (payload.Summary, bool) {
		var fact FieldsFact
		if !pass.ImportObjectFact(fn, &fact) {
			return payload.Summary{}, false
		}
		return payload.Summary{Keys: fact.Keys, Params: fact.Params, Incomplete: fact.Incomplete}, true
	}
}

// exportFacts summarises the helpers of the package.
func (c *checker) exportFacts(fns []*types.Func) {
	for _, fn := range fns {
		c.exportFact(fn)
	}
}

func (c *checker) exportFact(fn *types.Func) {
	t := fn.Signature().Results().At(0).Type()
	results := c.r.Returns(fn, 0, resolve.Summary(fn))
	var f fields
	switch {
	case isTaskInput(t):
		f.Unknowns = results.Unknowns
		for _, l := range results.Leaves {
			f.Merge(c.taskInputFields(glueCDK, l))
		}
	case payload.IsMessageType(t):
		f = c.p.MessageSet(results)
	default: // a map, or a pointer to one
		f = c.p.MapKeys(results)
	}
	s := f.Summary()
	fact := &FieldsFact{Keys: s.Keys, Params: s.Params, Incomplete: s.Incomplete}
	if len(fact.Keys) == 0 && len(fact.Params) == 0 {
		return // says nothing a missing fact does not
	}
	c.pass.ExportObjectFact(fn, fact)
}
