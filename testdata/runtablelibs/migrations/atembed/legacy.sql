CREATE TABLE legacy_runs (id int);
