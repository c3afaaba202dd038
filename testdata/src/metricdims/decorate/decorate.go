// Package decorate stamps the run dimensions on every datum it sends: its
// facts say so, and its callers in other packages are compliant.
package decorate

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

type API interface {
	PutMetricData(ctx context.Context, in *cloudwatch.PutMetricDataInput, optFns ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error)
}

func runDims(runID, arn string) []types.Dimension {
	return []types.Dimension{
		{Name: aws.String("RunId"), Value: aws.String(runID)},
		{Name: aws.String("ExecutionArn"), Value: aws.String(arn)},
	}
}

// SendTraced adds both dimensions to each datum, in place.
func SendTraced(ctx context.Context, api API, runID, arn string, data ...types.MetricDatum) error { // want SendTraced:"forwards\\(param4:datums\\+ExecutionArn\\+RunId\\)"
	for i := range data {
		data[i].Dimensions = append(data[i].Dimensions,
			types.Dimension{Name: aws.String("RunId"), Value: aws.String(runID)},
			types.Dimension{Name: aws.String("ExecutionArn"), Value: aws.String(arn)})
	}
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{Namespace: aws.String("etl"), MetricData: data})
	return err
}

// SendRunOnly adds only RunId: its callers still need ExecutionArn.
func SendRunOnly(ctx context.Context, api API, runID string, data []types.MetricDatum) error { // want SendRunOnly:"forwards\\(param3:datums\\+RunId\\)"
	for i := range data {
		data[i].Dimensions = append(data[i].Dimensions, types.Dimension{Name: aws.String("RunId"), Value: aws.String(runID)})
	}
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
	return err
}

// Client decorates a client: every input it sends has the run dimensions
// on each datum. Its method has the operation's shape.
type Client struct {
	api  API
	dims []types.Dimension
}

func NewClient(api API, runID, arn string) *Client {
	return &Client{api: api, dims: runDims(runID, arn)}
}

func (c *Client) PutMetricData(ctx context.Context, in *cloudwatch.PutMetricDataInput, optFns ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error) { // want PutMetricData:"forwards\\(param1:input\\+ExecutionArn\\+RunId\\)"
	for i := range in.MetricData {
		in.MetricData[i].Dimensions = append(in.MetricData[i].Dimensions, c.dims...)
	}
	return c.api.PutMetricData(ctx, in, optFns...)
}

// Copying decorates by copying the input and its datums.
type Copying struct {
	api          API
	runID, arn   string
	heartbeatArn string
}

func (c Copying) PutMetricData(ctx context.Context, params *cloudwatch.PutMetricDataInput, optFns ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error) { // want PutMetricData:"forwards\\(param1:input\\+ExecutionArn\\+RunId\\)"
	in := *params
	in.MetricData = make([]types.MetricDatum, 0, len(params.MetricData))
	for _, d := range params.MetricData {
		d.Dimensions = append(d.Dimensions, runDims(c.runID, c.arn)...)
		in.MetricData = append(in.MetricData, d)
	}
	return c.api.PutMetricData(ctx, &in, optFns...)
}

// Flush sends what a function the caller hands it makes of each item.
func Flush[T any](ctx context.Context, api API, items []T, toDatum func(T) types.MetricDatum) error { // want Flush:"forwards\\(param3:datumfunc\\)"
	data := make([]types.MetricDatum, len(items))
	for i, it := range items {
		data[i] = toDatum(it)
	}
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
	return err
}

// Unknowable adds what a hook returns: its callers cannot be judged.
func Unknowable(ctx context.Context, api API, hook func() []types.Dimension, data ...types.MetricDatum) error { // want Unknowable:"forwards\\(param3:datums\\+\\?\\)"
	for i := range data {
		data[i].Dimensions = append(data[i].Dimensions, hook()...)
	}
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
	return err
}

// Helpers that return whole datums: their facts record each datum.
type Metric struct {
	Name       string
	RunID, Arn string
}

func (m Metric) Datum() types.MetricDatum { // want Datum:"datums\\(\\{ExecutionArn, RunId\\}\\)"
	return types.MetricDatum{MetricName: aws.String(m.Name), Dimensions: runDims(m.RunID, m.Arn)}
}

func Rows(n float64) types.MetricDatum { // want Rows:"datums\\(\\{Rows: no dimensions\\}\\)"
	return types.MetricDatum{MetricName: aws.String("Rows"), Value: aws.Float64(n)}
}

func Batch(runID, arn string, timeout bool) []types.MetricDatum { // want Batch:"datums\\(\\{Timeout: RunId\\}, \\{Done: ExecutionArn, RunId\\}\\)"
	if timeout {
		return []types.MetricDatum{{MetricName: aws.String("Timeout"), Dimensions: []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runID)}}}}
	}
	return []types.MetricDatum{{MetricName: aws.String("Done"), Dimensions: runDims(runID, arn)}}
}

// WithRun decorates the datum it is given.
func WithRun(d types.MetricDatum, runID, arn string) types.MetricDatum { // want WithRun:"datums\\(\\{param0:datum\\+ExecutionArn\\+RunId\\}\\)"
	d.Dimensions = append(d.Dimensions, runDims(runID, arn)...)
	return d
}

func Input(runID string) *cloudwatch.PutMetricDataInput { // want Input:"datums\\(\\{In: RunId\\}\\)"
	return &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("In"), Dimensions: []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runID)}}},
	}}
}

// NewTraced returns the decorating client as the interface.
func NewTraced(api API, runID, arn string) API { // want NewTraced:"makes\\(param1:input\\+ExecutionArn\\+RunId\\)"
	return &Client{api: api, dims: runDims(runID, arn)}
}
