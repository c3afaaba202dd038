// Package lambdalog defines an analyzer that reports Lambda handlers whose
// logs do not carry the Lambda request id, and, when the handler's event
// carries run_id or execution_arn, those too.
//
// Handlers are the functions registered with aws-lambda-go's lambda.Start,
// StartWithOptions, StartWithContext, StartHandler, StartHandlerFunc,
// StartHandlerWithContext, NewHandler, NewHandlerWithOptions and
// NewFunction, and the Invoke method of registered lambda.Handler types. A
// handler's log lines are those it writes itself and those of the helpers it
// calls (same-package helpers through their bodies, other packages' through
// the facts of the logging model, analyzers/internal/logcall). The request
// id reaches them when lambdacontext.FromContext(ctx).AwsRequestID (or the
// whole LambdaContext) is a field of a line or of a logger the handler
// derives, or when a line is written with a context through a logger that
// adds it (lambdacontext.NewLogHandler/NewLogger, aws-lambda-go 1.52+).
package lambdalog

import (
	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/logcall"
	"github.com/tracelint/tracelint/analyzers/internal/naming"
	"github.com/tracelint/tracelint/analyzers/internal/options"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and directives.
const Name = "lambdalog"

const doc = `report Lambda handlers whose logs lack the request id (and the event's run_id, execution_arn)

A handler registered with aws-lambda-go (lambda.Start, StartWithOptions,
StartHandler, StartHandlerFunc, StartHandlerWithContext, NewHandler,
NewHandlerWithOptions, a registered lambda.Handler's Invoke) must get the
Lambda request id into its log lines: lambdacontext.FromContext(ctx).AwsRequestID
passed to a log call or to a logger it derives (logger.With("request_id", id)),
or lines written with the context through lambdacontext.NewLogHandler or
NewLogger, which add it. A line without a context written through such a
logger (slog.Info instead of slog.InfoContext) loses it and is reported. When
the handler's event has run_id or execution_arn fields (any naming style, or
json tags), they must reach the logs too. Log calls are recognised for log,
log/slog, zap, zerolog, logrus and fmt to stdout/stderr, in the handler and
in the helpers it calls. Suppress a finding with //tracelint:ignore lambdalog <reason>.`

// Options configure the analyzer; they are bound to its flags.
type Options struct {
	// EventFields are the fields of a handler's event that must reach its
	// logs when the event has them, matched in any naming style against
	// field names and json tags; alternatives ("run_id|run_key") are names
	// of the same field.
	EventFields [][]string
	// Strict also reports handlers that write no log line of their own,
	// and those whose logging cannot be followed ("cannot verify").
	Strict bool
}

// DefaultOptions returns the rule as the specification states it.
func DefaultOptions() Options {
	return Options{EventFields: [][]string{{"run_id"}, {"execution_arn"}}}
}

// Analyzer checks with the default options, changeable through its flags.
var Analyzer = New(DefaultOptions())

// New returns a fresh analyzer with its own options and flags, so that
// drivers that configure analyzers (the golangci-lint plugin) never share
// state with other users of the package.
func New(opts Options) *analysis.Analyzer {
	o := &Options{Strict: opts.Strict}
	for _, alts := range opts.EventFields {
		o.EventFields = append(o.EventFields, append([]string(nil), alts...))
	}
	a := &analysis.Analyzer{
		Name:     Name,
		Doc:      doc,
		URL:      "https://github.com/tracelint/tracelint/blob/main/docs/lambdalog.md",
		Requires: []*analysis.Analyzer{resolve.Analyzer, logcall.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	}
	fields := options.NewAlternatives(&o.EventFields, options.Identifier)
	fields.AllowEmpty = true
	a.Flags.Var(fields, "event-fields",
		"comma-separated event fields that must reach the handler's logs when its event has them, matched in any naming style "+
			"against field names and json tags; alternatives joined by '|' (empty: none)")
	a.Flags.BoolVar(&o.Strict, "strict", o.Strict,
		`also report handlers that write no log line, and handlers whose logging cannot be followed ("cannot verify")`)
	return config.Adopt(a, New, opts) // tracelint.yml settings, per package
}

// lambdaPackage is the package that registers handlers.
const lambdaPackage = "github.com/aws/aws-lambda-go/lambda"

func run(pass *analysis.Pass, o *Options) (any, error) {
	rep := suppress.New(pass, Name)
	defer rep.Finish()
	if awsop.InStd(pass) || !awsop.ImportsAny(pass.Pkg, lambdaPackage) {
		return nil, nil // one import check: no handler can be registered here
	}
	r := resolve.New(pass)
	c := &checker{
		pass:     pass,
		opts:     o,
		r:        r,
		m:        logcall.New(pass, r),
		rep:      rep,
		reported: make(map[reportKey]bool),
	}
	for _, alts := range o.EventFields {
		var keys []string
		for _, a := range alts {
			keys = append(keys, naming.Key(a))
		}
		c.eventKeys = append(c.eventKeys, keys)
	}
	c.check()
	return nil, nil
}
