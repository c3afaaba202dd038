// Command ingest is the Lambda function the curated bucket's SQS queue
// triggers for every object a loader writes: it registers each object of a
// run in the catalog and reports the messages it could not register as
// batch item failures, so that SQS retries only those.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

// Notice is the body of each message: an object a loader wrote.
type Notice struct {
	RunID        string `json:"run_id"`
	ExecutionArn string `json:"execution_arn"`
	Key          string `json:"key"`
}

// logger adds the Lambda request id to every line written with the
// invocation's context (aws-lambda-go 1.52+).
var logger = slog.New(lambdacontext.NewLogHandler())

func handler(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, rec := range ev.Records {
		log := logger.With("message_id", rec.MessageId, "receipt_handle", rec.ReceiptHandle)
		if err := register(ctx, log, rec.Body); err != nil {
			log.ErrorContext(ctx, "register failed", "error", err)
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: rec.MessageId})
		}
	}
	audit(ev)
	logger.Info("batch registered", "records", len(ev.Records), "failed", len(resp.BatchItemFailures)) // demo: lambdalog
	return resp, nil
}

// register would write the object to the catalog; it logs the run it belongs to.
func register(ctx context.Context, log *slog.Logger, body string) error {
	var n Notice
	if err := json.Unmarshal([]byte(body), &n); err != nil {
		return err
	}
	if n.Key == "" {
		return errors.New("ingest: notice without key")
	}
	log.InfoContext(ctx, "registering", "run_id", n.RunID, "execution_arn", n.ExecutionArn, "key", n.Key)
	return nil
}

// audit prints every notice for the audit trail, but not which message it
// came in.
func audit(ev events.SQSEvent) {
	for _, rec := range ev.Records { // demo: sqslog
		fmt.Println("audit:", rec.Body)
	}
}

func main() {
	lambda.Start(handler)
}
