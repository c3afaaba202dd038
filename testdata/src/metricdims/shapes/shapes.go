// Package shapes exercises the ways real code builds metric data, each with a
// violating and a compliant form.
package shapes

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"

	"metricdims/dims"
	"metricdims/names"
)

const ns = "etl/loader"

func inline(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{
		Namespace: aws.String(ns),
		MetricData: []types.MetricDatum{
			{ // want `metric "RowsLoaded" lacks dimension ExecutionArn \(required: RunId, ExecutionArn\)`
				MetricName: aws.String("RowsLoaded"),
				Dimensions: []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runID)}},
			},
			{
				MetricName: aws.String("RowsRejected"),
				Dimensions: []types.Dimension{
					{Name: aws.String("RunId"), Value: aws.String(runID)},
					{Name: aws.String("ExecutionArn"), Value: aws.String(arn)},
				},
			},
			{MetricName: aws.String("Bytes")}, // want `metric "Bytes" lacks dimensions RunId, ExecutionArn`
		},
	})
}

// Dimension names are exact: CloudWatch compares them case-sensitively.
func caseMatters(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{{ // want `lacks dimensions RunId, ExecutionArn`
		MetricName: aws.String("x"),
		Dimensions: []types.Dimension{
			{Name: aws.String("runId"), Value: aws.String(runID)},
			{Name: aws.String("execution_arn"), Value: aws.String(arn)},
		},
	}}})
}

func datumInVariable(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	bad := types.MetricDatum{ // want `metric "Duration" lacks dimension RunId`
		MetricName: aws.String("Duration"),
		Dimensions: []types.Dimension{{Name: aws.String(names.ExecutionArn), Value: aws.String(arn)}},
	}
	good := types.MetricDatum{
		MetricName: aws.String("Latency"),
		Dimensions: dims.Run(runID, arn),
	}
	in := &cloudwatch.PutMetricDataInput{Namespace: aws.String(ns)}
	in.MetricData = []types.MetricDatum{bad, good}
	c.PutMetricData(ctx, in)
}

func appendedInLoop(ctx context.Context, c *cloudwatch.Client, runID, arn string, partitions []string) {
	var data []types.MetricDatum
	for _, p := range partitions {
		data = append(data, types.MetricDatum{
			MetricName: aws.String("PartitionRows"),
			Dimensions: append(dims.Run(runID, arn), types.Dimension{Name: aws.String("Partition"), Value: aws.String(p)}),
		})
		data = append(data, types.MetricDatum{ // want `metric "PartitionBytes" lacks dimensions RunId, ExecutionArn`
			MetricName: aws.String("PartitionBytes"),
			Dimensions: []types.Dimension{{Name: aws.String("Partition"), Value: aws.String(p)}},
		})
	}
	if len(data) > 10 {
		data = data[:10]
	}
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
}

func appendedAfterConstruction(ctx context.Context, c *cloudwatch.Client, runID, arn string, withArn bool) {
	d := types.MetricDatum{MetricName: aws.String("Compacted")}
	d.Dimensions = append(d.Dimensions, types.Dimension{Name: aws.String(names.RunID), Value: aws.String(runID)})
	if withArn {
		// A branch is enough: the analyzer reports only what no path provides.
		d.Dimensions = append(d.Dimensions, types.Dimension{Name: aws.String(names.ExecutionArn), Value: aws.String(arn)})
	}

	e := &types.MetricDatum{MetricName: aws.String("Skipped")} // want `metric "Skipped" lacks dimension ExecutionArn`
	e.Dimensions = append(e.Dimensions, types.Dimension{Name: aws.String(names.RunID), Value: aws.String(runID)})

	data := []types.MetricDatum{d, *e}
	for i := range data {
		data[i].Unit = types.StandardUnitCount
	}
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
}

// Datums that start as zero values and are filled in field by field.
func zeroValues(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	var d types.MetricDatum // want `metric "Zero" lacks dimension ExecutionArn`
	d.MetricName = aws.String("Zero")
	d.Dimensions = []types.Dimension{{Name: aws.String("RunId"), Value: aws.String(runID)}}

	var in cloudwatch.PutMetricDataInput
	in.MetricData = append(in.MetricData, d)
	c.PutMetricData(ctx, &in)

	made := make([]types.MetricDatum, 2) // want `metric "Made" lacks dimensions RunId, ExecutionArn`
	made[0].MetricName = aws.String("Made")
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: made})

	var arr [1]types.MetricDatum
	arr[0].Dimensions = dims.Run(runID, arn)
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: arr[:]})
}

// Dimensions added to every element after the slice is built.
func indexAssigned(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	data := []types.MetricDatum{{MetricName: aws.String("A")}, {MetricName: aws.String("B")}}
	for i := range data {
		data[i].Dimensions = dims.Run(runID, arn)
	}
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
}

func dimsFromHelpers(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("Same"), Dimensions: localDims(runID, arn)},
		{MetricName: aws.String("Other"), Dimensions: dims.Run(runID, arn)},
		{MetricName: aws.String("Wrapped"), Dimensions: dims.With(dims.StageOnly("load"), runID, arn)},
		{MetricName: aws.String("Looped"), Dimensions: dims.Built(map[string]string{})},
		{MetricName: aws.String("Single"), Dimensions: []types.Dimension{dims.Exec(arn), runDim(runID)}},
		{MetricName: aws.String("StageOnly"), Dimensions: dims.StageOnly("load")},           // want `metric "StageOnly" lacks dimensions RunId, ExecutionArn`
		{MetricName: aws.String("HalfLocal"), Dimensions: []types.Dimension{runDim(runID)}}, // want `metric "HalfLocal" lacks dimension ExecutionArn`
		{MetricName: aws.String("Partial"), Dimensions: dims.With(nil, runID, arn)},
	}})
}

