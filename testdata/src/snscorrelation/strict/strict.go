// Package strict is checked with -snscorrelation.strict: glue_job_run_id is
// required too, and what cannot be followed is reported as "cannot verify".
package strict

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"snscorrelation/alerts"
)

func unknowns(ctx context.Context, c *sns.Client, in *sns.PublishInput, msg string, entries []types.PublishBatchRequestEntry, attrs map[string]types.MessageAttributeValue, ev alerts.Event, err error) {
	// What comes from a parameter is forwarded to the callers (see callers
	// below), never "cannot verify" here.
	c.Publish(ctx, in)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(msg)})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Failure(ev, err))}) // want `^SNS message lacks correlation field glue_job_run_id \(required: execution_arn, run_id\|run_key, timestamp, glue_job_run_id\)$`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(`{"execution_arn": "a", "run_id": "b", "timestamp": "c", "glueJobRunId": "jr_1"}`)})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("plain " + msg)})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("failed"), MessageAttributes: attrs})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(alerts.Forward("x"))}) // want `its fields come from result of alerts.Forward \(strict mode\)$`
	c.PublishBatch(ctx, &sns.PublishBatchInput{PublishBatchRequestEntries: entries})
	// A parameter in a sentence is a value, not the caller's message.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("run " + msg + " failed")}) // want `^SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp, glue_job_run_id \(`
	// Part of the message cannot be followed, the rest is a parameter: the
	// function cannot be settled, its callers are not checked for it.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(msg), MessageAttributes: newAttrs()}) // want `^cannot verify that the SNS message carries execution_arn, run_id\|run_key, timestamp, glue_job_run_id: its fields come from result of a function value \(strict mode\)$`
}

var (
	newInput   func() *sns.PublishInput
	newEntries func() []types.PublishBatchRequestEntry
	newAttrs   func() map[string]types.MessageAttributeValue
)

// callers are checked for what unknowns forwards: what they pass and
// cannot be followed is "cannot verify" here, at the argument.
func callers(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	unknowns(ctx, c,
		newInput(),              // want `^cannot verify that the SNS message passed to strict.unknowns carries execution_arn, run_id\|run_key, timestamp, glue_job_run_id: its fields come from field Message of result of a function value \(strict mode\)$`
		os.Getenv("ALERT_TEXT"), // want `^cannot verify that the SNS message passed to strict.unknowns carries execution_arn, run_id\|run_key, timestamp, glue_job_run_id: its fields come from result of os.Getenv \(strict mode\)$` `^SNS message passed to strict.unknowns lacks correlation fields execution_arn, run_id\|run_key, timestamp, glue_job_run_id \(`
		newEntries(),            // want `^cannot verify the correlation fields of the SNS messages sent by strict.unknowns: they come from result of a function value \(strict mode\)$`
		newAttrs(),              // want `^cannot verify that the SNS message passed to strict.unknowns carries execution_arn, run_id\|run_key, timestamp, glue_job_run_id: its fields come from result of a function value \(strict mode\)$`
		ev, err)
	unknowns(ctx, c,
		&sns.PublishInput{Message: aws.String(alerts.Failure(ev, err))}, // want `^SNS message passed to strict.unknowns lacks correlation field glue_job_run_id \(`
		`{"execution_arn": "a", "run_id": "b", "timestamp": "c", "glue_job_run_id": "d"}`,
		nil, nil, ev, err) // want `^SNS message passed to strict.unknowns lacks correlation fields execution_arn, run_id\|run_key, timestamp, glue_job_run_id \(`
}

func fill(in *sns.PublishInput) {}

var fillFunc = fill

func handedOver(ctx context.Context, c *sns.Client) {
	var in sns.PublishInput
	in.Message = aws.String("handed over") // want `^cannot verify that the SNS message carries execution_arn, run_id\|run_key, timestamp, glue_job_run_id: its fields come from in may be changed by a function value \(strict mode\)$`
	fillFunc(&in)
	c.Publish(ctx, &in)
}
