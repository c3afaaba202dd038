package fix

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

// The file does not import "time": the fix imports it.
func noTimeImport(ctx context.Context, c *sns.Client, runID, executionArn string) {
	b, _ := json.Marshal(map[string]any{"run_id": runID, "execution_arn": executionArn, "error": "x"})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `lacks correlation field timestamp`
}

// A second message in the same file needs the same import.
func secondMessage(ctx context.Context, c *sns.Client, runID, executionArn string) {
	b, _ := json.Marshal(map[string]any{"run_id": runID, "execution_arn": executionArn})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `lacks correlation field timestamp`
}

// "time" is not imported but names a variable here: no fix.
func shadowedNoImport(ctx context.Context, c *sns.Client, runID, executionArn string, time int) {
	b, _ := json.Marshal(map[string]any{"run_id": runID, "execution_arn": executionArn})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String(string(b))}) // want `lacks correlation field timestamp`
}
