// Package caller calls the helpers of another package of the module.
package caller

import (
	"context"

	"github.com/jackc/pgx/v5"

	"example.com/tracelintmod/runtable/helpers"
)

func record(ctx context.Context, tx pgx.Tx) {
	helpers.Insert(ctx, tx, helpers.RunsTable, "r1") // want `"\$\{ETL_RUNS_TABLE\}" \(SQL INSERT via helpers.Insert\)`
	helpers.Insert(ctx, tx, "orders", "o1")
}
