// Stub of github.com/aws/aws-lambda-go/lambda for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package lambda provides the runtime interface for AWS Lambda functions
// written in Go.
package lambda

import "context"

// Handler is implemented by types that handle Lambda invocations.
type Handler interface {
	Invoke(ctx context.Context, payload []byte) ([]byte, error)
}

type handlerOptions struct {
	handler     interface{}
	baseContext context.Context
}

// Option configures a handler.
type Option func(*handlerOptions)

// HandlerFunc represents a valid input with two arguments and two returns.
type HandlerFunc[TIn, TOut any] interface {
	func(context.Context, TIn) (TOut, error)
}

func WithContext(ctx context.Context) Option {
	return func(h *handlerOptions) { h.baseContext = ctx }
}

func Start(handler interface{}) { StartWithOptions(handler) }

func StartWithContext(ctx context.Context, handler interface{}) {
	StartWithOptions(handler, WithContext(ctx))
}

func StartHandler(handler Handler) { StartWithOptions(handler) }

func StartWithOptions(handler interface{}, options ...Option) {
	h := &handlerOptions{handler: handler}
	for _, o := range options {
		o(h)
	}
}

func StartHandlerWithContext(ctx context.Context, handler Handler) {
	StartWithOptions(handler, WithContext(ctx))
}

func StartHandlerFunc[TIn any, TOut any, H HandlerFunc[TIn, TOut]](handler H, options ...Option) {
	StartWithOptions(handler, options...)
}

type optionsHandler struct{ h *handlerOptions }

func (o optionsHandler) Invoke(ctx context.Context, payload []byte) ([]byte, error) { return nil, nil }

func NewHandler(handlerFunc interface{}) Handler { return NewHandlerWithOptions(handlerFunc) }

func NewHandlerWithOptions(handlerFunc interface{}, options ...Option) Handler {
	return optionsHandler{h: &handlerOptions{handler: handlerFunc}}
}
