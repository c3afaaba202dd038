CREATE TABLE pipeline_executions (execution_arn TEXT PRIMARY KEY);
CREATE TABLE partitions (dt DATE, path TEXT, rows BIGINT, bytes BIGINT);
