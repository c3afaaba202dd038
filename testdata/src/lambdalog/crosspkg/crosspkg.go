// Package crosspkg logs through the helpers of package logging, known here
// through the logging model's facts.
package crosspkg

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"lambdalog/logging"
)

func derived(ctx context.Context) error {
	logging.ForRequest(ctx).Info("derived in another package")
	return nil
}

func entry(ctx context.Context) error {
	logging.Entry(ctx).Warn("logrus entry from another package")
	return nil
}

func helperLogs(ctx context.Context) error {
	logging.Start(ctx, "helperLogs")
	logging.Step("load")
	return nil
}

func passesID(ctx context.Context) error {
	lc, _ := lambdacontext.FromContext(ctx)
	logging.Event(lc.AwsRequestID)
	return nil
}

func onlySteps(ctx context.Context) error { // want `Lambda handler onlySteps never logs the request id \(lambdacontext AwsRequestID\): its log call at crosspkg.go:38 lacks it; derive`
	logging.Step("load")
	logging.Plain().Info("done")
	return nil
}

func main() {
	lambda.Start(derived)
	lambda.Start(entry)
	lambda.Start(helperLogs)
	lambda.Start(passesID)
	lambda.Start(onlySteps)
}
