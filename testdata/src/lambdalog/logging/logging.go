// Package logging is a team's logging helper package: loggers derived with
// the request id, helpers that log it, and one that does not.
package logging

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/sirupsen/logrus"
)

// ForRequest returns a logger that carries the request id.
func ForRequest(ctx context.Context) *slog.Logger {
	lc, _ := lambdacontext.FromContext(ctx)
	return slog.Default().With("request_id", lc.AwsRequestID)
}

// Entry returns a logrus entry that carries the request id.
func Entry(ctx context.Context) *logrus.Entry {
	lc, _ := lambdacontext.FromContext(ctx)
	return logrus.WithField("aws_request_id", lc.AwsRequestID)
}

// Start logs the start of an invocation with its request id.
func Start(ctx context.Context, name string) {
	lc, _ := lambdacontext.FromContext(ctx)
	slog.Info("start", "function", name, "request_id", lc.AwsRequestID)
}

// Event logs what it is given.
func Event(id string, fields ...any) {
	slog.Info("event", append([]any{"id", id}, fields...)...)
}

// Step logs a step, without the request id.
func Step(name string) {
	slog.Info("step", "name", name)
}

// Plain returns a logger that carries nothing per request.
func Plain() *slog.Logger { return slog.Default().With("component", "worker") }
