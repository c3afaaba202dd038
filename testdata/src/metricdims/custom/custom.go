// Package custom is checked with -metricdims.dimensions=RunId,Stage.
package custom

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

func f(ctx context.Context, c *cloudwatch.Client) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("A"), Dimensions: []types.Dimension{{Name: aws.String("RunId")}, {Name: aws.String("Stage")}}},
		{MetricName: aws.String("B"), Dimensions: []types.Dimension{{Name: aws.String("RunId")}, {Name: aws.String("ExecutionArn")}}}, // want `metric "B" lacks dimension Stage \(required: RunId, Stage\)`
	}})
}
