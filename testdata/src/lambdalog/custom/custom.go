// Package custom is checked with -lambdalog.event-fields=run_id|run_key,tenant.
package custom

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

type input struct {
	RunKey       string `json:"run_key"`
	Tenant       string `json:"tenant"`
	ExecutionArn string `json:"execution_arn"` // not required with this configuration
}

func handle(ctx context.Context, in input) error { // want `Lambda handler handle never logs its event's tenant: add it`
	lc, _ := lambdacontext.FromContext(ctx)
	slog.Info("start", "request_id", lc.AwsRequestID, "run_key", in.RunKey)
	return nil
}

func main() { lambda.Start(handle) }
