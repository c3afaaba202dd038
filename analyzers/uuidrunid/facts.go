package uuidrunid

import (
	"fmt"
	"go/types"
	"slices"
	"strings"

	"github.com/tracelint/tracelint/analyzers/internal/resolve"
)

// GeneratedFact records, for an exported function whose (first) result is a
// string or bytes, that the result derives from a generator, and which
// parameters flow into it, so that callers in other packages know that
// ids.NewRunID() returns a UUID and that ids.Prefixed(p) carries p.
type GeneratedFact struct {
	// Generator is the generator the result comes from (uuid.NewString),
	// or "" when it comes from parameters only.
	Generator string
	// Params are the indexes of the parameters whose value the result
	// carries (concatenated, formatted, converted).
	Params []int
	// Fields are, for a result that is a struct (or a pointer to one), its
	// fields that hold a generated value: ids.NewRun().ID.
	Fields []FieldGenerator
}

// A FieldGenerator is a field of a returned struct and the generator its
// value comes from.
type FieldGenerator struct {
	Field, Generator string
}

// AFact marks GeneratedFact as an analysis fact.
func (*GeneratedFact) AFact() {}

func (f *GeneratedFact) String() string {
	parts := make([]string, 0, 1+len(f.Params))
	if f.Generator != "" {
		parts = append(parts, f.Generator)
	}
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("param%d", p))
	}
	for _, fg := range f.Fields {
		parts = append(parts, fmt.Sprintf("field %s: %s", fg.Field, fg.Generator))
	}
	return "generated(" + strings.Join(parts, ", ") + ")"
}

// SinkParamsFact records, for an exported function, the parameters whose
// value it uses as a run identifier (stores in a field named RunID, puts
// after run_id= in a key, passes as --run-key...), so that a UUID passed for
// such a parameter in another package is reported at the call.
type SinkParamsFact struct {
	Params []int
}

// AFact marks SinkParamsFact as an analysis fact.
func (*SinkParamsFact) AFact() {}

func (f *SinkParamsFact) String() string {
	parts := make([]string, 0, len(f.Params))
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("param%d", p))
	}
	return "runid(" + strings.Join(parts, ", ") + ")"
}

// HelpersFact marks a package that has exported functions returning
// generated identifiers (their names are listed): packages that import it
// are checked even when they import no generator themselves.
type HelpersFact struct {
	Funcs []string
}

// AFact marks HelpersFact as an analysis fact.
func (*HelpersFact) AFact() {}

func (f *HelpersFact) String() string { return "helpers(" + strings.Join(f.Funcs, ", ") + ")" }

// exportedFuncs lists the package's exported functions and the exported
// methods of its exported types that have a body, in source order.
func (c *checker) exportedFuncs() []*types.Func {
	var out []*types.Func
	for _, fn := range c.funcs {
		if !fn.Exported() || c.decls[fn].Body == nil {
			continue
		}
		if sig := fn.Signature(); sig.Recv() != nil {
			t := sig.Recv().Type()
			if p, ok := types.Unalias(t).(*types.Pointer); ok {
				t = p.Elem()
			}
			n, ok := types.Unalias(t).(*types.Named)
			if !ok || !n.Obj().Exported() {
				continue
			}
		}
		out = append(out, fn)
	}
	return out
}

// exportSinkParamsFacts records the parameters each exported function uses
// as a run identifier.
func (c *checker) exportSinkParamsFacts() {
	for _, fn := range c.exportedFuncs() {
		params := fn.Signature().Params()
		carries := false
		for i := range params.Len() {
			carries = carries || carrier(params.At(i).Type())
		}
		if !carries {
			continue
		}
		if sinks := c.sinkParams(fn); len(sinks) > 0 {
			c.pass.ExportObjectFact(fn, &SinkParamsFact{Params: sinks})
		}
	}
}

