// Stub of github.com/aws/aws-sdk-go-v2/service/glue/types for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package types holds the AWS Glue API data types.
package types

import "time"

type JobRunState string

// Enum values for JobRunState
const (
	JobRunStateStarting  JobRunState = "STARTING"
	JobRunStateRunning   JobRunState = "RUNNING"
	JobRunStateStopping  JobRunState = "STOPPING"
	JobRunStateStopped   JobRunState = "STOPPED"
	JobRunStateSucceeded JobRunState = "SUCCEEDED"
	JobRunStateFailed    JobRunState = "FAILED"
	JobRunStateTimeout   JobRunState = "TIMEOUT"
	JobRunStateError     JobRunState = "ERROR"
	JobRunStateWaiting   JobRunState = "WAITING"
	JobRunStateExpired   JobRunState = "EXPIRED"
)

type JobRun struct {
	Arguments     map[string]string
	Attempt       int32
	CompletedOn   *time.Time
	ErrorMessage  *string
	ExecutionTime int32
	Id            *string
	JobName       *string
	JobRunState   JobRunState
	StartedOn     *time.Time
}
