// Package analyzers lists the tracelint suite: the one list the tracelint
// command and the golangci-lint plugin run.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/lambdalog"
	"github.com/tracelint/tracelint/analyzers/markers"
	"github.com/tracelint/tracelint/analyzers/metricdims"
	"github.com/tracelint/tracelint/analyzers/propagation"
	"github.com/tracelint/tracelint/analyzers/runpaths"
	"github.com/tracelint/tracelint/analyzers/runtable"
	"github.com/tracelint/tracelint/analyzers/snscorrelation"
	"github.com/tracelint/tracelint/analyzers/sqslog"
	"github.com/tracelint/tracelint/analyzers/uuidrunid"
)

// All returns the suite's analyzers with their package-level (flag-bound)
// options, in a stable order.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		lambdalog.Analyzer,
		markers.Analyzer,
		metricdims.Analyzer,
		propagation.Analyzer,
		runpaths.Analyzer,
		runtable.Analyzer,
		snscorrelation.Analyzer,
		sqslog.Analyzer,
		uuidrunid.Analyzer,
	}
}
