// Package entapp writes through ent's generated client: the findings are at
// its calls, not in the generated code.
package entapp

import (
	"context"
	"time"

	"example.com/runtablelibs/ent"
	"example.com/runtablelibs/ent/jobrun"
)

func run(ctx context.Context, client *ent.Client) error {
	if err := client.Schema.Create(ctx); err != nil { // want `create run-tracking table "job_runs" \(ent schema via migrate.Schema.Create\)`
		return err
	}
	_, err := client.JobRun.Create().SetRunID("r").SetStatus("RUNNING").SetStartedAt(time.Now()).Save(ctx) // want `write to run-tracking table "job_runs" \(ent INSERT via ent.JobRunCreate.Save\)`
	if err != nil {
		return err
	}
	client.JobRun.UpdateOneID(1).SetStatus("DONE").ExecX(ctx)                          // want `"job_runs" \(ent UPDATE via ent.JobRunUpdateOne.ExecX\)`
	client.JobRun.Update().Where(jobrun.StatusEQ("RUNNING")).SetStatus("X").SaveX(ctx) // want `"job_runs" \(ent UPDATE via ent.JobRunUpdate.SaveX\)`
	client.JobRun.Delete().Where(jobrun.RunID("r")).Exec(ctx)                          // want `"job_runs" \(ent DELETE via ent.JobRunDelete.Exec\)`
	client.JobRun.CreateBulk(client.JobRun.Create().SetRunID("a")).SaveX(ctx)          // want `"job_runs" \(ent INSERT via ent.JobRunCreateBulk.SaveX\)`

	// Domain tables and reads.
	client.Order.Create().SetSku("x").SaveX(ctx)
	client.Order.Delete().ExecX(ctx)
	client.JobRun.Query().Where(jobrun.StatusEQ("RUNNING")).AllX(ctx)
	_, err = client.JobRun.Get(ctx, 1)
	return err
}
