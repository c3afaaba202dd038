package metricdims_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/metricdims"
)

func TestShapes(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), metricdims.Analyzer, "metricdims/shapes", "metricdims/dims", "metricdims/wrap", "metricdims/v1")
}

func TestDepth(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), metricdims.Analyzer, "metricdims/decorate", "metricdims/depth")
}

func TestStrict(t *testing.T) {
	opts := metricdims.DefaultOptions()
	opts.Strict = true
	analysistest.Run(t, testutil.Testdata(t), metricdims.New(opts), "metricdims/strict")
}

func TestSuppress(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), metricdims.Analyzer, "metricdims/suppress")
}

func TestCustomDimensionsFlag(t *testing.T) {
	a := metricdims.New(metricdims.DefaultOptions())
	if err := a.Flags.Set("dimensions", "RunId,Stage"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testutil.Testdata(t), a, "metricdims/custom")
	// The shared Analyzer keeps its defaults.
	if got := metricdims.Analyzer.Flags.Lookup("dimensions").Value.String(); got != "RunId,ExecutionArn" {
		t.Errorf("metricdims.Analyzer dimensions = %q after configuring another instance", got)
	}
}

func TestBadFlagValues(t *testing.T) {
	a := metricdims.New(metricdims.DefaultOptions())
	for _, v := range []string{"", "RunId,,ExecutionArn", "Run Id", "RunId,RunId"} {
		if err := a.Flags.Set("dimensions", v); err == nil {
			t.Errorf("Set(dimensions, %q) succeeded, want an error", v)
		}
	}
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testutil.Testdata(t), metricdims.Analyzer, "metricdims/fix")
}

// TestRealSDK runs the analyzer in module mode against the real aws-sdk-go-v2
// and aws-sdk-go packages, so the hermetic stubs can never hide a drift from
// the real API. `make test` downloads the module's dependencies first.
func TestRealSDK(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "mod"), metricdims.Analyzer, "./dims", "./metricdims", "./metricdimsv1")
}

// TestRealDepth runs the shapes beyond the basics (decorators, function
// values, alternatives, facts of other packages) in module mode against the
// real libraries.
func TestRealDepth(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "depth"), metricdims.Analyzer, "./decorate", "./metrics")
}
