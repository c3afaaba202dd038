// Package reqdefault sets aws-lambda-go's request-id logger as slog's
// default: slog's package functions with a context carry the request id.
package reqdefault

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

func handle(ctx context.Context) error {
	slog.InfoContext(ctx, "start")
	slog.Info("plain") // want `slog.Info without a context loses the request id`
	return nil
}

func main() {
	slog.SetDefault(lambdacontext.NewLogger())
	lambda.Start(handle)
}
