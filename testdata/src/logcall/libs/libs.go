// Package libs exercises the classification of every logging library the
// model knows: the probe reports each line's fields (own, then carried) and
// each derivation's own fields.
package libs

import (
	"context"
	"fmt"
	stdlog "log"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

type event struct {
	RunID        string `json:"run_id"`
	ExecutionArn string `json:"execution_arn"`
}

func slogCalls(ctx context.Context, ev event) {
	lc, _ := lambdacontext.FromContext(ctx)
	id := lc.AwsRequestID
	slog.Info("start", "request_id", id, slog.String("run_id", ev.RunID))                                        // want `emit slog slog\.Info: _="start", request_id=field lambdacontext\.LambdaContext\.AwsRequestID, run_id=field libs\.event\.RunID \[default\]`
	slog.InfoContext(ctx, "start", "n", 1)                                                                       // want `emit slog slog\.InfoContext: _="start", n=1 \[ctx default\]`
	slog.Log(ctx, slog.LevelWarn, "warn", slog.Group("req", "id", id))                                           // want `emit slog slog\.Log: _="warn", id=field lambdacontext\.LambdaContext\.AwsRequestID \[ctx default\]`
	slog.LogAttrs(ctx, slog.LevelInfo, "attrs", slog.Attr{Key: "arn", Value: slog.StringValue(ev.ExecutionArn)}) // want `emit slog slog\.LogAttrs: _="attrs", arn=field libs\.event\.ExecutionArn \[ctx default\]`
	attrs := []slog.Attr{slog.String("run_id", ev.RunID)}
	slog.LogAttrs(ctx, slog.LevelInfo, "spread", attrs...) // want `emit slog slog\.LogAttrs: _="spread", run_id=field libs\.event\.RunID \[ctx default\]`
	args := []any{"request_id", id}
	args = append(args, "run_id", ev.RunID)
	slog.Info("args", args...)                      // want `emit slog slog\.Info: _="args", request_id=field lambdacontext\.LambdaContext\.AwsRequestID, run_id=field libs\.event\.RunID \[default\]`
	logger := slog.Default().With("request_id", id) // want `derive slog slog\.Default: ` `derive slog \(\*slog\.Logger\)\.With: request_id=field lambdacontext\.LambdaContext\.AwsRequestID`
	logger.Info("derived", "k", "v")                // want `emit slog \(\*slog\.Logger\)\.Info: _="derived", k="v", request_id=field lambdacontext\.LambdaContext\.AwsRequestID \[default\]`
	grouped := logger.WithGroup("g")                // want `derive slog \(\*slog\.Logger\)\.WithGroup: `
	grouped.ErrorContext(ctx, "grouped")            // want `emit slog \(\*slog\.Logger\)\.ErrorContext: _="grouped", request_id=field lambdacontext\.LambdaContext\.AwsRequestID \[ctx default\]`
	slog.Info("whole", "lambda", lc, "event", ev)   // want `emit slog slog\.Info: _="whole", lambda=type lambdacontext\.LambdaContext, event=type libs\.event \[default\]`
	slog.Info("bad", id)                            // want `emit slog slog\.Info: _="bad", _=field lambdacontext\.LambdaContext\.AwsRequestID \[default\]`
}

func zapCalls(ev event, id string) {
	l := zap.Must(zap.NewProduction())                                                    // want `derive zap zap\.Must: `
	l.Info("start", zap.String("run_id", ev.RunID), zap.Error(nil), zap.Any("event", ev)) // want `emit zap \(\*zap\.Logger\)\.Info: _="start", run_id=field libs\.event\.RunID, error=-, event=type libs\.event`
	fields := []zap.Field{zap.String("execution_arn", ev.ExecutionArn)}
	l.With(fields...).Warn("with")                                                     // want `derive zap \(\*zap\.Logger\)\.With: execution_arn=field libs\.event\.ExecutionArn` `emit zap \(\*zap\.Logger\)\.Warn: _="with", execution_arn=field libs\.event\.ExecutionArn`
	s := l.Sugar().With("run_id", ev.RunID)                                            // want `derive zap \(\*zap\.Logger\)\.Sugar: ` `derive zap \(\*zap\.SugaredLogger\)\.With: run_id=field libs\.event\.RunID`
	s.Infow("sugar", "execution_arn", ev.ExecutionArn, zap.Int("n", 1))                // want `emit zap \(\*zap\.SugaredLogger\)\.Infow: _="sugar", execution_arn=field libs\.event\.ExecutionArn, n=1, run_id=field libs\.event\.RunID`
	s.Infof("run %s", ev.RunID)                                                        // want `emit zap \(\*zap\.SugaredLogger\)\.Infof: _="run %s", _=field libs\.event\.RunID, run_id=field libs\.event\.RunID`
	zap.L().Named("x").Info("global", zap.Dict("ids", zap.String("run_id", ev.RunID))) // want `derive zap zap\.L: ` `derive zap \(\*zap\.Logger\)\.Named: ` `emit zap \(\*zap\.Logger\)\.Info: _="global", run_id=field libs\.event\.RunID \[default\]`
	zap.S().Errorw("global sugar", "id", id)                                           // want `derive zap zap\.S: ` `emit zap \(\*zap\.SugaredLogger\)\.Errorw: _="global sugar", id=unknown \[default\]`
	l.Check(0, "checked").Write(zap.String("run_id", ev.RunID))                        // want `derive zap \(\*zap\.Logger\)\.Check: ` `emit zap \(\*zapcore\.CheckedEntry\)\.Write: run_id=field libs\.event\.RunID`
}

func zerologCalls(ctx context.Context, ev event) {
	zlog.Info().Str("run_id", ev.RunID).Msg("start")                                     // want `derive zerolog log\.Info: ` `derive zerolog \(\*zerolog\.Event\)\.Str: run_id=field libs\.event\.RunID` `emit zerolog \(\*zerolog\.Event\)\.Msg: _="start", run_id=field libs\.event\.RunID \[default\]`
	logger := zlog.With().Str("execution_arn", ev.ExecutionArn).Logger()                 // want `derive zerolog log\.With: ` `derive zerolog \(zerolog\.Context\)\.Str: execution_arn=field libs\.event\.ExecutionArn` `derive zerolog \(zerolog\.Context\)\.Logger: `
	logger.Warn().Int("n", 1).Msgf("run %s", ev.RunID)                                   // want `derive zerolog \(\*zerolog\.Logger\)\.Warn: ` `derive zerolog \(\*zerolog\.Event\)\.Int: n=1` `emit zerolog \(\*zerolog\.Event\)\.Msgf: _="run %s", _=field libs\.event\.RunID, n=1, execution_arn=field libs\.event\.ExecutionArn \[default\]`
	e := logger.Error()                                                                  // want `derive zerolog \(\*zerolog\.Logger\)\.Error: `
	e = e.Interface("event", ev)                                                         // want `derive zerolog \(\*zerolog\.Event\)\.Interface: event=type libs\.event`
	e.Send()                                                                             // want `emit zerolog \(\*zerolog\.Event\)\.Send: execution_arn=field libs\.event\.ExecutionArn, event=type libs\.event \[default\]`
	zlog.Info().Dict("ids", zerolog.Dict().Str("run_id", ev.RunID)).Ctx(ctx).Msg("dict") // want `derive zerolog log\.Info: ` `derive zerolog \(\*zerolog\.Event\)\.Dict: run_id=field libs\.event\.RunID` `derive zerolog \(\*zerolog\.Event\)\.Str: run_id=field libs\.event\.RunID` `derive zerolog \(\*zerolog\.Event\)\.Ctx: ` `emit zerolog \(\*zerolog\.Event\)\.Msg: _="dict", run_id=field libs\.event\.RunID \[ctx default\]`
	zlog.Info().Fields(map[string]any{"run_id": ev.RunID}).Send()                        // want `derive zerolog log\.Info: ` `derive zerolog \(\*zerolog\.Event\)\.Fields: run_id=field libs\.event\.RunID` `emit zerolog \(\*zerolog\.Event\)\.Send: run_id=field libs\.event\.RunID \[default\]`
	ctx = logger.WithContext(ctx)
	zerolog.Ctx(ctx).Info().Msg("from context") // want `derive zerolog \(\*zerolog\.Logger\)\.Info: ` `emit zerolog \(\*zerolog\.Event\)\.Msg: _="from context", execution_arn=field libs\.event\.ExecutionArn \[default logger-opaque\]`
	zlog.Logger.Info().Msg("global")            // want `derive zerolog \(\*zerolog\.Logger\)\.Info: ` `emit zerolog \(\*zerolog\.Event\)\.Msg: _="global" \[default\]`
}

func logrusCalls(ctx context.Context, ev event) {
	logrus.WithField("run_id", ev.RunID).Info("start")                                  // want `derive logrus logrus\.WithField: run_id=field libs\.event\.RunID` `emit logrus \(\*logrus\.Entry\)\.Info: _="start", run_id=field libs\.event\.RunID \[default\]`
	entry := logrus.WithFields(logrus.Fields{"execution_arn": ev.ExecutionArn, "n": 1}) // want `derive logrus logrus\.WithFields: execution_arn=field libs\.event\.ExecutionArn, n=1`
	entry.WithContext(ctx).Infof("run=%s", ev.RunID)                                    // want `derive logrus \(\*logrus\.Entry\)\.WithContext: ` `emit logrus \(\*logrus\.Entry\)\.Infof: _="run=%s", run=field libs\.event\.RunID, execution_arn=field libs\.event\.ExecutionArn, n=1 \[ctx default\]`
	var fl logrus.FieldLogger = logrus.New()
	fl.WithError(nil).Warn("interface")                           // want `derive logrus \(logrus\.FieldLogger\)\.WithError: error=-` `emit logrus \(\*logrus\.Entry\)\.Warn: _="interface", error=-`
	fl.Infoln("plain", ev.RunID)                                  // want `emit logrus \(logrus\.FieldLogger\)\.Infoln: _="plain", _=field libs\.event\.RunID`
	logrus.New().Log(logrus.Level(4), "leveled", ev.ExecutionArn) // want `emit logrus \(\*logrus\.Logger\)\.Log: _="leveled", _=field libs\.event\.ExecutionArn`
}

func stdCalls(ev event) {
	stdlog.Printf("run_id=%s execution_arn: %q", ev.RunID, ev.ExecutionArn) // want `emit log log\.Printf: _="run_id=%s execution_arn: %q", run_id=field libs\.event\.RunID, execution_arn=field libs\.event\.ExecutionArn \[default\]`
	l := stdlog.New(os.Stderr, "run "+ev.RunID+" ", 0)
	l.Println("prefixed")                           // want `emit log \(\*log\.Logger\)\.Println: _="prefixed", _=field libs\.event\.RunID`
	fmt.Println("stdout", ev.RunID)                 // want `emit fmt fmt\.Println: _="stdout", _=field libs\.event\.RunID \[default\]`
	fmt.Fprintf(os.Stderr, "RunId: %s\n", ev.RunID) // want `emit fmt fmt\.Fprintf: _="RunId: %s\\n", RunId=field libs\.event\.RunID \[default\]`
	fmt.Fprintf(&fmtBuffer{}, "not a log %s", ev.RunID)
	_ = fmt.Sprintf("not a log %s", ev.RunID)
}

type fmtBuffer struct{}

func (*fmtBuffer) Write(p []byte) (int, error) { return len(p), nil }

func requestIDLoggers(ctx context.Context) {
	h := lambdacontext.NewLogHandler()
	l := slog.New(h)
	l.InfoContext(ctx, "adds")                                                               // want `emit slog \(\*slog\.Logger\)\.InfoContext: _="adds" \[ctx adds-request-id\]`
	l.Info("loses")                                                                          // want `emit slog \(\*slog\.Logger\)\.Info: _="loses" \[adds-request-id\]`
	lambdacontext.NewLogger().With("k", "v").WarnContext(context.Background(), "background") // want `derive slog \(\*slog\.Logger\)\.With: k="v"` `emit slog \(\*slog\.Logger\)\.WarnContext: _="background", k="v" \[ctx adds-request-id\]`
	plain := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	plain.InfoContext(ctx, "plain") // want `emit slog \(\*slog\.Logger\)\.InfoContext: _="plain" \[ctx\]`
	wrapped := slog.New(wrapper{h})
	wrapped.InfoContext(ctx, "wrapped") // want `emit slog \(\*slog\.Logger\)\.InfoContext: _="wrapped" \[ctx adds-request-id\]`
}

type wrapper struct{ slog.Handler }
