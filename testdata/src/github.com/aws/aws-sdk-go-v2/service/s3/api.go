// Stub of github.com/aws/aws-sdk-go-v2/service/s3 for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package s3 provides the API client, operations, and parameter types for
// Amazon Simple Storage Service (a subset: the object writes and reads).
package s3

import (
	"context"
	"io"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Client provides the API client to make operations call for Amazon Simple Storage Service.
type Client struct {
	options Options
}

type Options struct {
	AppID        string
	BaseEndpoint *string
	Region       string
	UsePathStyle bool
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

type PutObjectInput struct {
	Bucket      *string
	Key         *string
	Body        io.Reader
	ContentType *string
	Metadata    map[string]string
}

type PutObjectOutput struct {
	ETag      *string
	VersionId *string
}

func (c *Client) PutObject(ctx context.Context, params *PutObjectInput, optFns ...func(*Options)) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

type CopyObjectInput struct {
	Bucket      *string
	CopySource  *string
	Key         *string
	ContentType *string
	Metadata    map[string]string
}

type CopyObjectOutput struct {
	VersionId *string
}

func (c *Client) CopyObject(ctx context.Context, params *CopyObjectInput, optFns ...func(*Options)) (*CopyObjectOutput, error) {
	return &CopyObjectOutput{}, nil
}

type CreateMultipartUploadInput struct {
	Bucket      *string
	Key         *string
	ContentType *string
}

type CreateMultipartUploadOutput struct {
	Bucket   *string
	Key      *string
	UploadId *string
}

func (c *Client) CreateMultipartUpload(ctx context.Context, params *CreateMultipartUploadInput, optFns ...func(*Options)) (*CreateMultipartUploadOutput, error) {
	return &CreateMultipartUploadOutput{}, nil
}

type UploadPartInput struct {
	Bucket     *string
	Key        *string
	PartNumber *int32
	UploadId   *string
	Body       io.Reader
}

type UploadPartOutput struct {
	ETag *string
}

func (c *Client) UploadPart(ctx context.Context, params *UploadPartInput, optFns ...func(*Options)) (*UploadPartOutput, error) {
	return &UploadPartOutput{}, nil
}

type GetObjectInput struct {
	Bucket *string
	Key    *string
}

type GetObjectOutput struct {
	Body      io.ReadCloser
	ETag      *string
	VersionId *string
}

func (c *Client) GetObject(ctx context.Context, params *GetObjectInput, optFns ...func(*Options)) (*GetObjectOutput, error) {
	return &GetObjectOutput{}, nil
}
