/* Status of every run, kept by the loader. */
create table job_status (
  run_id      varchar(64) not null,
  status      varchar(16) not null,
  started_at  timestamp   not null,
  finished_at timestamp,
  primary key (run_id)
);

ALTER TABLE etl.job_runs ADD COLUMN error TEXT;
