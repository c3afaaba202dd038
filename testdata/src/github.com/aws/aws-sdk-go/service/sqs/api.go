// Stub of github.com/aws/aws-sdk-go/service/sqs for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package sqs provides the client and types for making API requests to
// Amazon Simple Queue Service.
package sqs

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// SQS provides the API operation methods for making requests to the service.
type SQS struct {
	*client.Client
}

const (
	ServiceName = "sqs"
	EndpointsID = ServiceName
	ServiceID   = "SQS"
)

func New(p client.ConfigProvider, cfgs ...*aws.Config) *SQS {
	c := p.ClientConfig(EndpointsID, cfgs...)
	cl := &client.Client{Handlers: c.Handlers}
	if c.Config != nil {
		cl.Config = *c.Config
	}
	return &SQS{Client: cl}
}

type Message struct {
	Attributes             map[string]*string
	Body                   *string
	MD5OfBody              *string
	MD5OfMessageAttributes *string
	MessageId              *string
	ReceiptHandle          *string
}

type ReceiveMessageInput struct {
	MaxNumberOfMessages *int64
	QueueUrl            *string
	WaitTimeSeconds     *int64
}

type ReceiveMessageOutput struct {
	Messages []*Message
}

func (c *SQS) ReceiveMessage(input *ReceiveMessageInput) (*ReceiveMessageOutput, error) {
	return &ReceiveMessageOutput{}, nil
}

func (c *SQS) ReceiveMessageWithContext(ctx aws.Context, input *ReceiveMessageInput, opts ...request.Option) (*ReceiveMessageOutput, error) {
	return &ReceiveMessageOutput{}, nil
}

type DeleteMessageInput struct {
	QueueUrl      *string
	ReceiptHandle *string
}

type DeleteMessageOutput struct{}

func (c *SQS) DeleteMessage(input *DeleteMessageInput) (*DeleteMessageOutput, error) {
	return &DeleteMessageOutput{}, nil
}

func (c *SQS) DeleteMessageWithContext(ctx aws.Context, input *DeleteMessageInput, opts ...request.Option) (*DeleteMessageOutput, error) {
	return &DeleteMessageOutput{}, nil
}
