package shapes

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"

	"metricdims/dims"
	"metricdims/wrap"
)

// Wrappers in the same package: the datums are checked where they are built.
type emitter struct{ api metricsAPI }

func (e emitter) send(ctx context.Context, data []types.MetricDatum) {
	e.api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
}

func (e emitter) one(ctx context.Context, d types.MetricDatum) { e.send(ctx, []types.MetricDatum{d}) }

func (e emitter) named(ctx context.Context, name string, ds ...types.Dimension) {
	e.one(ctx, types.MetricDatum{MetricName: aws.String(name), Dimensions: ds})
}

func useLocalWrappers(ctx context.Context, e emitter, runID, arn string) {
	e.send(ctx, []types.MetricDatum{
		{MetricName: aws.String("LocalBad")}, // want `metric "LocalBad" lacks dimensions RunId, ExecutionArn`
		{MetricName: aws.String("LocalGood"), Dimensions: dims.Run(runID, arn)},
	})
	e.one(ctx, types.MetricDatum{MetricName: aws.String("OneBad")}) // want `metric "OneBad" lacks dimensions`
	e.named(ctx, "NamedGood", dims.Run(runID, arn)...)
	e.named(ctx, "NamedBad", types.Dimension{Name: aws.String("RunId")}) // want `dimensions passed to shapes.emitter.named lack ExecutionArn`
}

// Wrappers in another package, through facts.
func useWrapPackage(ctx context.Context, api wrap.API, runID, arn string) {
	wrap.Send(ctx, api, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("SendBad")}, // want `metric "SendBad" lacks dimensions`
	}})
	wrap.Datums(ctx, api, "ns",
		types.MetricDatum{MetricName: aws.String("DatumsGood"), Dimensions: dims.Run(runID, arn)},
		types.MetricDatum{MetricName: aws.String("DatumsBad")}, // want `metric "DatumsBad" lacks dimensions`
	)
	wrap.Gauge(ctx, api, "g", 1, runID, []types.Dimension{{Name: aws.String("ExecutionArn"), Value: aws.String(arn)}})
	wrap.Gauge(ctx, api, "g", 1, runID, dims.StageOnly("x")) // want `dimensions passed to wrap.Gauge lack ExecutionArn \(required: RunId, ExecutionArn\)`
}

// Dimensions split over two parameters, or mixed with dimensions the wrapper
// cannot follow: no caller can be blamed alone, so nothing is forwarded.
func (e emitter) split(ctx context.Context, name string, a, b []types.Dimension) {
	e.one(ctx, types.MetricDatum{MetricName: aws.String(name), Dimensions: append(a, b...)})
}

func (e emitter) withUnknown(ctx context.Context, name string, ds []types.Dimension, more func() []types.Dimension) {
	e.one(ctx, types.MetricDatum{MetricName: aws.String(name), Dimensions: append(ds, more()...)})
}

func useSplit(ctx context.Context, e emitter, runID, arn string, more func() []types.Dimension) {
	e.split(ctx, "Split",
		[]types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runID)}},
		[]types.Dimension{{Name: aws.String("ExecutionArn"), Value: aws.String(arn)}})
	e.withUnknown(ctx, "Unknown", nil, more)
}
