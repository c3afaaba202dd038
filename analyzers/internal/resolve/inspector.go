package resolve

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Inspector returns the package's AST inspector, built on first use and
// shared by every tracelint analyzer (and the index) running on the package
// for as long as one of them holds it.
//
// The analyzers deliberately do not require inspect.Analyzer: because they
// export facts, the driver runs them, and everything they require, on every
// loaded package, dependencies and the standard library included, and
// inspect.Analyzer would build (and keep until the run ends) an event table
// for each of them. Most of those packages fail the analyzers' import check
// at once; building the inspector only after it keeps tracelint's cost in
// them at the loader's (bench/RESULTS.md measures both).
func Inspector(pass *analysis.Pass) *inspector.Inspector {
	return indexOf(pass).inspector()
}

// indexOf returns the package's Index, which the driver hands to every
// analyzer that requires Analyzer.
func indexOf(pass *analysis.Pass) *Index {
	ix, ok := pass.ResultOf[Analyzer].(*Index)
	if !ok {
		panic(fmt.Sprintf("analyzer %s uses the resolver but does not require resolve.Analyzer", pass.Analyzer.Name))
	}
	return ix
}

// inspector returns the package's inspector (see Index on its lifetime).
func (ix *Index) inspector() *inspector.Inspector {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.inspectorLocked()
}
