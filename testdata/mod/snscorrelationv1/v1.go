// Package snscorrelationv1 runs the v1 call forms against the real
// aws-sdk-go SNS package.
package snscorrelationv1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/sns"
	"github.com/aws/aws-sdk-go/service/sns/snsiface"

	"example.com/tracelintmod/snsalerts"
)

func notify(ctx aws.Context, api snsiface.SNSAPI, c *sns.SNS, arn, runID string, err error) {
	api.PublishWithContext(ctx, &sns.PublishInput{Message: aws.String("Ctx failed")}) // want `lacks correlation fields`
	api.Publish(&sns.PublishInput{Message: aws.String(snsalerts.Failure(arn, runID, err))})

	in := new(sns.PublishInput)
	in.SetTopicArn("arn:aws:sns:eu-west-1:1:alerts")
	in.SetMessage("setter failed") // want `lacks correlation fields`
	c.Publish(in)
	c.Publish((&sns.PublishInput{}).SetMessage(snsalerts.Failure(arn, runID, err)))

	c.PublishBatchWithContext(ctx, &sns.PublishBatchInput{PublishBatchRequestEntries: []*sns.PublishBatchRequestEntry{
		(&sns.PublishBatchRequestEntry{}).SetId("1").SetMessage("batch failed"), // want `lacks correlation fields`
	}})
}

// send is a wrapper: its callers are checked.
func send(api snsiface.SNSAPI, in *sns.PublishInput, msg string) {
	in.SetMessage(msg)
	api.Publish(in)
}

func wrapped(api snsiface.SNSAPI, arn, runID string, err error) {
	send(api, &sns.PublishInput{}, "wrapped failed") // want `^SNS message passed to snscorrelationv1.send lacks correlation fields`
	send(api, &sns.PublishInput{}, snsalerts.Failure(arn, runID, err))
}
