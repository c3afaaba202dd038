// Package fix checks the suggested fix: the missing Glue arguments are
// added when exactly one in-scope variable names the execution ARN and one
// the run id.
package fix

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	v1aws "github.com/aws/aws-sdk-go/aws"
	gluev1 "github.com/aws/aws-sdk-go/service/glue"
)

func literal(ctx context.Context, c *glue.Client, executionArn, runKey string) {
	c.StartJobRun(ctx, &glue.StartJobRunInput{
		JobName:   aws.String("load"),
		Arguments: map[string]string{"--day": "1"}, // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
	})
}

func empty(ctx context.Context, c *glue.Client, execArn string, runID string) {
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load"), Arguments: map[string]string{}}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
}

func absent(ctx context.Context, c *glue.Client, executionArn, runKey string) {
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load")}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
}

func one(ctx context.Context, c *glue.Client, runKey string) {
	arn := "x"
	executionArn := arn
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load"), Arguments: map[string]string{"--execution-arn": arn}}) // want `^Glue StartJobRun arguments lack --run-key \(`
	_ = executionArn
}

func v1(c *gluev1.Glue, executionArn, runKey string) {
	c.StartJobRun(&gluev1.StartJobRunInput{JobName: v1aws.String("load"), Arguments: map[string]*string{"--day": v1aws.String("1")}}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
	c.StartJobRun(&gluev1.StartJobRunInput{JobName: v1aws.String("load")})                                                            // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
}

// No fix: two variables name the run id; the arguments are assigned later
// (and carry both). A map in a variable is fixed where it is made.
func ambiguous(ctx context.Context, c *glue.Client, executionArn, runKey, runID string) {
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load"), Arguments: map[string]string{}}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
}

func variable(ctx context.Context, c *glue.Client, executionArn, runKey string) {
	args := map[string]string{"--day": "1"}
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load"), Arguments: args}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
}

func later(ctx context.Context, c *glue.Client, executionArn, runKey string, full bool) {
	in := &glue.StartJobRunInput{JobName: aws.String("load")}
	if full {
		in.Arguments = map[string]string{"--execution-arn": executionArn, "--run-key": runKey}
	}
	c.StartJobRun(ctx, in)
}
