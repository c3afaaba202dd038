// Package msglog logs SQS messages for the consumers of other packages.
package msglog

import (
	"log/slog"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

// Received logs both ids of a message.
func Received(m types.Message) {
	slog.Info("received", "message_id", aws.ToString(m.MessageId), "receipt_handle", aws.ToString(m.ReceiptHandle))
}

// IDs logs the ids it is given.
func IDs(id, receipt *string) {
	slog.Info("ids", "message_id", aws.ToString(id), "receipt_handle", aws.ToString(receipt))
}

// Body logs only the body.
func Body(m types.Message) {
	slog.Info("body", "body", aws.ToString(m.Body))
}
