package propagation

import (
	"go/types"

	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// FieldsFact records, for an exported function whose result is handed to
// Glue, Lambda or a CDK task by callers in other packages (a map of
// arguments, a marshalled payload, an object, a TaskInput), which keys the
// result can carry, so that jobargs.For(arn, runID) is known to provide
// --execution-arn and --run-key.
type FieldsFact struct {
	payload.HelperFact
}

// AFact marks FieldsFact as an analysis fact.
func (*FieldsFact) AFact() {}

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
	if fact, ok := payload.NewHelperFact(f.Summary()); ok {
		c.pass.ExportObjectFact(fn, &FieldsFact{fact})
	}
}
