// Package sqlxpkg writes tables through sqlx.
package sqlxpkg

import (
	"context"
	"database/sql"

	"github.com/jmoiron/sqlx"
)

type run struct {
	ID    string `db:"id"`
	State string `db:"state"`
}

func db(ctx context.Context, d *sqlx.DB, r run) {
	d.MustExec(`CREATE TABLE job_runs (id text)`)                                   // want `create run-tracking table "job_runs" \(SQL CREATE TABLE\)`
	d.Exec(d.Rebind(`INSERT INTO job_runs (id) VALUES (?)`), r.ID)                  // want `"job_runs" \(SQL INSERT\)`
	d.NamedExec(`INSERT INTO etl_runs (id, state) VALUES (:id, :state)`, r)         // want `"etl_runs" \(SQL INSERT\)`
	d.NamedExecContext(ctx, `UPDATE etl_runs SET state = :state WHERE id = :id`, r) // want `"etl_runs" \(SQL UPDATE\)`
	d.MustExecContext(ctx, `DELETE FROM etl_runs`)                                  // want `"etl_runs" \(SQL DELETE\)`
	var id string
	d.Get(&id, `INSERT INTO run_status (id) VALUES ($1) RETURNING id`, r.ID) // want `"run_status" \(SQL INSERT\)`
	d.Select(&[]run{}, `SELECT * FROM job_runs`)
	d.Queryx(`SELECT * FROM job_runs`)
	q, args, _ := sqlx.In(`UPDATE job_runs SET state = 'x' WHERE id IN (?)`, []string{"a"})
	d.Exec(sqlx.Rebind(sqlx.DOLLAR, q), args...) // want `"job_runs" \(SQL UPDATE\)`
}

func tx(d *sqlx.DB, r run) error {
	t, err := d.Beginx()
	if err != nil {
		return err
	}
	t.MustExec(`INSERT INTO job_runs (id) VALUES ($1)`, r.ID) // want `"job_runs" \(SQL INSERT\)`
	t.NamedExec(`INSERT INTO job_runs (id) VALUES (:id)`, r)  // want `"job_runs" \(SQL INSERT\)`
	st, _ := t.Preparex(`UPDATE job_runs SET state = $1 WHERE id = $2`)
	st.MustExec(r.State, r.ID) // want `"job_runs" \(SQL UPDATE\)`
	st.Exec(r.State, r.ID)     // want `"job_runs" \(SQL UPDATE\)`
	ns, _ := d.PrepareNamed(`INSERT INTO workflow_runs (id) VALUES (:id)`)
	ns.Exec(r) // want `"workflow_runs" \(SQL INSERT\)`
	return t.Commit()
}

func funcs(ctx context.Context, e sqlx.Ext, ec sqlx.ExecerContext, plain *sql.DB, r run) {
	sqlx.MustExec(e, `INSERT INTO job_runs (id) VALUES ($1)`, r.ID)           // want `"job_runs" \(SQL INSERT\)`
	sqlx.NamedExec(e, `INSERT INTO job_runs (id) VALUES (:id)`, r)            // want `"job_runs" \(SQL INSERT\)`
	sqlx.MustExecContext(ctx, ec, `DELETE FROM job_runs WHERE id = $1`, r.ID) // want `"job_runs" \(SQL DELETE\)`
	e.Exec(`INSERT INTO job_runs (id) VALUES ($1)`, r.ID)                     // want `"job_runs" \(SQL INSERT\)`
	sqlx.NewDb(plain, "postgres").MustExec(`INSERT INTO orders (id) VALUES ($1)`, 1)
}
