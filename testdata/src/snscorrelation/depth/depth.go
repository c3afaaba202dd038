// Package depth: every message value on its own, decorators of entries.
package depth

import (
	"context"
	"encoding/json"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"snscorrelation/stamp"
)

type alert struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id"`
	Timestamp    string `json:"timestamp"`
	Error        string `json:"error"`
}

// A bare sentence on the timeout branch, a full alert on the error branch:
// the sentence is reported.
func alternatives(ctx context.Context, c *sns.Client, runID, arn string, err error, timedOut bool) {
	var msg string
	if timedOut {
		msg = "job timed out" // want `SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	} else {
		b, _ := json.Marshal(alert{ExecutionArn: arn, RunID: runID, Timestamp: time.Now().UTC().Format(time.RFC3339), Error: err.Error()})
		msg = string(b)
	}
	c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String("t"), Message: aws.String(msg)})

	// Two maps on two branches: the one without the fields is reported.
	m := map[string]string{"execution_arn": arn, "run_id": runID, "timestamp": "now"}
	if timedOut {
		m = map[string]string{"error": "timeout"}
	}
	b, _ := json.Marshal(m)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp`

	// What different paths add to one map counts together.
	one := map[string]string{"execution_arn": arn}
	if timedOut {
		one["run_id"] = runID
	} else {
		one["run_id"] = runID
	}
	one["timestamp"] = "now"
	b2, _ := json.Marshal(one)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b2))})

	// A message built up with += is one message.
	text := "execution_arn=" + arn
	text += " run_id=" + runID
	text += " timestamp=now"
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(text)})
}

// Decorators of another package.
func decorated(ctx context.Context, api stamp.API, runID, arn string) {
	stamp.Entries(ctx, api, runID, arn, types.PublishBatchRequestEntry{Id: aws.String("1"), Message: aws.String("failed")})
	stamp.Batch(ctx, api, runID, arn, &sns.PublishBatchInput{PublishBatchRequestEntries: []types.PublishBatchRequestEntry{
		{Id: aws.String("1"), Message: aws.String("failed")},
	}})
	stamp.RunOnly(ctx, api, runID, &sns.PublishBatchInput{PublishBatchRequestEntries: []types.PublishBatchRequestEntry{
		{Id: aws.String("1"), Message: aws.String("failed"), MessageAttributes: map[string]types.MessageAttributeValue{"execution_arn": {}, "timestamp": {}}},
		{Id: aws.String("2"), Message: aws.String("failed")}, // want `SNS message passed to stamp.RunOnly lacks correlation fields execution_arn, timestamp`
	}})
}

type publisher interface {
	Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error)
}

type notifier struct{ sns publisher }

func newNotifier(api stamp.API, runID, arn string) *notifier {
	return &notifier{sns: stamp.NewClient(api, runID, arn)}
}

// Through the decorating client, directly and behind an interface.
func (n *notifier) failed(ctx context.Context, api stamp.API, runID, arn string) {
	stamp.NewClient(api, runID, arn).Publish(ctx, &sns.PublishInput{Message: aws.String("failed")})
	n.sns.Publish(ctx, &sns.PublishInput{Message: aws.String("failed")})
}

type rawNotifier struct{ sns publisher }

func newRaw(c *sns.Client) *rawNotifier { return &rawNotifier{sns: c} }

func (n *rawNotifier) failed(ctx context.Context) {
	n.sns.Publish(ctx, &sns.PublishInput{Message: aws.String("failed")}) // want `SNS message lacks correlation fields`
}

func viaConstructor(ctx context.Context, api stamp.API, runID, arn string) {
	alerter := stamp.NewAlerter(api, runID, arn)
	alerter.Publish(ctx, &sns.PublishInput{Message: aws.String("failed")})
}