// exportGeneratedFacts summarises every exported function whose first result
// is a string or bytes: does it return a generated value, or a parameter?
func (c *checker) exportGeneratedFacts() {
	var helpers []string
	for _, fn := range c.exportedFuncs() {
		sig := fn.Signature()
		if sig.Results().Len() == 0 {
			continue
		}
		if fields := c.generatedFields(fn); len(fields) > 0 {
			c.pass.ExportObjectFact(fn, &GeneratedFact{Fields: fields})
			helpers = append(helpers, helperName(fn))
			continue
		}
		if !stringish(sig.Results().At(0).Type()) {
			continue
		}
		w := c.newWalker(true)
		w.set(c.r().Returns(fn, 0, c.summary(fn)))
		if w.res.base == "" && len(w.res.params) == 0 {
			continue
		}
		var params []int
		for _, p := range w.res.params {
			if p < sig.Params().Len() && carrier(sig.Params().At(p).Type()) {
				params = append(params, p) // an int formatted into the result is no identifier
			}
		}
		if w.res.base == "" && len(params) == 0 {
			continue
		}
		slices.Sort(params)
		c.pass.ExportObjectFact(fn, &GeneratedFact{Generator: w.res.base, Params: slices.Compact(params)})
		if w.res.base != "" {
			helpers = append(helpers, helperName(fn))
		}
	}
	if len(helpers) > 0 {
		c.pass.ExportPackageFact(&HelpersFact{Funcs: helpers})
	}
}

// generating reports whether a generator can be called from this package:
// it imports a generator's package, or depends on a package whose exported
// functions return generated values. In a dependency that reaches neither
// AWS nor a database (resolve.Peripheral) the package must refer to one:
// go-openapi's strfmt makes ULIDs, and importing it made every package
// above it in an API server's build summarise its whole API for nothing.
func (c *checker) generating() bool {
	peripheral := resolve.Peripheral(c.pass)
	if !peripheral {
		for _, imp := range c.pass.Pkg.Imports() {
			if c.gens.declares(imp.Path()) {
				return true // without reading the facts of the whole closure
			}
		}
	}
	helpers := make(map[*types.Package]bool) // the packages below this one with helpers
	for _, f := range c.pass.AllPackageFacts() {
		if _, ok := f.Fact.(*HelpersFact); ok {
			helpers[f.Package] = true
		}
	}
	if peripheral {
		return c.refersToGenerator(helpers)
	}
	return len(helpers) > 0
}

// refersToGenerator reports whether the package refers to a generator
// (other than the standard library's weak ones, see weakGenerators) or to a
// function of a package with helpers whose result is generated.
func (c *checker) refersToGenerator(helpers map[*types.Package]bool) bool {
	for _, obj := range c.pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
			continue
		}
		fn = fn.Origin()
		switch {
		case helpers[fn.Pkg()]:
			var f GeneratedFact
			if c.pass.ImportObjectFact(fn, &f) && (f.Generator != "" || len(f.Fields) > 0) {
				return true
			}
		case c.gens.declares(fn.Pkg().Path()):
			if _, ok := c.gens.match(fn); ok && !weakGenerators[fn.Pkg().Path()] {
				return true
			}
		}
	}
	return false
}

// weakGenerators are the packages of the standard library that generate
// random numbers and bytes: many dependencies use them (for jitter,
// sampling, tokens) without ever making a run id, so a dependency that
// reaches neither AWS nor a database is not checked for them.
var weakGenerators = map[string]bool{"math/rand": true, "math/rand/v2": true, "crypto/rand": true}

// helperName names an exported helper in HelpersFact: Func or Type.Method.
func helperName(fn *types.Func) string {
	if fn.Signature().Recv() != nil {
		return strings.TrimPrefix(displayName(fn), fn.Pkg().Name()+".")
	}
	return fn.Name()
}

// generatedFields returns the exported text fields of the struct an
// exported function returns (or points to) whose value is generated.
func (c *checker) generatedFields(fn *types.Func) []FieldGenerator {
	t := fn.Signature().Results().At(0).Type()
	st, ok := derefStruct(t)
	if !ok || stringish(t) {
		return nil
	}
	var out []FieldGenerator
	var values *resolve.Set
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Exported() || !stringish(f.Type()) {
			continue
		}
		if _, ok := c.fieldDesc(f, st.Tag(i), t); ok {
			continue // a run identifier itself: reported where it is set
		}
		if values == nil {
			v := c.r().Returns(fn, 0, c.summary(fn))
			values = &v
		}
		w := c.newWalker(true)
		w.set(c.r().Field(*values, f.Name()))
		if w.res.base != "" {
			out = append(out, FieldGenerator{Field: f.Name(), Generator: w.res.base})
		}
	}
	return out
}
