// Package custom: -runpaths.segment=run_key and -runpaths.keys restricted
// to the curated zone.
package custom

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func writes(ctx context.Context, c *s3.Client, dt, run string) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("curated/dt=" + dt + "/x.parquet")})                    // want `partitioned S3 key "curated/dt={}/x.parquet" has no run_key= segment`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("curated/dt=" + dt + "/run_id=" + run + "/x.parquet")}) // want `has no run_key= segment`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("curated/run_key=" + run + "/dt=" + dt + "/x.parquet")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/dt=" + dt + "/x.parquet")}) // not in the curated zone
}
