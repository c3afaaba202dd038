// Package lambda consumes SQS batches delivered to a Lambda function.
package lambda

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/aws/aws-lambda-go/events"
	"github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

func both(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		slog.Info("processing", "message_id", m.MessageId, "receipt_handle", m.ReceiptHandle)
	}
	return nil
}

func onlyID(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records { // want `loop over SQS messages ev.Records never logs a message's ReceiptHandle: log MessageId and ReceiptHandle of each message it handles`
		slog.Info("processing", "message_id", m.MessageId)
	}
	return nil
}

func forwardsBody(ctx context.Context, ev *events.SQSEvent) error {
	for i := range ev.Records { // want `loop over SQS messages ev.Records never logs a message's MessageId and ReceiptHandle`
		if err := handleBody(ev.Records[i].Body); err != nil {
			return err
		}
	}
	return nil
}

func handleBody(body string) error {
	slog.Debug("body", "size", len(body))
	return nil
}

func byIndex(ctx context.Context, ev events.SQSEvent) error {
	for i := 0; i < len(ev.Records); i++ {
		rec := ev.Records[i]
		fmt.Printf("message %s receipt %s\n", rec.MessageId, rec.ReceiptHandle)
	}
	return nil
}

func viaHelper(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	var resp events.SQSEventResponse
	for _, m := range ev.Records {
		if err := process(ctx, m); err != nil {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
		}
	}
	return resp, nil
}

func process(ctx context.Context, m events.SQSMessage) error {
	logger := slog.With("message_id", m.MessageId, "receipt_handle", m.ReceiptHandle)
	logger.InfoContext(ctx, "processing")
	return nil
}

func zapLoop(ev events.SQSEvent, l *zap.Logger) {
	for _, m := range ev.Records {
		l.Info("message", zap.String("message_id", m.MessageId), zap.String("receipt_handle", m.ReceiptHandle))
	}
}

func zerologLoop(ev events.SQSEvent) {
	for _, m := range ev.Records { // want `loop over SQS messages ev.Records never logs a message's MessageId`
		log.Info().Str("receipt", m.ReceiptHandle).Msg("message")
	}
}

func logrusLoop(ev events.SQSEvent) {
	for _, m := range ev.Records {
		entry := logrus.WithFields(logrus.Fields{"message_id": m.MessageId, "receipt_handle": m.ReceiptHandle})
		entry.Info("message")
	}
}

func wholeMessage(ev events.SQSEvent) {
	for _, m := range ev.Records {
		slog.Info("message", "message", m)
	}
}

func literal() func(context.Context, events.SQSEvent) error {
	return func(ctx context.Context, ev events.SQSEvent) error {
		for _, m := range ev.Records { // want `never logs a message's MessageId and ReceiptHandle`
			slog.Info("body", "body", m.Body)
		}
		return nil
	}
}

func logsEventFirst(ev events.SQSEvent) {
	slog.Info("batch", "event", ev)
	for _, m := range ev.Records {
		handleBody(m.Body)
	}
}

func collectsIDs(ev events.SQSEvent) {
	var ids []string
	for _, m := range ev.Records { // want `loop over SQS messages ev.Records never logs a message's ReceiptHandle`
		ids = append(ids, m.MessageId)
	}
	slog.Info("received", "message_ids", ids)
}
