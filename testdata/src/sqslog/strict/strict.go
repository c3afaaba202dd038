// Package strict hands messages to code that cannot be followed: reported
// only in strict mode.
package strict

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
)

type processor interface {
	Process(ctx context.Context, m events.SQSMessage) error
}

func handle(ctx context.Context, ev events.SQSEvent, p processor) error {
	for _, m := range ev.Records { // want `cannot verify that the loop over SQS messages ev.Records logs each message's MessageId and ReceiptHandle: the message is handed to code that cannot be followed \(strict mode\)`
		if err := p.Process(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func fanOut(ev events.SQSEvent, work chan<- events.SQSMessage) {
	for _, m := range ev.Records { // want `cannot verify that the loop over SQS messages ev.Records logs`
		work <- m
	}
}

func later(ev events.SQSEvent, process func([]events.SQSMessage)) {
	var batch []events.SQSMessage
	for _, m := range ev.Records { // want `cannot verify that the loop over SQS messages ev.Records logs`
		batch = append(batch, m)
	}
	process(batch)
}
