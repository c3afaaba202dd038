// Package app3 has no string literal and imports no database package; only
// the write facts of store make it worth checking.
package app3

import (
	"context"

	"runtable/consts"
	"runtable/store"
)

func run(ctx context.Context, s *store.Store) {
	s.Put(ctx, consts.Runs, nil) // want `"job_runs" \(DynamoDB PutItem via store.Store.Put\)`
}
