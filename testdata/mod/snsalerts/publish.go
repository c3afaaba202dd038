// want package:`wrappers\(Send, Notifier.Alert\)\}$`

package snsalerts

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"
)

// Publisher is the slice of the SNS client the wrappers use.
type Publisher interface {
	Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error)
}

func attr(v string) types.MessageAttributeValue {
	return types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(v)}
}

// Send publishes msg, stamped with the time as a message attribute.
func Send(ctx context.Context, c Publisher, topic, msg string) error { // want Send:`^forwards\(param3:message\+timestamp\)$`
	_, err := c.Publish(ctx, &sns.PublishInput{
		TopicArn:          aws.String(topic),
		Message:           aws.String(msg),
		MessageAttributes: map[string]types.MessageAttributeValue{"timestamp": attr(time.Now().UTC().Format(time.RFC3339))},
	})
	return err
}

// Notifier publishes the alerts of one execution.
type Notifier struct {
	C            Publisher
	Topic        string
	ExecutionArn string
}

// Alert prefixes the message and adds the execution ARN through Send.
func (n *Notifier) Alert(ctx context.Context, msg string) error { // want Alert:`^forwards\(param1:part\+execution_arn\+timestamp\)$`
	return Send(ctx, n.C, n.Topic, "execution_arn="+n.ExecutionArn+"\n"+msg)
}
