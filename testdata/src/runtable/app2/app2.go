// Package app2 calls a helper with names of other packages only: it has no
// string literal and imports no database package, and is checked because
// the helper's package has write facts.
package app2

import (
	"context"

	"runtable/alias"
	"runtable/store"
	"runtable/tables"
)

func run(ctx context.Context, s *store.Store) {
	s.Put(ctx, tables.Runs, nil) // want `"job_runs" \(DynamoDB PutItem via store.Store.Put\)`
	s.Put(ctx, alias.Runs, nil)  // want `"\$\{JOB_RUNS_TABLE\}" \(DynamoDB PutItem via store.Store.Put\)`
	s.Put(ctx, alias.Orders, nil)
}
