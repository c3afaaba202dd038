// want package:`wrappers\(tracingGlue.StartJobRun\)\}$`

// Package wrappers checks wrappers of the same package: functions that hand
// the arguments, the input, the payload or the event they are given to
// StartJobRun or Invoke are followed through their bodies, their callers
// are checked at the argument, and what a decorator adds counts.
package wrappers

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
)

type runner struct {
	glue   *glue.Client
	lambda *lambda.Client
	arn    string
	runKey string
}

// start hands the caller's arguments over as they are.
func (r *runner) start(ctx context.Context, job string, args map[string]string) error {
	_, err := r.glue.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String(job), Arguments: args})
	return err
}

// stamped adds the execution ARN: the callers bring the run key.
func (r *runner) stamped(ctx context.Context, job string, args map[string]string) error {
	args["--execution-arn"] = r.arn
	return r.start(ctx, job, args)
}

// traced adds both: every caller is compliant.
func (r *runner) traced(ctx context.Context, job string, args map[string]string) error {
	args["--execution-arn"] = r.arn
	args["--run-key"] = r.runKey
	return r.start(ctx, job, args)
}

func jobs(ctx context.Context, r *runner, arn, runKey string) {
	r.start(ctx, "load", map[string]string{"--execution-arn": arn, "--run-key": runKey})
	r.start(ctx, "load", map[string]string{"--day": "1"}) // want `^Glue StartJobRun arguments passed to wrappers.runner.start lack --execution-arn, --run-key \(required: --execution-arn, --run-key\)$`
	r.stamped(ctx, "load", map[string]string{"--run-key": runKey})
	r.stamped(ctx, "load", map[string]string{"--day": "1"}) // want `^Glue StartJobRun arguments passed to wrappers.runner.stamped lack --run-key \(`
	r.traced(ctx, "load", map[string]string{})
	r.traced(ctx, "load", nil)
}

// startInput hands over a whole input, adding the run key to it.
func startInput(ctx context.Context, c *glue.Client, in *glue.StartJobRunInput, runKey string) error {
	if in.Arguments == nil {
		in.Arguments = map[string]string{}
	}
	in.Arguments["--run-key"] = runKey
	_, err := c.StartJobRun(ctx, in)
	return err
}

func inputs(ctx context.Context, c *glue.Client, arn, runKey string) {
	startInput(ctx, c, &glue.StartJobRunInput{JobName: aws.String("a"), Arguments: map[string]string{"--execution-arn": arn}}, runKey)
	startInput(ctx, c, &glue.StartJobRunInput{JobName: aws.String("b")}, runKey) // want `^Glue StartJobRun arguments passed to wrappers.startInput lack --execution-arn \(`
}

// tracingGlue is a decorating client with Glue's shape: it stamps both
// arguments on every job, so calls on it are compliant.
type tracingGlue struct {
	inner  *glue.Client
	arn    string
	runKey string
}

func (t *tracingGlue) StartJobRun(ctx context.Context, in *glue.StartJobRunInput, optFns ...func(*glue.Options)) (*glue.StartJobRunOutput, error) { // want StartJobRun:`^forwards\(glue:param1:input\+--execution-arn\+--run-key\)$`
	if in.Arguments == nil {
		in.Arguments = make(map[string]string)
	}
	in.Arguments["--execution-arn"] = t.arn
	in.Arguments["--run-key"] = t.runKey
	return t.inner.StartJobRun(ctx, in, optFns...)
}

func decorated(ctx context.Context, t *tracingGlue) {
	t.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load")})
}

// invoke marshals the event it is given and adds the execution ARN.
func (r *runner) invoke(ctx context.Context, fn string, event map[string]any) error {
	event["execution_arn"] = r.arn
	b, err := json.Marshal(event)
	if err != nil {
		return err
	}
	_, err = r.lambda.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(fn), Payload: b})
	return err
}

// send sends the payload it is given.
func (r *runner) send(ctx context.Context, fn string, payload []byte) error {
	_, err := r.lambda.Invoke(ctx, &lambda.InvokeInput{FunctionName: aws.String(fn), Payload: payload})
	return err
}

func invocations(ctx context.Context, r *runner, runID string) {
	r.invoke(ctx, "validate", map[string]any{"run_id": runID})
	r.invoke(ctx, "validate", map[string]any{"bucket": "b"}) // want `^Lambda Invoke payload passed to wrappers.runner.invoke lacks run_id\|run_key \(`
	r.send(ctx, "validate", []byte(`{"execution_arn": "a", "run_key": "r"}`))
	r.send(ctx, "validate", []byte(`{"bucket": "b"}`)) // want `^Lambda Invoke payload passed to wrappers.runner.send lacks execution_arn, run_id\|run_key \(`
}

// Wrappers of wrappers.
func (r *runner) retry(ctx context.Context, job string, args map[string]string) error {
	for range 3 {
		if err := r.stamped(ctx, job, args); err == nil {
			return nil
		}
	}
	return nil
}

func retried(ctx context.Context, r *runner, runKey string) {
	r.retry(ctx, "load", map[string]string{"--run-key": runKey})
	r.retry(ctx, "load", map[string]string{}) // want `^Glue StartJobRun arguments passed to wrappers.runner.retry lack --run-key \(`
}
