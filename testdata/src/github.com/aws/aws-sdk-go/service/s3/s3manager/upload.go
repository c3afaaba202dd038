// Stub of github.com/aws/aws-sdk-go/service/s3/s3manager for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package s3manager provides utilities to upload and download objects from
// S3 concurrently (a subset: the uploader).
package s3manager

import (
	"io"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3iface"
)

// UploadInput provides the input parameters for uploading a stream or buffer
// to an object in an Amazon S3 bucket.
type UploadInput struct {
	Body        io.Reader
	Bucket      *string
	ContentType *string
	Key         *string
	Metadata    map[string]*string
}

// UploadOutput represents a response from the Upload() call.
type UploadOutput struct {
	Location  string
	VersionID *string
	UploadID  string
	ETag      *string
}

// The Uploader structure that calls Upload().
type Uploader struct {
	PartSize    int64
	Concurrency int
	S3          s3iface.S3API
}

func NewUploader(c client.ConfigProvider, options ...func(*Uploader)) *Uploader {
	return NewUploaderWithClient(s3.New(c), options...)
}

func NewUploaderWithClient(svc s3iface.S3API, options ...func(*Uploader)) *Uploader {
	u := &Uploader{S3: svc}
	for _, o := range options {
		o(u)
	}
	return u
}

func (u Uploader) Upload(input *UploadInput, options ...func(*Uploader)) (*UploadOutput, error) {
	return &UploadOutput{}, nil
}

func (u Uploader) UploadWithContext(ctx aws.Context, input *UploadInput, opts ...func(*Uploader)) (*UploadOutput, error) {
	return &UploadOutput{}, nil
}
