// Package runs holds what the platform's commands share about run identity:
// the standalone run id and the payload a run hands to its Lambda steps.
package runs

import "time"

// Standalone returns the run id of a run started outside Step Functions: the
// UTC timestamp, as the traceability rules prescribe.
func Standalone() string {
	return time.Now().UTC().Format("20060102T150405Z")
}

// Payload is what a run hands to its Lambda steps.
type Payload struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id"`
	Day          string `json:"day"`
}

// NewPayload builds the payload of run id; tracelint records that id
// becomes the run id, so a UUID passed for it is reported at the call.
func NewPayload(executionArn, id, day string) Payload {
	return Payload{ExecutionArn: executionArn, RunID: id, Day: day}
}
