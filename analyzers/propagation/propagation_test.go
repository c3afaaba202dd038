package propagation_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/propagation"
)

func TestGlue(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), propagation.Analyzer, "propagation/glue")
}

func TestGlueV1(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), propagation.Analyzer, "propagation/gluev1")
}

func TestLambda(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), propagation.Analyzer, "propagation/lambda")
}

func TestLambdaV1(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), propagation.Analyzer, "propagation/lambdav1")
}

// TestWrappers checks that functions handing arguments, inputs or payloads
// they are given to Glue or Lambda forward them: their callers are checked,
// with what the wrapper adds (a decorator makes its callers compliant).
func TestWrappers(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), propagation.Analyzer, "propagation/wrappers")
}

// TestFacts checks wrappers and helpers of other packages: jobs exports
// ForwardsFact for its wrappers, jobargs (which imports neither Glue nor
// Lambda) FieldsFact for its helpers, and wrapcallers, which imports only
// those two, is checked through them.
func TestFacts(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), propagation.Analyzer, "propagation/jobargs", "propagation/jobs", "propagation/wrapcallers")
}

func TestCDK(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), propagation.Analyzer, "propagation/cdk", "propagation/cdkwrap", "propagation/cdkstack")
}

func TestStrict(t *testing.T) {
	opts := propagation.DefaultOptions()
	opts.Strict = true
	analysistest.Run(t, testutil.Testdata(t), propagation.New(opts), "propagation/strict")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testutil.Testdata(t), propagation.Analyzer, "propagation/fix")
}

func TestSuppress(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), propagation.Analyzer, "propagation/suppress")
}

func TestCustomFlags(t *testing.T) {
	a := propagation.New(propagation.DefaultOptions())
	for flag, value := range map[string]string{
		"glue-arguments": "--execution-arn, --run-id",
		"lambda-fields":  "execution_arn,correlation_id|trace_id",
	} {
		if err := a.Flags.Set(flag, value); err != nil {
			t.Fatalf("Set(%s, %q): %v", flag, value, err)
		}
	}
	analysistest.Run(t, testutil.Testdata(t), a, "propagation/custom")
	// The shared Analyzer keeps its defaults.
	for flag, want := range map[string]string{
		"glue-arguments": "--execution-arn,--run-key",
		"lambda-fields":  "execution_arn,run_id|run_key",
		"strict":         "false",
	} {
		if got := propagation.Analyzer.Flags.Lookup(flag).Value.String(); got != want {
			t.Errorf("propagation.Analyzer %s = %q after configuring another instance, want %q", flag, got, want)
		}
	}
}

func TestBadFlagValues(t *testing.T) {
	a := propagation.New(propagation.DefaultOptions())
	for flag, values := range map[string][]string{
		"glue-arguments": {"", " ", "--execution-arn,,--run-key", "--run key", "--run-key,--run-key", `"--x"`},
		"lambda-fields":  {"", "execution_arn,,run_id", "run_id|", "run id", "run_id,RunId", "run_id|runId", "execution_arn,__"},
		"strict":         {"maybe"},
	} {
		for _, v := range values {
			if err := a.Flags.Set(flag, v); err == nil {
				t.Errorf("Set(%s, %q) succeeded, want an error", flag, v)
			}
		}
	}
	for flag, want := range map[string]string{"glue-arguments": "--execution-arn,--run-key", "lambda-fields": "execution_arn,run_id|run_key"} {
		if got := a.Flags.Lookup(flag).Value.String(); got != want {
			t.Errorf("a rejected value changed %s to %q", flag, got)
		}
	}
}
