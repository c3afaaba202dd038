// want package:`wrappers\(Start\)\}$`

// Package sdkv2 runs the propagation analyzer against the real
// aws-sdk-go-v2 Glue and Lambda modules.
package sdkv2

import (
	"context"
	"encoding/json"
	"maps"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/lambda/types"
)

// GlueAPI is how the code fakes Glue in tests.
type GlueAPI interface {
	StartJobRun(ctx context.Context, params *glue.StartJobRunInput, optFns ...func(*glue.Options)) (*glue.StartJobRunOutput, error)
}

type Event struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id"`
	Bucket       string `json:"bucket"`
}

func startJobs(ctx context.Context, c *glue.Client, api GlueAPI, ev Event) error {
	base := map[string]string{"--execution-arn": ev.ExecutionArn, "--run-key": ev.RunID}
	args := map[string]string{"--bucket": ev.Bucket}
	maps.Copy(args, base)
	if _, err := c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load"), Arguments: args}); err != nil {
		return err
	}
	_, err := api.StartJobRun(ctx, &glue.StartJobRunInput{
		JobName:   aws.String("compact"),
		Arguments: map[string]string{"--bucket": ev.Bucket}, // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(required: --execution-arn, --run-key\)$`
	})
	return err
}

// Start is a wrapper: its callers are checked.
func Start(ctx context.Context, c *glue.Client, job string, args map[string]string) error { // want Start:`^forwards\(glue:param3:keys\)$`
	_, err := c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String(job), Arguments: args})
	return err
}

func wrapped(ctx context.Context, c *glue.Client, ev Event) {
	Start(ctx, c, "load", map[string]string{"--execution-arn": ev.ExecutionArn}) // want `^Glue StartJobRun arguments passed to sdkv2.Start lack --run-key \(`
}

func invoke(ctx context.Context, c *lambda.Client, ev Event) error {
	b, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	if _, err := c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("validate"), Payload: b}); err != nil {
		return err
	}
	p, _ := json.Marshal(map[string]string{"bucket": ev.Bucket})
	_, err = c.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String("notify"), InvocationType: types.InvocationTypeEvent, Payload: p}) // want `^Lambda Invoke payload lacks execution_arn, run_id\|run_key \(required: execution_arn, run_id\|run_key\)$`
	return err
}
