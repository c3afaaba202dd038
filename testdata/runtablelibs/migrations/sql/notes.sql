CREATE TABLE not_embedded_runs (id int);
