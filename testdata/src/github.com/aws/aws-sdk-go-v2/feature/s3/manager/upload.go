// Stub of github.com/aws/aws-sdk-go-v2/feature/s3/manager for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package manager provides utilities to upload and download objects from S3
// concurrently (a subset: the uploader).
package manager

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// UploadAPIClient is an S3 API client that can be used with the Uploader
// (only a subset of the real methods is stubbed).
type UploadAPIClient interface {
	PutObject(context.Context, *s3.PutObjectInput, ...func(*s3.Options)) (*s3.PutObjectOutput, error)
	UploadPart(context.Context, *s3.UploadPartInput, ...func(*s3.Options)) (*s3.UploadPartOutput, error)
	CreateMultipartUpload(context.Context, *s3.CreateMultipartUploadInput, ...func(*s3.Options)) (*s3.CreateMultipartUploadOutput, error)
}

// Uploader uploads objects to S3, in parts when they are large.
type Uploader struct {
	PartSize    int64
	Concurrency int
	S3          UploadAPIClient
}

// UploadOutput represents a response from the Upload() call.
type UploadOutput struct {
	Location  string
	UploadID  string
	ETag      *string
	Key       *string
	VersionID *string
}

func NewUploader(client UploadAPIClient, options ...func(*Uploader)) *Uploader {
	u := &Uploader{S3: client}
	for _, o := range options {
		o(u)
	}
	return u
}

func (u Uploader) Upload(ctx context.Context, input *s3.PutObjectInput, opts ...func(*Uploader)) (*UploadOutput, error) {
	return &UploadOutput{}, nil
}
