CREATE TABLE skipped_runs (id int);
