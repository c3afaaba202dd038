package lambdalog_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/lambdalog"
)

// TestForms covers every registration form of aws-lambda-go.
func TestForms(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), lambdalog.Analyzer, "lambdalog/forms")
}

// TestLibraries covers each logging library, compliant and not.
func TestLibraries(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), lambdalog.Analyzer, "lambdalog/libs")
}

// TestRequestIDLogger covers lambdacontext.NewLogHandler and NewLogger:
// context-aware lines carry the request id, plain ones lose it.
func TestRequestIDLogger(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), lambdalog.Analyzer, "lambdalog/reqlog", "lambdalog/reqdefault")
}

// TestMethods covers handlers that are methods (method values, types
// implementing lambda.Handler) and loggers held in struct fields.
func TestMethods(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), lambdalog.Analyzer, "lambdalog/methods")
}

// TestAcrossPackages covers loggers derived and lines written in helpers of
// another package, known through the logging model's facts.
func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), lambdalog.Analyzer, "lambdalog/crosspkg")
}

// TestEventFields covers the event's run_id and execution_arn.
func TestEventFields(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), lambdalog.Analyzer, "lambdalog/events")
}

func TestStrict(t *testing.T) {
	opts := lambdalog.DefaultOptions()
	opts.Strict = true
	analysistest.Run(t, testutil.Testdata(t), lambdalog.New(opts), "lambdalog/strict")
}

// TestNotStrict: the cases the strict test reports stay silent by default.
func TestNotStrict(t *testing.T) {
	pkgs := testutil.LoadGOPATH(t, testutil.Testdata(t), "lambdalog/strict")
	for _, d := range testutil.Analyze(t, lambdalog.New(lambdalog.DefaultOptions()), pkgs) {
		t.Errorf("reported without -strict: %s", d.Message)
	}
}

func TestSuppress(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), lambdalog.Analyzer, "lambdalog/suppress")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testutil.Testdata(t), lambdalog.Analyzer, "lambdalog/fix")
}

func TestEventFieldsFlag(t *testing.T) {
	a := lambdalog.New(lambdalog.DefaultOptions())
	if err := a.Flags.Set("event-fields", "run_id|run_key,tenant"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testutil.Testdata(t), a, "lambdalog/custom")
	if got := lambdalog.Analyzer.Flags.Lookup("event-fields").Value.String(); got != "run_id,execution_arn" {
		t.Errorf("lambdalog.Analyzer event-fields = %q after configuring another instance", got)
	}
}

func TestBadFlagValues(t *testing.T) {
	a := lambdalog.New(lambdalog.DefaultOptions())
	for _, v := range []string{"run_id,,execution_arn", "run id", "run_id,run_id", "run_id|"} {
		if err := a.Flags.Set("event-fields", v); err == nil {
			t.Errorf("Set(event-fields, %q) succeeded, want an error", v)
		}
	}
	if err := a.Flags.Set("event-fields", ""); err != nil {
		t.Errorf("Set(event-fields, \"\") = %v, want no error (no event fields)", err)
	}
}

// TestRealModules runs the analyzer in module mode against the real
// aws-lambda-go, zap, zerolog and logrus (testdata/logs).
func TestRealModules(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "logs"), lambdalog.Analyzer, "./lambdalogmod", "./lambdalogmod/...")
}
