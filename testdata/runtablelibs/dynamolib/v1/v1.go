// Package v1 writes DynamoDB tables through guregu/dynamo v1.
package v1

import (
	"github.com/guregu/dynamo"
)

type run struct {
	ID     string `dynamo:",hash"`
	Status string
}

func write(db *dynamo.DB, r run) {
	db.Table("workflow_runs").Put(r).Run()      // want `"workflow_runs" \(guregu/dynamo Put\)`
	db.CreateTable("JobRunsTable", run{}).Run() // want `create run-tracking table "JobRunsTable" \(guregu/dynamo CreateTable\)`
	db.Table("orders").Update("ID", r.ID).Set("Status", "x").Run()
}
