// want package:"runtable\\(names\\)"

// Package models declares gorm models: run tables and look-alike domain
// tables.
package models

import (
	"time"

	"gorm.io/gorm"
)

// PipelineRun is the table pipeline_runs by gorm's naming.
type PipelineRun struct {
	gorm.Model
	ExecutionArn string
	Status       string
	StartedAt    time.Time
	FinishedAt   *time.Time
}

// TrainingRun is training_runs: model metrics, no run state.
type TrainingRun struct {
	ID        uint
	ModelName string
	Dataset   string
	Accuracy  float64
	Loss      float64
	CreatedAt time.Time
}

// JobStatus is job_statuses: its name says nothing about runs, its columns
// keep run state.
type JobStatus struct {
	RunID      string `gorm:"primaryKey"`
	Status     string
	StartedAt  time.Time
	FinishedAt time.Time `gorm:"column:ended_at"`
}

// Order is a domain table.
type Order struct {
	ID     uint
	SKU    string
	Status string
}

// RunRecord names its table.
type RunRecord struct {
	ID    uint
	RunID string
}

func (RunRecord) TableName() string { return "etl.job_runs" } // want TableName:"tables\\(etl.job_runs\\)"

// ArchivedOrder names a domain table.
type ArchivedOrder struct{ ID uint }

func (*ArchivedOrder) TableName() string { return "orders_archive" }
