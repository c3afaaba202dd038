package snscorrelation_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/snscorrelation"
)

func TestShapes(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), snscorrelation.Analyzer, "snscorrelation/alerts", "snscorrelation/shapes")
}

func TestForms(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), snscorrelation.Analyzer,
		"snscorrelation/batch", "snscorrelation/v1", "snscorrelation/receivers", "snscorrelation/dot",
		"snscorrelation/attrs", "snscorrelation/structure")
}

// TestWrappers checks that functions publishing a message, input,
// attributes or marshalled value they are given forward it: their callers
// are checked, in the same package (by their bodies) and in others (by
// ForwardsFact, also in a package that imports no SNS package).
func TestWrappers(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), snscorrelation.Analyzer,
		"snscorrelation/wrappers", "snscorrelation/snswrap", "snscorrelation/snsrelay", "snscorrelation/wrapcallers")
}

func TestDepth(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), snscorrelation.Analyzer, "snscorrelation/stamp", "snscorrelation/depth")
}

func TestStrict(t *testing.T) {
	opts := snscorrelation.DefaultOptions()
	opts.Strict = true
	analysistest.Run(t, testutil.Testdata(t), snscorrelation.New(opts), "snscorrelation/strict")
}

func TestSuppress(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), snscorrelation.Analyzer, "snscorrelation/suppress")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testutil.Testdata(t), snscorrelation.Analyzer, "snscorrelation/fix")
}

func TestCustomFieldsFlag(t *testing.T) {
	a := snscorrelation.New(snscorrelation.DefaultOptions())
	if err := a.Flags.Set("fields", "execution_arn, correlation_id|trace_id"); err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("strict", "true"); err != nil {
		t.Fatal(err)
	}
	if err := a.Flags.Set("strict-fields", ""); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testutil.Testdata(t), a, "snscorrelation/custom")
	// The shared Analyzer keeps its defaults.
	for flag, want := range map[string]string{
		"fields":        "execution_arn,run_id|run_key,timestamp",
		"strict-fields": "glue_job_run_id",
		"strict":        "false",
	} {
		if got := snscorrelation.Analyzer.Flags.Lookup(flag).Value.String(); got != want {
			t.Errorf("snscorrelation.Analyzer %s = %q after configuring another instance, want %q", flag, got, want)
		}
	}
}

func TestBadFlagValues(t *testing.T) {
	a := snscorrelation.New(snscorrelation.DefaultOptions())
	for flag, values := range map[string][]string{
		"fields":        {"", " ", "execution_arn,,run_id", "run_id|", "run id", "run_id,RunId", "run_id|runId", "execution_arn,__", `"x"`},
		"strict-fields": {"a,,b", "glue_job_run_id,GlueJobRunID", "|"},
	} {
		for _, v := range values {
			if err := a.Flags.Set(flag, v); err == nil {
				t.Errorf("Set(%s, %q) succeeded, want an error", flag, v)
			}
		}
	}
	if got := a.Flags.Lookup("fields").Value.String(); got != "execution_arn,run_id|run_key,timestamp" {
		t.Errorf("a rejected value changed the fields to %q", got)
	}
}

// TestExtendFields: a leading '+' adds to the default fields, and the check
// that no two names are one field in different styles sees the result.
func TestExtendFields(t *testing.T) {
	a := snscorrelation.New(snscorrelation.DefaultOptions())
	if err := a.Flags.Set("fields", "+glue_job_run_id"); err != nil {
		t.Fatal(err)
	}
	if got, want := a.Flags.Lookup("fields").Value.String(), "execution_arn,run_id|run_key,timestamp,glue_job_run_id"; got != want {
		t.Errorf("fields = %q, want %q", got, want)
	}
	if err := a.Flags.Set("fields", "+RunKey"); err == nil || !strings.Contains(err.Error(), `"run_key" and "RunKey" name the same field`) {
		t.Errorf(`Set("+RunKey") = %v, want the same-field error`, err)
	}
}

// TestRealSDK runs the analyzer in module mode against the real aws-sdk-go-v2
// and aws-sdk-go SNS packages, so the hermetic stubs can never hide a drift
// from the real API. `make test` downloads the module's dependencies first.
func TestRealSDK(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "mod"), snscorrelation.Analyzer, "./snsalerts", "./snscorrelation", "./snscorrelationv1")
}

// TestRealDepth runs the shapes beyond the basics (decorators, function
// values, alternatives, facts of other packages) in module mode against the
// real libraries.
func TestRealDepth(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "depth"), snscorrelation.Analyzer, "./stamp", "./alerts")
}
