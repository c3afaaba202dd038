// Package use logs through the helpers of another package: what their
// facts say reaches the lines written here.
package use

import (
	"context"
	"log/slog"

	"github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"logcall/helpers"
	"logcall/quiet"
)

func value(any) {}

func carried(ctx context.Context, runID string) {
	l := helpers.ForRequest(ctx)                 // want `logs: request_id=field lambdacontext\.LambdaContext\.AwsRequestID`
	l.Info("carried")                            // want `emit slog \(\*slog\.Logger\)\.Info: _="carried", request_id=field lambdacontext\.LambdaContext\.AwsRequestID \[default\]`
	helpers.WithRun(l, runID).Warn("both")       // want `emit slog \(\*slog\.Logger\)\.Warn: _="both", run_id=unknown, request_id=field lambdacontext\.LambdaContext\.AwsRequestID \[default\]` `logs: run_id=unknown`
	helpers.NewLogger().InfoContext(ctx, "adds") // want `emit slog \(\*slog\.Logger\)\.InfoContext: _="adds" \[ctx adds-request-id\]`
	value(helpers.RequestID(ctx))                // want `value: field lambdacontext\.LambdaContext\.AwsRequestID`
	value(quiet.Upper(runID))                    // want `value: unknown`
}

func sumHelpers(ctx context.Context, runID string, m types.Message) { // want `summary: emits; message_id=field types\.Message\.MessageId; receipt_handle=field types\.Message\.ReceiptHandle; rid=field lambdacontext\.LambdaContext\.AwsRequestID; run_id=param1; request-id-lines`
	helpers.LogRun(runID)                                                 // want `logs: run_id=unknown`
	helpers.LogStart(ctx)                                                 // want `logs: rid=field lambdacontext\.LambdaContext\.AwsRequestID`
	helpers.Info(ctx, helpers.NewLogger(), "through the caller's logger") // want `logs: _="through the caller's logger"`
	var s helpers.Svc
	s.Handle(ctx, m) // want `logs: message_id=field types\.Message\.MessageId, receipt_handle=field types\.Message\.ReceiptHandle`
}

func sumHands(runID string) { // want `summary: hands\(param0\)`
	helpers.Forward(func(string) {}, runID)
	quiet.Upper(runID)
}

func sumNothing(runID string) { // want `summary: `
	helpers.Quiet(len(runID))
	slog.SetDefault(slog.Default()) // want `derive slog slog\.Default: `
}
