// Package drivers runs the runtable analyzer against the real database/sql,
// pgx v5 and sqlx.
package drivers

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

func databaseSQL(ctx context.Context, db *sql.DB) error {
	db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS "etl"."job_runs" (id text PRIMARY KEY)`) // want `create run-tracking table "etl.job_runs" \(SQL CREATE TABLE\)`
	stmt, err := db.PrepareContext(ctx, `INSERT INTO etl.job_runs (id) VALUES ($1)`)
	if err != nil {
		return err
	}
	stmt.ExecContext(ctx, "r1") // want `"etl.job_runs" \(SQL INSERT\)`
	db.QueryContext(ctx, `SELECT * FROM etl.job_runs`)
	return nil
}

// dbtx is the interface sqlc generates over pgx.
type dbtx interface {
	Exec(context.Context, string, ...interface{}) (pgconn.CommandTag, error)
	CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error)
}

func pgxDrivers(ctx context.Context, c *pgx.Conn, p *pgxpool.Pool, tx pgx.Tx, q dbtx, rows [][]any) {
	c.Exec(ctx, `UPDATE job_runs SET state = $1`, "done")                                      // want `"job_runs" \(SQL UPDATE\)`
	p.Exec(ctx, `DELETE FROM run_history WHERE id = $1`, "r1")                                 // want `"run_history" \(SQL DELETE\)`
	tx.Exec(ctx, `INSERT INTO pipeline_runs (id) VALUES ($1)`, "r1")                           // want `"pipeline_runs" \(SQL INSERT\)`
	q.Exec(ctx, `MERGE INTO job_runs USING s ON true WHEN MATCHED THEN DELETE`)                // want `"job_runs" \(SQL MERGE\)`
	q.CopyFrom(ctx, pgx.Identifier{"etl", "job_runs"}, []string{"id"}, pgx.CopyFromRows(rows)) // want `"etl.job_runs" \(SQL COPY\)`
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO run_status (id) VALUES ($1)`, "r1") // want `"run_status" \(SQL INSERT\)`
	p.SendBatch(ctx, b).Close()
	p.QueryRow(ctx, `SELECT state FROM job_runs WHERE id = $1`, "r1")
}

func sqlxDriver(ctx context.Context, d *sqlx.DB, e sqlx.Ext) {
	d.MustExec(`INSERT INTO job_runs (id) VALUES ($1)`, "r1")                                   // want `"job_runs" \(SQL INSERT\)`
	d.NamedExecContext(ctx, `UPDATE job_runs SET state = :state`, map[string]any{"state": "x"}) // want `"job_runs" \(SQL UPDATE\)`
	sqlx.MustExec(e, `DELETE FROM etl_runs`)                                                    // want `"etl_runs" \(SQL DELETE\)`
	d.Select(&[]string{}, `SELECT id FROM job_runs`)
}
