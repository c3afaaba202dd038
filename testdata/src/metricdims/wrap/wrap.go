// Package wrap sends metric data for its callers: its facts say which
// parameters reach PutMetricData, so callers in other packages are checked.
package wrap

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

type API interface {
	PutMetricData(ctx context.Context, in *cloudwatch.PutMetricDataInput, optFns ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error)
}

// Send forwards the whole input.
func Send(ctx context.Context, api API, in *cloudwatch.PutMetricDataInput) error { // want Send:"forwards\\(param2:input\\)"
	_, err := api.PutMetricData(ctx, in)
	return err
}

// Datums forwards variadic datums through Send.
func Datums(ctx context.Context, api API, ns string, data ...types.MetricDatum) error { // want Datums:"forwards\\(param3:datums\\)"
	return Send(ctx, api, &cloudwatch.PutMetricDataInput{Namespace: aws.String(ns), MetricData: data})
}

// Gauge builds the datum itself and adds the run id; callers provide the rest.
func Gauge(ctx context.Context, api API, name string, v float64, runID string, dims []types.Dimension) error { // want Gauge:"forwards\\(param5:dimensions\\+RunId\\)"
	d := types.MetricDatum{MetricName: aws.String(name), Value: aws.Float64(v), Dimensions: dims}
	d.Dimensions = append(d.Dimensions, types.Dimension{Name: aws.String("RunId"), Value: aws.String(runID)})
	return Datums(ctx, api, "etl", d)
}
