// Command noop is the floor tracelint is measured against: a multichecker
// built with the same golang.org/x/tools loader and driver as tracelint whose
// one analyzer does nothing. It declares a fact type, as tracelint's
// analyzers do, so the driver loads the same thing (every package, with its
// dependencies, from source); what remains between the two is the analyzers'
// own work.
//
//	NOOP_MODE=inspect  the analyzer also requires inspect.Analyzer (for
//	                   reference: what an analyzer that requires it pays on
//	                   every loaded package)
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

type noFact struct{}

func (*noFact) AFact()         {}
func (*noFact) String() string { return "noFact" }

func main() {
	a := &analysis.Analyzer{
		Name:      "noop",
		Doc:       "does nothing: the cost of loading and type-checking alone",
		FactTypes: []analysis.Fact{new(noFact)},
		Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	}
	if os.Getenv("NOOP_MODE") == "inspect" {
		a.Requires = []*analysis.Analyzer{inspect.Analyzer}
	}
	multichecker.Main(a)
}
