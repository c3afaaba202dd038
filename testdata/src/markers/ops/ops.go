// Package ops exercises the writes of markers: PutObject and the upload
// managers of both SDKs, through clients and interfaces; copies and
// multipart uploads carry no body in the call.
package ops

import (
	"bytes"
	"context"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3iface"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
)

const full = `{"run_id": "r", "execution_arn": "a", "trigger": {"event_id": "e", "event_time": "t", "etag": "x", "version_id": "v"}, "metrics": {}}`

type uploader interface {
	Upload(ctx context.Context, in *s3.PutObjectInput, opts ...func(*manager.Uploader)) (*manager.UploadOutput, error)
}

func v2(ctx context.Context, c *s3.Client, u uploader, mgr *manager.Uploader) {
	u.Upload(ctx, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS"), Body: strings.NewReader("")}) // want `_SUCCESS marker written by upload manager is empty`
	mgr.Upload(ctx, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS"), Body: strings.NewReader(full)})
	c.CopyObject(ctx, &s3.CopyObjectInput{CopySource: aws.String("b/stage/_SUCCESS"), Key: aws.String("out/_SUCCESS")}) // the body is the source's: strict mode only
	c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Key: aws.String("out/_SUCCESS")})                       // the parts come later: strict mode only
}

func v1(ctx context.Context, c *s3v1.S3, ci s3iface.S3API, up *s3manager.Uploader) {
	c.PutObject(&s3v1.PutObjectInput{Key: awsv1.String("out/_SUCCESS")}) // want `_SUCCESS marker written by PutObject is empty`
	ci.PutObjectWithContext(ctx, &s3v1.PutObjectInput{Key: awsv1.String("out/_SUCCESS"), Body: bytes.NewReader([]byte(full))})
	ci.PutObjectWithContext(ctx, &s3v1.PutObjectInput{Key: awsv1.String("out/_LATEST.json"), Body: bytes.NewReader([]byte(`{"run_id": "r"}`))}) // want `_LATEST.json marker written by PutObject lacks fields glue_job_run_id, execution_arn, promoted_at, schema_version`
	up.Upload(&s3manager.UploadInput{Key: awsv1.String("out/_SUCCESS"), Body: strings.NewReader(`{}`)})                                         // want `_SUCCESS marker written by upload manager lacks fields run_id, execution_arn`
	up.UploadWithContext(ctx, &s3manager.UploadInput{Key: awsv1.String("out/_SUCCESS"), Body: awsv1.ReadSeekCloser(strings.NewReader(full))})
	in := (&s3v1.PutObjectInput{}).SetKey("out/_SUCCESS").SetBody(strings.NewReader(`{"run_id": 1}`)) // want `_SUCCESS marker written by PutObject lacks fields execution_arn`
	c.PutObject(in)
}
