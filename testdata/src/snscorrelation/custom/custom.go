// Package custom is checked with -snscorrelation.fields=execution_arn,correlation_id|trace_id.
package custom

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

func send(ctx context.Context, c *sns.Client) {
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(`{"execution_arn": "a", "correlationId": "x"}`)})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("ExecutionArn=a TraceID=x")})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(`{"execution_arn": "a", "run_id": "x", "timestamp": "t"}`)}) // want `^SNS message lacks correlation field correlation_id\|trace_id \(required: execution_arn, correlation_id\|trace_id\)$`
}
