// Package logging derives loggers that carry the request id, for the
// handlers of package lambdalogmod.
package logging

import (
	"context"

	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/rs/zerolog"
	"go.uber.org/zap"
)

// Zap returns a zap logger that carries the request id.
func Zap(ctx context.Context, base *zap.Logger) *zap.Logger {
	lc, _ := lambdacontext.FromContext(ctx)
	return base.With(zap.String("aws_request_id", lc.AwsRequestID))
}

// Attach stores a zerolog logger carrying the request id in the context.
func Attach(ctx context.Context) context.Context {
	lc, _ := lambdacontext.FromContext(ctx)
	return zerolog.Ctx(ctx).With().Str("request_id", lc.AwsRequestID).Logger().WithContext(ctx)
}
