package runtable

import (
	"regexp"

	"github.com/tracelint/tracelint/analyzers/internal/naming"
)

// Defaults of the column flags: regular expressions over a column (or
// DynamoDB attribute) name normalised to snake_case words (naming.Snake), so
// that RunID, runId and run_id are all "run_id".
const (
	// DefaultRunIDColumn matches a column that identifies a run: run_id,
	// job_run_id, run_key, execution_arn, execution_id, execution_name.
	DefaultRunIDColumn = `^(.+_)?(run_(id|key|uuid)|execution_(arn|id|name))$`
	// DefaultStatusColumn matches a column that keeps a run's status:
	// status, state, run_status, job_state, phase.
	DefaultStatusColumn = `^(.+_)?(status|state|phase)$`
	// DefaultTimeColumn matches a column that keeps when a run started or
	// ended: started_at, start_time, finished_at, ended_at, completed_at,
	// stopped_at, failed_at (and _ts, _timestamp, _on, _date forms).
	DefaultTimeColumn = `^(.+_)?(start|started|end|ended|finish|finished|complete|completed|stop|stopped|fail|failed)_(at|time|timestamp|ts|on|date|datetime)$`
)

// columnRules tell, from the columns of a table (its DDL, the fields of the
// model a library maps to it, the attributes of the items put into it),
// whether it stores run state.
type columnRules struct {
	runID, status, time *regexp.Regexp
}

func defaultColumnRules() columnRules {
	return columnRules{
		runID:  regexp.MustCompile(DefaultRunIDColumn),
		status: regexp.MustCompile(DefaultStatusColumn),
		time:   regexp.MustCompile(DefaultTimeColumn),
	}
}

// kinds returns which kinds of run-state column cols has.
func (r columnRules) kinds(cols []string) (runID, status, when bool) {
	for _, c := range cols {
		s := naming.Snake(c)
		runID = runID || r.runID.MatchString(s)
		status = status || r.status.MatchString(s)
		when = when || r.time.MatchString(s)
	}
	return runID, status, when
}

// isRunTableWith judges a table by its name and, when they are known
// (cols != nil), its columns:
//   - a table whose name says it tracks runs is one, unless its columns are
//     visible and track no state: neither a status nor a start/end time
//     (ml.training_runs(model, accuracy, loss) keeps results, not runs);
//   - a table whose name says nothing about runs is one when its columns
//     store run state: a run identifier, a status and a start or end time
//     (job_status(run_id, status, started_at, finished_at)).
func (j judge) isRunTableWith(n name, cols []string) bool {
	if cols == nil {
		return j.isRunTable(n)
	}
	runID, status, when := j.cols.kinds(cols)
	if j.isRunTable(n) {
		return status || when
	}
	return runID && status && when
}
