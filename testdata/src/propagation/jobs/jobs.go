// want package:`wrappers\(Start, Runner.Stamp, Runner.Invoke\)\}$`

// Package jobs has exported wrappers of StartJobRun and Invoke: their facts
// say what they forward and what they add, so that callers in other
// packages are checked.
package jobs

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
)

// Start starts a job with the caller's arguments.
func Start(ctx context.Context, c *glue.Client, job string, args map[string]string) error { // want Start:`^forwards\(glue:param3:keys\)$`
	_, err := c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String(job), Arguments: args})
	return err
}

// Runner stamps the execution ARN on what it starts.
type Runner struct {
	Glue   *glue.Client
	Lambda *lambda.Client
	Arn    string
}

// Stamp starts a job with the caller's input and the execution ARN.
func (r *Runner) Stamp(ctx context.Context, in *glue.StartJobRunInput) error { // want Stamp:`^forwards\(glue:param1:input\+--execution-arn\)$`
	in.Arguments["--execution-arn"] = r.Arn
	_, err := r.Glue.StartJobRun(ctx, in)
	return err
}

// Invoke sends the caller's event, marshalled, with the execution ARN.
func (r *Runner) Invoke(ctx context.Context, fn string, event map[string]any) error { // want Invoke:`^forwards\(lambda:param2:value\+execution_arn\)$`
	event["execution_arn"] = r.Arn
	b, _ := json.Marshal(event)
	_, err := r.Lambda.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(fn), Payload: b})
	return err
}
