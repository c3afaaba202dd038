// Package paths builds keys for other packages; it imports no S3 package,
// and its helpers' templates reach its callers as facts.
package paths

import "fmt"

// Root is the prefix of every dataset.
const Root = "lake"

func DataKey(table, dt string, part int) string { // want DataKey:`keys\("lake/{param0}/dt={param1}/part-{param2}.parquet"\)`
	return fmt.Sprintf("%s/%s/dt=%s/part-%05d.parquet", Root, table, dt, part)
}

func RunKey(table, runID, dt string) string { // want RunKey:`keys\("lake/{param0}/run_id={param1}/dt={param2}/data.parquet"\)`
	return fmt.Sprintf("%s/%s/run_id=%s/dt=%s/data.parquet", Root, table, runID, dt)
}

func Prefix(table string) string { // want Prefix:`keys\("lake/{param0}"\)`
	return Root + "/" + table
}

func Describe(table string) string { // want Describe:`keys\("table {param0} \(see dt=YYYY-MM-DD partitions\)"\)`
	return "table " + table + " (see dt=YYYY-MM-DD partitions)"
}
