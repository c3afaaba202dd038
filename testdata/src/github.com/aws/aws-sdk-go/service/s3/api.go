// Stub of github.com/aws/aws-sdk-go/service/s3 for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package s3 provides the client and types for making API requests to Amazon
// Simple Storage Service (a subset: the object writes and reads).
package s3

import (
	"io"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/aws/request"
)

// S3 provides the API operation methods for making requests to the service.
type S3 struct {
	*client.Client
}

// Service information constants
const (
	ServiceName = "s3"        // Name of service.
	EndpointsID = ServiceName // ID to lookup a service endpoint with.
	ServiceID   = "S3"        // ServiceID is a unique identifier of a specific service.
)

// New creates a new instance of the S3 client with a config provider (for
// example a *session.Session).
func New(p client.ConfigProvider, cfgs ...*aws.Config) *S3 {
	c := p.ClientConfig(EndpointsID, cfgs...)
	cl := &client.Client{Handlers: c.Handlers}
	if c.Config != nil {
		cl.Config = *c.Config
	}
	return &S3{Client: cl}
}

type PutObjectInput struct {
	Body        io.ReadSeeker
	Bucket      *string
	ContentType *string
	Key         *string
	Metadata    map[string]*string
}

// SetBody sets the Body field's value.
func (s *PutObjectInput) SetBody(v io.ReadSeeker) *PutObjectInput {
	s.Body = v
	return s
}

// SetBucket sets the Bucket field's value.
func (s *PutObjectInput) SetBucket(v string) *PutObjectInput {
	s.Bucket = &v
	return s
}

// SetKey sets the Key field's value.
func (s *PutObjectInput) SetKey(v string) *PutObjectInput {
	s.Key = &v
	return s
}

type PutObjectOutput struct {
	ETag      *string
	VersionId *string
}

func (c *S3) PutObject(input *PutObjectInput) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

func (c *S3) PutObjectWithContext(ctx aws.Context, input *PutObjectInput, opts ...request.Option) (*PutObjectOutput, error) {
	return &PutObjectOutput{}, nil
}

func (c *S3) PutObjectRequest(input *PutObjectInput) (req *request.Request, output *PutObjectOutput) {
	return &request.Request{}, &PutObjectOutput{}
}

type CopyObjectInput struct {
	Bucket     *string
	CopySource *string
	Key        *string
}

type CopyObjectOutput struct {
	VersionId *string
}

func (c *S3) CopyObject(input *CopyObjectInput) (*CopyObjectOutput, error) {
	return &CopyObjectOutput{}, nil
}

func (c *S3) CopyObjectWithContext(ctx aws.Context, input *CopyObjectInput, opts ...request.Option) (*CopyObjectOutput, error) {
	return &CopyObjectOutput{}, nil
}

type CreateMultipartUploadInput struct {
	Bucket *string
	Key    *string
}

type CreateMultipartUploadOutput struct {
	Bucket   *string
	Key      *string
	UploadId *string
}

func (c *S3) CreateMultipartUpload(input *CreateMultipartUploadInput) (*CreateMultipartUploadOutput, error) {
	return &CreateMultipartUploadOutput{}, nil
}

func (c *S3) CreateMultipartUploadWithContext(ctx aws.Context, input *CreateMultipartUploadInput, opts ...request.Option) (*CreateMultipartUploadOutput, error) {
	return &CreateMultipartUploadOutput{}, nil
}

type GetObjectInput struct {
	Bucket *string
	Key    *string
}

type GetObjectOutput struct {
	Body io.ReadCloser
	ETag *string
}

func (c *S3) GetObject(input *GetObjectInput) (*GetObjectOutput, error) {
	return &GetObjectOutput{}, nil
}
