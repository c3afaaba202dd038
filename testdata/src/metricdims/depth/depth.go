// Package depth checks the shapes real code takes beyond the basics:
// decorators, slices made then filled, function values, alternatives.
package depth

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"

	"metricdims/decorate"
	"metricdims/dims"
)

type metricsAPI interface {
	PutMetricData(ctx context.Context, in *cloudwatch.PutMetricDataInput, optFns ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error)
}

// Decorators of another package make their callers compliant.
func decorated(ctx context.Context, api decorate.API, runID, arn string) {
	decorate.SendTraced(ctx, api, runID, arn, types.MetricDatum{MetricName: aws.String("Rows")})
	decorate.SendTraced(ctx, api, runID, arn, []types.MetricDatum{{MetricName: aws.String("Bytes")}}...)
	decorate.SendRunOnly(ctx, api, runID, []types.MetricDatum{{MetricName: aws.String("RunOnly")}}) // want `metric "RunOnly" lacks dimension ExecutionArn`

	c := decorate.NewClient(api, runID, arn)
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("ViaClient")}}})
	var cp decorate.Copying
	cp.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("ViaCopy")}}})

	decorate.Unknowable(ctx, api, nil, types.MetricDatum{MetricName: aws.String("Hooked")})
}

// A decorator held where the interface is expected.
type handler struct{ metrics metricsAPI }

func newHandler(api decorate.API, runID, arn string) *handler {
	return &handler{metrics: decorate.NewClient(api, runID, arn)}
}

func (h *handler) emit(ctx context.Context) {
	h.metrics.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("Handled")}}})
}

// A raw client held where the interface is expected is still checked.
type raw struct{ metrics metricsAPI }

func newRaw(c *cloudwatch.Client) *raw { return &raw{metrics: c} }

func (r *raw) emit(ctx context.Context) {
	r.metrics.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("Raw")}}}) // want `metric "Raw" lacks dimensions RunId, ExecutionArn`
}

// A decorator of this package, wrapping another one.
func stampAll(ctx context.Context, api metricsAPI, runID, arn string, data []types.MetricDatum) {
	for i := range data {
		data[i].Dimensions = append(data[i].Dimensions, dims.Run(runID, arn)...)
	}
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
}

func useStampAll(ctx context.Context, api metricsAPI, runID, arn string) {
	stampAll(ctx, api, runID, arn, []types.MetricDatum{{MetricName: aws.String("Stamped")}})
}

// Slices made, then filled at every index: the zero elements never reach
// the call.
type metric struct {
	name  string
	value float64
}

func filled(ctx context.Context, api metricsAPI, metrics []metric, runID, arn string) {
	metricData := make([]types.MetricDatum, len(metrics))
	for i, m := range metrics {
		metricData[i] = types.MetricDatum{
			MetricName: aws.String(m.name),
			Value:      aws.Float64(m.value),
			Dimensions: dims.Run(runID, arn),
		}
	}
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: metricData})
}

func filledBadly(ctx context.Context, api metricsAPI, metrics []metric, runID, arn string) {
	metricData := make([]types.MetricDatum, len(metrics)) // want `metric datum lacks dimensions RunId, ExecutionArn`
	for _, m := range metrics {
		metricData = append(metricData, types.MetricDatum{MetricName: aws.String(m.name), Dimensions: dims.Run(runID, arn)})
	}
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: metricData})
}

func filledLacking(ctx context.Context, api metricsAPI, metrics []metric) {
	metricData := make([]types.MetricDatum, len(metrics))
	for i, m := range metrics {
		metricData[i] = types.MetricDatum{MetricName: aws.String(m.name)} // want `metric datum lacks dimensions RunId, ExecutionArn`
	}
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: metricData})
}

