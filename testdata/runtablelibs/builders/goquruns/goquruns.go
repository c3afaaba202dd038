// Package goquruns builds statements with goqu.
package goquruns

import (
	"database/sql"

	"github.com/doug-martin/goqu/v9"
)

func record(db *sql.DB, gdb *goqu.Database, runID string) error {
	query, args, err := goqu.Insert("job_runs").Rows(goqu.Record{"run_id": runID, "status": "RUNNING"}).ToSQL()
	if err != nil {
		return err
	}
	if _, err := db.Exec(query, args...); err != nil { // want `write to run-tracking table "job_runs" \(goqu INSERT\)`
		return err
	}
	pg := goqu.Dialect("postgres")
	update, _, _ := pg.Update(goqu.T("pipeline_runs")).Set(goqu.Record{"status": "DONE"}).Where(goqu.C("run_id").Eq(runID)).ToSQL()
	db.Exec(update) // want `"pipeline_runs" \(goqu UPDATE\)`
	del, _, _ := pg.Delete(goqu.S("etl").Table("run_history")).ToSQL()
	db.Exec(del) // want `"etl.run_history" \(goqu DELETE\)`
	del2, _, _ := pg.From("job_runs").Where(goqu.C("run_id").Eq(runID)).Delete().ToSQL()
	db.Exec(del2) // want `"job_runs" \(goqu DELETE\)`

	gdb.Insert("etl_runs").Rows(goqu.Record{"run_id": runID}).Executor().Exec() // want `"etl_runs" \(goqu INSERT\)`

	// Domain tables and reads.
	orders, _, _ := goqu.Insert("orders").Rows(goqu.Record{"sku": "x"}).ToSQL()
	db.Exec(orders)
	sel, _, _ := pg.From("job_runs").Select("run_id").ToSQL()
	db.Query(sel)
	gdb.From("job_runs").Executor().ScanStructs(&[]struct{}{})
	gdb.Update("orders").Set(goqu.Record{"status": "x"}).Executor().Exec()
	return nil
}
