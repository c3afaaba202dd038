// Package strict is checked with -metricdims.strict: what cannot be followed
// is reported as "cannot verify", what is known still as missing.
package strict

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

func unknowns(ctx context.Context, c *cloudwatch.Client, in *cloudwatch.PutMetricDataInput, ds []types.Dimension, runID, arn string) {
	c.PutMetricData(ctx, in) // want `cannot verify the dimensions of the metric data sent by PutMetricData: it comes from parameter in \(strict mode\)`
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("FromParam"), Dimensions: ds}, // want `cannot verify that metric "FromParam" carries RunId, ExecutionArn: its dimensions come from parameter ds`
		{MetricName: aws.String("Known"), Dimensions: []types.Dimension{ // want `metric "Known" lacks dimension ExecutionArn`
			{Name: aws.String("RunId"), Value: aws.String(runID)},
		}},
		{MetricName: aws.String("Partly"), Dimensions: append(ds, types.Dimension{Name: aws.String("RunId")}, types.Dimension{Name: aws.String("ExecutionArn"), Value: &arn})},
	}})
}