// Function values: a closure that sends, a generic helper handed a literal.
func closure(ctx context.Context, api metricsAPI, runID, arn string) {
	send := func(d types.MetricDatum) {
		api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{d}})
	}
	send(types.MetricDatum{MetricName: aws.String("ClosureGood"), Dimensions: dims.Run(runID, arn)})
	send(types.MetricDatum{MetricName: aws.String("ClosureBad")}) // want `metric "ClosureBad" lacks dimensions RunId, ExecutionArn`
}

func flush[T any](ctx context.Context, api metricsAPI, items []T, toDatum func(T) types.MetricDatum) {
	var data []types.MetricDatum
	for _, it := range items {
		data = append(data, toDatum(it))
	}
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
}

func useFlush(ctx context.Context, api metricsAPI, ms []metric, runID, arn string) {
	flush(ctx, api, ms, func(m metric) types.MetricDatum {
		return types.MetricDatum{MetricName: aws.String(m.name), Dimensions: dims.Run(runID, arn)}
	})
	flush(ctx, api, ms, func(m metric) types.MetricDatum {
		return types.MetricDatum{MetricName: aws.String(m.name)} // want `metric datum lacks dimensions RunId, ExecutionArn`
	})
	decorate.Flush(ctx, api, ms, func(m metric) types.MetricDatum {
		return types.MetricDatum{MetricName: aws.String("Flushed")} // want `metric "Flushed" lacks dimensions RunId, ExecutionArn`
	})
	decorate.Flush(ctx, api, ms, toDatum(runID, arn))
}

func toDatum(runID, arn string) func(metric) types.MetricDatum {
	return func(m metric) types.MetricDatum {
		return types.MetricDatum{MetricName: aws.String(m.name), Dimensions: dims.Run(runID, arn)}
	}
}

// Every datum value on its own: a variable given whole values on
// branches is not a datum of its own.
func branches(ctx context.Context, api metricsAPI, failed bool, runID, arn string) {
	var d types.MetricDatum
	if failed {
		d = types.MetricDatum{MetricName: aws.String("Failed")} // want `metric "Failed" lacks dimensions RunId, ExecutionArn`
	} else {
		d = types.MetricDatum{MetricName: aws.String("Succeeded"), Dimensions: dims.Run(runID, arn)}
	}
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{d}})

	var e types.MetricDatum
	if failed {
		e = types.MetricDatum{MetricName: aws.String("E1")}
	} else {
		e = types.MetricDatum{MetricName: aws.String("E2")}
	}
	e.Dimensions = dims.Run(runID, arn) // what every path adds to the one variable counts for each value
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{e}})
}

// Datums built by helpers of another package, known from their facts.
func helpers(ctx context.Context, api metricsAPI, runID, arn string, timeout bool) {
	m := decorate.Metric{Name: "M", RunID: runID, Arn: arn}
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{m.Datum()}})
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{decorate.Rows(1)}}) // want `metric "Rows" \(returned by decorate.Rows\) lacks dimensions RunId, ExecutionArn`
	rows := decorate.Rows(2)
	rows.Dimensions = append(rows.Dimensions, dims.Run(runID, arn)...)
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{rows}})
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: decorate.Batch(runID, arn, timeout)}) // want `metric "Timeout" \(returned by decorate.Batch\) lacks dimension ExecutionArn`
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		decorate.WithRun(types.MetricDatum{MetricName: aws.String("Decorated")}, runID, arn),
	}})
	in := decorate.Input(runID) // want `metric "In" \(returned by decorate.Input\) lacks dimension ExecutionArn`
	api.PutMetricData(ctx, in)
	in2 := decorate.Input(runID)
	for i := range in2.MetricData {
		in2.MetricData[i].Dimensions = append(in2.MetricData[i].Dimensions, dims.Run(runID, arn)...)
	}
	api.PutMetricData(ctx, in2)
}

// A decorator returned as the interface by a constructor of another
// package.
func viaConstructor(ctx context.Context, api decorate.API, runID, arn string) {
	traced := decorate.NewTraced(api, runID, arn)
	traced.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{MetricName: aws.String("Constructed")}}})
}
