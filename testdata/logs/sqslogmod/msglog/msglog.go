// Package msglog logs SQS messages for the consumers of package sqslogmod.
package msglog

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"go.uber.org/zap"
)

// Record returns a logger for one message of a Lambda batch.
func Record(base *zap.Logger, m events.SQSMessage) *zap.Logger {
	return base.With(zap.String("message_id", m.MessageId), zap.String("receipt_handle", m.ReceiptHandle))
}

// Received logs a received message.
func Received(ctx context.Context, l *zap.Logger, m types.Message) {
	l.Info("received", zap.String("message_id", aws.ToString(m.MessageId)), zap.String("receipt_handle", aws.ToString(m.ReceiptHandle)))
}
