// Package v1 checks SDK v1 in its three call forms, through its interface
// package, under import aliases.
package v1

import (
	"context"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	cw "github.com/aws/aws-sdk-go/service/cloudwatch"
	"github.com/aws/aws-sdk-go/service/cloudwatch/cloudwatchiface"
)

func plain(c *cw.CloudWatch, runID, arn string) {
	c.PutMetricData(&cw.PutMetricDataInput{MetricData: []*cw.MetricDatum{
		{MetricName: awsv1.String("Plain")}, // want `metric "Plain" lacks dimensions RunId, ExecutionArn`
		{
			MetricName: awsv1.String("PlainGood"),
			Dimensions: []*cw.Dimension{
				{Name: awsv1.String("RunId"), Value: awsv1.String(runID)},
				{Name: awsv1.String("ExecutionArn"), Value: awsv1.String(arn)},
			},
		},
	}})
}

func withContext(ctx context.Context, c cloudwatchiface.CloudWatchAPI, runID string) {
	d := &cw.MetricDatum{MetricName: awsv1.String("Ctx")} // want `metric "Ctx" lacks dimension ExecutionArn`
	d.Dimensions = append(d.Dimensions, &cw.Dimension{Name: awsv1.String("RunId"), Value: awsv1.String(runID)})
	c.PutMetricDataWithContext(ctx, &cw.PutMetricDataInput{MetricData: []*cw.MetricDatum{d}})
}

func request(c *cw.CloudWatch) error {
	req, _ := c.PutMetricDataRequest(&cw.PutMetricDataInput{MetricData: []*cw.MetricDatum{
		{MetricName: awsv1.String("Req")}, // want `metric "Req" lacks dimensions`
	}})
	return req.Send()
}
