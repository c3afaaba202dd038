// Package metricdimsv1 runs the SDK v1 forms against the real aws-sdk-go.
package metricdimsv1

import (
	"context"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/cloudwatch"
	"github.com/aws/aws-sdk-go/service/cloudwatch/cloudwatchiface"
)

func emit(ctx context.Context, c *cloudwatch.CloudWatch, api cloudwatchiface.CloudWatchAPI, runID, arn string) error {
	c.PutMetricData(&cloudwatch.PutMetricDataInput{MetricData: []*cloudwatch.MetricDatum{
		{MetricName: aws.String("Plain")}, // want `metric "Plain" lacks dimensions`
		{MetricName: aws.String("Good"), Dimensions: []*cloudwatch.Dimension{
			{Name: aws.String("RunId"), Value: aws.String(runID)},
			{Name: aws.String("ExecutionArn"), Value: aws.String(arn)},
		}},
	}})
	api.PutMetricDataWithContext(ctx, &cloudwatch.PutMetricDataInput{MetricData: []*cloudwatch.MetricDatum{
		{MetricName: aws.String("Ctx"), Dimensions: []*cloudwatch.Dimension{{Name: aws.String("RunId")}}}, // want `metric "Ctx" lacks dimension ExecutionArn`
	}})
	req, _ := c.PutMetricDataRequest(&cloudwatch.PutMetricDataInput{MetricData: []*cloudwatch.MetricDatum{
		{MetricName: aws.String("Req")}, // want `metric "Req" lacks dimensions`
	}})
	return req.Send()
}
