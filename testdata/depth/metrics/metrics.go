// Package metrics sends metric data the ways real sinks do: through a
// decorator of another package, from slices made then filled, from
// closures and generic helpers, with SDK v1 setters.
package metrics

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	cwv1 "github.com/aws/aws-sdk-go/service/cloudwatch"

	"example.com/depth/decorate"
)

type API interface {
	PutMetricData(ctx context.Context, in *cloudwatch.PutMetricDataInput, optFns ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error)
}

type Sink struct {
	api        API
	runID, arn string
}

// NewSink sends through the decorating client.
func NewSink(c *cloudwatch.Client, runID, arn string) *Sink {
	return &Sink{api: decorate.NewClient(c, runID, arn), runID: runID, arn: arn}
}

type metric struct {
	name  string
	value float64
	tags  map[string]string
}

func (s *Sink) Flush(ctx context.Context, metrics []metric) error {
	metricData := make([]types.MetricDatum, len(metrics))
	for i, m := range metrics {
		dims := make([]types.Dimension, 0, len(m.tags))
		for k, v := range m.tags {
			dims = append(dims, types.Dimension{Name: aws.String(k), Value: aws.String(v)})
		}
		metricData[i] = types.MetricDatum{MetricName: aws.String(m.name), Value: aws.Float64(m.value), Dimensions: dims}
	}
	_, err := s.api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{Namespace: aws.String("etl"), MetricData: metricData})
	return err
}

func direct(ctx context.Context, c *cloudwatch.Client, metrics []metric, runID, arn string) {
	decorate.SendTraced(ctx, c, runID, arn, types.MetricDatum{MetricName: aws.String("Rows")})
	decorate.SendRunOnly(ctx, c, runID, []types.MetricDatum{{MetricName: aws.String("RunOnly")}}) // want `metric "RunOnly" lacks dimension ExecutionArn`
	send := func(d types.MetricDatum) {
		c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{d}})
	}
	send(types.MetricDatum{MetricName: aws.String("Closure")}) // want `metric "Closure" lacks dimensions RunId, ExecutionArn`
	decorate.Flush(ctx, c, metrics, func(m metric) types.MetricDatum {
		return types.MetricDatum{MetricName: aws.String(m.name)} // want `metric datum lacks dimensions RunId, ExecutionArn`
	})
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{decorate.Rows(1)}}) // want `metric "Rows" \(returned by decorate.Rows\) lacks dimensions RunId, ExecutionArn`
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{decorate.WithRun(decorate.Rows(2), runID, arn)}})
}

func v1(c *cwv1.CloudWatch, runID string) error {
	d := new(cwv1.MetricDatum) // want `metric "V1" lacks dimension ExecutionArn`
	d.SetMetricName("V1")
	d.SetDimensions([]*cwv1.Dimension{(&cwv1.Dimension{}).SetName("RunId").SetValue(runID)})
	in := new(cwv1.PutMetricDataInput)
	in.SetMetricData([]*cwv1.MetricDatum{d})
	req, _ := c.PutMetricDataRequest(in)
	_ = awsv1.String
	return req.Send()
}
