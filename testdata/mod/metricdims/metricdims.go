// Package metricdims runs the metricdims shapes against the real
// aws-sdk-go-v2 types.
package metricdims

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	cw "github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"

	"example.com/tracelintmod/dims"
)

type metricsAPI interface {
	PutMetricData(ctx context.Context, in *cw.PutMetricDataInput, optFns ...func(*cw.Options)) (*cw.PutMetricDataOutput, error)
}

type client struct{ *cw.Client }

func emit(ctx context.Context, api metricsAPI, c client, runID, arn string, parts []string) {
	var data []types.MetricDatum
	for _, p := range parts {
		data = append(data, types.MetricDatum{MetricName: aws.String("Rows"), Dimensions: append(dims.Run(runID, arn), types.Dimension{Name: aws.String("Partition"), Value: aws.String(p)})})
	}
	data = append(data, types.MetricDatum{MetricName: aws.String("StageSeconds"), Dimensions: dims.Stage("load")}) // want `metric "StageSeconds" lacks dimensions RunId, ExecutionArn`
	api.PutMetricData(ctx, &cw.PutMetricDataInput{Namespace: aws.String("etl"), MetricData: data})

	d := types.MetricDatum{MetricName: aws.String("Bytes")} // want `metric "Bytes" lacks dimension ExecutionArn`
	d.Dimensions = append(d.Dimensions, types.Dimension{Name: aws.String(dims.RunID), Value: aws.String(runID)})
	c.PutMetricData(ctx, &cw.PutMetricDataInput{
		MetricData: []types.MetricDatum{d},
		EntityMetricData: []types.EntityMetricData{{MetricData: []types.MetricDatum{
			{MetricName: aws.String("Entity"), Dimensions: dims.Run(runID, arn)},
			{MetricName: aws.String("EntityBad")}, // want `metric "EntityBad" lacks dimensions RunId, ExecutionArn`
		}}},
	})
}

func viaWrapper(ctx context.Context, c *cw.Client, runID, arn string) {
	dims.Put(ctx, c,
		types.MetricDatum{MetricName: aws.String("Wrapped"), Dimensions: dims.Run(runID, arn)},
		types.MetricDatum{MetricName: aws.String("WrappedBad")}, // want `metric "WrappedBad" lacks dimensions RunId, ExecutionArn`
	)
}

func call[In, Out any](ctx context.Context, op func(context.Context, In, ...func(*cw.Options)) (Out, error), in In) (Out, error) {
	return op(ctx, in)
}

func generic(ctx context.Context, c *cw.Client) {
	call(ctx, c.PutMetricData, &cw.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("Generic")}, // want `metric "Generic" lacks dimensions`
	}})
}
