// Package runpaths checks the runpaths analyzer against the real SDKs:
// aws-sdk-go-v2 s3, feature/s3/manager and feature/s3/transfermanager, and
// aws-sdk-go v1 s3, s3iface, s3manager and s3manageriface.
package runpaths

import (
	"bytes"
	"context"
	"fmt"
	"path"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3iface"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
	"github.com/aws/aws-sdk-go/service/s3/s3manager/s3manageriface"
)

func v2(ctx context.Context, c *s3.Client, api manager.UploadAPIClient, up *manager.Uploader, tm *transfermanager.Client, dt, runID string, data []byte) {
	c.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String("lake"),
		Key:    aws.String(fmt.Sprintf("raw/orders/dt=%s/part-0.parquet", dt)), // want `partitioned S3 key "raw/orders/dt={}/part-0.parquet" has no run_id= segment \(written by PutObject\)`
		Body:   bytes.NewReader(data),
	})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(path.Join("raw/orders", "dt="+dt, "run_id="+runID, "part-0.parquet"))})
	api.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/a/dt=" + dt + "/x.json")})                                 // want `partitioned S3 key "raw/a/dt={}/x.json" has no run_id= segment \(written by PutObject\)`
	api.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Key: aws.String("raw/big/dt=" + dt + "/big.csv")})      // want `\(written by CreateMultipartUpload\)`
	c.CopyObject(ctx, &s3.CopyObjectInput{CopySource: aws.String("stage/x"), Key: aws.String("curated/dt=" + dt + "/x")}) // want `partitioned S3 key "curated/dt={}/x" has no run_id= segment \(written by CopyObject\)`
	up.Upload(ctx, &s3.PutObjectInput{Key: aws.String("raw/up/dt=" + dt + "/part.json"), Body: bytes.NewReader(data)})    // want `partitioned S3 key "raw/up/dt={}/part.json" has no run_id= segment \(written by upload manager\)`
	up.Upload(ctx, &s3.PutObjectInput{Key: aws.String("raw/up/run_id=" + runID + "/dt=" + dt + "/part.json")}, func(u *manager.Uploader) { u.Concurrency = 2 })
	tm.UploadObject(ctx, &transfermanager.UploadObjectInput{Key: aws.String("raw/tm/dt=" + dt + "/part.json")}) // want `partitioned S3 key "raw/tm/dt={}/part.json" has no run_id= segment \(written by upload manager\)`
	tm.UploadObject(ctx, &transfermanager.UploadObjectInput{Key: aws.String("raw/tm/run_id=" + runID + "/part.json")})
	c.GetObject(ctx, &s3.GetObjectInput{Key: aws.String("raw/orders/dt=" + dt + "/part-0.parquet")})
}

func v1(ctx context.Context, c *s3v1.S3, ci s3iface.S3API, up *s3manager.Uploader, ui s3manageriface.UploaderAPI, dt, runID string) {
	c.PutObject(&s3v1.PutObjectInput{Key: awsv1.String("raw/v1/dt=" + dt + "/x.json")})                                         // want `partitioned S3 key "raw/v1/dt={}/x.json" has no run_id= segment \(written by PutObject\)`
	ci.PutObjectWithContext(ctx, (&s3v1.PutObjectInput{}).SetKey("raw/v1/dt="+dt+"/y.json"))                                    // want `partitioned S3 key "raw/v1/dt={}/y.json" has no run_id= segment \(written by PutObject\)`
	ci.CopyObjectWithContext(ctx, &s3v1.CopyObjectInput{Key: awsv1.String("raw/v1/dt=" + dt + "/c.json")})                      // want `\(written by CopyObject\)`
	ci.CreateMultipartUploadWithContext(ctx, &s3v1.CreateMultipartUploadInput{Key: awsv1.String("raw/v1/dt=" + dt + "/m.csv")}) // want `\(written by CreateMultipartUpload\)`
	up.Upload(&s3manager.UploadInput{Key: awsv1.String("raw/v1/dt=" + dt + "/u.json")})                                         // want `partitioned S3 key "raw/v1/dt={}/u.json" has no run_id= segment \(written by upload manager\)`
	ui.UploadWithContext(ctx, &s3manager.UploadInput{Key: awsv1.String("raw/v1/dt=" + dt + "/w.json")})                         // want `\(written by upload manager\)`
	s3manager.NewUploaderWithClient(ci).Upload(&s3manager.UploadInput{Key: awsv1.String("raw/v1/run_id=" + runID + "/u.json")})
}
