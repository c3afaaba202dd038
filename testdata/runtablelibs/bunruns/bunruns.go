// Package bunruns writes tables through bun.
package bunruns

import (
	"context"
	"time"

	"github.com/uptrace/bun"
)

// JobRun is the table etl.job_runs by its tag.
type JobRun struct {
	bun.BaseModel `bun:"table:etl.job_runs,alias:r"`

	RunID     string `bun:"run_id,pk"`
	Status    string
	StartedAt time.Time
}

// PipelineRun is pipeline_runs by bun's naming.
type PipelineRun struct {
	ID           int64 `bun:",pk,autoincrement"`
	ExecutionArn string
}

// TrainingRun keeps model metrics.
type TrainingRun struct {
	bun.BaseModel `bun:"table:ml.training_runs"`

	ID       int64 `bun:",pk"`
	Model    string
	Accuracy float64
	Loss     float64
}

// Order is a domain table.
type Order struct {
	ID     int64
	Status string
}

func write(ctx context.Context, db *bun.DB, run *JobRun) {
	db.NewCreateTable().Model((*JobRun)(nil)).IfNotExists().Exec(ctx)                                // want `create run-tracking table "etl.job_runs" \(bun CREATE TABLE\)`
	db.NewInsert().Model(run).Exec(ctx)                                                              // want `write to run-tracking table "etl.job_runs" \(bun INSERT\)`
	db.NewUpdate().Model(run).Column("status").WherePK().Exec(ctx)                                   // want `"etl.job_runs" \(bun UPDATE\)`
	db.NewInsert().Model(&PipelineRun{}).Exec(ctx)                                                   // want `"pipeline_runs" \(bun INSERT\)`
	db.NewDelete().Model((*Order)(nil)).ModelTableExpr("run_history AS h").Where("id = 1").Exec(ctx) // want `"run_history" \(bun DELETE\)`
	db.NewInsert().Model(&map[string]any{"run_id": "r"}).Table("job_runs").Exec(ctx)                 // want `"job_runs" \(bun INSERT\)`
	db.NewRaw("UPDATE job_runs SET status = ?", "DONE").Exec(ctx)                                    // want `"job_runs" \(bun UPDATE\)`
	db.ExecContext(ctx, "DELETE FROM etl_runs")                                                      // want `"etl_runs" \(bun DELETE\)`
	q := db.NewInsert().Model(run)
	q.On("CONFLICT (run_id) DO UPDATE").Exec(ctx) // want `"etl.job_runs" \(bun INSERT\)`

	// Domain tables and reads.
	db.NewCreateTable().Model((*TrainingRun)(nil)).Exec(ctx)
	db.NewInsert().Model(&TrainingRun{}).Exec(ctx)
	db.NewInsert().Model(&Order{}).Exec(ctx)
	db.NewSelect().Model(run).Where("run_id = ?", "r").Scan(ctx)
	db.NewRaw("SELECT * FROM job_runs").Scan(ctx, run)
}
