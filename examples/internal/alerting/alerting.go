// Package alerting builds the SNS failure alerts of the platform's jobs.
//
// Rule 5 of the traceability design: every failure alert carries
// execution_arn, run_id, glue_job_run_id (when available) and timestamp, so
// that the on-call engineer can go from the alert to the execution
// (DescribeExecution), its S3 outputs (run_id=...) and its Glue logs.
package alerting

import (
	"encoding/json"
	"fmt"
	"time"
)

// Failure is the JSON body of a failure alert.
type Failure struct {
	ExecutionArn string    `json:"execution_arn"`
	RunID        string    `json:"run_id"`
	GlueJobRunID string    `json:"glue_job_run_id,omitempty"`
	Timestamp    time.Time `json:"timestamp"`
	Stage        string    `json:"stage"`
	Error        string    `json:"error"`
}

// FailureMessage renders a complete failure alert.
func FailureMessage(executionArn, runID, glueJobRunID, stage string, err error) string {
	b, _ := json.Marshal(Failure{
		ExecutionArn: executionArn,
		RunID:        runID,
		GlueJobRunID: glueJobRunID,
		Timestamp:    time.Now().UTC(),
		Stage:        stage,
		Error:        err.Error(),
	})
	return string(b)
}

// Summary renders a one-line summary for humans, without correlation
// fields: fine for an e-mail subject, not as an alert body.
func Summary(stage string, err error) string {
	return fmt.Sprintf("ETL stage %s failed: %v", stage, err)
}
