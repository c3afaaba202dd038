// Package custom is checked with -propagation.glue-arguments=--execution-arn,--run-id
// and -propagation.lambda-fields=execution_arn,correlation_id|trace_id.
package custom

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
)

func start(ctx context.Context, c *glue.Client, l *lambda.Client, arn, id string) {
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("a"), Arguments: map[string]string{"--execution-arn": arn, "--run-id": id}})
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("b"), Arguments: map[string]string{"--execution-arn": arn, "--run-key": id}}) // want `^Glue StartJobRun arguments lack --run-id \(required: --execution-arn, --run-id\)$`
	l.Invoke(ctx, &lambda.InvokeInput{Payload: []byte(`{"ExecutionArn": "a", "traceId": "t"}`)})
	l.Invoke(ctx, &lambda.InvokeInput{Payload: []byte(`{"execution_arn": "a", "run_id": "r"}`)}) // want `^Lambda Invoke payload lacks correlation_id\|trace_id \(required: execution_arn, correlation_id\|trace_id\)$`
}
