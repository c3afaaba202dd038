package naming

import "regexp"

// Default patterns over Snake(name) for the two identifiers of the hierarchy
// that values are checked against. uuidrunid makes the run-identity pattern
// configurable; these defaults are also what suggested fixes use to find the
// in-scope variable holding each identifier.
var (
	// RunIDPattern: runID, run_id, RunId, runKey, jobRunID, pipelineRunID,
	// executionID, executionName, execName; not traceID, requestID, key, id.
	RunIDPattern = regexp.MustCompile(`(^|_)(run_(id|key)|exec(ution)?_(id|name))$`)
	// ExecutionARNPattern: executionArn, execARN, execution_arn, sfnExecutionArn.
	ExecutionARNPattern = regexp.MustCompile(`(^|_)exec(ution)?_arn$`)
)

// IsRunID reports whether name means the run identifier (run_id / run_key).
// It is narrower than RunIDPattern: only the run id itself, for fixes.
func IsRunID(name string) bool { return runIDOnly.MatchString(Snake(name)) }

var runIDOnly = regexp.MustCompile(`(^|_)run_(id|key)$`)

// IsExecutionARN reports whether name means the Step Functions execution ARN.
func IsExecutionARN(name string) bool { return ExecutionARNPattern.MatchString(Snake(name)) }
