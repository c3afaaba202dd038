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

// InGoFiles returns the suite as the drivers that show findings only in Go
// files need it (gopls cannot place a finding in a SQL file; golangci-lint
// drops it): runtable, a fresh instance, reports what it finds in embedded
// SQL migrations at their //go:embed directive (-runtable.migrations-at-embed,
// which a configuration file can still change). The other analyzers are the
// package-level ones of All.
func InGoFiles() []*analysis.Analyzer {
	suite := All()
	for i, a := range suite {
		if a.Name == runtable.Name {
			suite[i] = runtable.New(RuntableInGoFiles())
		}
	}
	return suite
}

// RuntableInGoFiles are runtable's options for drivers that show findings
// only in Go files (see InGoFiles).
func RuntableInGoFiles() runtable.Options {
	o := runtable.DefaultOptions()
	o.MigrationsAtEmbed = true
	return o
}

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
