// Package sqldb writes SQL tables through database/sql.
package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

const schema = `
-- the run registry
CREATE TABLE IF NOT EXISTS "etl"."job_runs" (
	id    text PRIMARY KEY,
	state text NOT NULL
);
CREATE INDEX IF NOT EXISTS job_runs_state ON etl.job_runs (state);`

func statements(ctx context.Context, db *sql.DB) {
	db.Exec(schema)                                                                                     // want `^create run-tracking table "etl.job_runs" \(SQL CREATE TABLE\): run state lives in Step Functions execution history; use ListExecutions/DescribeExecution$`
	db.ExecContext(ctx, `INSERT INTO etl_runs (id) VALUES ($1)`, "r1")                                  // want `^write to run-tracking table "etl_runs" \(SQL INSERT\): run state lives`
	db.Exec(`update Job_Runs set state = 'done' where id = ?`, "r1")                                    // want `"Job_Runs" \(SQL UPDATE\)`
	db.Exec(`DELETE FROM run_history WHERE finished < now() - interval '90 days'`)                      // want `"run_history" \(SQL DELETE\)`
	db.Exec(`MERGE INTO pipeline_executions t USING staging s ON t.id = s.id WHEN MATCHED THEN DELETE`) // want `"pipeline_executions" \(SQL MERGE\)`
	db.Exec("REPLACE INTO `run_status` VALUES (?, ?)", "r1", "ok")                                      // want `"run_status" \(SQL REPLACE\)`
	db.Exec(`UPSERT INTO workflow_runs (id) VALUES ($1)`, "r1")                                         // want `"workflow_runs" \(SQL UPSERT\)`
	db.Exec(`ALTER TABLE ONLY job_runs ADD COLUMN note text`)                                           // want `write to run-tracking table "job_runs" \(SQL ALTER TABLE\)`
	db.Exec(`WITH s AS (SELECT * FROM staging) INSERT INTO [dbo].[JobRuns] SELECT * FROM s`)            // want `"dbo.JobRuns" \(SQL INSERT\)`
	db.QueryRowContext(ctx, `INSERT INTO runs (id) VALUES ($1) RETURNING id`, "r1")                     // want `"runs" \(SQL INSERT\)`
	db.Exec(`/* keep orders */ INSERT INTO orders VALUES (1); UPDATE job_runs SET state = 'x'`)         // want `"job_runs" \(SQL UPDATE\)`

	// Reads, dropped tables and domain tables are silent.
	db.Query(`SELECT * FROM job_runs WHERE id = $1`, "r1")
	db.QueryRow(`SELECT count(*) FROM etl.job_runs`)
	db.Exec(`DROP TABLE IF EXISTS job_runs`)
	db.Exec(`INSERT INTO trade_executions (id) VALUES ($1)`, 1)
	db.Exec(`INSERT INTO orders SELECT * FROM job_runs`)
	db.Exec(`-- INSERT INTO job_runs VALUES (1)
SELECT 1`)
	db.Exec(`INSERT INTO audit (note) VALUES ('UPDATE job_runs SET x = 1')`)
}

func transactions(ctx context.Context, db *sql.DB, tx *sql.Tx, conn *sql.Conn) {
	tx.Exec(`INSERT INTO job_runs VALUES ($1)`, 1)               // want `"job_runs" \(SQL INSERT\)`
	tx.ExecContext(ctx, `INSERT INTO job_runs VALUES ($1)`, 1)   // want `"job_runs" \(SQL INSERT\)`
	conn.ExecContext(ctx, `INSERT INTO job_runs VALUES ($1)`, 1) // want `"job_runs" \(SQL INSERT\)`
	conn.QueryContext(ctx, `DELETE FROM job_runs RETURNING id`)  // want `"job_runs" \(SQL DELETE\)`
	tx.QueryRow(`SELECT id FROM job_runs`)
}

// Prepared statements are followed back to Prepare.
func prepared(ctx context.Context, db *sql.DB, tx *sql.Tx) error {
	stmt, err := db.PrepareContext(ctx, `INSERT INTO etl.job_runs (id, state) VALUES ($1, $2)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	stmt.ExecContext(ctx, "r1", "running") // want `"etl.job_runs" \(SQL INSERT\)`
	tx.Stmt(stmt).Exec("r1", "done")       // want `"etl.job_runs" \(SQL INSERT\)`
	read, _ := tx.Prepare(`SELECT * FROM job_runs`)
	read.Query()
	return nil
}

type repo struct {
	db     *sql.DB
	insert *sql.Stmt
	table  string
}

func newRepo(db *sql.DB) (*repo, error) {
	r := &repo{db: db, table: os.Getenv("RUNS_TABLE")}
	var err error
	r.insert, err = db.Prepare(`INSERT INTO run_status (id) VALUES ($1)`)
	return r, err
}

func (r *repo) save(ctx context.Context, id string) {
	r.insert.ExecContext(ctx, id)                                               // want `"run_status" \(SQL INSERT\)`
	r.db.ExecContext(ctx, fmt.Sprintf(`UPDATE %s SET state = $1`, r.table), id) // want `"\$\{RUNS_TABLE\}" \(SQL UPDATE\)`
	r.db.ExecContext(ctx, "INSERT INTO "+r.table+"_archive VALUES ($1)", id)
}

// A narrow interface over *sql.DB and *sql.Tx.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// An interface that is not about SQL.
type runner interface {
	Exec(query string) error
}

func interfaces(ctx context.Context, e execer, r runner) {
	e.ExecContext(ctx, `INSERT INTO job_runs VALUES ($1)`, 1) // want `"job_runs" \(SQL INSERT\)`
	r.Exec(`INSERT INTO job_runs VALUES (1)`)
}

// Helpers of the package: the table comes from the caller.
func insertInto(ctx context.Context, e execer, table string, id string) error {
	_, err := e.ExecContext(ctx, fmt.Sprintf(`INSERT INTO %q (id) VALUES ($1)`, table), id)
	return err
}

func insertQualified(ctx context.Context, db *sql.DB, schema, table string) {
	db.ExecContext(ctx, "INSERT INTO "+schema+"."+table+" DEFAULT VALUES")
}

func callers(ctx context.Context, db *sql.DB, tenant string) {
	insertInto(ctx, db, "job_runs", "r1") // want `"job_runs" \(SQL INSERT via sqldb.insertInto\)`
	insertInto(ctx, db, "orders", "o1")
	insertQualified(ctx, db, tenant, "run_history") // want `"\*.run_history" \(SQL INSERT via sqldb.insertQualified\)`
	insertQualified(ctx, db, "etl", "orders")
}

// A helper that runs the statement it is given: the statement is parsed at
// its calls.
func exec(ctx context.Context, db *sql.DB, query string, args ...any) error {
	_, err := db.ExecContext(ctx, query, args...)
	return err
}

func execTx(ctx context.Context, db *sql.DB, query string) error {
	return exec(ctx, db, "/* tx */ "+query)
}

func statementHelpers(ctx context.Context, db *sql.DB) {
	exec(ctx, db, `INSERT INTO job_runs (id) VALUES ($1)`, "r1") // want `"job_runs" \(SQL INSERT via sqldb.exec\)`
	exec(ctx, db, `SELECT * FROM job_runs`)
	exec(ctx, db, `INSERT INTO orders (id) VALUES ($1)`, "o1")
	execTx(ctx, db, `UPDATE run_status SET state = 'done'`) // want `"run_status" \(SQL UPDATE via sqldb.execTx\)`
}
