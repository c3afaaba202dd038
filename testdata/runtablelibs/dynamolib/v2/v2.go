// Package v2 writes DynamoDB tables through guregu/dynamo v2.
package v2

import (
	"context"
	"os"
	"time"

	"github.com/guregu/dynamo/v2"
)

// Run is a run-tracking item.
type Run struct {
	RunID     string    `dynamo:"run_id,hash"`
	Status    string    `dynamo:"status"`
	StartedAt time.Time `dynamo:"started_at"`
}

// Result is a model-training result: metrics, no run state.
type Result struct {
	RunID    string  `dynamo:"run_id,hash"`
	Model    string  `dynamo:"model"`
	Accuracy float64 `dynamo:"accuracy"`
	Loss     float64 `dynamo:"loss"`
}

type tracker struct {
	runs dynamo.Table
}

func newTracker(db *dynamo.DB) *tracker {
	return &tracker{runs: db.Table(os.Getenv("JOB_RUNS_TABLE"))}
}

func (t *tracker) start(ctx context.Context, r Run) error {
	return t.runs.Put(r).Run(ctx) // want `write to run-tracking table "\$\{JOB_RUNS_TABLE\}" \(guregu/dynamo Put\)`
}

func write(ctx context.Context, db *dynamo.DB, r Run) {
	db.Table("job_runs").Put(r).Run(ctx)                                          // want `"job_runs" \(guregu/dynamo Put\)`
	db.Table("job_runs").Update("run_id", r.RunID).Set("status", "DONE").Run(ctx) // want `"job_runs" \(guregu/dynamo Update\)`
	db.Table("pipeline-runs").Delete("run_id", r.RunID).Run(ctx)                  // want `"pipeline-runs" \(guregu/dynamo Delete\)`
	db.CreateTable("run_history", Run{}).Run(ctx)                                 // want `create run-tracking table "run_history" \(guregu/dynamo CreateTable\)`
	db.Table("job_state").Put(r).Run(ctx)                                         // want `"job_state" \(guregu/dynamo Put\)`
	runs := db.Table("etl_runs")
	runs.Batch("run_id").Write().Put(r, r).Run(ctx) // want `"etl_runs" \(guregu/dynamo Put\)`

	// Domain tables and reads.
	db.Table("orders").Put(map[string]any{"order_id": "o", "status": "NEW", "created_at": "now"}).Run(ctx)
	db.Table("training_runs").Put(Result{RunID: "r", Model: "m"}).Run(ctx)
	db.CreateTable("training_runs", Result{}).Run(ctx)
	db.Table("job_runs").Get("run_id", r.RunID).One(ctx, &r)
	db.Table("job_status").Put(Result{}).Run(ctx)
}
