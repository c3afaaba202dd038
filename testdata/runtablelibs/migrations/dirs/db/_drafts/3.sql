CREATE TABLE draft_runs (id int);
