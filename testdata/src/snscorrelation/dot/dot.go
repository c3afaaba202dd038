// Package dot imports the SNS package with a dot import.
package dot

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	. "github.com/aws/aws-sdk-go-v2/service/sns"
)

func send(ctx context.Context, c *Client) {
	c.Publish(ctx, &PublishInput{Message: aws.String("dot import")}) // want `lacks correlation fields`
	c.Publish(ctx, &PublishInput{Message: aws.String(`{"ExecutionArn": "a", "RunId": "b", "Timestamp": "c"}`)})
}
