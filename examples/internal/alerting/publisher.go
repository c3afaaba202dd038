package alerting

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"
)

// SNSPublisher is the slice of the SNS client a Publisher needs.
type SNSPublisher interface {
	Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error)
}

// Publisher publishes the platform's notices to one topic. It stamps every
// message with the time as a message attribute; the message itself must
// carry the execution ARN and the run id.
type Publisher struct {
	Client   SNSPublisher
	TopicArn string
}

// Notify publishes message, with a timestamp attribute.
func (p *Publisher) Notify(ctx context.Context, message string) error {
	_, err := p.Client.Publish(ctx, &sns.PublishInput{
		TopicArn: aws.String(p.TopicArn),
		Message:  aws.String(message),
		MessageAttributes: map[string]types.MessageAttributeValue{
			"timestamp": {DataType: aws.String("String"), StringValue: aws.String(time.Now().UTC().Format(time.RFC3339))},
		},
	})
	return err
}
