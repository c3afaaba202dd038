// Package logcallmod runs the logging model over the real logging
// libraries and aws-lambda-go (module mode).
package logcallmod

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

type event struct {
	RunID string `json:"run_id"`
}

func lines(ctx context.Context, ev event) {
	lc, _ := lambdacontext.FromContext(ctx)
	slog.New(lambdacontext.NewLogHandler(lambdacontext.WithFunctionARN())).InfoContext(ctx, "adds") // want `emit slog \(\*slog\.Logger\)\.InfoContext: _="adds" \[ctx adds-request-id\]`
	lambdacontext.NewLogger().Info("loses", "run_id", ev.RunID)                                     // want `emit slog \(\*slog\.Logger\)\.Info: _="loses", run_id=field logcallmod\.event\.RunID \[adds-request-id\]`

	z, _ := zap.NewProduction()
	z.With(zap.String("request_id", lc.AwsRequestID)).Info("zap", zap.Stringer("s", nil)) // want `derive zap \(\*zap\.Logger\)\.With: request_id=field lambdacontext\.LambdaContext\.AwsRequestID` `emit zap \(\*zap\.Logger\)\.Info: _="zap", s=-, request_id=field lambdacontext\.LambdaContext\.AwsRequestID`
	z.Sugar().Infow("sugar", "run_id", ev.RunID)                                          // want `derive zap \(\*zap\.Logger\)\.Sugar: ` `emit zap \(\*zap\.SugaredLogger\)\.Infow: _="sugar", run_id=field logcallmod\.event\.RunID`

	log.Info().Str("run_id", ev.RunID).Msg("zerolog")                                          // want `derive zerolog log\.Info: ` `derive zerolog \(\*zerolog\.Event\)\.Str: run_id=field logcallmod\.event\.RunID` `emit zerolog \(\*zerolog\.Event\)\.Msg: _="zerolog", run_id=field logcallmod\.event\.RunID \[default\]`
	zl := zerolog.Ctx(log.With().Str("request_id", lc.AwsRequestID).Logger().WithContext(ctx)) // want `derive zerolog log\.With: ` `derive zerolog \(zerolog\.Context\)\.Str: request_id=field lambdacontext\.LambdaContext\.AwsRequestID` `derive zerolog \(zerolog\.Context\)\.Logger: `
	zl.Info().Msg("from context")                                                              // want `derive zerolog \(\*zerolog\.Logger\)\.Info: ` `emit zerolog \(\*zerolog\.Event\)\.Msg: _="from context", request_id=field lambdacontext\.LambdaContext\.AwsRequestID \[default\]`

	var fl logrus.FieldLogger = logrus.StandardLogger()                      // want `derive logrus logrus\.StandardLogger: `
	fl.WithField("request_id", lc.AwsRequestID).Infof("run_id=%s", ev.RunID) // want `derive logrus \(logrus\.FieldLogger\)\.WithField: request_id=field lambdacontext\.LambdaContext\.AwsRequestID` `emit logrus \(\*logrus\.Entry\)\.Infof: _="run_id=%s", run_id=field logcallmod\.event\.RunID, request_id=field lambdacontext\.LambdaContext\.AwsRequestID \[default\]`
	fl.Warningln("embedded interface method", ev.RunID)                      // want `emit logrus \(logrus\.FieldLogger\)\.Warningln: _="embedded interface method", _=field logcallmod\.event\.RunID \[default\]`
}
