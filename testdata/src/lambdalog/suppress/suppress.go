// Package suppress silences a finding with a directive.
package suppress

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
)

//tracelint:ignore lambdalog health check: one line per container, no request to trace
func health(ctx context.Context) error {
	slog.Info("healthy")
	return nil
}

//tracelint:ignore lambdalog stale directive // want `tracelint:ignore directive for lambdalog suppresses nothing: remove it`
func fine(ctx context.Context) error { return nil }

func main() {
	lambda.Start(health)
	lambda.Start(fine)
}
