// Stub of github.com/aws/aws-sdk-go-v2/service/sqs/types for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package types holds the parameter types of Amazon SQS.
package types

type Message struct {
	Attributes             map[string]string
	Body                   *string
	MD5OfBody              *string
	MD5OfMessageAttributes *string
	MessageId              *string
	ReceiptHandle          *string
}

type DeleteMessageBatchRequestEntry struct {
	Id            *string
	ReceiptHandle *string
}
