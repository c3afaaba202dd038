// Stub of github.com/aws/aws-sdk-go-v2/service/lambda/types for analysistest; checked against the real SDK by analyzers/internal/sdkstub.

// Package types holds the AWS Lambda API data types.
package types

type InvocationType string

// Enum values for InvocationType
const (
	InvocationTypeEvent           InvocationType = "Event"
	InvocationTypeRequestResponse InvocationType = "RequestResponse"
	InvocationTypeDryRun          InvocationType = "DryRun"
)

type ResponseStreamingInvocationType string

// Enum values for ResponseStreamingInvocationType
const (
	ResponseStreamingInvocationTypeRequestResponse ResponseStreamingInvocationType = "RequestResponse"
	ResponseStreamingInvocationTypeDryRun          ResponseStreamingInvocationType = "DryRun"
)
