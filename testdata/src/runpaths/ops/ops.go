// Package ops exercises the writes: PutObject, CopyObject (destination),
// CreateMultipartUpload and the upload managers of both SDKs, through
// clients, interfaces and v1 setters; reads are not writes.
package ops

import (
	"context"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/s3/manager"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3iface"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
	"github.com/aws/aws-sdk-go/service/s3/s3manager/s3manageriface"
)

// objectStore is how code fakes S3 in tests.
type objectStore interface {
	PutObject(ctx context.Context, in *s3.PutObjectInput, optFns ...func(*s3.Options)) (*s3.PutObjectOutput, error)
}

func v2(ctx context.Context, c *s3.Client, st objectStore, up *manager.Uploader, dt, runID string) {
	st.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/a/dt=" + dt + "/x.parquet")}) // want `partitioned S3 key "raw/a/dt={}/x.parquet" has no run_id= segment \(written by PutObject\)`
	c.CopyObject(ctx, &s3.CopyObjectInput{
		CopySource: aws.String("staging/run_id=" + runID + "/dt=" + dt + "/x.parquet"),
		Key:        aws.String("curated/a/dt=" + dt + "/x.parquet"), // want `partitioned S3 key "curated/a/dt={}/x.parquet" has no run_id= segment \(written by CopyObject\)`
	})
	c.CopyObject(ctx, &s3.CopyObjectInput{
		CopySource: aws.String("staging/dt=" + dt + "/x.parquet"), // the source is read, not written
		Key:        aws.String("curated/a/dt=" + dt + "/run_id=" + runID + "/x.parquet"),
	})
	c.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Key: aws.String("raw/big/dt=" + dt + "/big.csv")}) // want `partitioned S3 key "raw/big/dt={}/big.csv" has no run_id= segment \(written by CreateMultipartUpload\)`
	c.UploadPart(ctx, &s3.UploadPartInput{Key: aws.String("raw/big/dt=" + dt + "/big.csv")})                       // a part of the upload above
	up.Upload(ctx, &s3.PutObjectInput{Key: aws.String(fmt.Sprintf("raw/up/dt=%s/part.json", dt))})                 // want `partitioned S3 key "raw/up/dt={}/part.json" has no run_id= segment \(written by upload manager\)`
	manager.NewUploader(c).Upload(ctx, &s3.PutObjectInput{Key: aws.String("raw/up/run_id=" + runID + "/dt=" + dt + "/part.json")})
	c.GetObject(ctx, &s3.GetObjectInput{Key: aws.String("raw/a/dt=" + dt + "/x.parquet")}) // a read
}

func v1(ctx context.Context, c *s3v1.S3, ci s3iface.S3API, up *s3manager.Uploader, ui s3manageriface.UploaderAPI, dt, runID string) {
	c.PutObject(&s3v1.PutObjectInput{Key: awsv1.String("raw/v1/dt=" + dt + "/x.json")})                  // want `partitioned S3 key "raw/v1/dt={}/x.json" has no run_id= segment \(written by PutObject\)`
	ci.PutObjectWithContext(ctx, &s3v1.PutObjectInput{Key: awsv1.String("raw/v1/dt=" + dt + "/y.json")}) // want `partitioned S3 key "raw/v1/dt={}/y.json" has no run_id= segment`
	c.CopyObject(&s3v1.CopyObjectInput{Key: awsv1.String("raw/v1/dt=" + dt + "/c.json")})                // want `partitioned S3 key "raw/v1/dt={}/c.json" has no run_id= segment \(written by CopyObject\)`
	up.Upload(&s3manager.UploadInput{Key: awsv1.String("raw/v1/dt=" + dt + "/u.json")})                  // want `partitioned S3 key "raw/v1/dt={}/u.json" has no run_id= segment \(written by upload manager\)`
	ui.UploadWithContext(ctx, &s3manager.UploadInput{Key: awsv1.String("raw/v1/dt=" + dt + "/w.json")})  // want `partitioned S3 key "raw/v1/dt={}/w.json" has no run_id= segment \(written by upload manager\)`
	ui.Upload(&s3manager.UploadInput{Key: awsv1.String("raw/v1/run_id=" + runID + "/dt=" + dt + "/w.json"), Body: strings.NewReader("{}")})

	// v1 setters.
	in := (&s3v1.PutObjectInput{}).SetBucket("b").SetKey("raw/v1/dt=" + dt + "/s.json") // want `partitioned S3 key "raw/v1/dt={}/s.json" has no run_id= segment`
	c.PutObject(in)
	ok := &s3v1.PutObjectInput{}
	ok.SetKey("raw/v1/run_id=" + runID + "/dt=" + dt + "/s.json")
	c.PutObject(ok)
}
