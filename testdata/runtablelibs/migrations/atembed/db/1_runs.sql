-- runs

CREATE TABLE job_runs (run_id text, status text);
CREATE TABLE orders (id int, sku text, qty int);
