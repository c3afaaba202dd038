CREATE TABLE job_runs_v2 (LIKE etl.job_runs INCLUDING ALL);

-- tracelint:ignore runtable archive of the legacy table, dropped with it in 006
CREATE TABLE job_runs_archive_runs (run_id TEXT, status TEXT);
INSERT INTO legacy_run_history (run_id) SELECT run_id FROM etl.job_runs;
INSERT INTO legacy_run_history (run_id) VALUES ('x');
