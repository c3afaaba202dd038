// Package markers checks the markers analyzer against the real SDKs:
// aws-sdk-go-v2 s3, feature/s3/manager and feature/s3/transfermanager, and
// aws-sdk-go v1 s3, s3manager.
package markers

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3iface"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
)

type trigger struct {
	EventID   string    `json:"event_id"`
	EventTime time.Time `json:"event_time"`
	ETag      string    `json:"etag"`
	VersionID string    `json:"version_id"`
}

type success struct {
	RunID        string             `json:"run_id"`
	ExecutionArn string             `json:"execution_arn"`
	Trigger      trigger            `json:"trigger"`
	Metrics      map[string]float64 `json:"metrics"`
}

type latest struct {
	RunID         string    `json:"run_id"`
	GlueJobRunID  string    `json:"glue_job_run_id"`
	ExecutionArn  string    `json:"execution_arn"`
	PromotedAt    time.Time `json:"promoted_at"`
	SchemaVersion int       `json:"schema_version"`
}

func v2(ctx context.Context, c *s3.Client, up *manager.Uploader, tm *transfermanager.Client, out string, m success) {
	b, _ := json.Marshal(m)
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(path.Join("curated/run_id=r", "_SUCCESS")), Body: bytes.NewReader(b)})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("curated/run_id=r/_SUCCESS"), Body: http.NoBody}) // want `_SUCCESS marker written by PutObject is empty`
	var buf bytes.Buffer
	_ = json.NewEncoder(&buf).Encode(latest{})
	up.Upload(ctx, &s3.PutObjectInput{Key: aws.String("curated/_LATEST.json"), Body: &buf})
	up.Upload(ctx, &s3.PutObjectInput{Key: aws.String("curated/_LATEST.json"), Body: strings.NewReader(`{"run_id": "r"}`)})             // want `_LATEST.json marker written by upload manager lacks fields glue_job_run_id, execution_arn, promoted_at, schema_version`
	tm.UploadObject(ctx, &transfermanager.UploadObjectInput{Key: aws.String("curated/run_id=r/_SUCCESS"), Body: strings.NewReader("")}) // want `_SUCCESS marker written by upload manager is empty`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("reports/_SUCCESS_backup.txt"), Body: strings.NewReader("")})
}

func v1(ctx context.Context, c *s3v1.S3, ci s3iface.S3API, up *s3manager.Uploader, m success) {
	b, _ := json.Marshal(m)
	ci.PutObjectWithContext(ctx, &s3v1.PutObjectInput{Key: awsv1.String("out/_SUCCESS"), Body: bytes.NewReader(b)})
	c.PutObject(&s3v1.PutObjectInput{Key: awsv1.String("out/_SUCCESS")})                                                                                   // want `_SUCCESS marker written by PutObject is empty`
	up.UploadWithContext(ctx, &s3manager.UploadInput{Key: awsv1.String("out/_SUCCESS"), Body: awsv1.ReadSeekCloser(strings.NewReader(`{"run_id": "r"}`))}) // want `_SUCCESS marker written by upload manager lacks fields execution_arn`
}
