// Package fix checks the suggested fix: offered only when certain.
package fix

import (
	"context"
	"log"

	"github.com/aws/aws-sdk-go-v2/aws"
	cw "github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	cwtypes "github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

type event struct {
	ExecutionArn string
	RunID        string
}

// One run id and one execution ARN in scope: the fix adds both dimensions,
// under the file's own import names.
func noDimensions(ctx context.Context, c *cw.Client, ev event) {
	runID, executionArn := ev.RunID, ev.ExecutionArn
	log.Printf("run %s of %s", runID, executionArn)
	c.PutMetricData(ctx, &cw.PutMetricDataInput{MetricData: []cwtypes.MetricDatum{
		{MetricName: aws.String("Rows")}, // want `metric "Rows" lacks dimensions RunId, ExecutionArn`
		{}, // want `metric datum lacks dimensions RunId, ExecutionArn`
	}})
}

// Missing only the ARN: the fix extends the existing literal.
func partial(ctx context.Context, c *cw.Client, runID, execARN string) {
	c.PutMetricData(ctx, &cw.PutMetricDataInput{MetricData: []cwtypes.MetricDatum{
		{ // want `metric "Bytes" lacks dimension ExecutionArn`
			MetricName: aws.String("Bytes"),
			Dimensions: []cwtypes.Dimension{
				{Name: aws.String("RunId"), Value: aws.String(runID)},
			},
		},
		{MetricName: aws.String("Empty"), Dimensions: []cwtypes.Dimension{}}, // want `metric "Empty" lacks dimensions`
	}})
}

// Two candidates for the run id: not certain, no fix.
func ambiguous(ctx context.Context, c *cw.Client, runID, runKey, executionArn string) {
	c.PutMetricData(ctx, &cw.PutMetricDataInput{MetricData: []cwtypes.MetricDatum{
		{MetricName: aws.String("Ambiguous")}, // want `metric "Ambiguous" lacks dimensions`
	}})
}

// No identifier for the ARN in scope: no fix.
func noArn(ctx context.Context, c *cw.Client, runID string) {
	c.PutMetricData(ctx, &cw.PutMetricDataInput{MetricData: []cwtypes.MetricDatum{
		{MetricName: aws.String("NoArn")}, // want `metric "NoArn" lacks dimensions`
	}})
}

// Dimensions come from a variable: no fix.
func fromVariable(ctx context.Context, c *cw.Client, runID, executionArn string) {
	ds := []cwtypes.Dimension{{Name: aws.String("Stage")}}
	c.PutMetricData(ctx, &cw.PutMetricDataInput{MetricData: []cwtypes.MetricDatum{
		{MetricName: aws.String("Var"), Dimensions: ds}, // want `metric "Var" lacks dimensions`
	}})
}
