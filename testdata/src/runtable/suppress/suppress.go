// Package suppress silences runtable findings with a reason.
package suppress

import (
	"context"
	"database/sql"
)

func migrate(ctx context.Context, db *sql.DB) {
	//tracelint:ignore runtable one-off migration copying the legacy run table into the archive before it is dropped
	db.ExecContext(ctx, `INSERT INTO job_runs_archive SELECT * FROM job_runs; DELETE FROM job_runs`)
	db.ExecContext(ctx, `UPDATE job_runs SET migrated = true`) //tracelint:ignore runtable legacy table, removed in the next release

	//tracelint:ignore runtable // want `tracelint:ignore directive for runtable needs a reason`
	db.ExecContext(ctx, `UPDATE job_runs SET migrated = true`) // want `"job_runs" \(SQL UPDATE\)`

	//tracelint:ignore runtable nothing is reported on the next line // want `tracelint:ignore directive for runtable suppresses nothing: remove it`
	db.ExecContext(ctx, `UPDATE orders SET migrated = true`)
}
