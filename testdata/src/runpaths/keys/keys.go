// Package keys exercises how keys are built: literals, concatenation,
// fmt.Sprintf, path.Join, strings.Join, constants, local helpers, branches;
// and what is in scope.
package keys

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const (
	bucket = "etl-data"
	table  = "curated/orders"
)

func put(ctx context.Context, c *s3.Client, key string) {
	_, _ = c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key), Body: bytes.NewReader(nil)})
}

func shapes(ctx context.Context, c *s3.Client, dt, runID string, part int, data []byte) {
	c.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(bucket),
		Key:    aws.String("raw/orders/dt=2024-01-01/part-0000.parquet"), // want `partitioned S3 key "raw/orders/dt=2024-01-01/part-0000.parquet" has no run_id= segment \(written by PutObject\)`
		Body:   bytes.NewReader(data),
	})
	c.PutObject(ctx, &s3.PutObjectInput{
		Key: aws.String(fmt.Sprintf("raw/orders/dt=%s/part-%05d.parquet", dt, part)), // want `partitioned S3 key "raw/orders/dt={}/part-{}.parquet" has no run_id= segment`
	})
	c.PutObject(ctx, &s3.PutObjectInput{
		Key: aws.String(table + "/year=" + dt[:4] + "/month=" + dt[5:7] + "/data.json"), // want `partitioned S3 key "curated/orders/year={}/month={}/data.json" has no run_id= segment`
	})
	c.PutObject(ctx, &s3.PutObjectInput{
		Key: aws.String(path.Join(table, "dt="+dt, "part-0.parquet")), // want `partitioned S3 key "curated/orders/dt={}/part-0.parquet" has no run_id= segment`
	})
	c.PutObject(ctx, &s3.PutObjectInput{
		Key: aws.String(filepath.Join(table, "dt="+dt, "part-0.parquet")), // want `partitioned S3 key "curated/orders/dt={}/part-0.parquet" has no run_id= segment`
	})
	c.PutObject(ctx, &s3.PutObjectInput{
		Key: aws.String(strings.Join([]string{table, "dt=" + dt, "part.csv"}, "/")), // want `partitioned S3 key "curated/orders/dt={}/part.csv" has no run_id= segment`
	})

	// Compliant: run_id= anywhere in the key.
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(fmt.Sprintf("raw/orders/run_id=%s/dt=%s/part-%05d.parquet", runID, dt, part))})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(fmt.Sprintf("raw/orders/dt=%s/run_id=%s/part-0.parquet", dt, runID))})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(path.Join(table, "dt="+dt, "run_id="+runID, "part-0.parquet"))})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(table + "/run_id=" + runID + "/dt=" + dt + "/x.parquet")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(strings.Join([]string{table, "run_id=" + runID, "dt=" + dt, "x.csv"}, "/"))})

	// Out of scope: no partition segment, a metadata file, a folder
	// placeholder, a name=value file name.
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("reports/daily-summary.csv")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("tmp/" + runID + "/scratch.json")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/orders/dt=" + dt + "/_SUCCESS")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/orders/dt=" + dt + "/.part-0.parquet.crc")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/orders/dt=" + dt + "/")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("exports/report=daily.csv")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("reports/_SUCCESS_backup.txt")})
}

// Keys in variables, constants and local helpers.
const layout = "raw/events/dt=%s/hour=%02d/events.json"

func dataKey(dt string, hour int) string { return fmt.Sprintf(layout, dt, hour) }

func runKey(runID, dt string) string {
	return fmt.Sprintf("raw/events/run_id=%s/dt=%s/events.json", runID, dt)
}

func variables(ctx context.Context, c *s3.Client, dt, runID string) {
	key := dataKey(dt, 3)
	c.PutObject(ctx, &s3.PutObjectInput{Key: &key}) // want `partitioned S3 key "raw/events/dt={}/hour={}/events.json" has no run_id= segment`
	in := &s3.PutObjectInput{Bucket: aws.String(bucket)}
	in.Key = aws.String(fmt.Sprintf(layout, dt, 4)) // want `partitioned S3 key "raw/events/dt={}/hour={}/events.json" has no run_id= segment`
	c.PutObject(ctx, in)
	good := runKey(runID, dt)
	c.PutObject(ctx, &s3.PutObjectInput{Key: &good})
	put(ctx, c, runKey(runID, dt))
}

// Every alternative is checked on its own: the retry branch drops the run.
func branches(ctx context.Context, c *s3.Client, dt, runID string, retry bool) {
	key := "raw/events/run_id=" + runID + "/dt=" + dt + "/events.json"
	if retry {
		key = "raw/events/dt=" + dt + "/retry/events.json"
	}
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(key)}) // want `partitioned S3 key "raw/events/dt={}/retry/events.json" has no run_id= segment`
}

// A similar segment is not the run_id segment: names are exact.
func lookalikes(ctx context.Context, c *s3.Client, dt, runID string) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/x/dt=" + dt + "/job_run_id=" + runID + "/p.parquet")}) // want `partitioned S3 key "raw/x/dt={}/job_run_id={}/p.parquet" has no run_id= segment`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/x/dt=" + dt + "/runId=" + runID + "/p.parquet")})      // want `partitioned S3 key "raw/x/dt={}/runId={}/p.parquet" has no run_id= segment`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/x/dt=" + dt + "/part-run_id=" + runID + ".parquet")})  // want `partitioned S3 key "raw/x/dt={}/part-run_id={}.parquet" has no run_id= segment`
}

// Parts that cannot be followed: a table or file name is a value, a prefix
// or a path may hold segments of its own (silent unless strict).
type config struct {
	Table        string
	OutputPrefix string
	Dir          string
}

func WriteDaily(ctx context.Context, c *s3.Client, table, day string, data []byte) error {
	_, err := c.PutObject(ctx, &s3.PutObjectInput{
		Key:  aws.String(fmt.Sprintf("curated/%s/dt=%s/data.parquet", table, day)), // want `partitioned S3 key "curated/{}/dt={}/data.parquet" has no run_id= segment`
		Body: bytes.NewReader(data),
	})
	return err
}

func unknowns(ctx context.Context, c *s3.Client, cfg config, day, file string) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(cfg.Table + "/dt=" + day + "/x.parquet")})        // want `partitioned S3 key "{}/dt={}/x.parquet" has no run_id= segment`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("raw/" + cfg.Table + "/dt=" + day + "/" + file)}) // want `partitioned S3 key "raw/{}/dt={}/{}" has no run_id= segment`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(cfg.OutputPrefix + "/dt=" + day + "/x.parquet")}) // the prefix may hold the run
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(path.Join(cfg.Dir, "dt="+day, "x.parquet"))})     // so may a directory
}
