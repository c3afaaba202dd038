// Package fix checks the suggested fix: offered only when certain.
package fix

import (
	"context"
	"encoding/json"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

type event struct {
	ExecutionArn string
	RunID        string
}

var _ = time.Now

// One run id and one execution ARN in scope: the fix adds every missing key.
func all(ctx context.Context, c *sns.Client, ev event, err error) {
	runID, executionArn := ev.RunID, ev.ExecutionArn
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b)), TopicArn: aws.String(runID + executionArn)}) // want `^SNS message lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
}

// Only the missing keys are added, also when others are assigned later.
func partial(ctx context.Context, c *sns.Client, runKey, execARN string) {
	m := map[string]any{
		"stage": "load",
	}
	m["run_key"] = runKey
	b, _ := json.Marshal(m)
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `^SNS message lacks correlation fields execution_arn, timestamp \(`
}

// An empty literal.
func empty(ctx context.Context, c *sns.Client, runID, executionArn string) {
	b, _ := json.Marshal(map[string]string{})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `lacks correlation fields`
}

// Two candidates for the run id: not certain, no fix.
func ambiguous(ctx context.Context, c *sns.Client, runID, runKey, executionArn string) {
	b, _ := json.Marshal(map[string]string{"error": "x"})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `lacks correlation fields`
}

// No identifier for the ARN in scope: no fix.
func noArn(ctx context.Context, c *sns.Client, runID string) {
	b, _ := json.Marshal(map[string]string{"error": "x"})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `lacks correlation fields`
}

// A struct message: no fix.
func structMessage(ctx context.Context, c *sns.Client, runID, executionArn string) {
	b, _ := json.Marshal(struct{ Error string }{"x"})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `lacks correlation fields`
}

// Values that cannot hold a string: no fix.
func counts(ctx context.Context, c *sns.Client, runID, executionArn string) {
	b, _ := json.Marshal(map[string]int{"errors": 3})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `lacks correlation fields`
}

// Only the timestamp is missing, but "time" is shadowed here: no fix.
func shadowed(ctx context.Context, c *sns.Client, runID, executionArn string, time int) {
	b, _ := json.Marshal(map[string]string{"run_id": runID, "execution_arn": executionArn})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `lacks correlation field timestamp`
}

// Plain text: no fix.
func text(ctx context.Context, c *sns.Client, runID, executionArn string) {
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("failed")}) // want `lacks correlation fields`
}
