CREATE TABLE `glue_job_runs` (`job_run_id` VARCHAR(64), `state` VARCHAR(16));
