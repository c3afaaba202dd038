// Package pgxpkg writes tables through pgx v5.
package pgxpkg

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

func conn(ctx context.Context, c *pgx.Conn, rows [][]any) {
	c.Exec(ctx, `CREATE TABLE IF NOT EXISTS etl.job_runs (id text)`)                         // want `create run-tracking table "etl.job_runs" \(SQL CREATE TABLE\)`
	c.Exec(ctx, `INSERT INTO "etl"."job_runs" (id) VALUES ($1) ON CONFLICT DO NOTHING`, "r") // want `write to run-tracking table "etl.job_runs" \(SQL INSERT\)`
	c.QueryRow(ctx, `UPDATE job_runs SET state = $1 RETURNING id`, "done")                   // want `"job_runs" \(SQL UPDATE\)`
	c.Query(ctx, `SELECT * FROM job_runs`)
	c.CopyFrom(ctx, pgx.Identifier{"etl", "job_runs"}, []string{"id"}, pgx.CopyFromRows(rows)) // want `"etl.job_runs" \(SQL COPY\)`
	c.CopyFrom(ctx, pgx.Identifier{"orders"}, []string{"id"}, pgx.CopyFromRows(rows))
	table := pgx.Identifier{"run_history"}
	c.CopyFrom(ctx, table, []string{"id"}, pgx.CopyFromRows(rows)) // want `"run_history" \(SQL COPY\)`
	c.Exec(ctx, "insert_run")                                      // a prepared statement's name: not a statement
}

func tx(ctx context.Context, c *pgx.Conn) error {
	t, err := c.Begin(ctx)
	if err != nil {
		return err
	}
	defer t.Rollback(ctx)
	t.Exec(ctx, `DELETE FROM pipeline_runs WHERE id = $1`, "r") // want `"pipeline_runs" \(SQL DELETE\)`
	t.CopyFrom(ctx, pgx.Identifier{"job_runs"}, nil, nil)       // want `"job_runs" \(SQL COPY\)`
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO job_runs (id) VALUES ($1)`, "r") // want `"job_runs" \(SQL INSERT\)`
	b.Queue(`SELECT * FROM job_runs`)
	t.SendBatch(ctx, b).Close()
	return t.Commit(ctx)
}

func pool(ctx context.Context, p *pgxpool.Pool) {
	p.Exec(ctx, `INSERT INTO run_status (id) VALUES ($1)`, "r")                // want `"run_status" \(SQL INSERT\)`
	p.CopyFrom(ctx, pgx.Identifier{"public", "etl_runs"}, []string{"id"}, nil) // want `"public.etl_runs" \(SQL COPY\)`
	c, _ := p.Acquire(ctx)
	defer c.Release()
	c.Exec(ctx, `MERGE INTO job_runs USING s ON true WHEN MATCHED THEN DELETE`) // want `"job_runs" \(SQL MERGE\)`
	p.QueryRow(ctx, `SELECT state FROM job_runs WHERE id = $1`, "r")
}

// An interface over pgx.Conn, pgx.Tx and pgxpool.Pool.
type querier interface {
	Exec(ctx context.Context, sql string, arguments ...any) (pgconnTag, error)
}

type pgconnTag = interface{ RowsAffected() int64 }

type dbtx interface {
	CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error)
}

func narrow(ctx context.Context, q querier, d dbtx, schema string) {
	q.Exec(ctx, `INSERT INTO job_runs VALUES (1)`)                // not a driver type: not recognised
	d.CopyFrom(ctx, pgx.Identifier{schema, "job_runs"}, nil, nil) // want `"\*.job_runs" \(SQL COPY\)`
}
