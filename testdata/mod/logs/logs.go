// Package logs is a Lambda consumer of SQS whose logs lose the request id
// and the messages' ids: one finding of lambdalog and one of sqslog, for the
// command's tests that run each analyzer of the suite over this module.
package logs

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

// handle logs each body, but neither the request id nor which message it
// came in.
func handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		log.Printf("body %s", m.Body)
	}
	return nil
}

// Run starts the handler.
func Run() { lambda.Start(handle) }
