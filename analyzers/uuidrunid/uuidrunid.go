// Package uuidrunid defines an analyzer that reports run identifiers produced
// by UUID or random-ID generators.
//
// A run is identified by its Step Functions execution name (passed on as
// --run-key or event.run_id) or, for a standalone run, by the UTC timestamp
// time.Now().UTC().Format("20060102T150405Z"). A value that a UUID or
// random-ID generator produced (github.com/google/uuid, gofrs/uuid, ksuid,
// ulid, xid, ...) and that becomes a run identifier is reported: a variable,
// field, parameter, map key or struct tag whose name means run identity, the
// RunId metric dimension, the value after run_id= in an S3 key, the --run-key
// argument of Glue StartJobRun. UUIDs used for anything else (idempotency
// tokens, deduplication ids, object names, trace ids) are not reported.
//
// Values are followed through variables, fields, conversions, String(),
// fmt.Sprint*, strings functions, encodings, slicing and concatenation,
// helpers of the same package (by their bodies) and of other packages (by
// facts recording which exported functions return generated values and which
// parameters they store as run identifiers).
package uuidrunid

import (
	"regexp"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/options"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and directives.
const Name = "uuidrunid"

const doc = `report run identifiers produced by UUID or random-ID generators

A run is identified by its Step Functions execution name (--run-key,
event.run_id) or, for a standalone run, by the UTC timestamp
time.Now().UTC().Format("20060102T150405Z"). A value produced by a UUID or
random-ID generator that becomes a run identifier is reported: a variable,
constant, field, parameter, map key or struct tag (json, dynamodbav, db) whose
name means run identity (runID, run_key, executionName...), a value of a type so
named or the ID of a Run, the value of the CloudWatch dimension RunId, the
value after run_id= in an S3 key or path, an environment variable RUN_ID, the
--run-key argument of Glue StartJobRun. The name of a Step Functions
execution the package starts is AWS-native: a run id taken from it is not
reported, whatever generated it. UUIDs used for anything else
(idempotency and client tokens, deduplication ids, object names, trace and
request ids) are not reported. Suppress a finding with
//tracelint:ignore uuidrunid <reason>.`

// Options configure the analyzer; they are bound to its flags.
type Options struct {
	// Generators are the functions whose result is a generated identifier,
	// as types.Func.FullName spells them: "github.com/google/uuid.NewString",
	// "(*github.com/gofrs/uuid/v5.Gen).NewV4".
	Generators []string
	// Names matches, against naming.Snake(name), the names that mean run
	// identity: of variables, fields, parameters, map keys, struct tags,
	// dimensions and S3 partition keys.
	Names *regexp.Regexp
	// Tags are the struct tag keys whose value names a field (json:"run_id").
	Tags []string
	// Strict also reports run identifiers whose value comes from a call
	// that cannot be followed (a function value, an interface method).
	Strict bool
	// Tests also reports findings in _test.go files, where generated run
	// identifiers are usually test data.
	Tests bool
}

// DefaultOptions returns the rule as the specification states it.
func DefaultOptions() Options {
	return Options{
		Generators: append([]string(nil), defaultGenerators...),
		Names:      naming.RunIDPattern,
		Tags:       []string{"json", "dynamodbav", "db"},
	}
}

// Analyzer checks with the default options, changeable through its flags.
var Analyzer = New(DefaultOptions())

// New returns a fresh analyzer with its own options and flags, so that
// drivers that configure analyzers (the golangci-lint plugin) never share
// state with other users of the package.
func New(opts Options) *analysis.Analyzer {
	o := &Options{
		Generators: append([]string(nil), opts.Generators...),
		Names:      opts.Names,
		Tags:       append([]string(nil), opts.Tags...),
		Strict:     opts.Strict,
		Tests:      opts.Tests,
	}
	if o.Names == nil {
		o.Names = naming.RunIDPattern
	}
	// The generator list indexed once, not in every pass.
	gens := &options.Derived[[]string, *generators]{Equal: slices.Equal[[]string], Make: newGenerators}
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/tracelint/tracelint/blob/main/docs/uuidrunid.md",
		Requires:  []*analysis.Analyzer{resolve.Analyzer},
		FactTypes: []analysis.Fact{new(GeneratedFact), new(SinkParamsFact), new(HelpersFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, o, gens.Get(o.Generators)) },
	}
	a.Flags.Var(options.NewList(&o.Generators, checkFuncName), "generators",
		"comma-separated functions that generate identifiers, as types.Func.FullName spells them: "+
			"path.Func or (*path.Type).Method (replaces the default list; a leading + adds to it)")
	a.Flags.Var(options.NewRegexp(&o.Names), "names",
		"regular expression matched against the snake_case form of a name (runID → run_id) to decide that it means run identity")
	a.Flags.Var(options.NewList(&o.Tags, options.Identifier), "tags",
		"comma-separated struct tag keys whose value names a field as a run identifier")
	a.Flags.BoolVar(&o.Strict, "strict", o.Strict,
		`also report run identifiers whose value comes from a call that cannot be followed ("cannot verify")`)
	a.Flags.BoolVar(&o.Tests, "tests", o.Tests,
		"also report findings in _test.go files")
	return config.Adopt(a, New, opts) // tracelint.yml settings, per package
}

func run(pass *analysis.Pass, o *Options, gens *generators) (any, error) {
	rep := suppress.New(pass, Name)
	defer rep.Finish()
	if awsop.InSDK(pass.Pkg) || awsop.InStd(pass) || gens.declares(pass.Pkg.Path()) {
		return nil, nil // the SDK, the standard library and the generators themselves hold no run identifiers
	}
	c := newChecker(pass, o, gens, rep)
	// Every package records which parameters of its exported functions are
	// stored as run identifiers: a caller elsewhere may pass a UUID
	// (dependencies that reach neither AWS nor a database store none).
	if !resolve.Peripheral(pass) {
		c.exportSinkParamsFacts()
	}
	if !c.generating() {
		// No generator, and no helper that returns one, can be called from
		// here: nothing to check.
		return nil, nil
	}
	c.exportGeneratedFacts()
	c.check()
	return nil, nil
}
