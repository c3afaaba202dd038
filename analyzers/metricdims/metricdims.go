// Package metricdims defines an analyzer that reports CloudWatch metric data
// sent without the dimensions that tie a metric to its run: by default RunId
// and ExecutionArn on every datum that reaches PutMetricData.
//
// Datums are followed from the operation's input through literals, variables,
// append (in loops and branches), fields assigned after construction, helper
// functions of the same package (by their bodies) and of other packages (by
// facts recording which dimension names their result carries).
package metricdims

import (
	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/fixes"
	"github.com/tracelint/tracelint/analyzers/internal/options"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and directives.
const Name = "metricdims"

const doc = `report CloudWatch metric datums sent without RunId and ExecutionArn dimensions

Every datum that reaches PutMetricData (SDK v2 MetricData and
EntityMetricData[].MetricData; SDK v1 PutMetricData, PutMetricDataWithContext,
PutMetricDataRequest) must carry dimensions named RunId and ExecutionArn, so
that each metric can be traced to the Step Functions execution and run that
produced it. Suppress a finding with
//tracelint:ignore metricdims <reason>.`

// Options configure the analyzer; they are bound to its flags.
type Options struct {
	// Dimensions are the dimension names every datum must carry (exact,
	// case-sensitive, as CloudWatch compares them).
	Dimensions []string
	// Strict reports datums whose dimensions cannot be followed.
	Strict bool
}

// DefaultOptions returns the rule as the specification states it.
func DefaultOptions() Options {
	return Options{Dimensions: []string{"RunId", "ExecutionArn"}}
}

// Analyzer checks with the default options, changeable through its flags.
var Analyzer = New(DefaultOptions())

// New returns a fresh analyzer with its own options and flags, so that
// drivers that configure analyzers (the golangci-lint plugin) never share
// state with other users of the package.
func New(opts Options) *analysis.Analyzer {
	o := &Options{Dimensions: append([]string(nil), opts.Dimensions...), Strict: opts.Strict}
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/tracelint/tracelint/blob/main/docs/metricdims.md",
		Requires:  []*analysis.Analyzer{resolve.Analyzer},
		FactTypes: []analysis.Fact{new(DimensionsFact), new(ForwardsFact), new(DatumsFact), new(MakesFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	}
	a.Flags.Var(options.NewList(&o.Dimensions, options.Identifier), "dimensions",
		"comma-separated dimension names every metric datum must carry (exact, case-sensitive)")
	a.Flags.BoolVar(&o.Strict, "strict", o.Strict,
		`also report datums whose dimensions cannot be followed ("cannot verify")`)
	return config.Adopt(a, New, opts) // tracelint.yml settings, per package
}

// putMetricData matches the operation in both SDKs.
var putMetricData = awsop.NewMatcher(awsop.Op{Service: "cloudwatch", Name: "PutMetricData"})

// Import paths whose presence makes a package worth looking at.
var cloudwatchPackages = []string{awsop.V2Prefix + "cloudwatch", awsop.V1Prefix + "cloudwatch"}

func run(pass *analysis.Pass, o *Options) (any, error) {
	rep := suppress.New(pass, Name)
	defer rep.Finish()
	if awsop.InSDK(pass.Pkg) || !awsop.ImportsAny(pass.Pkg, cloudwatchPackages...) {
		return nil, nil // one import check for packages that cannot send metrics
	}
	r := resolve.New(pass)
	r.FollowParams() // a decorator copies the datums of the input it is given
	c := &checker{
		pass:     pass,
		opts:     o,
		r:        r,
		setters:  resolve.NewSetters(r),
		rep:      rep,
		reported: make(map[reportKey]bool),
		scope:    fixes.NewScope(pass.Pkg),
		walk:     new(callorder.Walk),
	}
	for _, alts := range o.Dimensions {
		c.required = append(c.required, []string{alts})
	}
	c.exportFacts()
	c.checkPackage()
	return nil, nil
}
