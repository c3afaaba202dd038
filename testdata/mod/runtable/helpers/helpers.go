// want package:"runtable\\(writes, names\\)"

// Package helpers has a write helper and a table name used by another
// package of the module.
package helpers

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5"
)

var RunsTable = os.Getenv("ETL_RUNS_TABLE") // want RunsTable:"tables\\(\\$\\{ETL_RUNS_TABLE\\}\\)"

func Insert(ctx context.Context, tx pgx.Tx, table, id string) error { // want Insert:"writes\\(SQL INSERT \\{param2\\}\\)"
	_, err := tx.Exec(ctx, "INSERT INTO "+table+" (id) VALUES ($1)", id)
	return err
}
