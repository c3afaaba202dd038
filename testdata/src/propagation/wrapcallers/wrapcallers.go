// Package wrapcallers imports neither Glue nor Lambda: its calls of the
// wrappers of jobs are checked through their facts, the values of the
// helpers of jobargs through theirs.
package wrapcallers

import (
	"context"

	"propagation/jobargs"
	"propagation/jobs"
)

func run(ctx context.Context, r *jobs.Runner, arn, runKey string) {
	jobs.Start(ctx, r.Glue, "load", jobargs.For(arn, runKey))
	jobs.Start(ctx, r.Glue, "load", jobargs.Stage("raw")) // want `^Glue StartJobRun arguments passed to jobs.Start lack --execution-arn, --run-key \(`
	jobs.Start(ctx, r.Glue, "load", jobargs.With(map[string]string{"--execution-arn": arn}, runKey))
	jobs.Start(ctx, r.Glue, "load", jobargs.Config())
	args := jobargs.Stage("raw")
	args["--run-key"] = runKey
	jobs.Start(ctx, r.Glue, "load", args) // want `^Glue StartJobRun arguments passed to jobs.Start lack --execution-arn \(`
	r.Invoke(ctx, "validate", map[string]any{"run_id": runKey})
	r.Invoke(ctx, "validate", map[string]any{"bucket": "b"}) // want `^Lambda Invoke payload passed to jobs.Runner.Invoke lacks run_id\|run_key \(`
}
