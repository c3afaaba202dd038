// Package app writes gorm models directly and through the repo package.
package app

import (
	"context"

	"gorm.io/gorm"

	"example.com/runtablelibs/gormruns/models"
	"example.com/runtablelibs/gormruns/repo"
)

func migrate(db *gorm.DB) error {
	if err := db.Migrator().CreateTable(&models.JobStatus{}); err != nil { // want `create run-tracking table "job_statuses" \(gorm CreateTable\)`
		return err
	}
	return db.AutoMigrate(&models.PipelineRun{}, &models.Order{}, &models.TrainingRun{}) // want `^create run-tracking table "pipeline_runs" \(gorm AutoMigrate\): run state lives in Step Functions execution history; use ListExecutions/DescribeExecution$`
}

func record(ctx context.Context, db *gorm.DB, run *models.PipelineRun) {
	db.Create(run)                                                           // want `write to run-tracking table "pipeline_runs" \(gorm Create\)`
	db.WithContext(ctx).Save(run)                                            // want `"pipeline_runs" \(gorm Save\)`
	db.Model(run).Updates(map[string]any{"status": "SUCCEEDED"})             // want `"pipeline_runs" \(gorm Updates\)`
	db.Model(&models.PipelineRun{}).Where("id = ?", 1).Update("status", "x") // want `"pipeline_runs" \(gorm Update\)`
	db.Delete(&models.PipelineRun{}, 1)                                      // want `"pipeline_runs" \(gorm Delete\)`
	db.Create(&models.RunRecord{RunID: "r"})                                 // want `"etl.job_runs" \(gorm Create\)`
	db.Table("job_runs").Create(map[string]any{"run_id": "r", "note": "x"})  // want `"job_runs" \(gorm Create\)`
	db.Scopes(runsTable).Create(&models.Order{})                             // want `"job_runs" \(gorm Create\)`
	db.Scopes(table("run_history")).Updates(&models.Order{})                 // want `"run_history" \(gorm Updates\)`
	db.Exec(`UPDATE job_runs SET status = ? WHERE run_id = ?`, "DONE", "r")  // want `"job_runs" \(gorm Exec UPDATE\)`
	db.Table("job_status").Create(&models.JobStatus{RunID: "r"})             // want `"job_status" \(gorm Create\)`

	// Domain tables and reads.
	db.Create(&models.Order{SKU: "x"})
	db.Create(&models.TrainingRun{ModelName: "m"})
	db.Create(&models.ArchivedOrder{})
	db.Table("orders").Create(map[string]any{"sku": "x"})
	db.Table("training_runs").Create(&models.TrainingRun{})
	db.Model(&models.Order{}).Update("status", "x")
	db.Where("status = ?", "RUNNING").Find(&[]models.PipelineRun{})
	db.Exec(`DELETE FROM orders`)
}

func runsTable(db *gorm.DB) *gorm.DB { return db.Table("job_runs") }

func table(name string) func(*gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB { return db.Table(name) }
}

type store struct{ db *gorm.DB }

func newStore(db *gorm.DB) *store { return &store{db: db.Table("pipeline_runs")} }

func (s *store) put(v any) error { return s.db.Create(v).Error } // want `"pipeline_runs" \(gorm Create\)`

func viaRepo(ctx context.Context, db *gorm.DB) {
	runs := repo.New[models.PipelineRun](db)
	runs.Add(ctx, &models.PipelineRun{Status: "RUNNING"}) // want `"pipeline_runs" \(gorm Create via repo.Repo.Add\)`
	repo.New[models.Order](db).Add(ctx, &models.Order{})
	repo.Insert(db, "etl_runs", map[string]any{"run_id": "r"}) // want `"etl_runs" \(gorm Create via repo.Insert\)`
	repo.Insert(db, "orders", map[string]any{"sku": "x"})
	runs.Get(ctx, 1)
}
