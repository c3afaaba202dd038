package runtable

import (
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNeedles(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string // nil: no needles
	}{
		{DefaultPattern, []string{"execution", "run"}},
		{`^job_runs$`, []string{"job_runs"}},
		{`(?i)^JOB_RUN$`, []string{"job_run"}},
		{`(?i)^JOB_RUNS$`, nil}, // s folds with the long s, which ToLower keeps
		{`^(.+_)?(runs|executions)$`, []string{"executions", "runs"}},
		{`[a-z]+_log$`, []string{"_log"}},
		{`(ledger){2,}`, []string{"ledger"}},
		{`^.*$`, nil},
		{`[a-z]+`, nil},
		{`runs|[0-9]+`, nil},
		{`(runs)?`, nil},
		{`(?i)Kelvin\x{212A}`, nil},
		{`(?i)ÄRUN`, nil},
	} {
		got, ok := needles(regexp.MustCompile(tc.pattern))
		if ok != (tc.want != nil) || !ok && got != nil {
			t.Errorf("needles(%s): ok = %v, list %q", tc.pattern, ok, got)
			continue
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("needles(%s) (-want +got):\n%s", tc.pattern, diff)
		}
	}
}

// mentionsPatterns are patterns the prefilter must agree with the full
// match for: the default, user patterns with and without fixed text, case
// folding.
var mentionsPatterns = []string{
	DefaultPattern, `^job_runs$`, `(?i)^JOB_RUNS$`, `(?i)^JOB_RUN$`, `(?i)^KELVIN_K`, `[a-z]+_log$`, `^.*_history$`, `^(audit|ledger)_\d+$`, `^x`,
}

func FuzzMentionsPrefilter(f *testing.F) {
	for _, s := range []string{
		"job_runs", "INSERT_INTO_job_runs", "JOB_RUNS_TABLE", "JobRuns", "workflowExecutions",
		"trade_executions", "runway", "orders", "prod.pipeline-runs.v2", "audit_12", "a_b_c_d_e_f_g_runs",
		"ÄÖÜ_runs", "KELVIN_\u212a_runs", "job_run\u017f", "JOB_RUN", "",
	} {
		f.Add(s)
	}
	filtered := make([]judge, 0, len(mentionsPatterns))
	full := make([]judge, 0, len(mentionsPatterns))
	for _, p := range mentionsPatterns {
		re := regexp.MustCompile(p)
		filtered = append(filtered, judge{re: re, pre: newPrefilter(re)})
		full = append(full, judge{re: re})
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range filtered {
			if got, want := filtered[i].mentions(s), full[i].mentions(s); got != want {
				t.Errorf("pattern %s: mentions(%q) = %v with the prefilter, %v without", mentionsPatterns[i], s, got, want)
			}
		}
	})
}

// TestMentionsCost counts what one literal that names no run table costs:
// without the prefilter, every window of up to six words is joined and
// matched (27 allocations for this one); with it, the words and one join.
func TestMentionsCost(t *testing.T) {
	const literal = "alertmanager_notification_latency_seconds_bucket_total_count"
	re := regexp.MustCompile(DefaultPattern)
	j := judge{re: re, pre: newPrefilter(re)}
	if j.mentions(literal) {
		t.Fatalf("%q mentions a run table", literal)
	}
	words := 8
	if got := testing.AllocsPerRun(100, func() { j.mentions(literal) }); got > float64(words+4) {
		t.Errorf("mentions(%q) allocates %.0f times, want at most %d (the words and one join)", literal, got, words+4)
	}
}
