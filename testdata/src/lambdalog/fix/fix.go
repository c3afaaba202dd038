// Package fix has lines that lose the request id their logger adds; the
// suggested fix passes the handler's context.
package fix

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

var logger = lambdacontext.NewLogger()

func handle(ctx context.Context, name string) error {
	logger.Info("start", "name", name) // want `\(\*slog.Logger\).Info without a context loses the request id`
	if name == "" {
		logger.Error("no name") // want `\(\*slog.Logger\).Error without a context loses the request id`
	}
	go func() {
		logger.Warn("in a goroutine") // want `\(\*slog.Logger\).Warn without a context loses the request id`
	}()
	logger.InfoContext(ctx, "done")
	return nil
}

func twoContexts(ctx context.Context, parent context.Context) error {
	logger.Info("which context?") // want `\(\*slog.Logger\).Info without a context loses the request id`
	return nil
}

func main() {
	slog.SetDefault(logger)
	lambda.Start(handle)
	lambda.Start(twoContexts)
}
