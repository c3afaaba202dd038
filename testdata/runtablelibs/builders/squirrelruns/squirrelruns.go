// Package squirrelruns builds statements with squirrel.
package squirrelruns

import (
	"context"
	"database/sql"

	sq "github.com/Masterminds/squirrel"
)

var psql = sq.StatementBuilder.PlaceholderFormat(sq.Dollar)

func record(ctx context.Context, db *sql.DB, runID string) error {
	query, args, err := sq.Insert("etl_runs").Columns("run_id", "status").Values(runID, "RUNNING").ToSql()
	if err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, query, args...) // want `write to run-tracking table "etl_runs" \(squirrel INSERT\)`
	if err != nil {
		return err
	}
	_, err = psql.Update("job_runs").Set("status", "DONE").Where(sq.Eq{"run_id": runID}).RunWith(db).ExecContext(ctx) // want `"job_runs" \(squirrel UPDATE\)`
	if err != nil {
		return err
	}
	sq.Delete("").From("run_history").RunWith(db).Exec() // want `"run_history" \(squirrel DELETE\)`

	b := psql.Insert("job_status").SetMap(map[string]any{"run_id": runID, "status": "RUNNING", "started_at": "now()"})
	b.RunWith(db).QueryRowContext(ctx) // want `"job_status" \(squirrel INSERT\)`

	// Domain tables and reads.
	q2, a2, _ := sq.Insert("orders").Columns("sku").Values("x").ToSql()
	db.ExecContext(ctx, q2, a2...)
	sq.Update("orders").Set("status", "x").RunWith(db).Exec()
	sq.Select("*").From("job_runs").RunWith(db).QueryRow()
	q3, _, _ := sq.Select("run_id").From("job_runs").ToSql()
	db.QueryContext(ctx, q3)
	return nil
}

// insertInto builds an insert into the table it is given.
func insertInto(table string) sq.InsertBuilder { return psql.Insert(table).Columns("run_id") }

func viaHelper(db *sql.DB) {
	q, _, _ := insertInto("pipeline_runs").Values("r").ToSql()
	db.Exec(q) // want `"pipeline_runs" \(squirrel INSERT\)`
	q2, _, _ := insertInto("orders").Values("o").ToSql()
	db.Exec(q2)
}
