// Package metricdimsfix has a datum the suggested fix can complete.
package metricdimsfix

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

func emit(ctx context.Context, c *cloudwatch.Client, runID, executionArn string) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("Rows")}, // want `metric "Rows" lacks dimensions RunId, ExecutionArn`
	}})
}
