// Package poller receives SQS messages with the AWS SDK for Go v2.
package poller

import (
	"context"
	"log/slog"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"sqslog/msglog"
)

type sqsAPI interface {
	ReceiveMessage(ctx context.Context, in *sqs.ReceiveMessageInput, optFns ...func(*sqs.Options)) (*sqs.ReceiveMessageOutput, error)
	DeleteMessage(ctx context.Context, in *sqs.DeleteMessageInput, optFns ...func(*sqs.Options)) (*sqs.DeleteMessageOutput, error)
	DeleteMessageBatch(ctx context.Context, in *sqs.DeleteMessageBatchInput, optFns ...func(*sqs.Options)) (*sqs.DeleteMessageBatchOutput, error)
}

var queue = aws.String("https://sqs.eu-west-1.amazonaws.com/123456789012/jobs")

func poll(ctx context.Context, api sqsAPI) error {
	out, err := api.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: queue})
	if err != nil {
		return err
	}
	for _, m := range out.Messages {
		slog.InfoContext(ctx, "received", "message_id", *m.MessageId, "receipt_handle", *m.ReceiptHandle)
		api.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: queue, ReceiptHandle: m.ReceiptHandle})
	}
	return nil
}

func onlyDeletes(ctx context.Context, api sqsAPI) error {
	out, err := api.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: queue})
	if err != nil {
		return err
	}
	for _, m := range out.Messages { // want `loop over SQS messages out.Messages never logs a message's MessageId and ReceiptHandle`
		api.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: queue, ReceiptHandle: m.ReceiptHandle})
	}
	return nil
}

func batchDelete(ctx context.Context, client *sqs.Client) error {
	out, err := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: queue})
	if err != nil {
		return err
	}
	var entries []types.DeleteMessageBatchRequestEntry
	for i := range out.Messages { // want `loop over SQS messages out.Messages never logs a message's MessageId and ReceiptHandle`
		entries = append(entries, types.DeleteMessageBatchRequestEntry{Id: out.Messages[i].MessageId, ReceiptHandle: out.Messages[i].ReceiptHandle})
	}
	_, err = client.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: queue, Entries: entries})
	return err
}

func helperOtherPackage(ctx context.Context, client *sqs.Client) {
	out, _ := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: queue})
	for _, m := range out.Messages {
		msglog.Received(m)
	}
	for _, m := range out.Messages {
		msglog.IDs(m.MessageId, m.ReceiptHandle)
	}
	for _, m := range out.Messages { // want `never logs a message's MessageId and ReceiptHandle`
		msglog.Body(m)
	}
}

func indexLoop(ctx context.Context, client *sqs.Client) {
	out, _ := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: queue})
	msgs := out.Messages
	for i := 0; i < len(msgs); i++ { // want `loop over SQS messages msgs never logs a message's ReceiptHandle`
		slog.Info("received", "message_id", aws.ToString(msgs[i].MessageId))
	}
}

// consume loops over messages it is handed.
func consume(msgs []types.Message) {
	for _, m := range msgs {
		logMessage(slog.Default(), m)
	}
}

func logMessage(l *slog.Logger, m types.Message) {
	l.Info("message", "id", aws.ToString(m.MessageId), "receipt", aws.ToString(m.ReceiptHandle))
}