func localDims(runID, arn string) []types.Dimension {
	return []types.Dimension{dim(names.RunID, runID), dim(names.ExecutionArn, arn)}
}

func dim(name, value string) types.Dimension {
	return types.Dimension{Name: aws.String(name), Value: aws.String(value)}
}

func runDim(runID string) types.Dimension { return dim("RunId", runID) }

// The input is built by a helper that returns it.
func inputFromHelper(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	c.PutMetricData(ctx, buildInput("Good", dims.Run(runID, arn)))
	c.PutMetricData(ctx, buildInput("Bad", nil))
}

func buildInput(metric string, ds []types.Dimension) *cloudwatch.PutMetricDataInput {
	return &cloudwatch.PutMetricDataInput{
		Namespace: aws.String(ns),
		MetricData: []types.MetricDatum{{ // want `metric "Bad" lacks dimensions RunId, ExecutionArn`
			MetricName: aws.String(metric),
			Dimensions: ds,
		}},
	}
}

// The usual narrow interface that lets tests fake CloudWatch.
type metricsAPI interface {
	PutMetricData(ctx context.Context, in *cloudwatch.PutMetricDataInput, optFns ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error)
}

func throughInterface(ctx context.Context, api metricsAPI, runID string) {
	api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("ViaInterface")}, // want `metric "ViaInterface" lacks dimensions RunId, ExecutionArn`
	}})
}

// An interface that drops the options still names the operation.
type putter interface {
	PutMetricData(ctx context.Context, in *cloudwatch.PutMetricDataInput) (*cloudwatch.PutMetricDataOutput, error)
}

func throughNarrowInterface(ctx context.Context, p putter) {
	p.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("Narrow")}, // want `metric "Narrow" lacks dimensions`
	}})
}

type publisher struct {
	*cloudwatch.Client
	namespace string
}

func (p *publisher) embedded(ctx context.Context) {
	p.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("Embedded")}, // want `metric "Embedded" lacks dimensions`
	}})
}

// A generic wrapper handed the operation as a function value.
func call[In, Out any](ctx context.Context, op func(context.Context, In, ...func(*cloudwatch.Options)) (Out, error), in In) (Out, error) {
	return op(ctx, in)
}

func viaGenericWrapper(ctx context.Context, c *cloudwatch.Client) {
	call(ctx, c.PutMetricData, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("Generic")}, // want `metric "Generic" lacks dimensions`
	}})
}

// A generic function whose receiver is a type parameter.
func viaTypeParam[C metricsAPI](ctx context.Context, c C) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("TypeParam")}, // want `metric "TypeParam" lacks dimensions`
	}})
}

func entityMetricData(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{EntityMetricData: []types.EntityMetricData{{
		Entity: &types.Entity{KeyAttributes: map[string]string{"Type": "Service"}},
		MetricData: []types.MetricDatum{
			{MetricName: aws.String("EntityBad")}, // want `metric "EntityBad" lacks dimensions`
			{MetricName: aws.String("EntityGood"), Dimensions: dims.Run(runID, arn)},
		},
	}}})
}

// Values that cannot be followed are not reported by default.
func unknowns(ctx context.Context, c *cloudwatch.Client, in *cloudwatch.PutMetricDataInput, data []types.MetricDatum, ds []types.Dimension, name string) {
	c.PutMetricData(ctx, in)
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: data})
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{
		{MetricName: aws.String("FromParam"), Dimensions: ds},
		{MetricName: aws.String("NamedByParam"), Dimensions: []types.Dimension{{Name: aws.String(name)}}},
		{MetricName: aws.String("Config"), Dimensions: dims.FromConfig(name, "v")},
	}})
}

// A datum handed by pointer to a helper of the package: what the helper
// assigns through the pointer counts.
func mutatedByHelper(ctx context.Context, c *cloudwatch.Client, runID, arn string) {
	d := types.MetricDatum{MetricName: aws.String("Mutated")}
	addRunDims(&d, runID, arn)
	e := &types.MetricDatum{MetricName: aws.String("HalfMutated")} // want `metric "HalfMutated" lacks dimension ExecutionArn`
	addRunID(e, runID)
	f := types.MetricDatum{MetricName: aws.String("MethodMutated")}
	(*datum)(&f).withRun(runID, arn)
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{d, *e, f}})
}

func addRunDims(d *types.MetricDatum, runID, arn string) {
	d.Dimensions = append(d.Dimensions, dims.Run(runID, arn)...)
}

func addRunID(d *types.MetricDatum, runID string) { addDim(d, names.RunID, runID) }

func addDim(d *types.MetricDatum, name, value string) {
	d.Dimensions = append(d.Dimensions, types.Dimension{Name: aws.String(name), Value: aws.String(value)})
}

type datum types.MetricDatum

func (d *datum) withRun(runID, arn string) { d.Dimensions = dims.Run(runID, arn) }

// A datum handed to code that may change it is not reported.
func escapes(ctx context.Context, c *cloudwatch.Client, fill func(*types.MetricDatum)) {
	d := types.MetricDatum{MetricName: aws.String("Escaped")}
	fill(&d)
	c.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{MetricData: []types.MetricDatum{d}})
}

// Reads are not checked.
func reads(ctx context.Context, c *cloudwatch.Client) {
	c.GetMetricData(ctx, &cloudwatch.GetMetricDataInput{})
}
