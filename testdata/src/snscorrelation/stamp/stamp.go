// want package:`wrappers\(Entries, Batch, RunOnly, Client.Publish\)\}$`

// Package stamp decorates the messages it is given with the correlation
// attributes: its facts say so, and its callers are compliant.
package stamp

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"
)

type API interface {
	Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error)
	PublishBatch(ctx context.Context, in *sns.PublishBatchInput, optFns ...func(*sns.Options)) (*sns.PublishBatchOutput, error)
}

func str(s string) types.MessageAttributeValue {
	return types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(s)}
}

// Entries stamps every entry of the batch it is given: its callers bring
// nothing, but calls of it are calls of a wrapper.
func Entries(ctx context.Context, api API, runID, arn string, entries ...types.PublishBatchRequestEntry) error { // want Entries:"forwards\\(param4:entries\\+execution_arn\\+run_id\\+timestamp\\)"
	for i := range entries {
		if entries[i].MessageAttributes == nil {
			entries[i].MessageAttributes = map[string]types.MessageAttributeValue{}
		}
		entries[i].MessageAttributes["execution_arn"] = str(arn)
		entries[i].MessageAttributes["run_id"] = str(runID)
		entries[i].MessageAttributes["timestamp"] = str(time.Now().UTC().Format(time.RFC3339))
	}
	_, err := api.PublishBatch(ctx, &sns.PublishBatchInput{TopicArn: aws.String("t"), PublishBatchRequestEntries: entries})
	return err
}

// Batch stamps every entry of the input it is given.
func Batch(ctx context.Context, api API, runID, arn string, in *sns.PublishBatchInput) error { // want Batch:"forwards\\(param4:batch\\+execution_arn\\+run_id\\+timestamp\\)"
	for i := range in.PublishBatchRequestEntries {
		e := &in.PublishBatchRequestEntries[i]
		e.MessageAttributes = map[string]types.MessageAttributeValue{
			"execution_arn": str(arn),
			"run_id":        str(runID),
			"timestamp":     str(time.Now().UTC().Format(time.RFC3339)),
		}
	}
	_, err := api.PublishBatch(ctx, in)
	return err
}

// RunOnly stamps the run id only: its callers must bring the rest.
func RunOnly(ctx context.Context, api API, runID string, in *sns.PublishBatchInput) error { // want RunOnly:"forwards\\(param3:batch\\+run_id\\)"
	for i := range in.PublishBatchRequestEntries {
		in.PublishBatchRequestEntries[i].MessageAttributes["run_id"] = str(runID)
	}
	_, err := api.PublishBatch(ctx, in)
	return err
}

// Client decorates a client: its Publish has the operation's shape, and
// what it adds counts for its callers, also behind an interface.
type Client struct {
	api   API
	runID string
	arn   string
}

func NewClient(api API, runID, arn string) *Client { return &Client{api: api, runID: runID, arn: arn} }

func (c *Client) Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error) { // want Publish:"forwards\\(param1:input\\+execution_arn\\+run_id\\+timestamp\\)"
	if in.MessageAttributes == nil {
		in.MessageAttributes = map[string]types.MessageAttributeValue{}
	}
	in.MessageAttributes["execution_arn"] = str(c.arn)
	in.MessageAttributes["run_id"] = str(c.runID)
	in.MessageAttributes["timestamp"] = str(time.Now().UTC().Format(time.RFC3339))
	return c.api.Publish(ctx, in, optFns...)
}

// Publisher is what NewAlerter returns.
type Publisher interface {
	Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error)
}

// NewAlerter returns the decorating client as the interface.
func NewAlerter(api API, runID, arn string) Publisher { // want NewAlerter:"makes\\(Publish: param1:input\\+execution_arn\\+run_id\\+timestamp\\)"
	return &Client{api: api, runID: runID, arn: arn}
}
