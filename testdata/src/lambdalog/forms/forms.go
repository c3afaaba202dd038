// Package forms registers handlers in every way aws-lambda-go offers; the
// ones that log without the request id are reported at the handler.
package forms

import (
	"context"
	"fmt"
	"log"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

type event struct{ Name string }

func handleStart(ctx context.Context, ev event) error { // want `Lambda handler handleStart never logs the request id \(lambdacontext AwsRequestID\): its log call at forms.go:18 lacks it`
	slog.Info("processing", "name", ev.Name)
	return nil
}

func handleCompliant(ctx context.Context, ev event) error {
	lc, _ := lambdacontext.FromContext(ctx)
	slog.Info("processing", "request_id", lc.AwsRequestID, "name", ev.Name)
	return nil
}

type invoker struct{}

func (invoker) Invoke(ctx context.Context, payload []byte) ([]byte, error) { // want `Lambda handler invoker.Invoke never logs the request id`
	log.Printf("invoked with %d bytes", len(payload))
	return nil, nil
}

type goodInvoker struct{}

func (goodInvoker) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		log.Printf("request %s: %d bytes", lc.AwsRequestID, len(payload))
	}
	return nil, nil
}

func generic(ctx context.Context, ev event) (string, error) { // want `Lambda handler generic never logs the request id`
	fmt.Println("generic", ev.Name)
	return "", nil
}

func wrapped(ctx context.Context) error { // want `Lambda handler wrapped never logs the request id`
	slog.Warn("wrapped")
	return nil
}

func withContext(ctx context.Context) error { // want `Lambda handler withContext never logs the request id`
	slog.Error("with context")
	return nil
}

func handlerWithOptions(ctx context.Context) error { // want `Lambda handler handlerWithOptions never logs the request id`
	slog.Info("options")
	return nil
}

func quiet(ctx context.Context) error { return nil } // no log line of its own: strict mode only

func main() {
	lambda.Start(handleStart)
	lambda.Start(handleCompliant)
	lambda.StartWithOptions(func(ctx context.Context, ev event) error { // want `Lambda handler function literal never logs the request id`
		slog.Info("literal", "name", ev.Name)
		return nil
	}, lambda.WithContext(context.Background()))
	lambda.StartWithOptions(func(ctx context.Context) error {
		lc, _ := lambdacontext.FromContext(ctx)
		slog.Info("literal", "request_id", lc.AwsRequestID)
		return nil
	})
	lambda.StartHandler(invoker{})
	lambda.StartHandler(&goodInvoker{})
	lambda.StartHandlerFunc(generic)
	lambda.StartHandler(lambda.NewHandler(wrapped))
	lambda.StartHandlerWithContext(context.Background(), lambda.NewHandler(withContext))
	h := lambda.NewHandlerWithOptions(handlerWithOptions, lambda.WithContext(context.Background()))
	lambda.StartHandler(h)
	lambda.StartWithContext(context.Background(), quiet)
}
