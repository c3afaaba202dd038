// Package wrap exercises wrappers of the same package: a function that
// writes the key or the input its caller gives is checked at its callers.
package wrap

import (
	"bytes"
	"context"
	"fmt"
	"path"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type store struct {
	client *s3.Client
	bucket string
}

// put writes whatever key it is given.
func (s *store) put(ctx context.Context, key string, data []byte) error {
	_, err := s.client.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(s.bucket),
		Key:    aws.String(key),
		Body:   bytes.NewReader(data),
	})
	return err
}

// putUnder joins a prefix its caller gives with a partition of its own.
func (s *store) putUnder(ctx context.Context, prefix, dt string, data []byte) error {
	return s.put(ctx, path.Join(prefix, "dt="+dt, "part-0.parquet"), data)
}

// send writes the input it is given.
func send(ctx context.Context, c *s3.Client, in *s3.PutObjectInput) error {
	_, err := c.PutObject(ctx, in)
	return err
}

func callers(ctx context.Context, s *store, c *s3.Client, dt, runID string, data []byte) {
	s.put(ctx, "raw/a/dt="+dt+"/part-0.parquet", data) // want `partitioned S3 key "raw/a/dt={}/part-0.parquet" has no run_id= segment \(written by PutObject in wrap.store.put\)`
	s.put(ctx, fmt.Sprintf("raw/a/run_id=%s/dt=%s/part-0.parquet", runID, dt), data)
	s.put(ctx, "reports/summary.csv", data)
	s.putUnder(ctx, "raw/b", dt, data) // want `partitioned S3 key "raw/b/dt={}/part-0.parquet" has no run_id= segment \(written by PutObject in wrap.store.putUnder\)`
	s.putUnder(ctx, "raw/b/run_id="+runID, dt, data)
	send(ctx, c, &s3.PutObjectInput{Key: aws.String("raw/c/dt=" + dt + "/x.json")}) // want `partitioned S3 key "raw/c/dt={}/x.json" has no run_id= segment \(written by PutObject in wrap.send\)`
	send(ctx, c, &s3.PutObjectInput{Key: aws.String("raw/c/run_id=" + runID + "/x.json")})
}
