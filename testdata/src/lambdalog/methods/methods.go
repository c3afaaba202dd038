// Package methods registers handlers that are methods: method values, and
// types implementing lambda.Handler; their loggers live in struct fields.
package methods

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

type event struct {
	RunID string `json:"run_id"`
}

type service struct {
	log *slog.Logger
}

// handle derives a per-request logger from its long-lived one.
func (s *service) handle(ctx context.Context, ev event) error {
	lc, _ := lambdacontext.FromContext(ctx)
	l := s.log.With("request_id", lc.AwsRequestID, "run_id", ev.RunID)
	l.Info("start")
	s.step(ctx, l)
	return nil
}

func (s *service) step(ctx context.Context, l *slog.Logger) { l.Info("step") }

// plain logs through its long-lived logger only, which main builds on
// lambdacontext's handler (the one value ever stored in the field): the line
// loses the request id for want of the context.
func (s *service) plain(ctx context.Context, ev event) error { // want `Lambda handler service.plain never logs its event's run_id: add it to its log lines`
	s.log.Info("start") // want `\(\*slog.Logger\).Info without a context loses the request id`
	return nil
}

// contextAware logs with the context through a logger it cannot see into
// (set up in main): it may add the request id, so it is not reported.
func (s *service) contextAware(ctx context.Context, ev event) error {
	s.log.InfoContext(ctx, "start", "run_id", ev.RunID)
	return nil
}

type rawHandler struct {
	svc *service
}

// Invoke decodes the payload and hands it to the service.
func (h rawHandler) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	var ev event
	if err := json.Unmarshal(payload, &ev); err != nil {
		slog.Error("bad payload", "error", err)
		return nil, err
	}
	return nil, h.svc.handle(ctx, ev)
}

type bareHandler struct{}

func (bareHandler) Invoke(ctx context.Context, payload []byte) ([]byte, error) { // want `Lambda handler bareHandler.Invoke never logs the request id`
	slog.Info("invoked", "bytes", len(payload))
	return payload, nil
}

func main() {
	s := &service{log: slog.New(lambdacontext.NewLogHandler())}
	lambda.Start(s.handle)
	lambda.Start(s.plain)
	lambda.Start(s.contextAware)
	lambda.StartHandler(rawHandler{svc: s})
	var h lambda.Handler = bareHandler{}
	lambda.StartHandler(h)
}
