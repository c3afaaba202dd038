// Stub of github.com/aws/aws-sdk-go/service/lambda for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package lambda provides the client and types for making API requests to AWS
// Lambda.
package lambda

import (
	"io"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// Lambda provides the API operation methods for making requests to the service.
type Lambda struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "lambda"    // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
	ServiceID   = "Lambda"    // ServiceID is a unique identifier of a specific service.
)

// New creates a new instance of the Lambda client with a config provider.
func New(p client.ConfigProvider, cfgs ...*aws.Config) *Lambda {
	c := p.ClientConfig(EndpointsID, cfgs...)
	cl := &client.Client{Handlers: c.Handlers}
	if c.Config != nil {
		cl.Config = *c.Config
	}
	return &Lambda{Client: cl}
}

const (
	// InvocationTypeEvent is a InvocationType enum value
	InvocationTypeEvent = "Event"

	// InvocationTypeRequestResponse is a InvocationType enum value
	InvocationTypeRequestResponse = "RequestResponse"

	// InvocationTypeDryRun is a InvocationType enum value
	InvocationTypeDryRun = "DryRun"
)

type InvokeInput struct {
	ClientContext  *string
	FunctionName   *string
	InvocationType *string
	Payload        []byte
	Qualifier      *string
}

type InvokeOutput struct {
	ExecutedVersion *string
	FunctionError   *string
	Payload         []byte
	StatusCode      *int64
}

func (s *InvokeInput) SetFunctionName(v string) *InvokeInput {
	s.FunctionName = &v
	return s
}

func (s *InvokeInput) SetInvocationType(v string) *InvokeInput {
	s.InvocationType = &v
	return s
}

func (s *InvokeInput) SetPayload(v []byte) *InvokeInput {
	s.Payload = v
	return s
}

func (c *Lambda) InvokeRequest(input *InvokeInput) (req *request.Request, output *InvokeOutput) {
	output = &InvokeOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "Invoke", HTTPMethod: "POST", HTTPPath: "/2015-03-31/functions/{FunctionName}/invocations"}, Params: input, Data: output}
	return
}

func (c *Lambda) Invoke(input *InvokeInput) (*InvokeOutput, error) {
	req, out := c.InvokeRequest(input)
	return out, req.Send()
}

func (c *Lambda) InvokeWithContext(ctx aws.Context, input *InvokeInput, opts ...request.Option) (*InvokeOutput, error) {
	req, out := c.InvokeRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

type InvokeAsyncInput struct {
	FunctionName *string
	InvokeArgs   io.ReadSeeker
}

type InvokeAsyncOutput struct {
	Status *int64
}

func (s *InvokeAsyncInput) SetInvokeArgs(v io.ReadSeeker) *InvokeAsyncInput {
	s.InvokeArgs = v
	return s
}

func (c *Lambda) InvokeAsyncRequest(input *InvokeAsyncInput) (req *request.Request, output *InvokeAsyncOutput) {
	output = &InvokeAsyncOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "InvokeAsync", HTTPMethod: "POST", HTTPPath: "/2014-11-13/functions/{FunctionName}/invoke-async/"}, Params: input, Data: output}
	return
}

func (c *Lambda) InvokeAsync(input *InvokeAsyncInput) (*InvokeAsyncOutput, error) {
	req, out := c.InvokeAsyncRequest(input)
	return out, req.Send()
}

func (c *Lambda) InvokeAsyncWithContext(ctx aws.Context, input *InvokeAsyncInput, opts ...request.Option) (*InvokeAsyncOutput, error) {
	req, out := c.InvokeAsyncRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}
