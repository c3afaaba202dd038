// Package alerts publishes alerts whose message is one of several values.
package alerts

import (
	"context"
	"encoding/json"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"example.com/depth/stamp"
)

type alert struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id"`
	Timestamp    string `json:"timestamp"`
	Error        string `json:"error"`
}

func failed(ctx context.Context, c *sns.Client, runID, arn string, err error, timedOut bool) {
	var msg string
	if timedOut {
		msg = "job timed out" // want `SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	} else {
		b, _ := json.Marshal(alert{ExecutionArn: arn, RunID: runID, Timestamp: time.Now().UTC().Format(time.RFC3339), Error: err.Error()})
		msg = string(b)
	}
	c.Publish(ctx, &sns.PublishInput{TopicArn: aws.String("t"), Message: aws.String(msg)})
}

func decorated(ctx context.Context, c *sns.Client, runID, arn string) {
	stamp.Entries(ctx, c, runID, arn, types.PublishBatchRequestEntry{Id: aws.String("1"), Message: aws.String("failed")})
	stamp.NewClient(c, runID, arn).Publish(ctx, &sns.PublishInput{Message: aws.String("failed")})
}
