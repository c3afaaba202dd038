DROP TABLE IF EXISTS etl.job_runs;
