// Package suppress checks the //tracelint:ignore directive.
package suppress

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

func f(ctx context.Context, c *sns.Client) {
	//tracelint:ignore snscorrelation heartbeat message read by a human, not tied to a run
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("pipeline alive")})
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("weekly summary")}) //tracelint:ignore metricdims,snscorrelation weekly digest across runs
	//tracelint:ignore snscorrelation // want `tracelint:ignore directive for snscorrelation needs a reason`
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("no reason")}) // want `lacks correlation fields`
	//tracelint:ignore metricdims a directive for another analyzer does not suppress this one
	c.Publish(ctx, &sns.PublishInput{Message: aws.String("other")}) // want `lacks correlation fields`
	//tracelint:ignore snscorrelation nothing to suppress here // want `tracelint:ignore directive for snscorrelation suppresses nothing: remove it`
	_ = 1
}
