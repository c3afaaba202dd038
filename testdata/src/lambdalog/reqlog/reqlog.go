// Package reqlog logs through aws-lambda-go's request-id loggers: lines
// written with the handler's context carry the request id, lines written
// without one lose it.
package reqlog

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

var logger = slog.New(lambdacontext.NewLogHandler())

func contextAware(ctx context.Context) error {
	logger.InfoContext(ctx, "start")
	logger.Log(ctx, slog.LevelInfo, "also")
	return nil
}

func plain(ctx context.Context) error {
	logger.Info("start") // want `\(\*slog.Logger\).Info without a context loses the request id that lambdacontext's log handler adds: use the ...Context form with the handler's ctx`
	logger.InfoContext(ctx, "done")
	return nil
}

func onlyPlain(ctx context.Context) error {
	l := lambdacontext.NewLogger().With("stage", "load")
	l.Warn("start") // want `\(\*slog.Logger\).Warn without a context loses the request id`
	return nil
}

func background(ctx context.Context) error { // want `Lambda handler background never logs the request id`
	lambdacontext.NewLogger().InfoContext(context.Background(), "start")
	return nil
}

func helper(ctx context.Context) error {
	logVia(ctx, lambdacontext.NewLogger())
	return nil
}

func logVia(ctx context.Context, l *slog.Logger) { l.DebugContext(ctx, "through a parameter") }

func plainDefault(ctx context.Context) error { // want `Lambda handler plainDefault never logs the request id`
	slog.New(slog.NewJSONHandler(nil, nil)).InfoContext(ctx, "not a request-id handler")
	return nil
}

func main() {
	lambda.Start(contextAware)
	lambda.Start(plain)
	lambda.Start(onlyPlain)
	lambda.Start(background)
	lambda.Start(helper)
	lambda.Start(plainDefault)
}
