// Package atembed embeds migrations; its findings are at the variable the
// //go:embed directive fills.
package atembed

import "embed"

//go:embed db/*.sql
var migrations embed.FS // want `create run-tracking table "job_runs" \(migration CREATE TABLE at db/1_runs.sql:3\)` `write to run-tracking table "run_status" \(migration UPDATE at db/2_status.sql:1\)`

//go:embed legacy.sql
var legacy string //tracelint:ignore runtable retired table, dropped in the next release
