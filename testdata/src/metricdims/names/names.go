// Package names declares dimension names in another package: the analyzer
// reads them as folded constants.
package names

const (
	RunID        = "RunId"
	ExecutionArn = "ExecutionArn"
	Stage        = "Stage"
)
