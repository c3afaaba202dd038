// Stub of github.com/aws/aws-sdk-go/service/sns/snsiface for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package snsiface provides an interface to enable mocking the SNS service
// client for testing your code.
package snsiface

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/request"
	"github.com/aws/aws-sdk-go/service/sns"
)

// SNSAPI provides an interface to enable mocking the sns.SNS service client's
// API operation (only a subset of the real methods is stubbed).
type SNSAPI interface {
	Publish(*sns.PublishInput) (*sns.PublishOutput, error)
	PublishWithContext(aws.Context, *sns.PublishInput, ...request.Option) (*sns.PublishOutput, error)
	PublishRequest(*sns.PublishInput) (*request.Request, *sns.PublishOutput)

	PublishBatch(*sns.PublishBatchInput) (*sns.PublishBatchOutput, error)
	PublishBatchWithContext(aws.Context, *sns.PublishBatchInput, ...request.Option) (*sns.PublishBatchOutput, error)
	PublishBatchRequest(*sns.PublishBatchInput) (*request.Request, *sns.PublishBatchOutput)
}

var _ SNSAPI = (*sns.SNS)(nil)
