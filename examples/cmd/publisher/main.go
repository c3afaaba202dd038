// Command publisher is the last Lambda step of the curate pipeline: it
// writes a run's curated files to S3 under run_id= partitions, marks the run
// complete with a _SUCCESS marker that carries its correlation identifiers,
// and points readers at it with the table's _LATEST.json. A few shortcuts
// that lose the run's identity are left in on purpose (see README.md).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"path"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// objectsAPI is the narrow slice of the S3 client the publisher uses.
type objectsAPI interface {
	PutObject(ctx context.Context, in *s3.PutObjectInput, optFns ...func(*s3.Options)) (*s3.PutObjectOutput, error)
	CopyObject(ctx context.Context, in *s3.CopyObjectInput, optFns ...func(*s3.Options)) (*s3.CopyObjectOutput, error)
}

// Event is the task payload built by the state machine.
type Event struct {
	ExecutionArn string  `json:"execution_arn"`
	RunID        string  `json:"run_id"`
	GlueJobRunID string  `json:"glue_job_run_id"`
	Bucket       string  `json:"bucket"`
	Table        string  `json:"table"`
	Day          string  `json:"day"`
	Trigger      Trigger `json:"trigger"`
}

// Trigger is the S3 event that started the run.
type Trigger struct {
	EventID   string    `json:"event_id"`
	EventTime time.Time `json:"event_time"`
	ETag      string    `json:"etag"`
	VersionID string    `json:"version_id"`
}

// SuccessMarker is the body of a run's _SUCCESS marker.
type SuccessMarker struct {
	RunID        string         `json:"run_id"`
	ExecutionArn string         `json:"execution_arn"`
	Trigger      Trigger        `json:"trigger"`
	Metrics      map[string]int `json:"metrics"`
}

// Latest is the body of a table's _LATEST.json pointer.
type Latest struct {
	RunID        string    `json:"run_id"`
	GlueJobRunID string    `json:"glue_job_run_id"`
	ExecutionArn string    `json:"execution_arn"`
	PromotedAt   time.Time `json:"promoted_at"`
}

// runPrefix is where a run's curated files go: the run is a partition.
func runPrefix(ev Event) string {
	return fmt.Sprintf("curated/%s/dt=%s/run_id=%s", ev.Table, ev.Day, ev.RunID)
}

// writePart is compliant: the key has the run_id= segment.
func writePart(ctx context.Context, api objectsAPI, ev Event, part int, data []byte) error {
	_, err := api.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(ev.Bucket),
		Key:    aws.String(fmt.Sprintf("%s/part-%05d.parquet", runPrefix(ev), part)),
		Body:   bytes.NewReader(data),
	})
	return err
}

// writeRejects puts the rows the run rejected under the day only: the next
// run of the same day overwrites them, and nothing says which run wrote
// them (violation).
func writeRejects(ctx context.Context, api objectsAPI, ev Event, rejects []byte) error {
	_, err := api.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(ev.Bucket),
		Key:    aws.String(path.Join("curated", ev.Table, "rejects", "dt="+ev.Day, "rejects.json")), // demo: runpaths
		Body:   bytes.NewReader(rejects),
	})
	return err
}

// writeReport is compliant: a report outside the partitioned zone.
func writeReport(ctx context.Context, api objectsAPI, ev Event, csv []byte) error {
	_, err := api.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(ev.Bucket),
		Key:    aws.String("reports/" + ev.Table + "-" + ev.Day + ".csv"),
		Body:   bytes.NewReader(csv),
	})
	return err
}

// archive copies the run's first part to the archive under the day only
// (violation).
func archive(ctx context.Context, api objectsAPI, ev Event) error {
	_, err := api.CopyObject(ctx, &s3.CopyObjectInput{
		Bucket:     aws.String(ev.Bucket),
		CopySource: aws.String(ev.Bucket + "/" + runPrefix(ev) + "/part-00000.parquet"),
		Key:        aws.String("archive/" + ev.Table + "/dt=" + ev.Day + "/part-00000.parquet"), // demo: runpaths
	})
	return err
}

// markSuccess is compliant: the marker carries every correlation field.
func markSuccess(ctx context.Context, api objectsAPI, ev Event, rows int) error {
	body, err := json.Marshal(SuccessMarker{
		RunID:        ev.RunID,
		ExecutionArn: ev.ExecutionArn,
		Trigger:      ev.Trigger,
		Metrics:      map[string]int{"rows": rows},
	})
	if err != nil {
		return err
	}
	_, err = api.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(ev.Bucket),
		Key:    aws.String(runPrefix(ev) + "/_SUCCESS"),
		Body:   bytes.NewReader(body),
	})
	return err
}

// markRejectsDone writes the empty _SUCCESS Spark and Hadoop expect: it
// says that something finished, not which run (violation).
func markRejectsDone(ctx context.Context, api objectsAPI, ev Event) error {
	_, err := api.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(ev.Bucket),
		Key:    aws.String(path.Join("curated", ev.Table, "rejects", "dt="+ev.Day, "_SUCCESS")), // demo: markers
	})
	return err
}

// promote points readers at the run, without the schema version readers
// need to decode it (violation).
func promote(ctx context.Context, api objectsAPI, ev Event) error {
	body, err := json.Marshal(Latest{
		RunID:        ev.RunID,
		GlueJobRunID: ev.GlueJobRunID,
		ExecutionArn: ev.ExecutionArn,
		PromotedAt:   time.Now().UTC(),
	})
	if err != nil {
		return err
	}
	_, err = api.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(ev.Bucket),
		Key:    aws.String("curated/" + ev.Table + "/_LATEST.json"),
		Body:   bytes.NewReader(body), // demo: markers
	})
	return err
}

func handle(ctx context.Context, api objectsAPI, ev Event, parts [][]byte, rejects, csv []byte) error {
	for i, p := range parts {
		if err := writePart(ctx, api, ev, i, p); err != nil {
			return err
		}
	}
	steps := []func() error{
		func() error { return writeRejects(ctx, api, ev, rejects) },
		func() error { return markRejectsDone(ctx, api, ev) },
		func() error { return writeReport(ctx, api, ev, csv) },
		func() error { return archive(ctx, api, ev) },
		func() error { return markSuccess(ctx, api, ev, len(parts)) },
		func() error { return promote(ctx, api, ev) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Fatal(err)
	}
	ev := Event{ExecutionArn: "arn:aws:states:eu-west-1:123456789012:execution:curate:run-1", RunID: "run-1", Bucket: "lake", Table: "orders", Day: "2024-01-01"}
	if err := handle(ctx, s3.NewFromConfig(cfg), ev, nil, nil, nil); err != nil {
		log.Fatal(err)
	}
}
