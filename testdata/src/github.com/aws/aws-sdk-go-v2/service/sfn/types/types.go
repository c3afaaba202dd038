// Stub of github.com/aws/aws-sdk-go-v2/service/sfn/types for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package types holds the AWS Step Functions API data types.
package types

import "time"

type ExecutionStatus string

// Enum values for ExecutionStatus
const (
	ExecutionStatusRunning        ExecutionStatus = "RUNNING"
	ExecutionStatusSucceeded      ExecutionStatus = "SUCCEEDED"
	ExecutionStatusFailed         ExecutionStatus = "FAILED"
	ExecutionStatusTimedOut       ExecutionStatus = "TIMED_OUT"
	ExecutionStatusAborted        ExecutionStatus = "ABORTED"
	ExecutionStatusPendingRedrive ExecutionStatus = "PENDING_REDRIVE"
)

type ExecutionListItem struct {
	ExecutionArn    *string
	Name            *string
	StartDate       *time.Time
	StateMachineArn *string
	Status          ExecutionStatus
	StopDate        *time.Time
}
