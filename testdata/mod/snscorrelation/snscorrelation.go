// Package snscorrelation runs the snscorrelation shapes against the real
// aws-sdk-go-v2 SNS types.
package snscorrelation

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"example.com/tracelintmod/snsalerts"
)

type publisher interface {
	Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error)
}

type client struct{ *sns.Client }

type alert struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id"`
	Error        string `json:"error"`
}

func notify(ctx context.Context, p publisher, c client, arn, runID string, err error) {
	p.Publish(ctx, &sns.PublishInput{Message: aws.String(snsalerts.Failure(arn, runID, err))})
	p.Publish(ctx, &sns.PublishInput{Message: aws.String(snsalerts.Text("load"))}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`

	b, _ := json.Marshal(alert{ExecutionArn: arn, RunID: runID, Error: err.Error()})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `^SNS message lacks correlation field timestamp \(`
	c.Publish(ctx, &sns.PublishInput{
		Message: aws.String(string(b)),
		MessageAttributes: map[string]types.MessageAttributeValue{
			"timestamp": {DataType: aws.String("String"), StringValue: aws.String("now")},
		},
	})

	c.PublishBatch(ctx, &sns.PublishBatchInput{PublishBatchRequestEntries: []types.PublishBatchRequestEntry{
		{Id: aws.String("1"), Message: aws.String(snsalerts.Failure(arn, runID, err))},
		{Id: aws.String("2"), Message: aws.String(fmt.Sprintf("run %s failed", runID))}, // want `lacks correlation fields`
	}})
}

// Wrappers of another package: their facts say what reaches Publish.
func wrapped(ctx context.Context, c *sns.Client, arn, runID string, err error) {
	snsalerts.Send(ctx, c, "arn:aws:sns:eu-west-1:1:alerts", "load failed") // want `^SNS message passed to snsalerts.Send lacks correlation fields execution_arn, run_id\|run_key \(`
	snsalerts.Send(ctx, c, "arn:aws:sns:eu-west-1:1:alerts", snsalerts.Failure(arn, runID, err))
	n := &snsalerts.Notifier{C: c, Topic: "arn:aws:sns:eu-west-1:1:alerts", ExecutionArn: arn}
	n.Alert(ctx, fmt.Sprintf("run_id=%s load failed", runID))
	n.Alert(ctx, snsalerts.Text("load")) // want `^SNS message passed to snsalerts.Notifier.Alert lacks correlation field run_id\|run_key \(`
}
