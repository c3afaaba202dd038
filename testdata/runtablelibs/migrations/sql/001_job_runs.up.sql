-- +goose Up
CREATE TABLE IF NOT EXISTS "etl"."job_runs" (
    run_id        TEXT PRIMARY KEY,
    execution_arn TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'RUNNING',
    started_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at   TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS job_runs_status ON etl.job_runs (status);
