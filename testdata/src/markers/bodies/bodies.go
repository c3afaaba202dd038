// Package bodies exercises marker bodies and keys: structs, maps, JSON
// text and templates, buffers and encoders, empty bodies, and the keys
// that name a marker or only look like one.
package bodies

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Trigger is the event that started the run.
type Trigger struct {
	EventID   string    `json:"event_id"`
	EventTime time.Time `json:"event_time"`
	ETag      string    `json:"etag"`
	VersionID string    `json:"version_id"`
}

// SuccessMarker is a complete _SUCCESS body.
type SuccessMarker struct {
	RunID        string         `json:"run_id"`
	ExecutionArn string         `json:"execution_arn"`
	Trigger      Trigger        `json:"trigger"`
	Metrics      map[string]int `json:"metrics"`
}

// ThinMarker is what a _SUCCESS written in a hurry carries.
type ThinMarker struct {
	RunID     string `json:"run_id"`
	Completed bool   `json:"completed"`
}

// FlatMarker has the trigger fields at the top, not under trigger.
type FlatMarker struct {
	RunID        string `json:"run_id"`
	ExecutionArn string `json:"execution_arn"`
	EventID      string `json:"event_id"`
	EventTime    string `json:"event_time"`
	ETag         string `json:"etag"`
	VersionID    string `json:"version_id"`
	Metrics      any    `json:"metrics"`
}

// Latest points readers at the newest promoted run.
type Latest struct {
	RunID         string    `json:"runId"`
	GlueJobRunID  string    `json:"glueJobRunId"`
	ExecutionArn  string    `json:"executionArn"`
	PromotedAt    time.Time `json:"promotedAt"`
	SchemaVersion int       `json:"schemaVersion"`
}

const out = "curated/orders/run_id=20240101T000000Z"

func structs(ctx context.Context, c *s3.Client, m SuccessMarker) {
	b, _ := json.Marshal(m)
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: bytes.NewReader(b)})
	thin, _ := json.Marshal(ThinMarker{RunID: "r", Completed: true})
	c.PutObject(ctx, &s3.PutObjectInput{
		Key:  aws.String(path.Join(out, "_SUCCESS")),
		Body: bytes.NewReader(thin), // want `_SUCCESS marker written by PutObject lacks fields execution_arn, trigger.event_id, trigger.event_time, trigger.etag, trigger.version_id, metrics \(required: run_id, execution_arn, trigger.event_id, trigger.event_time, trigger.etag, trigger.version_id, metrics\)`
	})
	flat, _ := json.MarshalIndent(FlatMarker{}, "", "  ")
	c.PutObject(ctx, &s3.PutObjectInput{
		Key:  aws.String(fmt.Sprintf("%s/_SUCCESS", out)),
		Body: bytes.NewReader(flat), // want `_SUCCESS marker written by PutObject lacks fields trigger.event_id, trigger.event_time, trigger.etag, trigger.version_id \(required:`
	})
	latest, _ := json.Marshal(&Latest{})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("curated/orders/_LATEST.json"), Body: bytes.NewReader(latest)}) // names match in any style
}

func maps(ctx context.Context, c *s3.Client, runID, arn string, ev Trigger) {
	body, _ := json.Marshal(map[string]any{
		"run_id":        runID,
		"execution_arn": arn,
		"trigger": map[string]any{
			"event_id":   ev.EventID,
			"event_time": ev.EventTime,
			"etag":       ev.ETag,
			"version_id": ev.VersionID,
		},
		"metrics": map[string]int{"rows": 1},
	})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: bytes.NewReader(body)})
	m := map[string]any{"run_id": runID, "execution_arn": arn, "trigger": ev}
	m["metrics"] = map[string]int{}
	b2, _ := json.Marshal(m)
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: bytes.NewReader(b2)})
	latest := map[string]string{"run_id": runID, "execution_arn": arn, "promoted_at": "now"}
	b3, _ := json.Marshal(latest)
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("curated/orders/_LATEST.json"), Body: bytes.NewReader(b3)}) // want `_LATEST.json marker written by PutObject lacks fields glue_job_run_id, schema_version`
}

func texts(ctx context.Context, c *s3.Client, runID, arn string) {
	c.PutObject(ctx, &s3.PutObjectInput{
		Key:  aws.String(out + "/_SUCCESS"),
		Body: strings.NewReader(`{"run_id": "r", "execution_arn": "a", "trigger": {"event_id": "e", "event_time": "t", "etag": "x", "version_id": "v"}, "metrics": {}}`),
	})
	c.PutObject(ctx, &s3.PutObjectInput{
		Key:  aws.String(out + "/_SUCCESS"),
		Body: strings.NewReader(fmt.Sprintf(`{"run_id": %q, "execution_arn": %q, "event_id": "e"}`, runID, arn)), // want `_SUCCESS marker written by PutObject lacks fields trigger.event_id, trigger.event_time, trigger.etag, trigger.version_id, metrics`
	})
	c.PutObject(ctx, &s3.PutObjectInput{
		Key:  aws.String(out + "/_SUCCESS"),
		Body: strings.NewReader("OK"), // want `_SUCCESS marker written by PutObject lacks fields run_id, execution_arn`
	})
}

func buffers(ctx context.Context, c *s3.Client, m SuccessMarker) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(m); err != nil {
		return
	}
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: &buf})
	thin := new(bytes.Buffer)
	_ = json.NewEncoder(thin).Encode(ThinMarker{})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: thin}) // want `_SUCCESS marker written by PutObject lacks fields execution_arn`
}

// The Hadoop habit: an empty _SUCCESS.
func empties(ctx context.Context, c *s3.Client) {
	c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String(out + "/_SUCCESS")})         // want `_SUCCESS marker written by PutObject is empty: it must carry run_id, execution_arn, trigger.event_id, trigger.event_time, trigger.etag, trigger.version_id, metrics`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: bytes.NewReader(nil)})      // want `_SUCCESS marker written by PutObject is empty`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: bytes.NewReader([]byte{})}) // want `_SUCCESS marker written by PutObject is empty`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: strings.NewReader("")})     // want `_SUCCESS marker written by PutObject is empty`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: http.NoBody})               // want `_SUCCESS marker written by PutObject is empty`
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_LATEST.json"), Body: nil})                   // want `_LATEST.json marker written by PutObject is empty: it must carry run_id, glue_job_run_id, execution_arn, promoted_at, schema_version`
	in := &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS")}
	in.Body = strings.NewReader(`{"run_id": "r"}`) // want `_SUCCESS marker written by PutObject lacks fields execution_arn`
	c.PutObject(ctx, in)
}

// Every alternative counts on its own: the dry-run branch writes an empty
// marker.
func branches(ctx context.Context, c *s3.Client, m SuccessMarker, dry bool) {
	var b []byte
	if !dry {
		b, _ = json.Marshal(m)
	}
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS"), Body: bytes.NewReader(b)}) // want `_SUCCESS marker written by PutObject is empty`
}

// Keys that only look like markers, and reads of markers.
func lookalikes(ctx context.Context, c *s3.Client, name string) {
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("reports/_SUCCESS_backup.txt")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS.tmp")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_success")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/_SUCCESS/part-0.json")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/not_SUCCESS")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(out + "/" + name)}) // a file name that cannot be followed
	c.GetObject(ctx, &s3.GetObjectInput{Key: aws.String(out + "/_SUCCESS")})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String("_SUCCESS")}) // want `_SUCCESS marker written by PutObject is empty`
}
