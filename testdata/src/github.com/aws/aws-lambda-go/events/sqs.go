// Stub of github.com/aws/aws-lambda-go/events for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package events provides the event types of AWS Lambda triggers.
package events

type SQSEvent struct {
	Records []SQSMessage `json:"Records"`
}

type SQSMessage struct {
	MessageId              string            `json:"messageId"`
	ReceiptHandle          string            `json:"receiptHandle"`
	Body                   string            `json:"body"`
	Md5OfBody              string            `json:"md5OfBody"`
	Attributes             map[string]string `json:"attributes"`
	EventSourceARN         string            `json:"eventSourceARN"`
	EventSource            string            `json:"eventSource"`
	AWSRegion              string            `json:"awsRegion"`
	Md5OfMessageAttributes string            `json:"md5OfMessageAttributes"`
}

type SQSEventResponse struct {
	BatchItemFailures []SQSBatchItemFailure `json:"batchItemFailures"`
}

type SQSBatchItemFailure struct {
	ItemIdentifier string `json:"itemIdentifier"`
}
