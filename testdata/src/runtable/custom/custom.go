// Package custom is checked with -runtable.pattern=^(.+_)?(batches|job_log)$.
package custom

import (
	"context"
	"database/sql"
)

func write(ctx context.Context, db *sql.DB, env string) {
	db.ExecContext(ctx, `INSERT INTO load_batches VALUES (1)`) // want `"load_batches" \(SQL INSERT\)`
	db.ExecContext(ctx, `INSERT INTO JobLog VALUES (1)`)       // want `"JobLog" \(SQL INSERT\)`
	db.ExecContext(ctx, `INSERT INTO job_runs VALUES (1)`)
	db.ExecContext(ctx, `INSERT INTO "`+env+`_batches" VALUES (1)`) // want `"\*_batches" \(SQL INSERT\)`
}
