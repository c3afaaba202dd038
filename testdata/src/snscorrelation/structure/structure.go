// Package structure checks MessageStructure "json": the fields of the
// default message count, not the keys of the envelope.
package structure

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"snscorrelation/alerts"
)

type envelope struct {
	Default string `json:"default"`
	Email   string `json:"email,omitempty"`
}

func structured(ctx context.Context, c *sns.Client, ev alerts.Event, err error) {
	c.Publish(ctx, &sns.PublishInput{
		MessageStructure: aws.String("json"),
		Message:          aws.String(`{"default": "{\"execution_arn\": \"a\", \"run_id\": \"r\", \"timestamp\": \"t\"}", "email": "failed"}`),
	})
	c.Publish(ctx, &sns.PublishInput{
		MessageStructure: aws.String("json"),
		Message:          aws.String(`{"default": "job failed", "execution_arn": "x", "run_id": "y", "timestamp": "z"}`), // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`
	})

	body := alerts.Failure(ev, err)
	env, _ := json.Marshal(map[string]string{"default": body, "email": "Job failed"})
	c.Publish(ctx, &sns.PublishInput{MessageStructure: aws.String("json"), Message: aws.String(string(env))})

	env2, _ := json.Marshal(map[string]string{"default": "Job failed", "execution_arn": ev.ExecutionArn})
	c.Publish(ctx, &sns.PublishInput{MessageStructure: aws.String("json"), Message: aws.String(string(env2))}) // want `lacks correlation fields execution_arn, run_id\|run_key, timestamp`

	env3, _ := json.Marshal(envelope{Default: body})
	c.Publish(ctx, &sns.PublishInput{MessageStructure: aws.String("json"), Message: aws.String(string(env3))})

	env4, _ := json.Marshal(envelope{Default: "failed", Email: body})
	c.Publish(ctx, &sns.PublishInput{MessageStructure: aws.String("json"), Message: aws.String(string(env4))}) // want `lacks correlation fields`

	// Without MessageStructure the envelope is the message.
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(`{"default": "job failed", "execution_arn": "x", "run_id": "y", "timestamp": "z"}`)})
}
