// Package strict: marker bodies that cannot be followed are reported in
// strict mode only.
package strict

import (
	"bytes"
	"context"
	"io"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func load() []byte

func writes(ctx context.Context, c *s3.Client, f *os.File, r io.Reader) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS"), Body: os.Stdin})                               // want `cannot verify that the _SUCCESS marker written by PutObject carries run_id, execution_arn, trigger.event_id, trigger.event_time, trigger.etag, trigger.version_id, metrics: its body comes from variable os.Stdin \(strict mode\)`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS"), Body: f})                                      // a parameter: its callers are checked
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS"), Body: bytes.NewReader(load())})                // want `cannot verify that the _SUCCESS marker written by PutObject carries .*: its body comes from result of strict.load \(strict mode\)`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/_SUCCESS")})                                               // want `_SUCCESS marker written by PutObject is empty`
	c.CopyObject(ctx, &s3.CopyObjectInput{CopySource: aws.String("b/stage/_SUCCESS"), Key: aws.String("out/_SUCCESS")}) // want `cannot verify that the _SUCCESS marker written by CopyObject carries .*: its body is not part of the call \(strict mode\)`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("out/data.json"), Body: f})                                     // not a marker
}
