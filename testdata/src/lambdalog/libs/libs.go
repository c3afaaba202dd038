// Package libs has one handler per logging library that carries the
// request id and one that does not.
package libs

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

func requestID(ctx context.Context) string {
	lc, ok := lambdacontext.FromContext(ctx)
	if !ok {
		return "unknown"
	}
	return lc.AwsRequestID
}

// slog: a logger derived with the request id.
func slogGood(ctx context.Context) error {
	logger := slog.Default().With("request_id", requestID(ctx))
	logger.Info("start")
	return nil
}

func slogBad(ctx context.Context) error { // want `Lambda handler slogBad never logs the request id`
	logger := slog.Default().With("stage", "load")
	logger.Info("start")
	return nil
}

// zap: With(zap.String(...)) and the sugared key-value form.
func zapGood(ctx context.Context) error {
	lc, _ := lambdacontext.FromContext(ctx)
	l := zap.Must(zap.NewProduction()).With(zap.String("request_id", lc.AwsRequestID))
	l.Info("start")
	return nil
}

func zapSugarGood(ctx context.Context) error {
	zap.S().Infow("start", "request_id", requestID(ctx))
	return nil
}

func zapBad(ctx context.Context) error { // want `Lambda handler zapBad never logs the request id`
	zap.L().Info("start", zap.String("stage", "load"))
	return nil
}

// zerolog: an event chain, and a sub-logger stored in the context.
func zerologGood(ctx context.Context) error {
	zlog.Info().Str("request_id", requestID(ctx)).Msg("start")
	return nil
}

func zerologContextGood(ctx context.Context) error {
	logger := zerolog.New(os.Stdout).With().Str("request_id", requestID(ctx)).Logger()
	ctx = logger.WithContext(ctx)
	step(ctx)
	return nil
}

func step(ctx context.Context) { zerolog.Ctx(ctx).Info().Msg("step") }

func zerologBad(ctx context.Context) error { // want `Lambda handler zerologBad never logs the request id`
	zlog.Info().Str("stage", "load").Msg("start")
	return nil
}

// logrus: WithField and WithFields.
func logrusGood(ctx context.Context) error {
	logrus.WithFields(logrus.Fields{"request_id": requestID(ctx)}).Info("start")
	return nil
}

func logrusBad(ctx context.Context) error { // want `Lambda handler logrusBad never logs the request id`
	logrus.WithField("stage", "load").Info("start")
	return nil
}

// log and fmt: the id in the message.
func stdGood(ctx context.Context) error {
	lc, _ := lambdacontext.FromContext(ctx)
	log.Printf("request_id=%s start", lc.AwsRequestID)
	return nil
}

func fmtGood(ctx context.Context) error {
	lc, _ := lambdacontext.FromContext(ctx)
	fmt.Printf("%+v\n", lc) // the whole Lambda context, request id included
	return nil
}

func fmtBad(ctx context.Context) error { // want `Lambda handler fmtBad never logs the request id \(lambdacontext AwsRequestID\): its log calls at libs.go:104 and libs.go:105 lack it; derive its logger with it`
	fmt.Println("start")
	fmt.Fprintln(os.Stderr, "done")
	fmt.Fprintln(&sink{}, requestID(ctx)) // not a log
	return nil
}

type sink struct{}

func (*sink) Write(p []byte) (int, error) { return len(p), nil }

func main() {
	for _, h := range []func(context.Context) error{slogGood, slogBad, zapGood, zapSugarGood, zapBad, zerologGood, zerologContextGood,
		zerologBad, logrusGood, logrusBad, stdGood, fmtGood, fmtBad} {
		lambda.Start(h)
	}
}
