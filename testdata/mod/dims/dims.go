// Package dims is a helper package of the module-mode tests: its facts cross
// package boundaries against the real SDK types.
package dims

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

const (
	RunID        = "RunId"
	ExecutionArn = "ExecutionArn"
)

func Run(runID, arn string) []types.Dimension { // want Run:"dimensions\\(ExecutionArn, RunId\\)$"
	return []types.Dimension{
		{Name: aws.String(RunID), Value: aws.String(runID)},
		{Name: aws.String(ExecutionArn), Value: aws.String(arn)},
	}
}

func Stage(stage string) []types.Dimension { // want Stage:"dimensions\\(Stage\\)$"
	return []types.Dimension{{Name: aws.String("Stage"), Value: aws.String(stage)}}
}

// API is the narrow interface over CloudWatch that Put needs.
type API interface {
	PutMetricData(context.Context, *cloudwatch.PutMetricDataInput, ...func(*cloudwatch.Options)) (*cloudwatch.PutMetricDataOutput, error)
}

// Put sends datums for its callers: a wrapper whose ForwardsFact makes the
// callers in other packages checked.
func Put(ctx context.Context, api API, data ...types.MetricDatum) error { // want Put:"forwards\\(param2:datums\\)"
	_, err := api.PutMetricData(ctx, &cloudwatch.PutMetricDataInput{Namespace: aws.String("etl"), MetricData: data})
	return err
}
