package markers_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tracelint/tracelint/analyzers/internal/testutil"
	"github.com/tracelint/tracelint/analyzers/markers"
)

// TestDefault runs the default analyzer over every body and key shape, the
// write operations of both SDKs, wrappers of the same package and of
// another (facts), key and body helpers of other packages (facts), marker
// look-alikes and suppression.
func TestDefault(t *testing.T) {
	analysistest.Run(t, testutil.Testdata(t), markers.Analyzer,
		"markers/bodies", "markers/ops", "markers/wrap", "markers/keyhelpers", "markers/bodyhelpers",
		"markers/store", "markers/app", "markers/suppress")
}

func TestStrict(t *testing.T) {
	opts := markers.DefaultOptions()
	opts.Strict = true
	analysistest.Run(t, testutil.Testdata(t), markers.New(opts), "markers/strict")
}

func TestCustomFields(t *testing.T) {
	a := markers.New(markers.DefaultOptions())
	if err := a.Flags.Set("fields", "_MANIFEST.json: run_id|run_key, files; _SUCCESS: run_id"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testutil.Testdata(t), a, "markers/custom")
	// The shared Analyzer keeps its defaults.
	if got, want := markers.Analyzer.Flags.Lookup("fields").Value.String(), markers.FormatMarkers(markers.DefaultOptions().Markers); got != want {
		t.Errorf("markers.Analyzer fields = %q after configuring another instance, want %q", got, want)
	}
}

func TestFieldsFlag(t *testing.T) {
	for in, want := range map[string]string{
		"_SUCCESS:run_id,execution_arn":                             "_SUCCESS:run_id,execution_arn",
		"_SUCCESS: run_id, trigger.event_id ; _LATEST.json: run_id": "_SUCCESS:run_id,trigger.event_id;_LATEST.json:run_id",
		// A ',' before the next marker, and a YAML folded string.
		"_SUCCESS: run_id, execution_arn,_LATEST.json: run_id|run_key":      "_SUCCESS:run_id,execution_arn;_LATEST.json:run_id|run_key",
		"_SUCCESS:run_id,execution_arn; _LATEST.json:run_id,schema_version": "_SUCCESS:run_id,execution_arn;_LATEST.json:run_id,schema_version",
		"_SUCCESS:,run_id": "_SUCCESS:run_id",
	} {
		ms, err := markers.ParseMarkers(in)
		if err != nil {
			t.Errorf("ParseMarkers(%q): %v", in, err)
			continue
		}
		if got := markers.FormatMarkers(ms); got != want {
			t.Errorf("ParseMarkers(%q) = %q, want %q", in, got, want)
		}
	}
	if got := markers.FormatMarkers(markers.DefaultOptions().Markers); got !=
		"_SUCCESS:run_id,execution_arn,trigger.event_id,trigger.event_time,trigger.etag,trigger.version_id,metrics;"+
			"_LATEST.json:run_id,glue_job_run_id,execution_arn,promoted_at,schema_version" {
		t.Errorf("defaults = %q", got)
	}
}

func TestBadFieldsFlag(t *testing.T) {
	for in, want := range map[string]string{
		"":                               "empty list",
		"run_id,execution_arn":           `"run_id" comes before any marker name`,
		"_SUCCESS:":                      `marker "_SUCCESS" has no fields`,
		"_SUCCESS:run_id;_SUCCESS:x":     `marker "_SUCCESS" is listed twice`,
		"_SUCCESS:run_id,,x":             "item 2 is empty",
		"_SUCCESS:run_id;":               "item 2 is empty",
		"out/_SUCCESS:run_id":            "without '/'",
		":run_id":                        "a marker name is empty",
		"_SUCCESS:run_id,runId":          `"run_id" and "runId" name the same field`,
		"_SUCCESS:trigger..event_id":     `"" needs a letter or a digit`,
		"_SUCCESS:run id":                `"run id" is not a field name`,
		"_SUCCESS:run_id|":               "empty alternative",
		"_SUCCESS:run_id|run_key|runKey": `"run_key" and "runKey" name the same field`,
		"_SUCCESS:__":                    "needs a letter or a digit",
	} {
		a := markers.New(markers.DefaultOptions())
		err := a.Flags.Set("fields", in)
		if err == nil {
			t.Errorf("Set(fields, %q) succeeded, want an error", in)
			continue
		}
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Set(fields, %q) = %v, want it to say %q", in, err, want)
		}
	}
}

// TestRealSDK runs the analyzer in module mode against the real
// aws-sdk-go-v2 (s3, feature/s3/manager, feature/s3/transfermanager) and
// aws-sdk-go (s3, s3manager) packages.
func TestRealSDK(t *testing.T) {
	analysistest.Run(t, filepath.Join(testutil.Testdata(t), "s3"), markers.Analyzer, "./markers")
}
