// Package v1 checks the SDK v1 call forms: Publish, PublishWithContext,
// PublishRequest and the PublishBatch forms, on the client and on
// snsiface.SNSAPI, with inputs built by literals and by setters.
package v1

import (
	"fmt"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/sns"
	"github.com/aws/aws-sdk-go/service/sns/snsiface"

	"snscorrelation/alerts"
)

const topic = "arn:aws:sns:eu-west-1:1:alerts"

func good(ev alerts.Event) string {
	return fmt.Sprintf("execution_arn=%s run_id=%s timestamp=%s", ev.ExecutionArn, ev.RunID, "now")
}

func forms(ctx aws.Context, api snsiface.SNSAPI, c *sns.SNS, ev alerts.Event) {
	api.Publish(&sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String("failed")}) // want `^SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
	api.Publish(&sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String(good(ev))})
	api.PublishWithContext(ctx, &sns.PublishInput{Message: aws.String("ctx failed")}) // want `lacks correlation fields`
	c.PublishWithContext(ctx, &sns.PublishInput{Message: aws.String(good(ev))})
	req, _ := c.PublishRequest(&sns.PublishInput{Message: aws.String("request failed")}) // want `lacks correlation fields`
	_ = req
	api.PublishRequest(&sns.PublishInput{Message: aws.String(good(ev))})
}

func setters(c *sns.SNS, ev alerts.Event) {
	in := &sns.PublishInput{}
	in.SetMessage("plain failure") // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	in.SetTopicArn(topic)
	c.Publish(in)

	in2 := (&sns.PublishInput{}).SetTopicArn(topic).SetMessage(good(ev))
	c.Publish(in2)

	c.Publish((&sns.PublishInput{}).SetTopicArn(topic).SetMessage("chained failure")) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`

	in3 := new(sns.PublishInput)
	in3.Message = aws.String("new failure") // want `lacks correlation fields`
	c.Publish(in3)

	in4 := new(sns.PublishInput)
	in4.SetMessage(good(ev))
	c.Publish(in4)

	attrs := map[string]*sns.MessageAttributeValue{
		"execution_arn": {DataType: aws.String("String"), StringValue: aws.String(ev.ExecutionArn)},
		"run_id":        (&sns.MessageAttributeValue{}).SetDataType("String").SetStringValue(ev.RunID),
	}
	attrs["timestamp"] = &sns.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String("now")}
	c.Publish((&sns.PublishInput{}).SetMessage("failed").SetMessageAttributes(attrs))
	c.Publish((&sns.PublishInput{}).SetMessage(`{"default": "failed"}`).SetMessageStructure("json")) // want `lacks correlation fields`
	c.Publish((&sns.PublishInput{}).SetMessageStructure("json").SetMessage(`{"default": "execution_arn=a run_id=b timestamp=c"}`))
}

// build sets the message with a setter, from its parameter: followed with
// the caller's argument.
func build(msg string) *sns.PublishInput {
	in := &sns.PublishInput{}
	in.SetMessage(msg)
	return in
}

func built(c *sns.SNS, ev alerts.Event) {
	c.Publish(build("built failure")) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	c.Publish(build(good(ev)))
}

func batch(ctx aws.Context, api snsiface.SNSAPI, c *sns.SNS, ev alerts.Event) {
	c.PublishBatch(&sns.PublishBatchInput{TopicArn: aws.String(topic), PublishBatchRequestEntries: []*sns.PublishBatchRequestEntry{
		{Id: aws.String("1"), Message: aws.String(good(ev))},
		{Id: aws.String("2"), Message: aws.String("batch failure")}, // want `lacks correlation fields`
	}})
	e := (&sns.PublishBatchRequestEntry{}).SetId("3").SetMessage("entry failure") // want `lacks correlation fields`
	api.PublishBatchWithContext(ctx, (&sns.PublishBatchInput{}).SetPublishBatchRequestEntries([]*sns.PublishBatchRequestEntry{e}))
	api.PublishBatchRequest(&sns.PublishBatchInput{PublishBatchRequestEntries: []*sns.PublishBatchRequestEntry{
		{Id: aws.String("4"), Message: aws.String("request failure")}, // want `lacks correlation fields`
	}})
}

// Wrappers: the message and the input come from the callers.
func send(api snsiface.SNSAPI, msg string) {
	api.Publish(&sns.PublishInput{TopicArn: aws.String(topic), Message: aws.String(msg)})
}

// stamp sets the attributes of the input it is given with a setter.
func stamp(c *sns.SNS, in *sns.PublishInput, runID string) {
	in.SetMessageAttributes(map[string]*sns.MessageAttributeValue{
		"run_id":    {DataType: aws.String("String"), StringValue: aws.String(runID)},
		"timestamp": {DataType: aws.String("String"), StringValue: aws.String("now")},
	})
	c.Publish(in)
}

// withMessage sets the message of the input it is given.
func withMessage(c *sns.SNS, in *sns.PublishInput, msg string) {
	in.SetMessage(msg)
	c.Publish(in)
}

func wrapped(api snsiface.SNSAPI, c *sns.SNS, ev alerts.Event) {
	send(api, "wrapped failure") // want `^SNS message passed to v1.send lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
	send(api, good(ev))
	stamp(c, (&sns.PublishInput{}).SetMessage("execution_arn=x failed"), ev.RunID)
	stamp(c, (&sns.PublishInput{}).SetMessage("failed"), ev.RunID) // want `^SNS message passed to v1.stamp lacks correlation field execution_arn \(`
	withMessage(c, &sns.PublishInput{}, good(ev))
	withMessage(c, &sns.PublishInput{}, "set failure") // want `^SNS message passed to v1.withMessage lacks correlation fields`
}
