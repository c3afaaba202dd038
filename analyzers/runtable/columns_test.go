package runtable

import (
	"regexp"
	"testing"
)

func TestColumnRules(t *testing.T) {
	j := judge{re: regexp.MustCompile(DefaultPattern), cols: defaultColumnRules()}
	cases := []struct {
		table   string
		cols    []string
		partial bool
		want    bool
	}{
		// Names that say runs.
		{"job_runs", nil, false, true},
		{"job_runs", []string{"id"}, false, true}, // nothing else shown
		{"job_runs", []string{"run_id", "execution_arn", "created_at"}, false, true},
		{"job_runs", []string{"run_id", "status", "started_at"}, false, true},
		{"pipeline_runs", []string{"ID", "CreatedAt", "UpdatedAt", "DeletedAt", "ExecutionArn", "Status"}, false, true},
		{"ml.training_runs", []string{"id", "model_name", "dataset", "accuracy", "loss", "created_at"}, false, false},
		{"training_runs", []string{"RunID", "Model", "Accuracy"}, false, false},
		{"training_runs", []string{"id", "model", "accuracy", "finished_at"}, false, true}, // an end time: tracked
		{"training_runs", []string{"model", "accuracy"}, true, true},                       // an INSERT's list may be partial
		// Names that do not.
		{"job_status", []string{"run_id", "status", "started_at", "finished_at"}, false, true},
		{"job_status", []string{"run_id", "status", "started_at"}, true, true},
		{"JobState", []string{"RunID", "State", "StartTime"}, false, true},
		{"batches", []string{"execution_arn", "phase", "completed_at"}, false, true},
		{"job_status", []string{"run_id", "status"}, false, false},
		{"orders", []string{"order_id", "status", "created_at", "shipped_at"}, false, false},
		{"orders", nil, false, false},
		{"job_status", []string{}, false, false},
	}
	for _, tc := range cases {
		if got := j.isRunTableWith(text(tc.table), tc.cols, tc.partial); got != tc.want {
			t.Errorf("isRunTableWith(%s, %q, partial=%t) = %t, want %t", tc.table, tc.cols, tc.partial, got, tc.want)
		}
	}
}
