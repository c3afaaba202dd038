// Package suppress: a finding silenced with a reason.
package suppress

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func writes(ctx context.Context, c *s3.Client, dt string) {
	//tracelint:ignore runpaths backfill of a legacy layout that Athena reads by dt only
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("legacy/dt=" + dt + "/x.parquet")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/dt=" + dt + "/x.parquet")}) // want `partitioned S3 key "raw/dt={}/x.parquet" has no run_id= segment`
	//tracelint:ignore runpaths nothing to suppress here // want `tracelint:ignore directive for runpaths suppresses nothing: remove it`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("reports/x.csv")})
}
