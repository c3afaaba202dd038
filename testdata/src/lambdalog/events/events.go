// Package events has handlers whose events carry run_id and execution_arn
// (by field name in any style, or by json tag): both must reach the logs.
package events

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

type stepInput struct {
	RunID        string `json:"run_id"`
	ExecutionArn string `json:"execution_arn"`
	Date         string `json:"date"`
}

type tagged struct {
	Key string `json:"run_id"`
	Arn string `json:"executionArn"`
}

type meta struct {
	ExecutionARN string
}

type embedded struct {
	meta
	RunKey string
}

func logger(ctx context.Context) *slog.Logger {
	lc, _ := lambdacontext.FromContext(ctx)
	return slog.With("request_id", lc.AwsRequestID)
}

func both(ctx context.Context, in stepInput) error {
	logger(ctx).With("run_id", in.RunID, "execution_arn", in.ExecutionArn).Info("start", "date", in.Date)
	return nil
}

func onlyRun(ctx context.Context, in stepInput) error { // want `Lambda handler onlyRun never logs its event's execution_arn: add it to its log lines or to the logger it derives`
	logger(ctx).Info("start", "run_id", in.RunID)
	return nil
}

func neither(ctx context.Context, in *stepInput) error { // want `Lambda handler neither never logs its event's run_id and execution_arn: add them`
	logger(ctx).Info("start", "date", in.Date)
	return nil
}

func wholeEvent(ctx context.Context, in stepInput) error {
	logger(ctx).Info("start", "input", in)
	return nil
}

func byTag(ctx context.Context, in tagged) error { // want `Lambda handler byTag never logs its event's execution_arn \(field Arn\)`
	logger(ctx).Info("start", "run", in.Key)
	return nil
}

func promoted(ctx context.Context, in embedded) error { // want `Lambda handler promoted never logs its event's execution_arn`
	logger(ctx).Info("start", "key", in.RunKey)
	return nil
}

func inHelper(ctx context.Context, in stepInput) error {
	l := logger(ctx)
	describe(l, in)
	return nil
}

func describe(l *slog.Logger, in stepInput) {
	l.Info("input", "run_id", in.RunID, "execution_arn", in.ExecutionArn)
}

func main() {
	lambda.Start(both)
	lambda.Start(onlyRun)
	lambda.Start(neither)
	lambda.Start(wholeEvent)
	lambda.Start(byTag)
	lambda.Start(promoted)
	lambda.Start(inHelper)
}
