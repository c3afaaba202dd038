// Stub of github.com/aws/aws-sdk-go/aws/request for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package request provides the request type used by the v1 service clients.
package request

import (
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go/aws"
)

// Handlers provides a collection of request handlers (no fields stubbed).
type Handlers struct{}

// Operation is the service API operation to be made.
type Operation struct {
	Name       string
	HTTPMethod string
	HTTPPath   string
}

// Request is the service request to be made.
type Request struct {
	Time         time.Time
	Operation    *Operation
	HTTPRequest  *http.Request
	HTTPResponse *http.Response
	Params       interface{}
	Error        error
	Data         interface{}
	RequestID    string
	RetryCount   int

	context aws.Context
}

// Option is a functional option that can augment or modify a request.
type Option func(*Request)

func (r *Request) ApplyOptions(opts ...Option) {
	for _, o := range opts {
		o(r)
	}
}

func (r *Request) Context() aws.Context {
	if r.context != nil {
		return r.context
	}
	return aws.BackgroundContext()
}

func (r *Request) SetContext(ctx aws.Context) { r.context = ctx }

func (r *Request) Send() error { return r.Error }
