// Package sqslog defines an analyzer that reports SQS consumers that do not
// log each message's MessageId and ReceiptHandle.
//
// A consumer is a loop, by range or by index, over the messages of an SQS
// batch: events.SQSEvent.Records (aws-lambda-go), the Messages of a
// ReceiveMessage output (AWS SDK for Go v2 and v1), or such a slice handed
// to the function as a parameter or returned by another function. For each
// message, both ids must reach a log call: in the loop body, or in a helper
// it calls with the message (same-package helpers through their bodies,
// other packages' through the facts of the logging model,
// analyzers/internal/logcall). A loop that hands each message to code that
// cannot be followed is reported only in strict mode.
package sqslog

import (
	"fmt"
	"go/token"
	"unicode"

	"golang.org/x/tools/go/analysis"

	"github.com/tracelint/tracelint/analyzers/config"
	"github.com/tracelint/tracelint/analyzers/internal/awsop"
	"github.com/tracelint/tracelint/analyzers/internal/logcall"
	"github.com/tracelint/tracelint/analyzers/internal/options"
	"github.com/tracelint/tracelint/analyzers/internal/resolve"
	"github.com/tracelint/tracelint/analyzers/internal/suppress"
)

// Name is the analyzer's name, used in flags and directives.
const Name = "sqslog"

const doc = `report SQS consumer loops that do not log each message's MessageId and ReceiptHandle

In a loop (range or index) over events.SQSEvent.Records (aws-lambda-go) or
over the Messages of a ReceiveMessage output (AWS SDK for Go v2 and v1), both
the message's MessageId and its ReceiptHandle must reach a log call for that
message: in the loop body, or in a helper the loop calls with the message.
Log calls are recognised for log, log/slog, zap, zerolog, logrus and fmt to
stdout/stderr, including fields of loggers derived with the ids. A loop that
hands each message to code that cannot be followed is reported only with
-sqslog.strict. Suppress a finding with //tracelint:ignore sqslog <reason>.`

// Options configure the analyzer; they are bound to its flags.
type Options struct {
	// Fields are the fields of an SQS message that must reach a log call
	// for every message a loop handles (Go field names, as both the Lambda
	// event and the SDKs spell them).
	Fields []string
	// Strict also reports loops that hand each message to code that cannot
	// be followed ("cannot verify").
	Strict bool
}

// DefaultOptions returns the rule as the specification states it.
func DefaultOptions() Options {
	return Options{Fields: []string{"MessageId", "ReceiptHandle"}}
}

// Analyzer checks with the default options, changeable through its flags.
var Analyzer = New(DefaultOptions())

// New returns a fresh analyzer with its own options and flags, so that
// drivers that configure analyzers (the golangci-lint plugin) never share
// state with other users of the package.
func New(opts Options) *analysis.Analyzer {
	o := &Options{Fields: append([]string(nil), opts.Fields...), Strict: opts.Strict}
	a := &analysis.Analyzer{
		Name:     Name,
		Doc:      doc,
		URL:      "https://github.com/tracelint/tracelint/blob/main/docs/sqslog.md",
		Requires: []*analysis.Analyzer{resolve.Analyzer, logcall.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, o) },
	}
	a.Flags.Var(options.NewList(&o.Fields, fieldName), "fields",
		"comma-separated fields of an SQS message (Go field names: MessageId, ReceiptHandle, Body...) that must reach a log call for every message a consumer loop handles")
	a.Flags.BoolVar(&o.Strict, "strict", o.Strict,
		`also report loops that hand each message to code that cannot be followed ("cannot verify")`)
	return config.Adopt(a, New, opts) // tracelint.yml settings, per package
}

// fieldName checks that s can name an exported Go struct field.
func fieldName(s string) error {
	for i, r := range s {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return fmt.Errorf("not an exported Go field name (MessageId, ReceiptHandle)")
		case !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_':
			return fmt.Errorf("character %q is not allowed in a Go field name", r)
		}
	}
	return nil
}

// Import paths whose presence makes a package worth looking at.
var sqsPackages = []string{"github.com/aws/aws-lambda-go/events", awsop.V2Prefix + "sqs", awsop.V1Prefix + "sqs"}

func run(pass *analysis.Pass, o *Options) (any, error) {
	rep := suppress.New(pass, Name)
	defer rep.Finish()
	if awsop.InStd(pass) || awsop.InSDK(pass.Pkg) || !awsop.ImportsAny(pass.Pkg, sqsPackages...) {
		return nil, nil // one import check: no SQS message can be handled here
	}
	r := resolve.New(pass)
	c := &checker{
		pass:     pass,
		opts:     o,
		r:        r,
		m:        logcall.New(pass, r),
		rep:      rep,
		reported: make(map[token.Pos]bool),
	}
	c.check()
	return nil, nil
}
