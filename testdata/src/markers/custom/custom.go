// Package custom: -markers.fields with a marker of its own and
// alternatives.
package custom

import (
	"context"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func writes(ctx context.Context, c *s3.Client) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/_MANIFEST.json"), Body: strings.NewReader(`{"runKey": "r"}`)}) // want `_MANIFEST.json marker written by PutObject lacks field files \(required: run_id\|run_key, files\)`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/_MANIFEST.json"), Body: strings.NewReader(`{"run_id": "r", "files": []}`)})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS")})     // want `_SUCCESS marker written by PutObject is empty: it must carry run_id`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/_LATEST.json")}) // not a marker in this configuration
}
