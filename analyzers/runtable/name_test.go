package runtable

import (
	"regexp"
	"testing"
)

func TestDefaultPattern(t *testing.T) {
	j := judge{re: regexp.MustCompile(DefaultPattern)}
	runTables := []string{
		"runs", "etl_runs", "job_runs", "pipeline-runs", "WorkflowRuns", "run_history", "run_status",
		"execution_history", "pipeline_executions", "workflow_executions",
		"JobRuns", "JOB_RUNS", "job-run", "job_run", "glue_job_runs", "etl_run_log", "RunStatus",
		"JobRunsTable", "job_runs_table", "sfn_executions", "step_function_executions",
		"state_machine_execution_history", "ExecutionStatus", "prod.job_runs",
		"arn:aws:dynamodb:eu-west-1:123456789012:table/job_runs",
		"job_runs_v2", "JobRunsV2", "job_runs_v2_table", "etl.pipeline_runs_v10",
	}
	for _, s := range runTables {
		if !j.isRunTable(text(s)) {
			t.Errorf("%q is not judged a run table", s)
		}
	}
	domain := []string{
		"trade_executions", "orders", "runway_slots", "truncated_rows", "brunch-menu", "rerun_queue",
		"trade_execution_history", "executions", "order_execution_status", "reruns", "runtime_config",
		"run_id_index", "runs_archive", "job_runs_v2_archive", "v2", "orders_v2", "table", "", "Runway", "TRUNCATE", "brunch",
		"pipeline_execution_plan", "job_definitions",
	}
	for _, s := range domain {
		if j.isRunTable(text(s)) {
			t.Errorf("%q is judged a run table", s)
		}
	}
}

func TestJudgeUnknownParts(t *testing.T) {
	j := judge{re: regexp.MustCompile(DefaultPattern)}
	h := hole()
	env := func(v string) name { return name{{Kind: envPart, Env: v}} }
	cases := []struct {
		n    name
		want bool
	}{
		{concat(h, text("_job_runs")), true},
		{concat(h, text("-runs")), true},
		{concat(h, text("JobRuns")), true},
		{concat(text("etl_"), h, text("_runs")), true},
		{concat(h, text("_pipeline_executions")), true},
		{concat(h, text(".job_runs")), true},
		{concat(h, text("runs")), false},        // {}runs may be reruns
		{concat(h, text("_executions")), false}, // trade_executions
		{concat(h, text("_execution_history")), false},
		{concat(text("job_runs_"), h), false}, // job_runs_archive?
		{concat(text("job_runs"), h), false},
		{h, false},
		{concat(h, text("RUNS")), false},
		{env("JOB_RUNS_TABLE"), true},
		{env("RUNS_TABLE_NAME"), true},
		{env("JOB_RUNS_TABLE_ARN"), true},
		{env("RUN_HISTORY"), true},
		{env("ORDERS_TABLE"), false},
		{env("TABLE_NAME"), false},
		{env("TRADE_EXECUTIONS_TABLE"), false},
		{concat(env("STAGE"), text("_job_runs")), true},
		{concat(env("JOB_RUNS_TABLE"), text("_archive")), false},
		{concat(text("prefix_"), env("JOB_RUNS_TABLE")), false},
	}
	for _, tc := range cases {
		if got := j.isRunTable(tc.n); got != tc.want {
			t.Errorf("isRunTable(%s) = %t, want %t", tc.n, got, tc.want)
		}
	}
	// The known end must match alone and after another word: a pattern
	// anchored at the start does not judge names with an unknown beginning.
	anchored := judge{re: regexp.MustCompile(`^job_runs$`)}
	if anchored.isRunTable(concat(h, text("_job_runs"))) {
		t.Errorf("^job_runs$ judged {}_job_runs a run table")
	}
	if !anchored.isRunTable(text("job_runs")) {
		t.Errorf("^job_runs$ did not judge job_runs a run table")
	}
}

func TestMentions(t *testing.T) {
	j := judge{re: regexp.MustCompile(DefaultPattern)}
	for _, s := range []string{"job_runs", "_job_runs", "JOB_RUNS_TABLE", "INSERT INTO etl.job_runs (id) VALUES ($1)", "pipeline-runs"} {
		if !j.mentions(s) {
			t.Errorf("mentions(%q) = false", s)
		}
	}
	for _, s := range []string{"orders", "trade_executions", "rerun queue", "SELECT 1"} {
		if j.mentions(s) {
			t.Errorf("mentions(%q) = true", s)
		}
	}
}
