// Package attrs checks that message attribute keys count, together with
// the fields of the message body.
package attrs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"snscorrelation/alerts"
)

func str(v string) types.MessageAttributeValue {
	return types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(v)}
}

const attrRunID = "RunId"

func attributes(ctx context.Context, c *sns.Client, ev alerts.Event, given map[string]types.MessageAttributeValue) {
	c.Publish(ctx, &sns.PublishInput{
		Message: aws.String("Glue job failed"),
		MessageAttributes: map[string]types.MessageAttributeValue{
			"execution_arn": str(ev.ExecutionArn),
			"run_id":        str(ev.RunID),
			"timestamp":     str("now"),
		},
	})

	attrs := map[string]types.MessageAttributeValue{"ExecutionArn": str(ev.ExecutionArn)}
	attrs[attrRunID] = str(ev.RunID)
	// Body and attributes together carry every field.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(`{"timestamp": "now"}`), MessageAttributes: attrs})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("failed"), MessageAttributes: attrs}) // want `^SNS message lacks correlation field timestamp \(`

	c.Publish(ctx, &sns.PublishInput{Message: aws.String("failed"), MessageAttributes: alerts.Attributes(ev)})
	// Attribute values do not count, only keys.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("failed"), MessageAttributes: map[string]types.MessageAttributeValue{ // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
		"kind": str("execution_arn run_id timestamp"),
	}})
	// Attributes that cannot be followed: silent.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("failed"), MessageAttributes: given})

	in := &sns.PublishInput{Message: aws.String("failed")}
	in.MessageAttributes = map[string]types.MessageAttributeValue{}
	in.MessageAttributes["execution_arn"] = str(ev.ExecutionArn)
	in.MessageAttributes["run_key"] = str(ev.RunID)
	in.MessageAttributes["timestamp"] = str("now")
	c.Publish(ctx, in)
}
