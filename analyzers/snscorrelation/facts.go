package snscorrelation

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

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
	Keys []string // sorted, as spelled in the code
	// Params are the indexes of parameters whose values are parts of the
	// message (they fill holes of its text): the fields an argument surely
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

// helpers lists the exported functions and methods of the package whose
// first result is a message or a string-keyed map: the ones that get facts.
func helpers(pass *analysis.Pass) []*types.Func {
	var out []*types.Func
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Signature()
			if sig.Results().Len() == 0 {
				continue
			}
			if t := sig.Results().At(0).Type(); payload.IsMessageType(t) || payload.IsStringKeyedMap(t) {
				out = append(out, fn)
			}
		}
	}
	return out
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
	s := f.Summary()
	fact := &FieldsFact{Keys: s.Keys, Params: s.Params, Incomplete: s.Incomplete}
	if len(fact.Keys) == 0 && len(fact.Params) == 0 && fact.Incomplete {
		return // says nothing a missing fact does not
	}
	c.pass.ExportObjectFact(fn, fact)
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
