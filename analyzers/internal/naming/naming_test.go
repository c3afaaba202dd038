package naming

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"RunID":          {"run", "id"},
		"runId":          {"run", "id"},
		"run_id":         {"run", "id"},
		"execARN":        {"exec", "arn"},
		"ExecutionArn":   {"execution", "arn"},
		"execution-arn":  {"execution", "arn"},
		"HTTPServer":     {"http", "server"},
		"jobRunID":       {"job", "run", "id"},
		"JOB_RUNS_TABLE": {"job", "runs", "table"},
		"v2Runs":         {"v2", "runs"},
		"":               nil,
		"__":             nil,
		"élan_vital":     {"élan", "vital"},
	} {
		if got := Words(in); !cmp.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeyIsStyleInsensitive(t *testing.T) {
	for _, s := range []string{"execution_arn", "executionArn", "ExecutionArn", "execution-arn", "EXECUTION_ARN"} {
		if got := Key(s); got != "executionarn" {
			t.Errorf("Key(%q) = %q, want executionarn", s, got)
		}
	}
	if got := Snake("WorkflowRuns"); got != "workflow_runs" {
		t.Errorf("Snake(WorkflowRuns) = %q", got)
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"RunID", "execARN", "a__b", "ÀÉ", "x1Y2", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range Words(s) {
			if w == "" {
				t.Fatalf("Words(%q) has an empty word", s)
			}
		}
		if k := Key(s); k != Key(Snake(s)) {
			t.Fatalf("Key(%q)=%q differs from Key(Snake)=%q", s, k, Key(Snake(s)))
		}
	})
}

func TestIdentity(t *testing.T) {
	for _, s := range []string{"runID", "runId", "run_id", "RunID", "runKey", "run_key", "RunId", "jobRunID"} {
		if !IsRunID(s) {
			t.Errorf("IsRunID(%q) = false", s)
		}
	}
	for _, s := range []string{"traceID", "requestID", "id", "key", "rerunID2", "runs", "ExecutionArn"} {
		if IsRunID(s) {
			t.Errorf("IsRunID(%q) = true", s)
		}
	}
	for _, s := range []string{"executionArn", "execARN", "execution_arn", "ExecutionArn", "sfnExecutionArn"} {
		if !IsExecutionARN(s) {
			t.Errorf("IsExecutionARN(%q) = false", s)
		}
	}
	for _, s := range []string{"arn", "topicArn", "executionName", "RunId"} {
		if IsExecutionARN(s) {
			t.Errorf("IsExecutionARN(%q) = true", s)
		}
	}
	for _, s := range []string{"executionID", "executionName", "execName", "pipelineRunID"} {
		if !RunIDPattern.MatchString(Snake(s)) {
			t.Errorf("RunIDPattern misses %q", s)
		}
	}
}
