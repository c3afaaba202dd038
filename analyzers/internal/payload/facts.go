package payload

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// HelperFact is what an analyzer's fact records about an exported helper
// whose result is a payload (or a map of its fields), for callers in other
// packages: the Summary of its result. Each analyzer declares its own fact
// type embedding it (a fact type belongs to one analyzer) and reads facts
// back with HelperFrom.
type HelperFact struct {
	Keys []string // every key at any depth, sorted, as spelled in the code
	// Paths are the keys with their nesting (see Fields).
	Paths []string
	// Params are the indexes of parameters whose values are parts of the
	// result (they fill holes of its text): the fields an argument surely
	// carries are added at the call.
	Params []int
	// Incomplete is set when part of the result could not be followed.
	Incomplete bool
}

// NewHelperFact returns the fact data of a summary, or false when it would
// say nothing a missing fact does not (no keys, no parameters, and part of
// the result unknown). A complete summary without keys says something: the
// result carries none.
func NewHelperFact(s Summary) (HelperFact, bool) {
	f := HelperFact(s)
	return f, len(f.Keys) > 0 || len(f.Params) > 0 || !f.Incomplete
}

// Summary returns what the fact says about the helper's result.
func (f HelperFact) Summary() Summary {
	return Summary(f)
}

// String prints the fact as fields(<keys>), then +param<i> per parameter,
// then " incomplete".
func (f HelperFact) String() string {
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

// HelperFrom returns an Options.Helper that reads the analyzer's helper
// facts, of type *F.
func HelperFrom[F any, P interface {
	*F
	analysis.Fact
	Summary() Summary
}](pass *analysis.Pass) func(*types.Func) (Summary, bool) {
	return func(fn *types.Func) (Summary, bool) {
		fact := P(new(F))
		if !pass.ImportObjectFact(fn, fact) {
			return Summary{}, false
		}
		return fact.Summary(), true
	}
}
