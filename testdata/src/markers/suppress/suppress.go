// Package suppress: a finding silenced with a reason.
package suppress

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func writes(ctx context.Context, c *s3.Client) {
	//tracelint:ignore markers Spark reads this legacy table and needs the Hadoop marker
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("legacy/_SUCCESS")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS")}) // want `_SUCCESS marker written by PutObject is empty`
	//tracelint:ignore markers nothing to suppress here // want `tracelint:ignore directive for markers suppresses nothing: remove it`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/data.json")})
}
