// Package strict: keys whose partition text cannot be followed are
// reported in strict mode only.
package strict

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"runpaths/store"
)

type config struct{ Prefix string }

func writes(ctx context.Context, c *s3.Client, cfg config, in *s3.PutObjectInput, dt string) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(cfg.Prefix + "/dt=" + dt + "/x.parquet")})           // want `cannot verify that S3 key "{}/dt={}/x.parquet" has a run_id= segment \(written by PutObject\): its partition text comes from field Prefix of a parameter \(strict mode\)`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(os.Getenv("OUT_PREFIX") + "/dt=" + dt + "/x.json")}) // want `cannot verify that S3 key "{}/dt={}/x.json" has a run_id= segment \(written by PutObject\): its partition text comes from result of os.Getenv \(strict mode\)`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/dt=" + dt + "/" + os.Getenv("FILE"))})          // want `partitioned S3 key "raw/dt={}/{}" has no run_id= segment`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/dt=" + dt + "/" + os.Getenv("OUTPUT_KEY"))})    // want `cannot verify that S3 key "raw/dt={}/{}" has a run_id= segment \(written by PutObject\): its partition text comes from result of os.Getenv`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/dt=" + dt + "/x.parquet")})                     // want `partitioned S3 key "raw/dt={}/x.parquet" has no run_id= segment`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("reports/summary.csv")})                             // out of scope, also in strict mode
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(os.Getenv("RUN_PREFIX") + "/run_id=r/x.json")})      // has the segment
}

func unknownInput(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) {
	c.PutObject(ctx, in)      // a parameter: its callers are checked
	c.PutObject(ctx, build()) // want `cannot verify that the S3 key has a run_id= segment \(written by PutObject\): its partition text comes from field Key of result of strict.build`
}

func build() *s3.PutObjectInput

// Metadata files and folders are out of scope whatever the prefix holds.
func metadata(ctx context.Context, c *s3.Client, cfg config, dt string) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(cfg.Prefix + "/dt=" + dt + "/_SUCCESS")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(cfg.Prefix + "/dt=" + dt + "/")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(cfg.Prefix + "/report.csv")}) // want `cannot verify that S3 key "{}/report.csv" has a run_id= segment`
}

// send writes the input it is given: its callers are checked.
func send(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) { c.PutObject(ctx, in) }

// An input handed to a wrapper escapes into it, which its forwards explain:
// no "cannot verify".
func viaWrapper(ctx context.Context, c *s3.Client, dt string) {
	in := &s3.PutObjectInput{Key: aws.String("raw/run_id=r/dt=" + dt + "/x.json")}
	send(ctx, c, in)
	bad := &s3.PutObjectInput{Key: aws.String("raw/dt=" + dt + "/y.json")} // want `partitioned S3 key "raw/dt={}/y.json" has no run_id= segment \(written by PutObject in strict.send\)`
	send(ctx, c, bad)
	other := &s3.PutObjectInput{Key: aws.String("raw/run_id=r/dt=" + dt + "/z.json")}
	store.Send(ctx, c, other) // escapes into store.Send, whose fact says what it does
}
