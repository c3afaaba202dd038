// Stub of github.com/aws/aws-sdk-go/service/s3/s3iface for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package s3iface provides an interface to enable mocking the Amazon Simple
// Storage Service client for testing your code.
package s3iface

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/request"
	"github.com/aws/aws-sdk-go/service/s3"
)

// S3API provides an interface to enable mocking the s3.S3 service client's
// API operation (only a subset of the real methods is stubbed).
type S3API interface {
	PutObject(*s3.PutObjectInput) (*s3.PutObjectOutput, error)
	PutObjectWithContext(aws.Context, *s3.PutObjectInput, ...request.Option) (*s3.PutObjectOutput, error)
	PutObjectRequest(*s3.PutObjectInput) (*request.Request, *s3.PutObjectOutput)

	CopyObject(*s3.CopyObjectInput) (*s3.CopyObjectOutput, error)
	CopyObjectWithContext(aws.Context, *s3.CopyObjectInput, ...request.Option) (*s3.CopyObjectOutput, error)

	CreateMultipartUpload(*s3.CreateMultipartUploadInput) (*s3.CreateMultipartUploadOutput, error)
	CreateMultipartUploadWithContext(aws.Context, *s3.CreateMultipartUploadInput, ...request.Option) (*s3.CreateMultipartUploadOutput, error)

	GetObject(*s3.GetObjectInput) (*s3.GetObjectOutput, error)
}

var _ S3API = (*s3.S3)(nil)
