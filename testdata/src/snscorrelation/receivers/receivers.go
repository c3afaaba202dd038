// Package receivers checks calls through the shapes real code uses: narrow
// interfaces for test fakes, embedded clients, type parameters, generic
// wrappers, import aliases and dot imports.
package receivers

import (
	"context"

	enc "encoding/json"
	awsv2 "github.com/aws/aws-sdk-go-v2/aws"
	notify "github.com/aws/aws-sdk-go-v2/service/sns"
)

type publisher interface {
	Publish(ctx context.Context, in *notify.PublishInput, optFns ...func(*notify.Options)) (*notify.PublishOutput, error)
}

// A fake-friendly interface that drops the options.
type bare interface {
	Publish(ctx context.Context, in *notify.PublishInput) (*notify.PublishOutput, error)
}

type notifier struct {
	*notify.Client
	topic string
}

type payload struct {
	ExecutionArn string `json:"execution_arn"`
	RunID        string `json:"run_id"`
	Timestamp    string `json:"timestamp"`
}

func msg(p payload) *string {
	b, _ := enc.Marshal(p)
	return awsv2.String(string(b))
}

func calls(ctx context.Context, p publisher, b bare, n notifier, arn, runID string) {
	p.Publish(ctx, &notify.PublishInput{Message: awsv2.String("interface")}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	p.Publish(ctx, &notify.PublishInput{Message: msg(payload{ExecutionArn: arn, RunID: runID})})
	b.Publish(ctx, &notify.PublishInput{Message: awsv2.String("bare")})                         // want `lacks correlation fields`
	n.Publish(ctx, &notify.PublishInput{TopicArn: &n.topic, Message: awsv2.String("embedded")}) // want `lacks correlation fields`
	n.Publish(ctx, &notify.PublishInput{TopicArn: &n.topic, Message: msg(payload{})})
}

func typeParam[P publisher](ctx context.Context, p P) {
	p.Publish(ctx, &notify.PublishInput{Message: awsv2.String("type parameter")}) // want `lacks correlation fields`
}

func call[In, Out any](ctx context.Context, op func(context.Context, In, ...func(*notify.Options)) (Out, error), in In) (Out, error) {
	return op(ctx, in)
}

func wrapped(ctx context.Context, c *notify.Client) {
	call(ctx, c.Publish, &notify.PublishInput{Message: awsv2.String("generic wrapper")}) // want `lacks correlation fields`
	call(ctx, c.PublishBatch, &notify.PublishBatchInput{})
}
