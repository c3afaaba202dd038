// Package bodyhelpers builds marker bodies for other packages; what its
// helpers' results carry reaches its callers as facts.
package bodyhelpers

import (
	"bytes"
	"encoding/json"
	"io"
	"time"
)

// Trigger is the event that started the run.
type Trigger struct {
	EventID   string `json:"event_id"`
	EventTime string `json:"event_time"`
	ETag      string `json:"etag"`
	VersionID string `json:"version_id"`
}

// Success is a complete _SUCCESS body.
type Success struct {
	RunID        string         `json:"run_id"`
	ExecutionArn string         `json:"execution_arn"`
	Trigger      Trigger        `json:"trigger"`
	Metrics      map[string]any `json:"metrics"`
}

func SuccessBody(runID, arn string, t Trigger) ([]byte, error) { // want SuccessBody:`fields\(etag, event_id, event_time, execution_arn, metrics, run_id, trigger, version_id\)`
	return json.Marshal(Success{RunID: runID, ExecutionArn: arn, Trigger: t})
}

func ThinBody(runID string) []byte { // want ThinBody:`fields\(finished_at, run_id\)`
	b, _ := json.Marshal(map[string]string{"run_id": runID, "finished_at": time.Now().UTC().Format(time.RFC3339)})
	return b
}

func SuccessReader(s Success) io.Reader { // want SuccessReader:`fields\(etag, event_id, event_time, execution_arn, metrics, run_id, trigger, version_id\)`
	var buf bytes.Buffer
	_ = json.NewEncoder(&buf).Encode(s)
	return &buf
}

func LatestFields(runID, glueRun, arn string) map[string]any { // want LatestFields:`fields\(execution_arn, glue_job_run_id, run_id\)`
	return map[string]any{"run_id": runID, "glue_job_run_id": glueRun, "execution_arn": arn}
}

func Opaque(r io.Reader) io.Reader { return r }
