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

// Setters on variables, and a request built then sent.
func setters(c *cw.CloudWatch, runID, arn string) error {
	d := (&cw.MetricDatum{}).SetMetricName("SetGood")
	d.SetDimensions([]*cw.Dimension{
		(&cw.Dimension{}).SetName("RunId").SetValue(runID),
		(&cw.Dimension{}).SetName("ExecutionArn").SetValue(arn),
	})
	bad := new(cw.MetricDatum) // want `metric "SetBad" lacks dimension ExecutionArn`
	bad.SetMetricName("SetBad")
	runDim := new(cw.Dimension)
	runDim.SetName("RunId")
	bad.SetDimensions([]*cw.Dimension{runDim})
	in := new(cw.PutMetricDataInput)
	in.SetNamespace("etl")
	in.SetMetricData([]*cw.MetricDatum{d, bad})
	req, _ := c.PutMetricDataRequest(in)
	return req.Send()
}

// A v1 decorator stamps each datum through the pointers it ranges over.
func stamp(c cloudwatchiface.CloudWatchAPI, runID, arn string, in *cw.PutMetricDataInput) {
	for _, d := range in.MetricData {
		d.Dimensions = append(d.Dimensions,
			&cw.Dimension{Name: awsv1.String("RunId"), Value: awsv1.String(runID)},
			&cw.Dimension{Name: awsv1.String("ExecutionArn"), Value: awsv1.String(arn)})
	}
	c.PutMetricData(in)
}

func useStamp(c cloudwatchiface.CloudWatchAPI, runID, arn string) {
	stamp(c, runID, arn, &cw.PutMetricDataInput{MetricData: []*cw.MetricDatum{{MetricName: awsv1.String("Stamped")}}})
	data := []*cw.MetricDatum{{MetricName: awsv1.String("Ranged")}}
	for _, d := range data {
		d.SetDimensions([]*cw.Dimension{
			{Name: awsv1.String("RunId"), Value: awsv1.String(runID)},
			{Name: awsv1.String("ExecutionArn"), Value: awsv1.String(arn)},
		})
	}
	c.PutMetricData(&cw.PutMetricDataInput{MetricData: data})
}
