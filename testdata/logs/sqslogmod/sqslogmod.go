// Package sqslogmod runs sqslog in module mode against the real
// aws-lambda-go, aws-sdk-go-v2 sqs and aws-sdk-go v1.
package sqslogmod

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqsv1 "github.com/aws/aws-sdk-go/service/sqs"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"

	"example.com/logs/sqslogmod/msglog"
)

func lambdaBatch(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
	base := zap.NewNop()
	for _, m := range ev.Records {
		msglog.Record(base, m).Info("processing")
	}
	for i := range ev.Records { // want `loop over SQS messages ev.Records never logs a message's MessageId and ReceiptHandle`
		zerolog.Ctx(ctx).Info().Str("body", ev.Records[i].Body).Send()
	}
	return events.SQSEventResponse{}, nil
}

func poll(ctx context.Context, client *sqs.Client, url *string) error {
	out, err := client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: url, MaxNumberOfMessages: 10})
	if err != nil {
		return err
	}
	for _, m := range out.Messages {
		msglog.Received(ctx, zap.L(), m)
	}
	for _, m := range out.Messages { // want `loop over SQS messages out.Messages never logs a message's MessageId and ReceiptHandle`
		if _, err := client.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: url, ReceiptHandle: m.ReceiptHandle}); err != nil {
			return err
		}
	}
	return nil
}

func pollV1(ctx context.Context, client *sqsv1.SQS, url *string) error {
	out, err := client.ReceiveMessageWithContext(ctx, &sqsv1.ReceiveMessageInput{QueueUrl: url})
	if err != nil {
		return err
	}
	for i := 0; i < len(out.Messages); i++ {
		m := out.Messages[i]
		logrus.WithField("message_id", *m.MessageId).WithField("receipt_handle", *m.ReceiptHandle).Info("received")
	}
	for _, m := range out.Messages { // want `loop over SQS messages out.Messages never logs a message's ReceiptHandle`
		logrus.Infof("message %s", *m.MessageId)
	}
	return nil
}
