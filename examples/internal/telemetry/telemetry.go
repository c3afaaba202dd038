// Package telemetry holds the CloudWatch helpers shared by the platform's jobs.
//
// Rule 4 of the traceability design: every metric datum carries the dimensions
// RunId and ExecutionArn, so any data point can be traced back to the Step
// Functions execution that produced it.
package telemetry

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

// Namespace is the CloudWatch namespace of all ETL platform metrics.
const Namespace = "EtlPlatform"

// Dimension names. CloudWatch dimension names are case-sensitive.
const (
	DimRunID        = "RunId"
	DimExecutionArn = "ExecutionArn"
	DimStage        = "Stage"
)

// RunDimensions returns the two correlation dimensions every datum must carry.
func RunDimensions(runID, executionArn string) []types.Dimension {
	return []types.Dimension{
		{Name: aws.String(DimRunID), Value: aws.String(runID)},
		{Name: aws.String(DimExecutionArn), Value: aws.String(executionArn)},
	}
}

// StageDimensions returns only a Stage dimension. It is meant to be appended to
// RunDimensions; a datum that uses it alone is not traceable to a run.
func StageDimensions(stage string) []types.Dimension {
	return []types.Dimension{
		{Name: aws.String(DimStage), Value: aws.String(stage)},
	}
}
