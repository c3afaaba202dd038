// Package strict is checked with -metricdims.strict: what cannot be followed
// is reported as "cannot verify", what is known still as missing.
package strict

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

// source hides where inputs and dimensions come from.
type source interface {
	Input() *cloudwatch.PutMetricDataInput
	Dims() []types.Dimension
}

func unknowns(ctx context.Context, c *cloudwatch.Client, src source, runID, arn string) {
	c.PutMetricData(ctx, src.Input()) // want `cannot verify the dimensions of the metric data sent here: it comes from field MetricData of result of strict.source.Input \(strict mode\)`
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("FromInterface"), Dimensions: src.Dims()}, // want `cannot verify that metric "FromInterface" carries RunId, ExecutionArn: its dimensions come from result of strict.source.Dims \(strict mode\)`
		{MetricName: aws.String("Known"), Dimensions: []types.Dimension{ // want `metric "Known" lacks dimension ExecutionArn`
			{Name: aws.String("RunId"), Value: aws.String(runID)},
		}},
		{MetricName: aws.String("Partly"), Dimensions: append(src.Dims(), types.Dimension{Name: aws.String("RunId")}, types.Dimension{Name: aws.String("ExecutionArn"), Value: &arn})},
	}})
}

// Parameters are not "cannot verify": the wrapper's callers are checked.
func wrapper(ctx context.Context, c *cloudwatch.Client, in *cloudwatch.PutMetricDataInput) {
	c.PutMetricData(ctx, in)
}
