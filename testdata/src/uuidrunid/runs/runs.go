// Package runs imports no generator; its facts record the parameters its
// functions store as run identifiers.
package runs

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/glue"
)

type Input struct {
	RunID string
	Stage string
}

// Start stores id as the run id.
func Start(ctx context.Context, id, stage string) Input { // want Start:`runid\(param1\)`
	return Input{RunID: id, Stage: stage}
}

// Key puts key after run_id=.
func Key(table, key string) string { // want Key:`runid\(param1\)`
	return fmt.Sprintf("%s/run_id=%s/", table, key)
}

// Submit passes its parameter on to Start.
func Submit(ctx context.Context, ref string) Input { // want Submit:`runid\(param1\)`
	return Start(ctx, "r-"+ref, "load")
}

// Job passes name as the Glue --run-key.
func Job(ctx context.Context, c *glue.Client, name string) { // want Job:`runid\(param2\)`
	args := map[string]string{}
	args["--run-key"] = name
	c.StartJobRun(ctx, &glue.StartJobRunInput{JobName: aws.String("load"), Arguments: args})
}

// Named takes a parameter named like a run id: callers are reported by its
// name, and no fact is needed for its own assignment.
func Named(runKey string) Input { // want Named:`runid\(param0\)`
	return Input{RunID: runKey}
}

// Plain uses its parameter for nothing of the kind.
func Plain(token string) string { return "t-" + token }

type Runner struct{ last Input }

func (r *Runner) Run(id string) { // want Run:`runid\(param0\)`
	r.last.RunID = id
}
