// Package strict is checked with -snscorrelation.strict: glue_job_run_id is
// required too, and what cannot be followed is reported as "cannot verify".
package strict

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"snscorrelation/alerts"
)

func unknowns(ctx context.Context, c *sns.Client, in *sns.PublishInput, msg string, entries []types.PublishBatchRequestEntry, attrs map[string]types.MessageAttributeValue, ev alerts.Event, err error) {
	c.Publish(ctx, in)                                                              // want `^cannot verify the correlation fields of the SNS message sent by Publish: it comes from parameter in \(strict mode\)$`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(msg)})                     // want `^cannot verify that the SNS message carries execution_arn, run_id\|run_key, timestamp, glue_job_run_id: its fields come from parameter msg \(strict mode\)$`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Failure(ev, err))}) // want `^SNS message lacks correlation field glue_job_run_id \(required: execution_arn, run_id\|run_key, timestamp, glue_job_run_id\)$`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(`{"execution_arn": "a", "run_id": "b", "timestamp": "c", "glueJobRunId": "jr_1"}`)})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("plain " + msg)})                     // want `^SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp, glue_job_run_id \(`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("failed"), MessageAttributes: attrs}) // want `^cannot verify that the SNS message carries execution_arn, run_id\|run_key, timestamp, glue_job_run_id: its fields come from parameter attrs \(strict mode\)$`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Forward("x"))})                // want `its fields come from result of alerts.Forward \(strict mode\)$`
	c.PublishBatch(ctx, &sns.PublishBatchInput{PublishBatchRequestEntries: entries})           // want `^cannot verify the correlation fields of the SNS messages sent by PublishBatch: they come from parameter entries \(strict mode\)$`
}

func fill(in *sns.PublishInput) {}

var fillFunc = fill

func handedOver(ctx context.Context, c *sns.Client) {
	var in sns.PublishInput
	in.Message = aws.String("handed over") // want `^cannot verify that the SNS message carries execution_arn, run_id\|run_key, timestamp, glue_job_run_id: its fields come from in may be changed by a function value \(strict mode\)$`
	fillFunc(&in)
	c.Publish(ctx, &in)
}
