// Package alerts builds SNS messages for other packages: its facts record
// which fields each helper's result carries.
package alerts

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"
)

// Event is what a failed step receives from Step Functions.
type Event struct {
	ExecutionArn string
	RunID        string
	GlueJobRunID string
}

// Alert is a complete alert; its keys come from its json tags.
type Alert struct {
	ExecutionArn string    `json:"executionArn"`
	RunID        string    `json:"runId"`
	Timestamp    time.Time `json:"timestamp"`
}

// Failure returns a complete JSON alert.
func Failure(ev Event, err error) string { // want Failure:`^fields\(error, execution_arn, run_id, timestamp\)$`
	b, _ := json.Marshal(map[string]string{
		"execution_arn": ev.ExecutionArn,
		"run_id":        ev.RunID,
		"timestamp":     time.Now().UTC().Format(time.RFC3339),
		"error":         err.Error(),
	})
	return string(b)
}

// Text returns plain text without fields. The job name fills a hole of the
// text: the fields its argument surely carries would count (none, for a
// job name).
func Text(job string) string { // want Text:`^fields\(\)\+param0$`
	return fmt.Sprintf("Glue job %s failed", job)
}

// Pairs returns key=value text without a timestamp.
func Pairs(arn, runID string) string { // want Pairs:`^fields\(execution_arn, run_id\)\+param0\+param1$`
	return fmt.Sprintf("execution_arn=%s run_id=%s", arn, runID)
}

// Wrap prefixes a message: the fields of the message it is given flow
// through.
func Wrap(msg string) string { // want Wrap:`^fields\(\)\+param0$`
	return "[ALERT] " + msg
}

// Forward returns its parameter as the whole message: nothing is known, so
// there is no fact.
func Forward(msg string) string {
	return msg
}

// Encoded marshals an Alert.
func Encoded(a Alert) ([]byte, error) { // want Encoded:`^fields\(executionArn, runId, timestamp\)$`
	return json.Marshal(a)
}

// Pointer returns the message as *string.
func Pointer(ev Event) *string { // want Pointer:`^fields\(execution_arn, run_id\)$`
	return aws.String(fmt.Sprintf(`{"execution_arn": %q, "run_id": %q}`, ev.ExecutionArn, ev.RunID))
}

// Attributes returns message attributes.
func Attributes(ev Event) map[string]types.MessageAttributeValue { // want Attributes:`^fields\(ExecutionArn, RunId, Timestamp\)$`
	attrs := map[string]types.MessageAttributeValue{
		"ExecutionArn": {DataType: aws.String("String"), StringValue: aws.String(ev.ExecutionArn)},
		"RunId":        {DataType: aws.String("String"), StringValue: aws.String(ev.RunID)},
	}
	attrs["Timestamp"] = types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(time.Now().UTC().Format(time.RFC3339))}
	return attrs
}

// Fields returns a map that callers complete and marshal.
func Fields(ev Event) map[string]any { // want Fields:`^fields\(execution_arn\)$`
	return map[string]any{"execution_arn": ev.ExecutionArn}
}

// Named returns a map whose keys come from its caller: incomplete.
func Named(key, value string) map[string]string { // want Named:`^fields\(error\) incomplete$`
	return map[string]string{key: value, "error": ""}
}

// Kind is a string type with a String method: a message without fields.
type Kind string

func (k Kind) String() string { // want String:`^fields\(kind\)$`
	return "kind=" + string(k)
}

func unexported() string { return "" } // no fact: only exported helpers are summarised

var _ = unexported
