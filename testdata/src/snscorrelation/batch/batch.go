// Package batch checks every entry of PublishBatch (SDK v2).
package batch

import (
	"context"
	"fmt"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"snscorrelation/alerts"
)

func literal(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	c.PublishBatch(ctx, &sns.PublishBatchInput{
		TopicArn: aws.String("arn:aws:sns:eu-west-1:1:alerts"),
		PublishBatchRequestEntries: []types.PublishBatchRequestEntry{
			{Id: aws.String("1"), Message: aws.String(alerts.Failure(ev, err))},
			{Id: aws.String("2"), Message: aws.String("plain failure")}, // want `^SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
			{Id: aws.String("3")}, // want `^SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
			{
				Id:      aws.String("4"),
				Message: aws.String("failed"),
				MessageAttributes: map[string]types.MessageAttributeValue{
					"execution_arn": {DataType: aws.String("String"), StringValue: aws.String(ev.ExecutionArn)},
					"run_id":        {DataType: aws.String("String"), StringValue: aws.String(ev.RunID)},
					"timestamp":     {DataType: aws.String("String"), StringValue: aws.String("now")},
				},
			},
		},
	})
}

func loop(ctx context.Context, c *sns.Client, ev alerts.Event, errs []error) {
	var entries []types.PublishBatchRequestEntry
	for i, e := range errs {
		entries = append(entries, types.PublishBatchRequestEntry{
			Id:      aws.String(strconv.Itoa(i)),
			Message: aws.String(fmt.Sprintf("run_id=%s error=%v", ev.RunID, e)), // want `^SNS message lacks correlation fields execution_arn, timestamp \(`
		})
		entries = append(entries, types.PublishBatchRequestEntry{
			Id:      aws.String("ok" + strconv.Itoa(i)),
			Message: aws.String(alerts.Failure(ev, e)),
		})
	}
	c.PublishBatch(ctx, &sns.PublishBatchInput{PublishBatchRequestEntries: entries})
}

// Entries whose messages are assigned after they are built.
func assigned(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	entries := make([]types.PublishBatchRequestEntry, 2)
	entries[0].Id = aws.String("a")
	entries[0].Message = aws.String(alerts.Failure(ev, err))
	var e types.PublishBatchRequestEntry
	e.Id = aws.String("b")
	e.Message = aws.String("no fields") // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	in := &sns.PublishBatchInput{}
	in.PublishBatchRequestEntries = append(entries, e)
	c.PublishBatch(ctx, in)
}
