package runpaths_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/runpaths"
)

// TestDefault runs the default analyzer over every key shape, every write
// operation of both SDKs, wrappers of the same package and of another
// (facts), key helpers of another package (facts), and suppression.
func TestDefault(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), runpaths.Analyzer,
		"runpaths/keys", "runpaths/ops", "runpaths/wrap", "runpaths/paths", "runpaths/store", "runpaths/app", "runpaths/suppress")
}

func TestStrict(t *testing.T) {
	opts := runpaths.DefaultOptions()
	opts.Strict = true
	analysistest.Run(t, testutil.Testdata(t), runpaths.New(opts), "runpaths/strict")
}

func TestCustomFlags(t *testing.T) {
	a := runpaths.New(runpaths.DefaultOptions())
	for flag, value := range map[string]string{"segment": "run_key", "keys": `^curated/.*=`} {
		if err := a.Flags.Set(flag, value); err != nil {
			t.Fatalf("Set(%s, %q): %v", flag, value, err)
		}
	}
	analysistest.Run(t, testutil.Testdata(t), a, "runpaths/custom")
	// The shared Analyzer keeps its defaults.
	if got := runpaths.Analyzer.Flags.Lookup("segment").Value.String(); got != "run_id" {
		t.Errorf("runpaths.Analyzer segment = %q after configuring another instance", got)
	}
}

func TestBadFlagValues(t *testing.T) {
	for flag, values := range map[string][]string{
		"segment": {"", "run id", "run_id=", "raw/run_id", "rün"},
		"keys":    {"", "(dt="},
	} {
		a := runpaths.New(runpaths.DefaultOptions())
		for _, v := range values {
			if err := a.Flags.Set(flag, v); err == nil {
				t.Errorf("Set(%s, %q) succeeded, want an error", flag, v)
			}
		}
	}
	a := runpaths.New(runpaths.DefaultOptions())
	for _, v := range []string{"run_id", "RunId", "run-key", "x1"} {
		if err := a.Flags.Set("segment", v); err != nil {
			t.Errorf("Set(segment, %q): %v", v, err)
		}
	}
}

// TestRealSDK runs the analyzer in module mode against the real
// aws-sdk-go-v2 (s3, feature/s3/manager, feature/s3/transfermanager) and
// aws-sdk-go (s3, s3manager) packages, so the hermetic stubs can never hide
// a drift from the real API. `make deps` downloads them first.
func TestRealSDK(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "s3"), runpaths.Analyzer, "./runpaths")
}
