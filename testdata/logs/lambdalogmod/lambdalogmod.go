// Package lambdalogmod runs lambdalog in module mode against the real
// aws-lambda-go, zap, zerolog and logrus.
package lambdalogmod

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"

	"example.com/logs/lambdalogmod/logging"
)

type input struct {
	RunID        string `json:"run_id"`
	ExecutionArn string `json:"execution_arn"`
}

type app struct {
	zap *zap.Logger
}

func (a *app) handle(ctx context.Context, in input) error {
	logging.Zap(ctx, a.zap).Info("start", zap.String("run_id", in.RunID), zap.String("execution_arn", in.ExecutionArn))
	return nil
}

func (a *app) noRequestID(ctx context.Context, in input) error { // want `Lambda handler app.noRequestID never logs the request id`
	a.zap.Info("start", zap.String("run_id", in.RunID), zap.String("execution_arn", in.ExecutionArn))
	return nil
}

func zerologHandler(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	ctx = logging.Attach(ctx)
	zerolog.Ctx(ctx).Info().Int("records", len(ev.Records)).Msg("batch")
	return events.SQSEventResponse{}, nil
}

func logrusHandler(ctx context.Context, in input) error { // want `Lambda handler logrusHandler never logs its event's execution_arn`
	lc, _ := lambdacontext.FromContext(ctx)
	logrus.WithFields(logrus.Fields{"request_id": lc.AwsRequestID, "run_id": in.RunID}).Info("start")
	return nil
}

var logger = slog.New(lambdacontext.NewLogHandler(lambdacontext.WithFunctionARN()))

func requestIDHandler(ctx context.Context, in input) error {
	l := logger.With("run_id", in.RunID, "execution_arn", in.ExecutionArn)
	l.InfoContext(ctx, "start")
	l.Info("done") // want `\(\*slog.Logger\).Info without a context loses the request id`
	return nil
}

func main() {
	a := &app{zap: zap.NewNop()}
	lambda.Start(a.handle)
	lambda.StartWithOptions(a.noRequestID, lambda.WithEnableSIGTERM())
	lambda.StartHandlerFunc(zerologHandler)
	lambda.StartHandler(lambda.NewHandlerWithOptions(logrusHandler, lambda.WithUseNumber(true)))
	lambda.StartHandlerWithContext(context.Background(), lambda.NewHandler(requestIDHandler))
}
