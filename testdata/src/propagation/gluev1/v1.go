// Package gluev1 checks Glue StartJobRun calls of SDK v1: StartJobRun,
// StartJobRunWithContext and StartJobRunRequest, arguments built with
// aws.StringMap and given with setters.
package gluev1

import (
	"context"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/glue"
	"github.com/aws/aws-sdk-go/service/glue/glueiface"
)

func starts(ctx context.Context, c *glue.Glue, api glueiface.GlueAPI, arn, runID string) {
	c.StartJobRun(&glue.StartJobRunInput{
		JobName:   aws.String("load"),
		Arguments: map[string]*string{"--execution-arn": aws.String(arn), "--run-key": aws.String(runID)},
	})
	c.StartJobRunWithContext(ctx, &glue.StartJobRunInput{
		JobName:   aws.String("load"),
		Arguments: aws.StringMap(map[string]string{"--execution-arn": arn, "--run-key": runID}),
	})
	api.StartJobRunWithContext(ctx, &glue.StartJobRunInput{
		JobName:   aws.String("load"),
		Arguments: aws.StringMap(map[string]string{"--run-key": runID}), // want `^Glue StartJobRun arguments lack --execution-arn \(required: --execution-arn, --run-key\)$`
	})
	req, _ := c.StartJobRunRequest(&glue.StartJobRunInput{JobName: aws.String("load")}) // want `^Glue StartJobRun arguments lack --execution-arn, --run-key \(`
	req.Send()
}

func setters(c *glue.Glue, arn, runID string) {
	in := &glue.StartJobRunInput{}
	in.SetJobName("load")
	in.SetArguments(map[string]*string{"--execution-arn": aws.String(arn), "--run-key": aws.String(runID)})
	c.StartJobRun(in)

	chained := (&glue.StartJobRunInput{}).SetJobName("load").SetArguments(map[string]*string{"--execution-arn": aws.String(arn)}) // want `^Glue StartJobRun arguments lack --run-key \(`
	c.StartJobRun(chained)
}
