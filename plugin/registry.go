package plugin

import (
	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers"
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

// registry builds a fresh analyzer with the default options for each
// analyzer of the suite, so that settings can be applied without touching
// the package-level analyzers that other drivers (and other golangci-lint
// linters in the same process) share.
//
// Add one entry per analyzer package, next to its line in analyzers.All():
//
//	uuidrunid.Name: func() *analysis.Analyzer { return uuidrunid.New(uuidrunid.DefaultOptions()) },
//
// TestRegistryCoversSuite fails when an analyzer of analyzers.All() has no
// entry here; an entry for an analyzer not (yet) in analyzers.All() is
// unused. Settings are applied through the analyzer's own flags, so no other
// per-analyzer code is needed.
var registry = map[string]func() *analysis.Analyzer{
	metricdims.Name:     func() *analysis.Analyzer { return metricdims.New(metricdims.DefaultOptions()) },
	uuidrunid.Name:      func() *analysis.Analyzer { return uuidrunid.New(uuidrunid.DefaultOptions()) },
	snscorrelation.Name: func() *analysis.Analyzer { return snscorrelation.New(snscorrelation.DefaultOptions()) },
	// golangci-lint drops findings outside Go files: migrations are reported at
	// their //go:embed directive.
	runtable.Name:    func() *analysis.Analyzer { return runtable.New(analyzers.RuntableInGoFiles()) },
	markers.Name:     func() *analysis.Analyzer { return markers.New(markers.DefaultOptions()) },
	runpaths.Name:    func() *analysis.Analyzer { return runpaths.New(runpaths.DefaultOptions()) },
	propagation.Name: func() *analysis.Analyzer { return propagation.New(propagation.DefaultOptions()) },
	lambdalog.Name:   func() *analysis.Analyzer { return lambdalog.New(lambdalog.DefaultOptions()) },
	sqslog.Name:      func() *analysis.Analyzer { return sqslog.New(sqslog.DefaultOptions()) },
}
