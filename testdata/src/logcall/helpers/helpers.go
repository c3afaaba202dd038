// want package:`logcall-package\(facts\)`

// Package helpers holds logging helpers whose facts callers in other
// packages rely on.
package helpers

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"go.uber.org/zap"
)

// ForRequest returns a logger that carries the request id.
func ForRequest(ctx context.Context) *slog.Logger { // want ForRequest:`logcall\(request_id=field lambdacontext\.LambdaContext\.AwsRequestID; returns-logger\(request_id=field lambdacontext\.LambdaContext\.AwsRequestID; default\)\)`
	lc, _ := lambdacontext.FromContext(ctx)
	return slog.Default().With("request_id", lc.AwsRequestID)
}

// WithRun derives a logger from the caller's with its run id.
func WithRun(l *slog.Logger, runID string) *slog.Logger { // want WithRun:`logcall\(run_id=param1; returns-logger\(run_id=param1; from-param0\)\)`
	return l.With("run_id", runID)
}

// NewLogger returns aws-lambda-go's request-id logger.
func NewLogger() *slog.Logger { // want NewLogger:`logcall\(returns-logger\(adds-request-id 1/1\)\)`
	return slog.New(lambdacontext.NewLogHandler())
}

// LogRun logs its parameter under run_id.
func LogRun(runID string) { // want LogRun:`logcall\(emits; run_id=param0\)`
	slog.Info("run", "run_id", runID)
}

// LogStart logs the request id it reads itself.
func LogStart(ctx context.Context) { // want LogStart:`logcall\(emits; rid=field lambdacontext\.LambdaContext\.AwsRequestID\)`
	lc, _ := lambdacontext.FromContext(ctx)
	zap.L().Info("start", zap.String("rid", lc.AwsRequestID))
}

// RequestID returns the request id.
func RequestID(ctx context.Context) string { // want RequestID:`logcall\(result\(field lambdacontext\.LambdaContext\.AwsRequestID\)\)`
	lc, ok := lambdacontext.FromContext(ctx)
	if !ok {
		return ""
	}
	return lc.AwsRequestID
}

// Info logs through the caller's logger with the caller's context.
func Info(ctx context.Context, l *slog.Logger, msg string) { // want Info:`logcall\(emits; _=param2; lines-through-param1 ctx\)`
	l.InfoContext(ctx, msg)
}

// Svc processes SQS messages.
type Svc struct{ log *slog.Logger }

// Handle logs the message's ids through a helper of this package.
func (s *Svc) Handle(ctx context.Context, m types.Message) { // want Handle:`logcall\(emits; message_id=field types\.Message\.MessageId; receipt_handle=field types\.Message\.ReceiptHandle\)`
	s.logIDs(aws.ToString(m.MessageId), *m.ReceiptHandle)
}

func (s *Svc) logIDs(id, receipt string) {
	s.log.Info("message", "message_id", id, "receipt_handle", receipt)
}

// Forward hands its id to a function value. It writes no log line itself:
// no fact (what it hands on is not followed across packages).
func Forward(f func(string), id string) {
	f(id)
}

// Quiet neither logs nor returns anything worth a fact.
func Quiet(x int) int { return x + 1 }
