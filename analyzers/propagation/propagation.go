// Package propagation defines an analyzer that reports work handed to a
// downstream service without the identifiers that tie it to its run: a Glue
// job started without the arguments --execution-arn and --run-key, a Lambda
// function invoked with a payload that lacks execution_arn and run_id (or
// run_key), at run time through the AWS SDK for Go (v2 and v1) and at
// definition time in an AWS CDK for Go state machine (GlueStartJobRun and
// LambdaInvoke tasks).
//
// Values are followed from the operation's input (or the task's props) to
// where they are made: map literals, index assignments, maps.Copy and
// maps.Clone, ranges over a base map, JSON payloads (json.Marshal of
// structs and maps, fmt.Sprintf, buffers and encoders: the payload
// package), helpers of the same package by their bodies and of other
// packages by facts (FieldsFact).
//
// Wrappers, functions that hand a parameter to StartJobRun, Invoke or a
// task (the input, the arguments, the payload), forward it: their callers
// are checked at the argument, with the keys the wrapper adds itself, so a
// decorator that stamps the identifiers makes its callers compliant
// (ForwardsFact for wrappers of other packages).
package propagation

import (
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/callorder"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/options"
	"github.com/tracelint/tracelint/analyzers/internal/payload"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and directives.
const Name = "propagation"

const doc = `report Glue jobs and Lambda invocations started without the execution ARN and run id

Every hop of a run carries its identifiers: a Glue StartJobRun (SDK v2 and
v1) passes the arguments --execution-arn and --run-key (exact keys), a
Lambda Invoke (SDK v2 Invoke, InvokeAsync, InvokeWithResponseStream; v1
Invoke, InvokeWithContext, InvokeRequest, InvokeAsync) sends a JSON payload
with execution_arn and run_id or run_key (names in any style). The same
holds where the state machine is defined with the AWS CDK for Go:
GlueStartJobRun task arguments and LambdaInvoke task payloads built with
TaskInput_FromObject. Strict mode also reports values that cannot be
followed and CDK values not bound to the execution ($$.Execution.Id,
$$.Execution.Name or a state path). Suppress a finding with
//tracelint:ignore propagation <reason>.`

// Options configure the analyzer; they are bound to its flags.
type Options struct {
	// GlueArguments are the argument keys every Glue job run must get
	// (exact: a Glue script reads its arguments by name).
	GlueArguments []string
	// LambdaFields are the fields every Lambda payload must carry; each is
	// a list of alternatives, any one of which satisfies it. Names match
	// style-insensitively.
	LambdaFields [][]string
	// Strict reports values that cannot be followed and CDK task values
	// not bound to the execution.
	Strict bool
}

// DefaultOptions returns the rule as RULES.md states it.
func DefaultOptions() Options {
	return Options{
		GlueArguments: []string{"--execution-arn", "--run-key"},
		LambdaFields:  [][]string{{"execution_arn"}, {"run_id", "run_key"}},
	}
}

// Analyzer checks with the default options, changeable through its flags.
var Analyzer = New(DefaultOptions())

// New returns a fresh analyzer with its own options and flags, so that
// drivers that configure analyzers (the golangci-lint plugin) never share
// state with other users of the package.
func New(opts Options) *analysis.Analyzer {
	o := &Options{
		GlueArguments: append([]string(nil), opts.GlueArguments...),
		LambdaFields:  make([][]string, len(opts.LambdaFields)),
		Strict:        opts.Strict,
	}
	for i, alts := range opts.LambdaFields {
		o.LambdaFields[i] = append([]string(nil), alts...)
	}
	a := &analysis.Analyzer{
		Name:      Name,
		Doc:       doc,
		URL:       "https://github.com/tracelint/tracelint/blob/main/docs/propagation.md",
		Requires:  []*analysis.Analyzer{resolve.Analyzer},
		FactTypes: []analysis.Fact{new(FieldsFact), new(ForwardsFact), new(WrappersFact)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	}
	a.Flags.Var(options.NewList(&o.GlueArguments, options.Identifier), "glue-arguments",
		"comma-separated argument keys every Glue job run must get (exact, e.g. --execution-arn)")
	a.Flags.Var(options.NewFields(&o.LambdaFields, naming.Key), "lambda-fields",
		"comma-separated fields every Lambda payload must carry; '|' separates alternatives (run_id|run_key); names match in any style")
	a.Flags.BoolVar(&o.Strict, "strict", o.Strict,
		`also report values that cannot be followed ("cannot verify") and CDK task values not bound to the execution`)
	return config.Adopt(a, New, opts) // tracelint.yml settings, per package
}

// The operations, in both SDKs.
var (
	startJobRun = awsop.NewMatcher(awsop.Op{Service: "glue", Name: "StartJobRun"})
	invoke      = awsop.NewMatcher(
		awsop.Op{Service: "lambda", Name: "Invoke"},
		awsop.Op{Service: "lambda", Name: "InvokeAsync"},
		awsop.Op{Service: "lambda", Name: "InvokeWithResponseStream"},
	)
)

// Import paths whose presence makes a package worth checking for calls.
var servicePackages = []string{
	awsop.V2Prefix + "glue", awsop.V1Prefix + "glue",
	awsop.V2Prefix + "lambda", awsop.V1Prefix + "lambda",
	cdkTasks,
}

func run(pass *analysis.Pass, o *Options) (any, error) {
	rep := suppress.New(pass, Name)
	defer rep.Finish()
	if awsop.InSDK(pass.Pkg) || inCDK(pass.Pkg) || awsop.InStd(pass) {
		return nil, nil
	}
	// Calls are checked in packages that import Glue, Lambda, the CDK's
	// tasks or a package with exported wrappers (known by its package
	// fact).
	calls := awsop.ImportsAny(pass.Pkg, servicePackages...) || callorder.ImportsFact(pass, new(WrappersFact))
	// Any other package may declare argument or payload helpers (a map of
	// Glue arguments, a marshalled event): they get facts, found by a look
	// at the declarations, except in dependencies that reach neither AWS
	// nor a database.
	var fns []*types.Func
	if !resolve.Peripheral(pass) {
		fns = helpers(pass, calls)
	}
	if !calls && len(fns) == 0 {
		return nil, nil
	}
	c := newChecker(pass, o, rep)
	c.exportFacts(fns)
	if calls {
		c.checkPackage()
	}
	return nil, nil
}

// helpers lists the exported functions whose result other packages hand to
// Glue, Lambda or a task: a map of arguments or of an object (string keys,
// string, *string or interface values, or a pointer to such a map), a
// TaskInput, and a payload: a message ([]byte, string, *string) in a
// package that starts work, []byte in one that encodes JSON. Other
// packages' string helpers (String methods...) are left alone.
func helpers(pass *analysis.Pass, calls bool) []*types.Func {
	encodes := awsop.ImportsAny(pass.Pkg, "encoding/json")
	return payload.Helpers(pass, func(t types.Type) bool {
		switch {
		case isArgumentsMap(t) || isTaskInput(t):
			return true
		case calls:
			return payload.IsMessageType(t)
		case encodes:
			s, ok := types.Unalias(t).Underlying().(*types.Slice)
			return ok && payload.IsMessageType(s)
		}
		return false
	})
}

// isArgumentsMap reports whether t (or what it points to) is a map with
// string keys whose values can be strings: Glue arguments, a CDK object, a
// map callers marshal.
func isArgumentsMap(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	m, ok := types.Unalias(t).Underlying().(*types.Map)
	if !ok || !payload.IsStringKind(m.Key()) {
		return false
	}
	v := m.Elem()
	if p, ok := types.Unalias(v).(*types.Pointer); ok {
		v = p.Elem()
	}
	return payload.IsStringKind(v) || types.IsInterface(v)
}
