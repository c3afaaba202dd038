// Stub of github.com/aws/aws-sdk-go-v2/service/sfn for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package sfn provides the API client, operations, and parameter types for
// AWS Step Functions.
package sfn

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sfn/types"
)

// Client provides the API client to make operations call for AWS Step Functions.
type Client struct {
	options Options
}

type Options struct {
	AppID            string
	BaseEndpoint     *string
	Region           string
	RetryMaxAttempts int
}

func New(options Options, optFns ...func(*Options)) *Client {
	for _, fn := range optFns {
		fn(&options)
	}
	return &Client{options: options}
}

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	return New(Options{Region: cfg.Region}, optFns...)
}

func (c *Client) Options() Options { return c.options }

type StartExecutionInput struct {
	StateMachineArn *string
	Input           *string
	Name            *string
	TraceHeader     *string
}

type StartExecutionOutput struct {
	ExecutionArn *string
	StartDate    *time.Time
}

func (c *Client) StartExecution(ctx context.Context, params *StartExecutionInput, optFns ...func(*Options)) (*StartExecutionOutput, error) {
	return &StartExecutionOutput{}, nil
}

type DescribeExecutionInput struct {
	ExecutionArn *string
}

type DescribeExecutionOutput struct {
	ExecutionArn    *string
	StartDate       *time.Time
	StateMachineArn *string
	Status          types.ExecutionStatus
	Cause           *string
	Error           *string
	Input           *string
	Name            *string
	Output          *string
	StopDate        *time.Time
}

func (c *Client) DescribeExecution(ctx context.Context, params *DescribeExecutionInput, optFns ...func(*Options)) (*DescribeExecutionOutput, error) {
	return &DescribeExecutionOutput{}, nil
}

type ListExecutionsInput struct {
	MaxResults      int32
	NextToken       *string
	StateMachineArn *string
	StatusFilter    types.ExecutionStatus
}

type ListExecutionsOutput struct {
	Executions []types.ExecutionListItem
	NextToken  *string
}

func (c *Client) ListExecutions(ctx context.Context, params *ListExecutionsInput, optFns ...func(*Options)) (*ListExecutionsOutput, error) {
	return &ListExecutionsOutput{}, nil
}
