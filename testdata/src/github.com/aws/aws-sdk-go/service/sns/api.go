// Stub of github.com/aws/aws-sdk-go/service/sns for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package sns provides the client and types for making API requests to Amazon
// Simple Notification Service.
package sns

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// SNS provides the API operation methods for making requests to the service.
type SNS struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "sns"       // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
	ServiceID   = "SNS"       // ServiceID is a unique identifier of a specific service.
)

// New creates a new instance of the SNS client with a config provider (for
// example a *session.Session).
func New(p client.ConfigProvider, cfgs ...*aws.Config) *SNS {
	c := p.ClientConfig(EndpointsID, cfgs...)
	cl := &client.Client{Handlers: c.Handlers}
	if c.Config != nil {
		cl.Config = *c.Config
	}
	return &SNS{Client: cl}
}

type MessageAttributeValue struct {
	BinaryValue []byte
	DataType    *string
	StringValue *string
}

type PublishInput struct {
	Message                *string
	MessageAttributes      map[string]*MessageAttributeValue
	MessageDeduplicationId *string
	MessageGroupId         *string
	MessageStructure       *string
	PhoneNumber            *string
	Subject                *string
	TargetArn              *string
	TopicArn               *string
}

type PublishOutput struct {
	MessageId      *string
	SequenceNumber *string
}

type PublishBatchRequestEntry struct {
	Id                     *string
	Message                *string
	MessageAttributes      map[string]*MessageAttributeValue
	MessageDeduplicationId *string
	MessageGroupId         *string
	MessageStructure       *string
	Subject                *string
}

type PublishBatchResultEntry struct {
	Id             *string
	MessageId      *string
	SequenceNumber *string
}

type BatchResultErrorEntry struct {
	Code        *string
	Id          *string
	Message     *string
	SenderFault *bool
}

type PublishBatchInput struct {
	PublishBatchRequestEntries []*PublishBatchRequestEntry
	TopicArn                   *string
}

type PublishBatchOutput struct {
	Failed     []*BatchResultErrorEntry
	Successful []*PublishBatchResultEntry
}

func (s *MessageAttributeValue) SetDataType(v string) *MessageAttributeValue {
	s.DataType = &v
	return s
}

func (s *MessageAttributeValue) SetStringValue(v string) *MessageAttributeValue {
	s.StringValue = &v
	return s
}

func (s *PublishInput) SetMessage(v string) *PublishInput {
	s.Message = &v
	return s
}

func (s *PublishInput) SetMessageAttributes(v map[string]*MessageAttributeValue) *PublishInput {
	s.MessageAttributes = v
	return s
}

func (s *PublishInput) SetMessageStructure(v string) *PublishInput {
	s.MessageStructure = &v
	return s
}

func (s *PublishInput) SetSubject(v string) *PublishInput {
	s.Subject = &v
	return s
}

func (s *PublishInput) SetTargetArn(v string) *PublishInput {
	s.TargetArn = &v
	return s
}

func (s *PublishInput) SetTopicArn(v string) *PublishInput {
	s.TopicArn = &v
	return s
}

func (s *PublishBatchRequestEntry) SetId(v string) *PublishBatchRequestEntry {
	s.Id = &v
	return s
}

func (s *PublishBatchRequestEntry) SetMessage(v string) *PublishBatchRequestEntry {
	s.Message = &v
	return s
}

func (s *PublishBatchRequestEntry) SetMessageAttributes(v map[string]*MessageAttributeValue) *PublishBatchRequestEntry {
	s.MessageAttributes = v
	return s
}

func (s *PublishBatchRequestEntry) SetMessageStructure(v string) *PublishBatchRequestEntry {
	s.MessageStructure = &v
	return s
}

func (s *PublishBatchInput) SetPublishBatchRequestEntries(v []*PublishBatchRequestEntry) *PublishBatchInput {
	s.PublishBatchRequestEntries = v
	return s
}

func (s *PublishBatchInput) SetTopicArn(v string) *PublishBatchInput {
	s.TopicArn = &v
	return s
}

func (c *SNS) PublishRequest(input *PublishInput) (req *request.Request, output *PublishOutput) {
	output = &PublishOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "Publish", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *SNS) Publish(input *PublishInput) (*PublishOutput, error) {
	req, out := c.PublishRequest(input)
	return out, req.Send()
}

func (c *SNS) PublishWithContext(ctx aws.Context, input *PublishInput, opts ...request.Option) (*PublishOutput, error) {
	req, out := c.PublishRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}

func (c *SNS) PublishBatchRequest(input *PublishBatchInput) (req *request.Request, output *PublishBatchOutput) {
	output = &PublishBatchOutput{}
	req = &request.Request{Operation: &request.Operation{Name: "PublishBatch", HTTPMethod: "POST", HTTPPath: "/"}, Params: input, Data: output}
	return
}

func (c *SNS) PublishBatch(input *PublishBatchInput) (*PublishBatchOutput, error) {
	req, out := c.PublishBatchRequest(input)
	return out, req.Send()
}

func (c *SNS) PublishBatchWithContext(ctx aws.Context, input *PublishBatchInput, opts ...request.Option) (*PublishBatchOutput, error) {
	req, out := c.PublishBatchRequest(input)
	req.SetContext(ctx)
	req.ApplyOptions(opts...)
	return out, req.Send()
}
