// Package suppress checks the directive: a finding is silenced with a
// reason, and a directive that silences nothing is reported.
package suppress

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/glue"
)

func start(ctx context.Context, c *glue.Client) {
	//tracelint:ignore propagation the compaction job is started by hand, outside any execution
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("compact")})
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load")}) // want `^Glue StartJobRun arguments lack`
	//tracelint:ignore propagation nothing to silence here // want `^tracelint:ignore directive for propagation suppresses nothing: remove it$`
	c.GetJobRun(ctx, &glue.GetJobRunInput{JobName: aws.String("load")})
}
