// Stub of github.com/aws/aws-lambda-go/lambdacontext for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package lambdacontext provides access to Lambda execution context
// information.
package lambdacontext

import (
	"context"
	"log/slog"
	"os"
)

// CognitoIdentity is the cognito identity used by the calling application.
type CognitoIdentity struct {
	CognitoIdentityID     string
	CognitoIdentityPoolID string
}

// LambdaContext is the set of metadata that is passed for every Invoke.
type LambdaContext struct {
	AwsRequestID       string
	InvokedFunctionArn string
	Identity           CognitoIdentity
	TenantID           string `json:",omitempty"`
}

type key struct{}

var contextKey = &key{}

func NewContext(parent context.Context, lc *LambdaContext) context.Context {
	return context.WithValue(parent, contextKey, lc)
}

func FromContext(ctx context.Context) (*LambdaContext, bool) {
	lc, ok := ctx.Value(contextKey).(*LambdaContext)
	return lc, ok
}

type logOptions struct{ fields []string }

// LogOption is a functional option for configuring the Lambda log handler.
type LogOption func(*logOptions)

func WithFunctionARN() LogOption {
	return func(o *logOptions) { o.fields = append(o.fields, "functionArn") }
}

// NewLogHandler returns a slog.Handler that adds requestId from the Lambda
// context to every record.
func NewLogHandler(opts ...LogOption) slog.Handler {
	return slog.NewJSONHandler(os.Stdout, nil)
}

// NewLogger is slog.New(NewLogHandler(opts...)).
func NewLogger(opts ...LogOption) *slog.Logger {
	return slog.New(NewLogHandler(opts...))
}
