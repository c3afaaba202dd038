// Stub of github.com/aws/aws-sdk-go-v2/service/lambda for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package lambda provides the API client, operations, and parameter types for
// AWS Lambda.
package lambda

import (
	"context"
	"io"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
)

// Client provides the API client to make operations call for AWS Lambda.
type Client struct {
	options Options
}

type Options struct {
	AppID            string
	BaseEndpoint     *string
	Region           string
	RetryMaxAttempts int
}

func New(options Options, optFns ...func(*Options)) *Client {
	for _, fn := range optFns {
		fn(&options)
	}
	return &Client{options: options}
}

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	return New(Options{Region: cfg.Region}, optFns...)
}

type InvokeInput struct {
	FunctionName   *string
	ClientContext  *string
	InvocationType types.InvocationType
	Payload        []byte
	Qualifier      *string
}

type InvokeOutput struct {
	ExecutedVersion *string
	FunctionError   *string
	Payload         []byte
	StatusCode      int32
}

func (c *Client) Invoke(ctx context.Context, params *InvokeInput, optFns ...func(*Options)) (*InvokeOutput, error) {
	return &InvokeOutput{}, nil
}

type InvokeAsyncInput struct {
	FunctionName *string
	InvokeArgs   io.Reader
}

type InvokeAsyncOutput struct {
	Status int32
}

func (c *Client) InvokeAsync(ctx context.Context, params *InvokeAsyncInput, optFns ...func(*Options)) (*InvokeAsyncOutput, error) {
	return &InvokeAsyncOutput{}, nil
}

type InvokeWithResponseStreamInput struct {
	FunctionName   *string
	ClientContext  *string
	InvocationType types.ResponseStreamingInvocationType
	Payload        []byte
	Qualifier      *string
}

type InvokeWithResponseStreamOutput struct {
	ExecutedVersion *string
	StatusCode      int32
}

func (c *Client) InvokeWithResponseStream(ctx context.Context, params *InvokeWithResponseStreamInput, optFns ...func(*Options)) (*InvokeWithResponseStreamOutput, error) {
	return &InvokeWithResponseStreamOutput{}, nil
}
