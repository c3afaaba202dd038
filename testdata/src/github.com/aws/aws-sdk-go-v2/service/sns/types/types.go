// Stub of github.com/aws/aws-sdk-go-v2/service/sns/types for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package types holds the Amazon SNS API data types.
package types

type MessageAttributeValue struct {
	DataType    *string
	BinaryValue []byte
	StringValue *string
}

type PublishBatchRequestEntry struct {
	Id                     *string
	Message                *string
	MessageAttributes      map[string]MessageAttributeValue
	MessageDeduplicationId *string
	MessageGroupId         *string
	MessageStructure       *string
	Subject                *string
}

type PublishBatchResultEntry struct {
	Id             *string
	MessageId      *string
	SequenceNumber *string
}

type BatchResultErrorEntry struct {
	Code        *string
	Id          *string
	SenderFault bool
	Message     *string
}
