// Package custom is checked with -sqslog.fields=MessageId.
package custom

import (
	"log/slog"

	"github.com/aws/aws-lambda-go/events"
)

func handle(ev events.SQSEvent) {
	for _, m := range ev.Records {
		slog.Info("message", "id", m.MessageId)
	}
	for _, m := range ev.Records { // want `loop over SQS messages ev.Records never logs a message's MessageId: log MessageId of each message it handles`
		slog.Info("message", "receipt", m.ReceiptHandle)
	}
}
