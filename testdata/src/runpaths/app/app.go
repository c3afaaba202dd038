// Package app writes through another package's wrappers and keys from
// another package's helpers; it imports no S3 client itself.
package app

import (
	"context"

	"runpaths/paths"
	"runpaths/store"
)

func Run(ctx context.Context, c *store.Client, dt, runID string) {
	c.Put(ctx, paths.DataKey("orders", dt, 0), "{}")                // want `partitioned S3 key "lake/orders/dt={}/part-{}.parquet" has no run_id= segment \(written by PutObject in store.Client.Put\)`
	c.Put(ctx, paths.RunKey("orders", runID, dt), "{}")             // compliant
	c.Put(ctx, paths.Prefix("orders")+"/dt="+dt+"/x.parquet", "{}") // want `partitioned S3 key "lake/orders/dt={}/x.parquet" has no run_id= segment`
	c.Put(ctx, paths.Prefix("orders")+"/run_id="+runID+"/dt="+dt+"/x.parquet", "{}")
	c.Put(ctx, paths.Describe("orders"), "{}") // not a key with partition directories
}
