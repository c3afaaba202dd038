// Package glue checks Glue StartJobRun calls of SDK v2: the Arguments map
// is followed through literals, index assignments, maps.Copy, maps.Clone,
// ranges over a base map and helpers, on every path.
package glue

import (
	"context"
	"maps"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsglue "github.com/aws/aws-sdk-go-v2/service/glue"
)

type event struct {
	ExecutionArn string
	RunID        string
}

func literals(ctx context.Context, c *awsglue.Client, ev event) {
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{
		JobName:   aws.String("load"),
		Arguments: map[string]string{"--execution-arn": ev.ExecutionArn, "--run-key": ev.RunID},
	})
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{
		JobName:   aws.String("load"),
		Arguments: map[string]string{"--run-key": ev.RunID}, // want `^Glue StartJobRun arguments lack --execution-arn \(required: --execution-arn, --run-key\)$`
	})
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load")}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(required: --execution-arn, --run-key\)$`
	// Look-alikes: other spellings are other arguments (a Glue script
	// reads --execution-arn by that name).
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{
		JobName:   aws.String("load"),
		Arguments: map[string]string{"--execution_arn": ev.ExecutionArn, "--runKey": ev.RunID, "execution-arn": "x"}, // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
	})
}

func assigned(ctx context.Context, c *awsglue.Client, ev event, full bool) error {
	args := map[string]string{"--job-bookmark-option": "job-bookmark-enable"}
	args["--execution-arn"] = ev.ExecutionArn
	if full {
		args["--run-key"] = ev.RunID // any path adding to the same map counts
	}
	in := &awsglue.StartJobRunInput{JobName: aws.String("load")}
	in.Arguments = args
	_, err := c.StartJobRun(ctx, in)
	return err
}

func assignedLacking(ctx context.Context, c *awsglue.Client, ev event) {
	args := make(map[string]string)
	args["--execution-arn"] = ev.ExecutionArn
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load"), Arguments: args}) // want `^Glue StartJobRun arguments lack --run-key \(`
}

func copied(ctx context.Context, c *awsglue.Client, ev event) {
	base := map[string]string{"--execution-arn": ev.ExecutionArn, "--run-key": ev.RunID}
	args := map[string]string{"--enable-metrics": "true"}
	maps.Copy(args, base)
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("a"), Arguments: args})

	cloned := maps.Clone(base)
	cloned["--day"] = "2024-01-01"
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("b"), Arguments: cloned})

	merged := map[string]string{"--day": "2024-01-01"}
	for k, v := range base {
		merged[k] = v
	}
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("c"), Arguments: merged})

	partial := map[string]string{"--run-key": ev.RunID}
	other := map[string]string{}
	for k, v := range partial {
		other[k] = v
	}
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("d"), Arguments: other}) // want `^Glue StartJobRun arguments lack --execution-arn \(`
}

// jobArgs builds the arguments; its callers' jobs get them.
func jobArgs(ev event) map[string]string {
	return map[string]string{"--execution-arn": ev.ExecutionArn, "--run-key": ev.RunID}
}

func withStage(ev event, stage string) map[string]string {
	m := map[string]string{"--stage": stage}
	m["--execution-arn"] = ev.ExecutionArn
	return m
}

func helpers(ctx context.Context, c *awsglue.Client, ev event) {
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load"), Arguments: jobArgs(ev)})
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load"), Arguments: withStage(ev, "raw")}) // want `^Glue StartJobRun arguments lack --run-key \(`
}

// Each map the arguments may be is checked on its own.
func branches(ctx context.Context, c *awsglue.Client, ev event, backfill bool) {
	args := jobArgs(ev)
	if backfill {
		args = map[string]string{"--mode": "backfill"} // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
	}
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load"), Arguments: args})
}

// Calls through an interface (how Glue is faked in tests) and a generic
// helper count.
type starter interface {
	StartJobRun(ctx context.Context, in *awsglue.StartJobRunInput, optFns ...func(*awsglue.Options)) (*awsglue.StartJobRunOutput, error)
}

func call[I, O any](ctx context.Context, op func(context.Context, I, ...func(*awsglue.Options)) (O, error), in I) (O, error) {
	return op(ctx, in)
}

func indirect(ctx context.Context, s starter, c *awsglue.Client) {
	s.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load")})       // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
	call(ctx, c.StartJobRun, &awsglue.StartJobRunInput{JobName: aws.String("load")}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
}

// Values that cannot be followed are silent by default.
func unknowns(ctx context.Context, c *awsglue.Client, args map[string]string, in *awsglue.StartJobRunInput) {
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load"), Arguments: args})
	c.StartJobRun(ctx, in)
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load"), Arguments: loadArgs()})
}

var loadArgs = func() map[string]string { return nil }

// A retry of an earlier run without arguments of its own is not known here.
func retry(ctx context.Context, c *awsglue.Client, previous string) {
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load"), JobRunId: aws.String(previous)})
	c.StartJobRun(ctx, &awsglue.StartJobRunInput{JobName: aws.String("load"), JobRunId: aws.String(previous), Arguments: map[string]string{"--day": "1"}}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
}

// Other Glue operations are not checked.
func others(ctx context.Context, c *awsglue.Client) {
	c.GetJobRun(ctx, &awsglue.GetJobRunInput{JobName: aws.String("load")})
}
