// Package lookalikes uses UUIDs for everything but run identity: nothing
// here is reported.
package lookalikes

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudwatch/types"
	"github.com/aws/aws-sdk-go-v2/service/glue"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	snstypes "github.com/aws/aws-sdk-go-v2/service/sns/types"
	"github.com/google/uuid"
)

type Event struct {
	RunID         string `json:"run_id"`
	ExecutionArn  string `json:"execution_arn"`
	ExecutionName string `json:"execution_name"`
}

type Record struct {
	TraceID   string `json:"trace_id"`
	RequestID string `json:"request_id"`
	MessageID string
	Token     string
	Key       string
	ID        string `dynamodbav:"id"`
	RunCount  int
	RunIDs    []string
}

func tokens(ctx context.Context, c *sfn.Client, ev Event) error {
	requestToken := uuid.NewString()
	idempotencyKey := uuid.New().String()
	traceID, requestID, messageID := uuid.NewString(), uuid.NewString(), uuid.NewString()
	token, key, id := uuid.NewString(), uuid.NewString(), uuid.NewString()
	_ = []string{requestToken, idempotencyKey, traceID, requestID, messageID, token, key, id}
	// The execution name is what Step Functions makes of it.
	_, err := c.StartExecution(ctx, &sfn.StartExecutionInput{
		Name:  aws.String(uuid.NewString()),
		Input: aws.String(fmt.Sprintf(`{"run_id": %q}`, ev.RunID)),
	})
	return err
}

func records(ev Event) Record {
	return Record{
		TraceID:   uuid.NewString(),
		RequestID: uuid.NewString(),
		MessageID: uuid.NewString(),
		Token:     uuid.NewString(),
		Key:       "raw/run_id=" + ev.RunID + "/" + uuid.NewString() + ".parquet",
		ID:        uuid.NewString(),
		RunIDs:    []string{ev.RunID},
	}
}

func messages(ev Event) snstypes.PublishBatchRequestEntry {
	return snstypes.PublishBatchRequestEntry{
		Id:                     aws.String(uuid.NewString()),
		MessageDeduplicationId: aws.String(uuid.NewString()),
		Message:                aws.String(ev.RunID),
	}
}

// Object names carry a UUID next to the run id, never as it.
func objectKeys(runID, table string) []string {
	return []string{
		fmt.Sprintf("run_id=%s/%s.parquet", runID, uuid.NewString()),
		fmt.Sprintf("%s/run_id=%s/part-%s.parquet", table, runID, uuid.NewString()),
		"raw/run_id=" + runID + "/" + uuid.NewString(),
		"tmp/" + uuid.NewString() + "/run_id=" + runID,
		fmt.Sprintf("request_id=%s/run_id=%s", uuid.NewString(), runID),
	}
}

// The compliant run ids.
func standalone() string {
	runID := time.Now().UTC().Format("20060102T150405Z")
	return runID
}

func fromEvent(ev Event) Event {
	runKey := ev.ExecutionName
	if runKey == "" {
		runKey = time.Now().UTC().Format("20060102T150405Z")
	}
	return Event{RunID: runKey, ExecutionArn: ev.ExecutionArn}
}

// Names that contain run but do not mean the run id.
func names(ev Event) Record {
	isRunID := strings.HasPrefix(uuid.NewString(), "jr_")
	rerunToken := uuid.NewString()
	_, _ = isRunID, rerunToken
	return Record{RunCount: len(uuid.NewString())}
}

// Dimensions and job arguments other than the run id.
func others(ctx context.Context, c *glue.Client, ev Event) []types.Dimension {
	c.StartJobRun(ctx, &glue.StartJobRunInput{
		JobName: aws.String("load"),
		Arguments: map[string]string{
			"--run-key":           ev.RunID,
			"--execution-arn":     ev.ExecutionArn,
			"--idempotency-token": uuid.NewString(),
		},
	})
	return []types.Dimension{
		{Name: aws.String("RunId"), Value: aws.String(ev.RunID)},
		{Name: aws.String("RequestId"), Value: aws.String(uuid.NewString())},
	}
}

// A function value that comes from a parameter cannot be followed: silent
// unless strict.
func injected(next func() string) Event {
	return Event{RunID: next()}
}

type IDSource interface{ Next() string }

func fromInterface(src IDSource) Event {
	return Event{RunID: src.Next()}
}
