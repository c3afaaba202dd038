package snscorrelation

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// FieldsFact records, for an exported function whose result is a message
// (string, []byte or *string) or a map with string keys (message
// attributes, a map that callers marshal), which fields or keys the result
// can carry, so that callers in other packages know what
// alerts.Failure(...) provides.
type FieldsFact struct {
	payload.HelperFact
}

// AFact marks FieldsFact as an analysis fact.
func (*FieldsFact) AFact() {}

// helpers lists the exported functions and methods of the package whose
// first result is a message or a string-keyed map: the ones that get facts.
func helpers(pass *analysis.Pass) []*types.Func {
	return payload.Helpers(pass, func(t types.Type) bool { return payload.IsMessageType(t) || payload.IsStringKeyedMap(t) })
}

// exportFacts summarises the helpers of the package.
func (c *checker) exportFacts(fns []*types.Func) {
	for _, fn := range fns {
		c.exportFact(fn)
	}
}

func (c *checker) exportFact(fn *types.Func) {
	t := fn.Signature().Results().At(0).Type()
	var f fields
	switch {
	case payload.IsMessageType(t):
		f = c.p.MessageSet(c.r.Returns(fn, 0, resolve.Summary(fn)))
	case payload.IsStringKeyedMap(t):
		f = c.p.MapKeys(c.r.Returns(fn, 0, resolve.Summary(fn)))
	default:
		return
	}
	if fact, ok := payload.NewHelperFact(f.Summary()); ok {
		c.pass.ExportObjectFact(fn, &FieldsFact{fact})
	}
}
