// Package snscorrelation defines an analyzer that reports SNS alerts that
// cannot be linked to the run that raised them: by default every message
// published to SNS must carry the fields execution_arn, run_id (or run_key)
// and timestamp, in its body or as message attributes.
//
// Messages are followed from the operation's input to where they are made:
// string literals and constants (JSON keys at any depth, key=value and
// key: value pairs in plain text), fmt.Sprintf / Sprint and concatenation (the
// constant parts), json.Marshal, json.MarshalIndent and json.Encoder of
// structs (by their json tags) and maps (by their keys, also assigned after
// construction), bytes.Buffer and strings.Builder contents, helper functions
// of the same package (by their bodies) and of other packages (by facts
// recording which fields their result carries).
//
// Wrappers, functions that publish a message, input, attributes or value
// they are given, forward those parameters: their callers are checked at
// the argument, with the fields the wrapper adds itself (ForwardsFact for
// wrappers of other packages).
package snscorrelation

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/options"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and directives.
const Name = "snscorrelation"

const doc = `report SNS messages published without execution_arn, run_id and timestamp

Every message that reaches Publish or PublishBatch (SDK v2; SDK v1 Publish,
PublishWithContext, PublishRequest and the PublishBatch forms) must carry the
correlation fields execution_arn, run_id (or run_key) and timestamp, in its
body (JSON keys, key=value pairs) or as MessageAttributes keys, so that an
alert can be linked to its Step Functions execution, S3 outputs and Glue logs.
Names match in any style (execution_arn, executionArn, ExecutionArn,
execution-arn). Strict mode also requires glue_job_run_id and reports
messages that cannot be followed. Suppress a finding with
//tracelint:ignore snscorrelation <reason>.`

// Options configure the analyzer; they are bound to its flags.
type Options struct {
	// Fields are the required fields; each is a list of alternatives, any
	// one of which satisfies it. Names match style-insensitively.
	Fields [][]string
	// StrictFields are required in addition in strict mode (fields that are
	// required "when available").
	StrictFields [][]string
	// Strict reports messages whose fields cannot be followed and requires
	// StrictFields.
	Strict bool
}

// DefaultOptions returns the rule as the specification states it.
func DefaultOptions() Options {
	return Options{
		Fields:       [][]string{{"execution_arn"}, {"run_id", "run_key"}, {"timestamp"}},
		StrictFields: [][]string{{"glue_job_run_id"}},
	}
}

// Analyzer checks with the default options, changeable through its flags.
var Analyzer = New(DefaultOptions())

// New returns a fresh analyzer with its own options and flags, so that
// drivers that configure analyzers (the golangci-lint plugin) never share
// state with other users of the package.
func New(opts Options) *analysis.Analyzer {
	o := &Options{Fields: copyReqs(opts.Fields), StrictFields: copyReqs(opts.StrictFields), Strict: opts.Strict}
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/tracelint/tracelint/blob/main/docs/snscorrelation.md",
		Requires:  []*analysis.Analyzer{resolve.Analyzer},
		FactTypes: []analysis.Fact{new(FieldsFact), new(ForwardsFact), new(WrappersFact), new(MakesFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	}
	a.Flags.Var(options.NewFields(&o.Fields, naming.Key), "fields",
		"comma-separated fields every SNS message must carry; '|' separates alternatives (run_id|run_key); names match in any style")
	strictFields := options.NewFields(&o.StrictFields, naming.Key)
	strictFields.AllowEmpty = true
	a.Flags.Var(strictFields, "strict-fields",
		"fields required in addition in strict mode (those required when available); empty for none")
	a.Flags.BoolVar(&o.Strict, "strict", o.Strict,
		`also require the strict fields and report messages whose fields cannot be followed ("cannot verify")`)
	return config.Adopt(a, New, opts) // tracelint.yml settings, per package
}

func copyReqs(reqs [][]string) [][]string {
	out := make([][]string, len(reqs))
	for i, alts := range reqs {
		out[i] = append([]string(nil), alts...)
	}
	return out
}

// The operations, in both SDKs.
var publish = awsop.NewMatcher(
	awsop.Op{Service: "sns", Name: "Publish"},
	awsop.Op{Service: "sns", Name: "PublishBatch"},
)

// Import paths whose presence makes a package worth checking for calls.
var snsPackages = []string{awsop.V2Prefix + "sns", awsop.V1Prefix + "sns"}

func run(pass *analysis.Pass, o *Options) (any, error) {
	rep := suppress.New(pass, Name)
	defer rep.Finish()
	if awsop.InSDK(pass.Pkg) || awsop.InStd(pass) {
		return nil, nil
	}
	// Calls are checked in packages that import SNS or a package with
	// exported wrappers (known by its package fact).
	calls := awsop.ImportsAny(pass.Pkg, snsPackages...) || callorder.ImportsFact(pass, new(WrappersFact))
	// Any other package may declare message helpers: they need no SNS
	// import, so the import check of calls does not apply (except in
	// dependencies that reach neither AWS nor a database).
	var fns []*types.Func
	if !resolve.Peripheral(pass) {
		fns = helpers(pass)
	}
	if !calls && len(fns) == 0 {
		return nil, nil // packages without SNS calls or message helpers cost a look at their imports and declarations
	}
	c := newChecker(pass, o, rep)
	c.exportFacts(fns)
	if calls {
		c.checkPackage()
	}
	return nil, nil
}
