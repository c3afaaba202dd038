// Package probe exercises the S3 write recognition: every write is
// reported with its operation, whether it sends a body, and where a
// finding about its key belongs.
package probe

import (
	"context"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
)

func Key(prefix string) string { return prefix + "/x" } // want Key:`helper`

func (t T) Name() string { return "n" } // want Name:`helper`

func (u unexported) Name() string { return "n" } // want Name:`helper`

// T has an exported method.
type T struct{}

type unexported struct{}

func NotString() int { return 0 }

func writes(ctx context.Context, c *s3.Client, up *manager.Uploader, v1 *s3v1.S3, up1 *s3manager.Uploader, key string) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("a"), Body: strings.NewReader("")}) // want `write PutObject body=true key=aws.String\("a"\)`
	in := &s3.PutObjectInput{}
	in.Key = aws.String(key)                                                           // a parameter, which cannot be followed: a finding belongs at the input
	c.PutObject(ctx, in)                                                               // want `write PutObject body=true key=s3.PutObjectInput{}`
	c.CopyObject(ctx, &s3.CopyObjectInput{Key: aws.String("b")})                       // want `write CopyObject body=false key=aws.String\("b"\)`
	c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Key: aws.String("c")}) // want `write CreateMultipartUpload body=false key=aws.String\("c"\)`
	up.Upload(ctx, &s3.PutObjectInput{Key: aws.String("d")})                           // want `write upload manager body=true key=aws.String\("d"\)`
	up1.Upload(&s3manager.UploadInput{Key: aws.String("e")})                           // want `write upload manager body=true key=aws.String\("e"\)`
	v1.PutObject(&s3v1.PutObjectInput{})                                               // want `write PutObject body=true key=s3v1.PutObjectInput{}`
	c.GetObject(ctx, &s3.GetObjectInput{Key: aws.String("f")})
}
