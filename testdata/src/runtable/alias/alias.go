// want package:"runtable\\(names\\)"

// Package alias re-exports a table name of another package. It has no
// string literal and imports no database package: it is looked at because
// an import has name facts.
package alias

import "runtable/tables"

var Runs = tables.RunsTable // want Runs:"tables\\(\\$\\{JOB_RUNS_TABLE\\}\\)"

var Orders = tables.OrdersTable
