// want package:`wrappers\(Page, Report\)\}$`

// Package snsrelay wraps the wrappers of snswrap without importing SNS
// itself: its calls are checked because snswrap has wrappers (its package
// fact), and its own wrappers get facts too.
package snsrelay

import (
	"context"
	"fmt"

	"snscorrelation/snswrap"
)

// Page is a wrapper of a wrapper of another package: the prefix makes the
// message a part, Stamped adds the timestamp.
func Page(ctx context.Context, c snswrap.Publisher, msg string) error { // want Page:`^forwards\(param2:part\+timestamp\)$`
	return snswrap.Stamped(ctx, c, "arn:aws:sns:eu-west-1:1:pager", "PAGE\n"+msg)
}

// Report adds the execution ARN and the run id itself: only the timestamp
// is left to the caller's fields.
func Report(ctx context.Context, c snswrap.Publisher, executionArn, runID string, fields map[string]string) error { // want Report:`^forwards\(param4:value\+execution_arn\+run_id\)$`
	fields["execution_arn"] = executionArn
	fields["run_id"] = runID
	return snswrap.Event(ctx, c, "arn:aws:sns:eu-west-1:1:reports", fields)
}

// down is checked here: its message is complete text of its own.
func down(ctx context.Context, c snswrap.Publisher, err error) {
	snswrap.Send(ctx, c, "arn:aws:sns:eu-west-1:1:pager", fmt.Sprintf("relay down: %v", err)) // want `^SNS message passed to snswrap.Send lacks correlation fields execution_arn, run_id\|run_key, timestamp \(`
	snswrap.Stamped(ctx, c, "arn:aws:sns:eu-west-1:1:pager", "execution_arn=unknown run_key=relay relay down")
}

var _ = down
