// Package app writes markers through another package's wrappers, with keys
// and bodies from other packages' helpers; it imports no S3 client itself.
package app

import (
	"bytes"
	"context"

	"markers/bodyhelpers"
	"markers/keyhelpers"
	"markers/store"
)

func Run(ctx context.Context, c *store.Client, runID, arn string, t bodyhelpers.Trigger) {
	body, _ := bodyhelpers.SuccessBody(runID, arn, t)
	c.MarkSuccess(ctx, "out/run_id="+runID, body)
	c.MarkSuccess(ctx, "out/run_id="+runID, bodyhelpers.ThinBody(runID)) // want `_SUCCESS marker written by PutObject in store.Client.MarkSuccess lacks fields execution_arn, trigger.event_id`
	c.PutJSON(ctx, keyhelpers.SuccessKey("out"), bodyhelpers.Success{})
	c.PutJSON(ctx, keyhelpers.SuccessKey("out"), map[string]string{"run_id": runID})             // want `_SUCCESS marker written by PutObject in store.Client.PutJSON lacks fields execution_arn`
	c.PutJSON(ctx, keyhelpers.LatestKey("orders"), bodyhelpers.LatestFields(runID, "jr_1", arn)) // want `_LATEST.json marker written by PutObject in store.Client.PutJSON lacks fields promoted_at, schema_version`
	c.PutJSON(ctx, keyhelpers.DataKey("out", "part-0.json"), map[string]string{})
	m := map[string]any{"run_id": runID, "execution_arn": arn}
	c.PutJSON(ctx, "out/_SUCCESS", m)          // want `_SUCCESS marker written by PutObject in store.Client.PutJSON lacks fields trigger.event_id`
	c.Touch(ctx, keyhelpers.SuccessKey("out")) // want `_SUCCESS marker written by PutObject in store.Client.Touch is empty`
	c.Touch(ctx, "out/.keep")
	_ = bytes.MinRead
}
