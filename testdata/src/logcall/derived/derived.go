// Package derived exercises loggers derived in one place and used in
// another: variables, struct fields, same-package helpers, contexts.
package derived

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

type handler struct {
	log *slog.Logger
}

func newLogger(ctx context.Context) *slog.Logger {
	lc, _ := lambdacontext.FromContext(ctx)
	return slog.With("request_id", lc.AwsRequestID) // want `derive slog slog\.With: request_id=field lambdacontext\.LambdaContext\.AwsRequestID`
}

func (h *handler) handle(ctx context.Context, runID string) {
	l := newLogger(ctx)                           // want `logs: request_id=field lambdacontext\.LambdaContext\.AwsRequestID`
	l.Info("helper-derived")                      // want `emit slog \(\*slog\.Logger\)\.Info: _="helper-derived", request_id=field lambdacontext\.LambdaContext\.AwsRequestID \[default adds-request-id\]`
	h.log.Info("field")                           // want `emit slog \(\*slog\.Logger\)\.Info: _="field" \[logger-unknown\]`
	h.log.InfoContext(ctx, "field, with context") // want `emit slog \(\*slog\.Logger\)\.InfoContext: _="field, with context" \[ctx logger-unknown\]`
	rl := h.log.With("run_id", runID)             // want `derive slog \(\*slog\.Logger\)\.With: run_id=unknown`
	if runID == "" {
		rl = l
	}
	rl.Info("either") // want `emit slog \(\*slog\.Logger\)\.Info: _="either", run_id=unknown, request_id=field lambdacontext\.LambdaContext\.AwsRequestID \[default may-add-request-id logger-unknown\]`
}

func sumLocal(ctx context.Context, runID string) { // want `summary: emits; run_id=param1; request-id-lines`
	logRun(runID) // want `logs: run_id=unknown`
	through(ctx, lambdacontext.NewLogger())
	through(ctx, slog.New(slog.NewTextHandler(os.Stdout, nil)))
}

func logRun(id string) { slog.Warn("run", "run_id", id) } // want `emit slog slog\.Warn: _="run", run_id=unknown \[default adds-request-id\]`

func through(ctx context.Context, l *slog.Logger) { l.InfoContext(ctx, "through") } // want `emit slog \(\*slog\.Logger\)\.InfoContext: _="through" \[ctx logger-unknown\]`

// The literal's parameter is followed to the call f(runID): param1 only.
func sumLiteral(ctx context.Context, runID string) { // want `summary: emits; run_id=param1$`
	f := func(id string) { zap.L().Info("lit", zap.String("run_id", id)) } // want `derive zap zap\.L: ` `emit zap \(\*zap\.Logger\)\.Info: _="lit", run_id=unknown \[default\]`
	f(runID)
	go func() {
		logrus.WithField("run_id", runID).Info("goroutine") // want `derive logrus logrus\.WithField: run_id=unknown` `emit logrus \(\*logrus\.Entry\)\.Info: _="goroutine", run_id=unknown \[default\]`
	}()
}

func sumDefault(ctx context.Context) { // want `summary: emits; request-id-lines`
	slog.InfoContext(ctx, "default") // want `emit slog slog\.InfoContext: _="default" \[ctx default adds-request-id\]`
	slog.Info("default, no context") // want `emit slog slog\.Info: _="default, no context" \[default adds-request-id\]`
}

func init() {
	slog.SetDefault(lambdacontext.NewLogger())
}

func zerologContext(ctx context.Context, runID string) {
	logger := zerolog.New(os.Stdout).With().Str("run_id", runID).Logger() // want `derive zerolog \(zerolog\.Logger\)\.With: ` `derive zerolog \(zerolog\.Context\)\.Str: run_id=unknown` `derive zerolog \(zerolog\.Context\)\.Logger: `
	ctx = logger.WithContext(ctx)
	zerolog.Ctx(ctx).Info().Msg("from context") // want `derive zerolog \(\*zerolog\.Logger\)\.Info: ` `emit zerolog \(\*zerolog\.Event\)\.Msg: _="from context", run_id=unknown \[logger-opaque\]`
	inner(ctx)
}

func inner(ctx context.Context) {
	zerolog.Ctx(ctx).Warn().Msg("callee's context") // want `derive zerolog \(\*zerolog\.Logger\)\.Warn: ` `emit zerolog \(\*zerolog\.Event\)\.Msg: _="callee's context" \[logger-opaque\]`
}

func sumMutatedEvent(runID string) { // want `summary: emits; run_id=param0`
	l := zerolog.New(os.Stdout)
	e := l.Info()           // want `derive zerolog \(\*zerolog\.Logger\)\.Info: `
	e.Str("run_id", runID)  // want `derive zerolog \(\*zerolog\.Event\)\.Str: run_id=unknown`
	e.Msg("statement form") // want `emit zerolog \(\*zerolog\.Event\)\.Msg: _="statement form"`
}
