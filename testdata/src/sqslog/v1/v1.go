// Package v1 receives SQS messages with the AWS SDK for Go v1.
package v1

import (
	"log"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/sqs"
)

func poll(client *sqs.SQS, url string) {
	out, err := client.ReceiveMessage(&sqs.ReceiveMessageInput{QueueUrl: aws.String(url)})
	if err != nil {
		return
	}
	for _, m := range out.Messages {
		log.Printf("message %s receipt %s", aws.StringValue(m.MessageId), aws.StringValue(m.ReceiptHandle))
	}
	for _, m := range out.Messages { // want `loop over SQS messages out.Messages never logs a message's MessageId and ReceiptHandle`
		client.DeleteMessage(&sqs.DeleteMessageInput{QueueUrl: aws.String(url), ReceiptHandle: m.ReceiptHandle})
	}
}
