// Stub of github.com/aws/aws-sdk-go-v2/service/cloudwatch for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package cloudwatch provides the API client, operations, and parameter types
// for Amazon CloudWatch.
package cloudwatch

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
)

// Client provides the API client to make operations call for Amazon
// CloudWatch.
type Client struct {
	options Options
}

type Options struct {
	AppID                       string
	BaseEndpoint                *string
	DisableRequestCompression   bool
	Region                      string
	RequestMinCompressSizeBytes int64
	RetryMaxAttempts            int
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

type PutMetricDataInput struct {
	Namespace              *string
	EntityMetricData       []types.EntityMetricData
	MetricData             []types.MetricDatum
	StrictEntityValidation *bool
}

type PutMetricDataOutput struct{}

func (c *Client) PutMetricData(ctx context.Context, params *PutMetricDataInput, optFns ...func(*Options)) (*PutMetricDataOutput, error) {
	return &PutMetricDataOutput{}, nil
}

type GetMetricDataInput struct {
	EndTime           *time.Time
	MetricDataQueries []types.MetricDataQuery
	StartTime         *time.Time
	MaxDatapoints     *int32
	NextToken         *string
}

type GetMetricDataOutput struct {
	MetricDataResults []types.MetricDataResult
	NextToken         *string
}

func (c *Client) GetMetricData(ctx context.Context, params *GetMetricDataInput, optFns ...func(*Options)) (*GetMetricDataOutput, error) {
	return &GetMetricDataOutput{}, nil
}
