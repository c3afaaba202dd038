// Package lookalikes ranges over messages it builds itself, and over other
// records: none of these loops consumes an SQS batch.
package lookalikes

import (
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

func testEvent(ids []string) events.SQSEvent {
	var ev events.SQSEvent
	for _, id := range ids {
		ev.Records = append(ev.Records, events.SQSMessage{MessageId: id})
	}
	return ev
}

func retry(failed []string) []types.Message {
	var out []types.Message
	for _, id := range failed {
		out = append(out, types.Message{MessageId: &id})
	}
	for _, m := range out { // built here: not a received batch
		_ = m.Body
	}
	return out
}

func batchItemFailures(resp events.SQSEventResponse) int {
	n := 0
	for _, f := range resp.BatchItemFailures {
		n += len(f.ItemIdentifier)
	}
	return n
}
