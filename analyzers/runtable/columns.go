package runtable

import (
	"regexp"
	"strings"

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

// minContent is how many columns of other content (not keys, not
// bookkeeping times) a table whose name says runs needs to show to be judged
// by its columns at all: job_runs(id) or job_runs(run_id, execution_arn)
// shows nothing else, and is a run table by its name.
const minContent = 2

// kinds returns which kinds of run-state column cols has, and how many
// columns hold other content.
func (r columnRules) kinds(cols []string) (runID, status, when bool, content int) {
	for _, c := range cols {
		s := naming.Snake(c)
		isRunID, isStatus, isTime := r.runID.MatchString(s), r.status.MatchString(s), r.time.MatchString(s)
		runID, status, when = runID || isRunID, status || isStatus, when || isTime
		if !isRunID && !isStatus && !isTime && !isKeyOrBookkeeping(s) {
			content++
		}
	}
	return runID, status, when, content
}

// isKeyOrBookkeeping reports whether a snake_case column name is a key (id,
// order_id, execution_arn) or a row's bookkeeping time (created_at,
// updated_at, deleted_at), which say nothing about what a table holds.
func isKeyOrBookkeeping(s string) bool {
	words := strings.Split(s, "_")
	last := words[len(words)-1]
	switch last {
	case "id", "ids", "key", "arn", "uuid", "pk":
		return true
	}
	if len(words) == 2 && last == "at" {
		switch words[0] {
		case "created", "updated", "deleted", "inserted", "modified":
			return true
		}
	}
	return false
}

// isRunTableWith judges a table by its name and, when they are known
// (cols != nil), its columns; partial says that cols may be only some of
// the table's columns (those an INSERT lists):
//   - a table whose name says it tracks runs is one, unless all its columns
//     are visible, track no state (neither a status nor a start/end time)
//     and hold other content (at least minContent columns besides keys and
//     bookkeeping times): ml.training_runs(id, model, accuracy, loss) keeps
//     results, not runs;
//   - a table whose name says nothing about runs is one when its columns
//     store run state: a run identifier, a status and a start or end time
//     (job_status(run_id, status, started_at, finished_at)).
func (j judge) isRunTableWith(n name, cols []string, partial bool) bool {
	if cols == nil {
		return j.isRunTable(n)
	}
	runID, status, when, content := j.cols.kinds(cols)
	if j.isRunTable(n) {
		return partial || status || when || content < minContent
	}
	return runID && status && when
}
